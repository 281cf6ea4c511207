# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives Physioplan through the accessibility tree only, as a screen-reader or switch user
would: open a patient, start a programme from a template, change a dose in the ladder and
export the handout as a PDF. Nothing is clicked by coordinates and no key is pressed: every
step finds a node by role and name and uses its action or its editable text.

The file chooser cannot be driven over AT-SPI (with a portal it is another process), so the
app is started with PHYSIO_TEST_EXPORT_PATH, which the export reads instead of asking
(src/ui/physio-compat.c). The PDF must exist and have pages.

Usage: a11y-drive.py BUILD_ROOT"""

import os
import re
import sqlite3
import subprocess
import sys

import a11y_common as c
import pyatspi

PATIENT = 'Bruno Testperson'
TEMPLATE = 'Template C'


def ladder_doses(db):
    """(exercise, step) -> dose of every planned dose of the patient's programmes."""
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    try:
        rows = con.execute(
            'SELECT p.exercise_id, d.step, d.dose FROM planned_dose d '
            'JOIN prescription p ON p.id = d.prescription_id '
            'JOIN programme g ON g.id = p.programme_id '
            'JOIN patient t ON t.id = g.patient_id WHERE t.name = ?', (PATIENT,)).fetchall()
    finally:
        con.close()
    return {(r[0], r[1]): r[2] for r in rows}


def pdf_pages(path):
    try:
        out = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True)
        m = re.search(r'^Pages:\s+(\d+)', out.stdout, re.M)
        return int(m.group(1)) if m else 0
    except FileNotFoundError:
        with open(path, 'rb') as f:
            return len(re.findall(rb'/Type\s*/Page[^s]', f.read()))


def run(build_root):
    export = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'physio-a11y-%d.pdf' % os.getpid())
    if os.path.exists(export):
        os.unlink(export)
    app = c.App(build_root, {'PHYSIO_TEST_EXPORT_PATH': export})
    results = []

    def ok(n, what):
        results.append('ok %d - %s' % (n, what))
        c.log(what)

    try:
        main = app.window('Physioplan')

        # 1. Open the patient.
        c.press(c.wait_find('the Patients tab', lambda: main, role=pyatspi.ROLE_PAGE_TAB,
                            name='Patients', pred=c.is_visible))
        c.press(c.wait_find('the patient', lambda: main, role=pyatspi.ROLE_LIST_ITEM,
                            contains=PATIENT, pred=c.is_visible))
        new = c.wait_find('New Programme', lambda: main, role=pyatspi.ROLE_PUSH_BUTTON,
                          name='New Programme', pred=c.is_visible)
        ok(1, 'opened %s' % PATIENT)

        # 2. A programme from the chronic template.
        c.press(new)
        dialog = app.window('New Programme')
        template = c.wait_find('the template', lambda: dialog,
                               role=(pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON),
                               contains=TEMPLATE)
        c.press(template)
        c.wait_for('the template chosen',
                   lambda: template.getState().contains(pyatspi.STATE_CHECKED))
        c.press(c.wait_find('Create', lambda: dialog, role=pyatspi.ROLE_PUSH_BUTTON,
                            name='Create'))
        prog = app.window(PATIENT)
        ok(2, 'applied the template: the programme window is open')

        # 3. A dose in the ladder: the first cell planned in minutes, a minute longer.
        # GTK 4.8 reads no entry text over AT-SPI; the cell's description holds its dose.
        before = c.wait_for('the programme saved', lambda: ladder_doses(app.db))
        c.press(c.wait_find('the ladder tab', lambda: prog, role=pyatspi.ROLE_PAGE_TAB,
                            name='Dose Ladder', pred=c.is_visible))
        table = c.wait_find('the ladder', lambda: prog, role=pyatspi.ROLE_TABLE,
                            name='Dose ladder')
        pattern = re.compile('^(\\d+)\u2032$')
        cell = c.wait_find('a cell in minutes', lambda: table, role=pyatspi.ROLE_TEXT,
                           pred=lambda n: pattern.match(n.description or ''))
        dose = '%d\u2032' % (int(pattern.match(cell.description).group(1)) + 1)
        # Setting the text commits it, as Enter does (the AT-SPI activate of GTK 4.8 never
        # reaches the entry's own activate).
        c.set_text(cell, dose)
        changed = c.wait_for('the new dose saved', lambda: [
            k for k, v in ladder_doses(app.db).items() if before.get(k) != v])
        ok(3, 'changed %s to %s (saved: %d planned dose changed)'
           % (cell.name, dose, len(changed)))

        # 4. The handout, exported as a PDF.
        c.press(c.wait_find('Handout', lambda: prog, role=pyatspi.ROLE_PUSH_BUTTON,
                            name='Handout'))
        preview = app.window('Handout')
        c.press(c.wait_find('Export PDF', lambda: preview, role=pyatspi.ROLE_PUSH_BUTTON,
                            contains='Export PDF'))
        c.wait_for('the PDF written',
                   lambda: os.path.exists(export) and pdf_pages(export) > 0, 10)
        ok(4, 'exported a PDF of %d pages' % pdf_pages(export))
    finally:
        app.close()
        if os.path.exists(export):
            os.unlink(export)

    print('1..4')
    print('\n'.join(results))
    return 0


if __name__ == '__main__':
    sys.exit(run(sys.argv[1]))
