# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# Shared by tools/dev-run, tools/dev-test, .ci/run and tests/bench/bench-startup.sh: one list
# of packages and one way to install them, configure, build, test and summarise. Source it
# from bash; it defines functions and variables and runs nothing by itself.

PHYSIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PHYSIO_BUILD=${PHYSIO_BUILD:-$PHYSIO_ROOT/build}
# The extra build folders of --all-checks (HACKING.md "Checks").
PHYSIO_BUILD_ASAN=${PHYSIO_BUILD_ASAN:-$PHYSIO_ROOT/build-asan}
PHYSIO_BUILD_FUZZ=${PHYSIO_BUILD_FUZZ:-$PHYSIO_ROOT/build-fuzz}
# Seconds each fuzz target runs, and crash trials in the sanitizer build (the plain build
# runs the test's own 200, or PHYSIO_CRASH_TRIALS when set).
PHYSIO_FUZZ_SECONDS=${PHYSIO_FUZZ_SECONDS:-20}
PHYSIO_ASAN_CRASH_TRIALS=${PHYSIO_ASAN_CRASH_TRIALS:-50}
PHYSIO_DRY_RUN=${PHYSIO_DRY_RUN:-0}

# What a fresh Debian bookworm or Ubuntu machine lacks to build and run the app. The build
# folder also builds the tests, and those that read handouts back link poppler-glib.
PHYSIO_BUILD_PACKAGES=(
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev meson ninja-build gcc
  pkg-config gettext desktop-file-utils appstream libglib2.0-dev-bin libpoppler-glib-dev
  librsvg2-dev
)
# Added for the test suite: a virtual display, a session bus, a known font, and the tools of
# the lint tests. The session bus package is picked by physio_dbus_package.
# The accessibility tests (tests/a11y) drive the app over AT-SPI from the system Python:
# the accessibility bus (at-spi2-core), pyatspi and GObject introspection, and pdfinfo.
PHYSIO_TEST_PACKAGES=(xvfb xauth xdotool fonts-dejavu-core flatpak-builder locales at-spi2-core
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 poppler-utils)
# The German and Spanish locales the translation tests run the app in (tests/ui/test-i18n.c).
PHYSIO_TEST_LOCALES=(de_DE.UTF-8 es_ES.UTF-8)
# Only to re-make the pre-rendered symbolic icons in ui/icons (gtk4-encode-symbolic-svg; see
# ui/physio-ui.gresource.xml); the build uses the PNGs kept in the repository.
PHYSIO_ICON_PACKAGES=(libgtk-4-bin)
# Added by --all-checks: memcheck, and clang with libFuzzer and its sanitizer runtimes.
PHYSIO_CHECK_PACKAGES=(valgrind clang libclang-rt-dev)

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
    "$(physio_dbus_package)" && physio_install_test_locales
}

# Generates the test locales a fresh machine lacks (locale -a lists them as de_DE.utf8).
physio_install_test_locales ()
{
  local locale missing=()
  local -a sudo=()

  command -v locale-gen >/dev/null 2>&1 || return 0
  for locale in "${PHYSIO_TEST_LOCALES[@]}"; do
    locale -a 2>/dev/null | grep -qix "${locale%%.*}.utf8" || missing+=("$locale")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  for locale in "${missing[@]}"; do
    if [ -f /etc/locale.gen ] && grep -q "^# *$locale UTF-8" /etc/locale.gen; then
      physio_do "${sudo[@]}" sed -i "s/^# *\($locale UTF-8\)/\1/" /etc/locale.gen
    else
      printf '%s UTF-8\n' "$locale" | physio_do "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
    fi
  done
  physio_do "${sudo[@]}" locale-gen
}

physio_install_check_deps ()
{
  physio_install_test_deps && physio_install_packages "${PHYSIO_CHECK_PACKAGES[@]}"
}

