# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# Shared by tools/dev-run, tools/dev-test, .ci/run and tests/bench/bench-startup.sh: one list
# of packages and one way to install them, configure, build, test and summarise. Source it
# from bash; it defines functions and variables and runs nothing by itself.

PHYSIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PHYSIO_BUILD=${PHYSIO_BUILD:-$PHYSIO_ROOT/build}
PHYSIO_DRY_RUN=${PHYSIO_DRY_RUN:-0}

# What a fresh Debian bookworm or Ubuntu machine lacks to build and run the app.
PHYSIO_BUILD_PACKAGES=(
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev meson ninja-build gcc
  pkg-config gettext desktop-file-utils appstream libglib2.0-dev-bin
)
# Added for the test suite: a virtual display, a session bus, a known font, and the tools of
# the lint tests. The session bus package is picked by physio_dbus_package.
PHYSIO_TEST_PACKAGES=(xvfb xauth xdotool fonts-dejavu-core flatpak-builder libpoppler-glib-dev)
# Only to re-make the pre-rendered symbolic icons in ui/icons (gtk4-encode-symbolic-svg; see
# ui/physio-ui.gresource.xml); the build uses the PNGs kept in the repository.
PHYSIO_ICON_PACKAGES=(libgtk-4-bin)

physio_say ()
{
  printf '%s\n' "$*" >&2
}

# Runs a command, or only shows it in a dry run.
physio_do ()
{
  if [ "$PHYSIO_DRY_RUN" = 1 ]; then
    physio_say "would run: $*"
  else
    "$@"
  fi
}

# dbus-run-session lives in dbus-daemon since Debian 12 (the dbus package was split); older
# Ubuntu releases still ship it in dbus. Ask apt which of the two it knows.
physio_dbus_package ()
{
  if apt-cache show dbus-daemon >/dev/null 2>&1; then
    echo dbus-daemon
  else
    echo dbus
  fi
}

physio_is_installed ()
{
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Installs whichever of the given packages are missing, with sudo when not root. apt-get
# update runs only when something is missing, so a ready machine never touches the network.
physio_install_packages ()
{
  local missing=() pkg
  local -a sudo=()

  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    physio_say "Not a Debian-like system: make sure these are installed: $*"
    return 0
  fi
  for pkg in "$@"; do
    physio_is_installed "$pkg" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi

  physio_say "Installing missing packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      physio_say "Not root and no sudo: install these packages first: ${missing[*]}"
      return 1
    fi
    sudo=(sudo)
  fi
  physio_do "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null &&
    physio_do "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

physio_install_build_deps ()
{
  physio_install_packages "${PHYSIO_BUILD_PACKAGES[@]}"
}

physio_install_test_deps ()
{
  physio_install_packages "${PHYSIO_BUILD_PACKAGES[@]}" "${PHYSIO_TEST_PACKAGES[@]}" \
    "$(physio_dbus_package)"
}

# Configures (or, with "fresh", wipes and configures) the build folder and builds it.
physio_build ()
{
  if [ "${1:-}" = fresh ] && [ -d "$PHYSIO_BUILD" ]; then
    # --wipe needs a folder meson has configured before; anything else is just removed.
    if [ -f "$PHYSIO_BUILD/meson-private/coredata.dat" ]; then
      physio_do meson setup --wipe "$PHYSIO_BUILD" "$PHYSIO_ROOT" || return 1
    else
      physio_do rm -rf "$PHYSIO_BUILD"
      physio_do meson setup "$PHYSIO_BUILD" "$PHYSIO_ROOT" || return 1
    fi
  elif [ ! -f "$PHYSIO_BUILD/build.ninja" ]; then
    physio_do meson setup "$PHYSIO_BUILD" "$PHYSIO_ROOT" || return 1
  fi
  physio_do ninja -C "$PHYSIO_BUILD"
}

# The plain summary CI reads, from meson's machine-readable log: OK and EXPECTEDFAIL pass,
# SKIP is counted apart, everything else (FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS) failed.
# Prints "N passed, N failed" (plus ", N skipped" when any were) and returns 1 on failures.
physio_summarise ()
{
  local log=$1
  python3 - "$log" <<'PY'
import json, sys
results = []
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if line.strip():
            results.append(json.loads(line)['result'])
passed = sum(r in ('OK', 'EXPECTEDFAIL') for r in results)
skipped = sum(r == 'SKIP' for r in results)
failed = len(results) - passed - skipped
line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
PY
}

# Runs the whole suite on a virtual display inside a private session bus, then prints the
# summary as the very last line. A build that fails before any test runs counts as one
# failure, so the summary line is there whatever happens.
physio_run_tests ()
{
  local log=$PHYSIO_BUILD/meson-logs/testlog.json
  local status=0

  if ! physio_build "$@"; then
    physio_say "The build failed; no tests were run."
    echo "0 passed, 1 failed"
    return 1
  fi
  if [ "$PHYSIO_DRY_RUN" = 1 ]; then
    physio_do xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
      meson test -C "$PHYSIO_BUILD" --print-errorlogs
    return 0
  fi

  # A stale log from an earlier run must never be summarised as this run's result.
  rm -f "$log"
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
    meson test -C "$PHYSIO_BUILD" --print-errorlogs </dev/null || status=$?
  if [ ! -s "$log" ]; then
    physio_say "meson test wrote no results (exit status $status)."
    echo "0 passed, 1 failed"
    return 1
  fi
  physio_summarise "$log" || status=1
  return $status
}
