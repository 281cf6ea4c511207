# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks Physioplan's accessibility tree as a screen reader meets it and counts the
actionable nodes (buttons, toggles, checks, radios, menu items, list items, table cells,
entries, spin buttons, combo boxes, links) that have no name, a doubled name ("X X") or a
name that keeps a mnemonic underscore ("_New"). Any such node fails the test.

Scenes: the main window (the library with an exercise open, and a patient open in the
Patients view), the New Programme dialog, and the programme window after a visit to its
Exercises (builder with its library list), Dose Ladder, Diary, Review and Settings pages.

Usage: a11y-tree.py BUILD_ROOT [--dump DIR] [--report]
  --dump DIR  writes each scene's tree to DIR/<scene>.txt
  --report    prints the counts and every offender, never fails (for before/after figures)
GTK 4.8 names a node without a name after its type ("GtkImage"): that counts as no name."""

import os
import re
import sys
import time

import a11y_common as c
import pyatspi

TYPE_NAME = re.compile(r'^(Gtk|Adw|Physio|Gdk)[A-Z][A-Za-z]*$')
MNEMONIC = re.compile(r'(^|[\s(])_[^\s_]')


def problem(node):
    """What is wrong with an actionable node's name, or None."""
    name = (node.name or '').strip()
    if name == '' or TYPE_NAME.match(name):
        return 'unnamed'
    if MNEMONIC.search(name):
        return 'mnemonic'
    # Case aside: "Radicular symptoms Radicular Symptoms" is heard as the same words twice.
    folded = name.casefold()
    words = folded.split()
    n = len(words)
    if n >= 2 and n % 2 == 0 and words[:n // 2] == words[n // 2:]:
        return 'doubled'
    half = len(folded) // 2
    if len(folded) >= 4 and folded[:half].strip() == folded[half:].strip() and folded[half - 1:half + 1].strip() != folded[half - 1:half + 1]:
        return 'doubled'
    return None


def visible(node):
    return c.is_visible(node)


class Counter:
    def __init__(self, dump_dir):
        self.dump_dir = dump_dir
        self.seen = {}      # (role, name, ancestors) -> (problem, scene, description)

    def scene(self, label, root, window):
        self.window = window
        """One pass over @root: role, name and state of each node, with the path of
        ancestors' names carried down, so nothing is asked twice over D-Bus."""
        lines = []
        found = 0
        t0 = time.monotonic()
        stack = [(root, 0, (), ())]
        while stack:
            node, depth, ancestors, where = stack.pop()
            try:
                role = node.getRole()
                name = node.name or ''
                n = node.childCount
            except Exception:
                continue
            desc = '%s "%s"' % (c.ACTIONABLE.get(role) or node.getRoleName(), name)
            if role == pyatspi.ROLE_TEXT and c.is_actionable(node, role):
                desc = 'entry "%s"' % name
            if self.dump_dir:
                lines.append('  ' * depth + desc)
            if c.is_actionable(node, role) and c.is_visible(node):
                found += 1
                key = (self.window, where)
                if key not in self.seen:
                    ctx = ' < '.join(reversed(ancestors[-3:]))
                    self.seen[key] = (problem(node), label, desc + '  [' + ctx + ']')
            for i in reversed(range(n)):
                try:
                    child = node.getChildAtIndex(i)
                except Exception:
                    continue
                if child is not None:
                    stack.append((child, depth + 1, ancestors + (desc,), where + (i,)))
        if self.dump_dir:
            with open(os.path.join(self.dump_dir, label + '.txt'), 'w') as f:
                f.write('\n'.join(lines) + '\n')
        c.log('%s: %d actionable nodes showing (%.1f s)' % (label, found, time.monotonic() - t0))

    def offenders(self, kind):
        return [(label, desc) for (p, label, desc) in self.seen.values() if p == kind]


def press(node):
    c.press(node)


def run(build_root, dump_dir, report):
    app = c.App(build_root)
    counter = Counter(dump_dir)
    try:
        main = app.window('Physioplan')

        # The library, with an exercise open.
        c.wait_find('a library row', lambda: main, role=pyatspi.ROLE_LIST_ITEM,
                          pred=visible)
        exercises = c.find(main, role=pyatspi.ROLE_LIST, name='Exercises')
        third = exercises.getChildAtIndex(2)
        press(third)
        c.wait_for('the third exercise selected',
                   lambda: third.getState().contains(pyatspi.STATE_SELECTED))
        # The main window's tree holds the library while the Patients view shows: it is
        # walked once, below.

        # The Patients view, with a patient open.
        press(c.wait_find('the Patients tab', lambda: main, role=pyatspi.ROLE_PAGE_TAB,
                          name='Patients', pred=visible))
        patient = c.wait_for('the patient row', lambda: c.find(
            main, role=pyatspi.ROLE_LIST_ITEM, contains='Alma Testperson', pred=visible)
            or c.find(main, role=pyatspi.ROLE_LIST_ITEM, pred=lambda n: visible(n) and
                      c.find(n, role=pyatspi.ROLE_LABEL, name='Alma Testperson')))
        press(patient)
        opener = c.wait_find('the programme row', lambda: main, role=pyatspi.ROLE_PUSH_BUTTON,
                             name='Open Programme', pred=visible)
        counter.scene('main', main, 'main')

        # The New Programme dialog.
        press(c.wait_find('New Programme', lambda: main, role=pyatspi.ROLE_PUSH_BUTTON,
                          contains='New Programme', pred=visible))
        dialog = app.window('New Programme')
        c.wait_for('the templates', lambda: c.find(dialog, role=pyatspi.ROLE_RADIO_BUTTON)
                   or c.find(dialog, role=pyatspi.ROLE_LIST_ITEM))
        counter.scene('new-programme', dialog, 'dialog')
        press(c.wait_find('Cancel', lambda: dialog, role=pyatspi.ROLE_PUSH_BUTTON,
                          contains='Cancel'))
        c.wait_for('the dialog to close',
                   lambda: all('New Programme' not in (w.name or '') for w in app.windows()))

        # The programme window, page by page.
        press(opener)
        prog = app.window('Alma Testperson')
        c.wait_find('the builder', lambda: prog, role=pyatspi.ROLE_LIST_ITEM, pred=visible)
        library = c.find(prog, role=pyatspi.ROLE_TOGGLE_BUTTON, contains='Library')
        if library is not None and not library.getState().contains(pyatspi.STATE_CHECKED):
            press(library)
        for tab in ('Dose Ladder', 'Diary', 'Review', 'Settings'):
            press(c.wait_find(tab, lambda: prog, role=pyatspi.ROLE_PAGE_TAB, name=tab,
                              pred=visible))
            c.wait_for(tab + ' selected', lambda: c.find(
                prog, role=pyatspi.ROLE_PAGE_TAB, name=tab,
                pred=lambda n: n.getState().contains(pyatspi.STATE_SELECTED)
                or n.getState().contains(pyatspi.STATE_CHECKED)))
        # Every page stays in the tree once made: one walk sees them all.
        counter.scene('programme', prog, 'programme')
    finally:
        app.close()

    counts = {k: len(counter.offenders(k)) for k in ('unnamed', 'doubled', 'mnemonic')}
    print('# %d actionable nodes: %d without a name, %d doubled, %d with a mnemonic underscore'
          % (len(counter.seen), counts['unnamed'], counts['doubled'], counts['mnemonic']))
    bad = 0
    for kind in ('unnamed', 'doubled', 'mnemonic'):
        for label, desc in counter.offenders(kind):
            bad += 1
            print('# %s in %s: %s' % (kind, label, desc))
    if report:
        return 0
    print('1..1')
    print(('ok' if bad == 0 else 'not ok') + ' 1 - every actionable node has one clean name')
    return 0 if bad == 0 else 1


if __name__ == '__main__':
    args = sys.argv[1:]
    dump = None
    if '--dump' in args:
        i = args.index('--dump')
        dump = args[i + 1]
        os.makedirs(dump, exist_ok=True)
        del args[i:i + 2]
    report = '--report' in args
    if report:
        args.remove('--report')
    sys.exit(run(args[0], dump, report))
