#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/bench/bench-startup.sh [--runs N] [--build DIR]
#
# Start-up benchmark: time from exec to the first mapped window (>= 50x50) and the resident
# memory 2 s later, for Physioplan (built binary, scratch database with the built-in
# library), a minimal GTK window (the floor) and GNOME Text Editor (the bar to meet). One
# warm-up and N measured runs (default 5) of each; prints the medians.
#
# Every run happens on its own Xvfb display inside its own session bus, with HOME and the XDG
# folders in a scratch folder and GSK_RENDERER=cairo, so a desktop session, an already
# running Text Editor or a user's shader cache can never change the figures.
set -euo pipefail

runs=5
inner=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?}; shift 2 ;;
    --build) export PHYSIO_BUILD=${2:?}; shift 2 ;;
    --inner) inner=1; shift ;;
    *) echo "usage: $0 [--runs N] [--build DIR]" >&2; exit 2 ;;
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
  ninja -C "$PHYSIO_BUILD" src/physioplan tests/bench/mapwait tests/bench/bench-minimal-window

  # The report goes to fd 3; what Xvfb, the session bus and the services it starts print
  # goes to a log, shown only when the run fails.
  log=$(mktemp)
  status=0
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
    "$0" --inner --runs "$runs" --build "$PHYSIO_BUILD" 3>&1 >"$log" 2>&1 || status=$?
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

# median FILE FIELD: the median of FIELD=value over the lines of FILE.
median ()
{
  sed -n "s/.*$2=\\([-0-9.]*\\).*/\\1/p" "$1" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit 1;
           if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench NAME COMMAND...: one warm-up, then $runs measured runs; prints one result row and
# keeps the median map time in $NAME.ms for the verdict at the end.
bench ()
{
  local name=$1 out=$scratch/$1.runs ms kb i
  shift
  : >"$out"
  if ! "$mapwait" -s 2000 -- "$@" >"$scratch/$name.warmup" 2>"$scratch/$name.log"; then
    printf '%-22s failed to map a window; its log:\n' "$name"
    sed 's/^/    /' "$scratch/$name.log" | tail -n 20
    return 0
  fi
  for ((i = 0; i < runs; i++)); do
    "$mapwait" -s 2000 -- "$@" >>"$out" 2>>"$scratch/$name.log" || true
    sleep 0.3
  done
  if grep -q 'mapped_ms=-' "$out" || [ "$(grep -c mapped_ms= "$out")" -ne "$runs" ]; then
    printf '%-22s %s of %s runs failed to map a window\n' "$name" \
      "$(( runs - $(grep -c 'mapped_ms=[0-9]' "$out") ))" "$runs"
    return 0
  fi
  ms=$(median "$out" mapped_ms)
  kb=$(median "$out" rss_kb)
  echo "$ms" >"$scratch/$name.ms"
  echo "$kb" >"$scratch/$name.kb"
  printf '%-22s %10.1f %12.1f   (first run %s ms)\n' "$name" "$ms" "$(echo "$kb" |
    awk '{ print $1 / 1024 }')" "$(sed -n 's/.*mapped_ms=\([0-9.]*\).*/\1/p' "$scratch/$name.warmup")"
}

echo "Start-up benchmark: $runs runs after 1 warm-up, Xvfb 1280x800, GSK_RENDERER=cairo"
echo "Machine: $(nproc) CPUs, $(uname -sr), GTK $(pkg-config --modversion gtk4 2>/dev/null || echo '?')"
echo
printf '%-22s %10s %12s\n' app 'map (ms)' 'RSS (MiB)'

# The warm-up run of Physioplan creates the scratch database and loads the built-in library
# into it (the "first run" figure); the measured runs open that database as a clinician's
# daily start would.
bench physioplan "$PHYSIO_BUILD/src/physioplan" --database="$scratch/physioplan.db"
bench minimal-window "$bench_dir/bench-minimal-window"
if command -v gnome-text-editor >/dev/null 2>&1; then
  # --standalone keeps it from handing over to an instance that is still shutting down.
  bench gnome-text-editor gnome-text-editor --standalone
else
  printf '%-22s not installed; skipped (apt-get install gnome-text-editor to compare)\n' \
    gnome-text-editor
fi

echo
if [ -f "$scratch/physioplan.ms" ] && [ -f "$scratch/gnome-text-editor.ms" ]; then
  awk -v pm="$(cat "$scratch/physioplan.ms")" -v tm="$(cat "$scratch/gnome-text-editor.ms")" \
      -v pk="$(cat "$scratch/physioplan.kb")" -v tk="$(cat "$scratch/gnome-text-editor.kb")" \
      'BEGIN {
         printf "Goal, start-up no slower than GNOME Text Editor: %s (%.1f vs %.1f ms)\n",
                pm <= tm ? "met" : "NOT met", pm, tm;
         printf "Goal, memory no more than GNOME Text Editor: %s (%.1f vs %.1f MiB)\n",
                pk <= tk ? "met" : "NOT met", pk / 1024, tk / 1024 }'
else
  echo "Goals not checked: Physioplan or GNOME Text Editor has no result."
fi
# A Physioplan that cannot start is a failed benchmark, not a row to overlook.
[ -f "$scratch/physioplan.ms" ]
