#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-layers.sh SOURCE_ROOT: the layer rule of HACKING.md, checked on the sources.
#   src/core    GLib/GObject only: no GTK, Cairo, SQLite or json-glib
#   src/render  no GTK, no SQLite (gdk-pixbuf, an image decoder without a display, is allowed)
#   src/ui      no SQLite (it goes through the store)
# Prints every offending line and exits 1 if there is one.

set -u

root=${1:?usage: check-layers.sh SOURCE_ROOT}
status=0

# forbid FOLDER WHAT PATTERN: grep -E PATTERN in the C files of FOLDER.
forbid ()
{
  folder=$1
  what=$2
  pattern=$3

  hits=$(grep -rnE --include='*.c' --include='*.h' "$pattern" "$root/$folder" 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "$folder must not use $what:"
    echo "$hits" | sed "s|^$root/|  |"
    status=1
  fi
}

sqlite_include='#[[:space:]]*include[[:space:]]*[<"]sqlite3\.h[>"]'
sqlite_call='sqlite3_[a-z_]+[[:space:]]*\('

for folder in src/ui src/core src/render; do
  forbid "$folder" "sqlite3.h" "$sqlite_include"
  forbid "$folder" "sqlite3_* calls" "$sqlite_call"
done

forbid src/core "GTK, GDK or libadwaita" '#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|adwaita)'
forbid src/core "Cairo or Pango" '#[[:space:]]*include[[:space:]]*[<"](cairo|pango)'
forbid src/core "json-glib" '#[[:space:]]*include[[:space:]]*[<"]json-glib'
forbid src/render "GTK, GDK or libadwaita" '#[[:space:]]*include[[:space:]]*[<"](gtk|gdk/|gdk\.h|adwaita)'

if [ $status -eq 0 ]; then
  echo "Layers kept: core, render and ui use only what HACKING.md allows."
fi
exit $status
