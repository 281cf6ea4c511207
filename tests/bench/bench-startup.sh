#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-startup.sh [--runs N] [--build DIR] [--compare DIR]
#
# Start-up benchmark: time from exec to the first mapped window (>= 50x50) and the resident
# memory (VmRSS) 2 s later, for Physioplan (built binary, scratch database with the built-in
# library), a minimal libadwaita window (the floor every ratio is taken to), a minimal GTK
# window, GNOME Calculator and GNOME Text Editor (the bars to meet). One warm-up round, then N
# interleaved rounds (default 15) that each run every app once, in an order that turns from
# round to round; prints the median, quartiles and extremes per app and the ratios to the
# minimal libadwaita window. --compare DIR adds the physioplan of another build folder (for
# example one of main) as a row of the same run, to see a change against its base.
#
# All runs happen on one Xvfb display inside one session bus, with HOME and the XDG folders
# in a scratch folder and GSK_RENDERER=cairo, so a desktop session, an already running app or
# a user's shader cache can never change the figures.
set -euo pipefail

runs=15
inner=0
compare=
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?}; shift 2 ;;
    --build) export PHYSIO_BUILD=${2:?}; shift 2 ;;
    --compare) compare=$(cd "${2:?}" && pwd); shift 2 ;;
    --inner) inner=1; shift ;;
    *) echo "usage: $0 [--runs N] [--build DIR] [--compare DIR]" >&2; exit 2 ;;
  esac
done
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "--runs needs a positive whole number" >&2
  exit 2
fi

# shellcheck source=SCRIPTDIR/../../tools/dev-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../tools/dev-common.sh"
PHYSIO_BUILD=$(cd "$(dirname "$PHYSIO_BUILD")" 2>/dev/null && pwd)/$(basename "$PHYSIO_BUILD")
export PHYSIO_BUILD

bench_dir=$PHYSIO_BUILD/tests/bench

if [ $inner = 0 ]; then
  # mapwait needs Xlib's headers; the rest is the test set-up (Xvfb, session bus, fonts).
  physio_install_test_deps
  physio_install_packages libx11-dev
  if [ ! -f "$PHYSIO_BUILD/build.ninja" ]; then
    meson setup "$PHYSIO_BUILD" "$PHYSIO_ROOT"
  else
    targets=$(ninja -C "$PHYSIO_BUILD" -t targets all 2>/dev/null || true)
    if ! grep -q '^tests/bench/mapwait:' <<<"$targets"; then
      # Configured before libx11-dev was there: meson must look for it again.
      meson setup --reconfigure "$PHYSIO_BUILD" "$PHYSIO_ROOT"
    fi
  fi
  # The compiled settings schema too: without it the window keeps no state, which is not
  # the start-up a clinician has.
  ninja -C "$PHYSIO_BUILD" src/physioplan tests/bench/mapwait tests/bench/bench-minimal-window \
    tests/bench/bench-minimal-adw-window data/gschemas.compiled

  # The report goes to fd 3; what Xvfb, the session bus and the services it starts print
  # goes to a log, shown only when the run fails.
  log=$(mktemp)
  status=0
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
    "$0" --inner --runs "$runs" --build "$PHYSIO_BUILD" ${compare:+--compare "$compare"} 3>&1 >"$log" 2>&1 || status=$?
  if [ $status -ne 0 ]; then
    echo "The benchmark failed (exit status $status); its log:" >&2
    cat "$log" >&2
  fi
  rm -f "$log"
  exit $status
fi
exec 1>&3 3>&-

