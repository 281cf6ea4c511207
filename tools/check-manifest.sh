#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-manifest.sh MANIFEST [FLATPAK-BUILDER]
#
# Checks the Flatpak manifest without building it (no runtime is needed): flatpak-builder must
# parse it, and must not warn about an unknown property. A misspelt key is only a warning and
# exit status 0 for flatpak-builder, but it silently drops that part of the build.
# Exit status 77 (skip) when flatpak-builder is not installed.
set -u

manifest=${1:?usage: check-manifest.sh MANIFEST [FLATPAK-BUILDER]}
builder=${2:-}
case $manifest in
  /*) ;;
  *) manifest=$PWD/$manifest ;;
esac
if [ -z "$builder" ]; then
  builder=$(command -v flatpak-builder) || builder=
fi
if [ -z "$builder" ]; then
  echo "flatpak-builder is not installed; skipping"
  exit 77
fi

scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT

# Run from a scratch folder: flatpak-builder may create its state folder in the current one.
(cd "$scratch" && "$builder" --show-manifest "$manifest") >"$scratch/out" 2>"$scratch/err"
status=$?
cat "$scratch/err" >&2
if [ $status -ne 0 ]; then
  echo "flatpak-builder could not read $manifest (exit status $status)" >&2
  exit 1
fi
if grep -q 'Unknown property' "$scratch/err"; then
  echo "$manifest has properties flatpak-builder does not know" >&2
  exit 1
fi
echo "$manifest: OK"