# Configures (or, with "fresh", wipes and configures) a build folder: physio_setup FOLDER
# fresh|"" [meson options...]. Options only apply when the folder is configured anew.
physio_setup ()
{
  local build=$1 fresh=$2
  shift 2

  if [ "$fresh" = fresh ] && [ -d "$build" ]; then
    # --wipe needs a folder meson has configured before; anything else is just removed.
    if [ -f "$build/meson-private/coredata.dat" ]; then
      physio_do meson setup --wipe "$@" "$build" "$PHYSIO_ROOT" || return 1
    else
      physio_do rm -rf "$build"
      physio_do meson setup "$@" "$build" "$PHYSIO_ROOT" || return 1
    fi
  elif [ ! -f "$build/build.ninja" ]; then
    physio_do meson setup "$@" "$build" "$PHYSIO_ROOT" || return 1
  fi
}

# Configures (or, with "fresh", wipes and configures) the build folder and builds it.
physio_build ()
{
  physio_setup "$PHYSIO_BUILD" "${1:-}" || return 1
  physio_do ninja -C "$PHYSIO_BUILD"
}

# The sanitizer build: ASan and UBSan with float casts, every UBSan report fatal.
physio_build_asan ()
{
  physio_setup "$PHYSIO_BUILD_ASAN" "${1:-}" -Db_sanitize=address,undefined -Doptimization=1 \
    "-Dc_args=-fsanitize=float-cast-overflow -fno-sanitize-recover=all" \
    "-Dc_link_args=-fsanitize=float-cast-overflow" || return 1
  physio_do ninja -C "$PHYSIO_BUILD_ASAN"
}

# The fuzzing build (clang): only the libFuzzer targets are built.
physio_build_fuzz ()
{
  local targets=() name

  CC=clang physio_setup "$PHYSIO_BUILD_FUZZ" "${1:-}" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false -Doptimization=1 \
    "-Dc_args=-fsanitize=float-cast-overflow -fno-sanitize-recover=all" \
    "-Dc_link_args=-fsanitize=float-cast-overflow" \
    -Dfuzz_seconds="$PHYSIO_FUZZ_SECONDS" || return 1
  # Every target of tests/fuzz/meson.build: the sources named fuzz-<target>.c.
  for name in "$PHYSIO_ROOT"/tests/fuzz/fuzz-*.c; do
    name=$(basename "$name" .c)
    case $name in
      fuzz-common | fuzz-replay) ;;
      *) targets+=("tests/fuzz/$name") ;;
    esac
  done
  physio_do ninja -C "$PHYSIO_BUILD_FUZZ" "${targets[@]}"
}

