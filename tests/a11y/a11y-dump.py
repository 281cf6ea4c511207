# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the accessibility tree of the running app (a debugging aid, not a test)."""
import sys
import a11y_common as c

app = c.App(sys.argv[1])
try:
    c.wait_for('a window', lambda: app.app.childCount > 0)
    for node, depth in c.walk(app.app):
        print('  ' * depth + c.describe(node))
finally:
    app.close()
