#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# privacy-log.py TESTLOG UI_TEST_FOLDER: no patient name or note may reach a log (issue 9).
# Greps meson's text log of a whole test run for every patient name, clinician name and note
# the UI tests type or save (read from their sources, so a new fixture is covered without
# touching this file). tools/dev-test runs it as a second meson run after the suites, when
# testlog.txt is complete; in a plain `meson test` it runs last (priority -1000) and checks
# what meson has written so far, skipping when no UI test is in the log yet.
import os
import pathlib
import re
import sys

SKIP = 77
log_path, ui_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
must_have_ui = os.environ.get('PHYSIO_PRIVACY_REQUIRE_UI') == '1'

# "Maria Lopes": two capitalised words, as every person in the fixtures is written. Notes and
# other free text: whatever the tests set as a patient's notes, screening notes or a note.
NAME = re.compile(r'"([A-Z][a-z]+ [A-Z][a-z]+)"')
NOTE = re.compile(r'(?:set_notes|set_screen_notes|set_note|gtk_text_buffer_set_text)\s*'
                  r'\([^;]*?,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)', re.S)
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')

secrets = set()
for source in sorted(ui_dir.glob('*.c')):
    text = source.read_text(encoding='utf-8')
    secrets.update(NAME.findall(text))
    for call in NOTE.findall(text):
        note = ''.join(LITERAL.findall(call))
        if len(note) >= 12:
            secrets.add(note.encode().decode('unicode_escape').encode('latin-1').decode())
# A text the app itself holds ("New Exercise", a window title) is not the patient's.
root = ui_dir.parent.parent
app_text = ''.join(path.read_text(encoding='utf-8', errors='replace')
                   for folder in ('src', 'ui') for path in (root / folder).rglob('*')
                   if path.is_file())
secrets = {secret for secret in secrets if secret not in app_text}
if len(secrets) < 5:
    print(f'Bail out! only {len(secrets)} names and notes found in {ui_dir}')
    sys.exit(1)

if not log_path.exists():
    print(f'1..0 # SKIP no {log_path.name} yet')
    sys.exit(SKIP if not must_have_ui else 1)
log = log_path.read_text(encoding='utf-8', errors='replace')
if 'physioplan:ui / ' not in log:
    print(f'# no UI test in {log_path}')
    sys.exit(1 if must_have_ui else SKIP)

found = []
for number, line in enumerate(log.splitlines(), 1):
    for secret in secrets:
        if secret in line:
            found.append((number, secret))
print(f'# {len(secrets)} names and notes looked for in {log_path} ({len(log)} characters)')
for number, secret in found:
    print(f'# line {number}: "{secret}"')
if found:
    print(f'{len(found)} lines of the test log hold a patient name or note')
    sys.exit(1)
sys.exit(0)