scratch=$(mktemp -d "${TMPDIR:-/tmp}/physioplan-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home
export XDG_CACHE_HOME=$HOME/.cache XDG_CONFIG_HOME=$HOME/.config
export XDG_DATA_HOME=$HOME/.local/share XDG_STATE_HOME=$HOME/.local/state
mkdir -p "$XDG_CACHE_HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"
export GSK_RENDERER=cairo
export GDK_BACKEND=x11
# The schema is compiled into the build folder; this adds to the system schemas.
export GSETTINGS_SCHEMA_DIR=$PHYSIO_BUILD/data

mapwait=$bench_dir/mapwait

# One app per line: NAME COMMAND... (the command is split on spaces; no path here has any).
apps=$scratch/apps
{
  echo "physioplan $PHYSIO_BUILD/src/physioplan --database=$scratch/physioplan.db"
  if [ -n "$compare" ]; then
    echo "physioplan-compare $compare/src/physioplan --database=$scratch/physioplan-compare.db"
  fi
  echo "minimal-adw $bench_dir/bench-minimal-adw-window"
  echo "minimal-gtk $bench_dir/bench-minimal-window"
  if command -v gnome-calculator >/dev/null 2>&1; then
    echo "gnome-calculator gnome-calculator"
  fi
  if command -v gnome-text-editor >/dev/null 2>&1; then
    # --standalone keeps it from handing over to an instance that is still shutting down.
    echo "gnome-text-editor gnome-text-editor --standalone"
  fi
} >"$apps"
mapfile -t lines <"$apps"
n_apps=${#lines[@]}

# run_one INDEX ROUND: one run of app INDEX; appends "round=R mapped_ms=.. rss_kb=.." to its
# file, or a failure line.
run_one ()
{
  local name cmd
  read -r name cmd <<<"${lines[$1]}"
  # shellcheck disable=SC2086
  if "$mapwait" -s 2000 -- $cmd >"$scratch/last" 2>>"$scratch/$name.log"; then
    echo "round=$2 $(cat "$scratch/last")" >>"$scratch/$name.runs"
  else
    echo "round=$2 failed" >>"$scratch/$name.runs"
  fi
  sleep 0.3
}

echo "Start-up benchmark: $runs interleaved rounds after 1 warm-up round, Xvfb 1280x800,"
echo "GSK_RENDERER=cairo. Machine: $(nproc) CPUs, $(uname -sr), GTK $(pkg-config --modversion gtk4 2>/dev/null || echo '?'),"
echo "libadwaita $(pkg-config --modversion libadwaita-1 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# The warm-up round fills the page cache and the font cache; Physioplan's warm-up creates
# the scratch database and loads the built-in library into it (its "first run"), so the
# measured runs open it as a clinician's daily start would.
for ((a = 0; a < n_apps; a++)); do
  run_one "$a" 0
  read -r name _ <<<"${lines[$a]}"
  mv "$scratch/$name.runs" "$scratch/$name.warmup"
done

# Round-robin: every round runs each app once, and the order turns by one app per round,
# so no app always follows the same neighbour and a burst of load from the other work on
# the machine falls on all apps alike.
for ((r = 1; r <= runs; r++)); do
  for ((k = 0; k < n_apps; k++)); do
    run_one $(( (k + r) % n_apps )) "$r"
  done
done

# All runs of all apps as "NAME ROUND MS KB CPU" lines; a failed run has MS = -1.
all=$scratch/all
for line in "${lines[@]}"; do
  read -r name _ <<<"$line"
  awk -v n="$name" '{ ms = -1; kb = -1; cpu = -1; r = 0
      for (i = 1; i <= NF; i++) { split($i, kv, "=")
        if (kv[1] == "round") r = kv[2]; else if (kv[1] == "mapped_ms") ms = kv[2]
        else if (kv[1] == "rss_kb") kb = kv[2]; else if (kv[1] == "cpu_ms") cpu = kv[2] }
      print n, r, ms, kb, cpu }' "$scratch/$name.runs"
done >"$all"

# The table, per app: the median and quartiles of the time to the mapped window, as a ratio
# to minimal-adw's median and "paired" (the median over the rounds of the app's time divided
# by minimal-adw's in the same round, which cancels most of a slow round's load); the same
# for the processor time used until the window mapped; the median RSS and its ratio.
awk -v runs="$runs" -v order="$(for l in "${lines[@]}"; do printf '%s ' "${l%% *}"; done)" '
  function sort_n(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i];
      for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function q(a, n, p,   x, i) { x = 1 + (n - 1) * p; i = int(x);
      return i >= n ? a[n] : a[i] + (x - i) * (a[i + 1] - a[i]) }
  # stats(NAME, column array): median, quartiles of the ok runs; paired ratio to the base.
  function stats(a, col, by,   i, n, r, np) {
      n = 0; delete v
      for (i = 1; i <= n_ok[a]; i++) v[++n] = col[a, i]
      sort_n(v, n); M[a] = q(v, n, 0.5); Q1[a] = q(v, n, 0.25); Q3[a] = q(v, n, 0.75)
      np = 0; delete p
      for (r = 1; r <= runs; r++)
        if (((a, r) in by) && ((base, r) in by) && by[base, r] > 0) p[++np] = by[a, r] / by[base, r]
      sort_n(p, np); P[a] = np ? q(p, np, 0.5) : 0 }
  $3 >= 0 { i = ++n_ok[$1]; ms[$1, i] = $3; kb[$1, i] = $4; cpu[$1, i] = $5
            ms_r[$1, $2] = $3; cpu_r[$1, $2] = $5 }
  $3 < 0 { failed[$1]++ }
  END {
    base = "minimal-adw"
    n_names = split(order, names, " ")
    for (k = 1; k <= n_names; k++) {
      a = names[k]; if (!n_ok[a]) continue
      stats(a, ms, ms_r); mm[a] = M[a]; m1[a] = Q1[a]; m3[a] = Q3[a]; mp[a] = P[a]
      stats(a, cpu, cpu_r); cm[a] = M[a]; c1[a] = Q1[a]; c3[a] = Q3[a]; cp[a] = P[a]
      stats(a, kb, ms_r); rm[a] = M[a]
    }
    printf "%-19s %-26s %-6s %-6s   %-24s %-6s %-6s   %-8s %s\n", "", "map (ms)", "/adw", "paired",
           "processor (ms)", "/adw", "paired", "RSS MiB", "/adw"
    printf "%-19s %-26s\n", "app", "median (quartiles)"
    for (k = 1; k <= n_names; k++) {
      a = names[k]
      if (!n_ok[a]) { printf "%-19s failed to map a window in every run\n", a; continue }
      printf "%-19s %7.1f (%7.1f-%7.1f) %5.2fx %5.2fx   %6.1f (%6.1f-%6.1f) %5.2fx %5.2fx   %7.1f %5.2fx%s\n",
             a, mm[a], m1[a], m3[a], mm[a] / mm[base], mp[a],
             cm[a], c1[a], c3[a], cm[a] / cm[base], cp[a],
             rm[a] / 1024, rm[a] / rm[base],
             failed[a] ? sprintf("  (%d of %d runs failed)", failed[a], runs) : ""
    }
    print ""
    if (n_ok["physioplan"] && n_ok["gnome-calculator"] && n_ok[base]) {
      printf "Goal, start-up ratio at or below gnome-calculator'"'"'s: %s (%.2fx vs %.2fx; paired %.2fx vs %.2fx)\n",
             mm["physioplan"] / mm[base] <= mm["gnome-calculator"] / mm[base] ? "met" : "NOT met",
             mm["physioplan"] / mm[base], mm["gnome-calculator"] / mm[base],
             mp["physioplan"], mp["gnome-calculator"]
      printf "Goal, memory ratio below gnome-calculator'"'"'s: %s (%.2fx vs %.2fx)\n",
             rm["physioplan"] < rm["gnome-calculator"] ? "met" : "NOT met",
             rm["physioplan"] / rm[base], rm["gnome-calculator"] / rm[base]
    } else {
      print "Goals not checked: Physioplan, minimal-adw or gnome-calculator has no result."
    }
  }' "$all"

if [ -f "$scratch/physioplan.warmup" ]; then
  echo "Physioplan's first run (creates the database): $(sed -n 's/.*mapped_ms=\([-0-9.]*\).*/\1/p' \
    "$scratch/physioplan.warmup") ms"
fi
if [ -n "${PHYSIO_BENCH_KEEP:-}" ]; then
  cp "$all" "$PHYSIO_BENCH_KEEP"
fi
# A Physioplan that cannot start is a failed benchmark, not a row to overlook.
awk '$1 == "physioplan" && $3 >= 0 { ok = 1 } END { exit !ok }' "$all"
