#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The lint test of one translation (po/meson.build): `msgfmt --check` must pass (formats,
# header, plural forms) and every message must be translated, none fuzzy.
# Usage: tools/check-po.sh po/de.po
set -eu

po=$1
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || {
  printf '%s\n' "$stats" >&2
  exit 1
}
printf '%s: %s\n' "$po" "$stats"
case $stats in
  *untranslated*|*fuzzy*)
    echo "$po has untranslated or fuzzy messages: translate them (tools/update-po lists them)." >&2
    exit 1
    ;;
  *) ;;
esac