# The plain summary CI reads, from meson's machine-readable logs: OK and EXPECTEDFAIL pass,
# SKIP is counted apart, everything else (FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS) failed, and
# so does a missing log (its run never happened). physio_summarise EXTRA_FAILED LOG...:
# EXTRA_FAILED counts steps that failed before meson could run (a build). Prints
# "N passed, N failed" (plus ", N skipped" when any were) and returns 1 on failures.
physio_summarise ()
{
  python3 - "$@" <<'PY'
import json, sys
results = []
failed = int(sys.argv[1])
for log in sys.argv[2:]:
    try:
        with open(log, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    results.append(json.loads(line)['result'])
    except OSError:
        print(f'{log}: no results', file=sys.stderr)
        failed += 1
passed = sum(r in ('OK', 'EXPECTEDFAIL') for r in results)
skipped = sum(r == 'SKIP' for r in results)
failed += len(results) - passed - skipped
line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
PY
}

# Runs meson test in a build folder on a virtual display inside a private session bus:
# physio_meson_test FOLDER [meson test options...]. Its log is FOLDER/meson-logs/<logbase>.json.
physio_meson_test ()
{
  local build=$1
  shift
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
    meson test -C "$build" --print-errorlogs "$@" </dev/null
}

# Runs the whole suite, then the privacy check of its complete log, and with "all" the checks
# of HACKING.md "Checks": the store tests under valgrind, the unit and UI suites in the
# sanitizer build, and each fuzz target for PHYSIO_FUZZ_SECONDS. The summary of every meson
# test that ran, in every build, is the very last line; a build that fails counts as one
# failure, so the line is there whatever happens. physio_run_tests [fresh] [all]
physio_run_tests ()
{
  local fresh= all= arg
  local logs=() extra_failed=0 status=0 started=$SECONDS
  local meson_logs=$PHYSIO_BUILD/meson-logs

  for arg in "$@"; do
    case $arg in
      fresh) fresh=fresh ;;
      all) all=all ;;
    esac
  done

  if ! physio_build "$fresh"; then
    physio_say "The build failed; no tests were run."
    echo "0 passed, 1 failed"
    return 1
  fi
  if [ "$PHYSIO_DRY_RUN" = 1 ]; then
    physio_do physio_meson_test "$PHYSIO_BUILD" --no-suite privacy
    physio_do physio_meson_test "$PHYSIO_BUILD" --suite privacy --logbase privacy-log
    if [ -n "$all" ]; then
      physio_do physio_meson_test "$PHYSIO_BUILD" --setup valgrind --suite store --no-suite crash
      physio_do physio_build_asan "$fresh"
      physio_do physio_meson_test "$PHYSIO_BUILD_ASAN" --suite unit --suite ui
      physio_do physio_build_fuzz "$fresh"
      physio_do physio_meson_test "$PHYSIO_BUILD_FUZZ" --suite fuzz --no-rebuild
    fi
    return 0
  fi

  # A stale log from an earlier run must never be summarised as this run's result.
  rm -f "$meson_logs"/testlog*.json "$meson_logs"/privacy-log.json \
    "$PHYSIO_BUILD_ASAN"/meson-logs/testlog.json "$PHYSIO_BUILD_FUZZ"/meson-logs/testlog.json

  physio_meson_test "$PHYSIO_BUILD" --no-suite privacy || status=1
  logs+=("$meson_logs/testlog.json")
  # Now that testlog.txt is whole: no patient name or note in it.
  PHYSIO_PRIVACY_REQUIRE_UI=1 physio_meson_test "$PHYSIO_BUILD" --suite privacy \
    --logbase privacy-log --no-rebuild || status=1
  logs+=("$meson_logs/privacy-log.json")

  if [ -n "$all" ]; then
    physio_say "== The store tests under valgrind memcheck"
    physio_meson_test "$PHYSIO_BUILD" --setup valgrind --suite store --no-suite crash \
      --no-rebuild || status=1
    logs+=("$meson_logs/testlog-valgrind.json")

    physio_say "== The unit and UI suites under ASan and UBSan"
    if physio_build_asan "$fresh"; then
      # ASan makes the UI tests several times slower, and slower still on a busy machine:
      # their timeouts are for hangs, not for speed.
      PHYSIO_CRASH_TRIALS=${PHYSIO_CRASH_TRIALS:-$PHYSIO_ASAN_CRASH_TRIALS} \
        physio_meson_test "$PHYSIO_BUILD_ASAN" --suite unit --suite ui \
        --timeout-multiplier 3 || status=1
      logs+=("$PHYSIO_BUILD_ASAN/meson-logs/testlog.json")
    else
      physio_say "The sanitizer build failed."
      extra_failed=$((extra_failed + 1))
    fi

    physio_say "== Fuzzing, $PHYSIO_FUZZ_SECONDS s per target"
    if physio_build_fuzz "$fresh"; then
      physio_meson_test "$PHYSIO_BUILD_FUZZ" --suite fuzz --no-rebuild || status=1
      logs+=("$PHYSIO_BUILD_FUZZ/meson-logs/testlog.json")
      cat "$PHYSIO_BUILD_FUZZ"/tests/fuzz/work-*/executions >&2 2>/dev/null || true
    else
      physio_say "The fuzzing build failed."
      extra_failed=$((extra_failed + 1))
    fi
    # The stack a current Flatpak runtime brings, in a chroot: the same build and suite.
    physio_say "== The Debian trixie stack (GTK 4.18, libadwaita 1.7): tools/trixie-check"
    "$PHYSIO_ROOT"/tools/trixie-check >&2 || status=1
    logs+=("$PHYSIO_ROOT/build-trixie/chroot/src/physioplan/build/meson-logs/testlog.json")
    physio_say "== All checks took $((SECONDS - started)) s"
  fi

  physio_summarise "$extra_failed" "${logs[@]}" || status=1
  return $status
}
