#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes po/library-strings.c: every text of data/exercises.json a patient or clinician reads
(name, steps, cues, caution, regression note, intensity), and the handout title, phase
names and exercise notes of each template of data/templates.json, as C_("exercise", ...), so xgettext
puts them in the template with a comment saying where each comes from. The file is never
compiled; physio_library_text () looks the texts up at run time.

    tools/library-strings.py            rewrite po/library-strings.c
    tools/library-strings.py --check    exit 1 when it is out of date (lint test)
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = os.path.join(ROOT, "data", "exercises.json")
TEMPLATES = os.path.join(ROOT, "data", "templates.json")
OUTPUT = os.path.join(ROOT, "po", "library-strings.c")


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def generate():
    with open(LIBRARY, encoding="utf-8") as f:
        exercises = json.load(f)["exercises"]
    lines = [
        "/* po/library-strings.c: the built-in exercise texts, for xgettext only",
        " *",
        " * SPDX-FileCopyrightText: 2026 The Physioplan authors",
        " * SPDX-License-Identifier: GPL-3.0-or-later",
        " *",
        " * Generated from data/exercises.json by tools/library-strings.py (run by",
        " * tools/update-po); do not edit. Never compiled. */",
        "",
    ]
    seen = set()

    def add(text, where):
        if not text or text in seen:
            return
        seen.add(text)
        lines.append("/* TRANSLATORS: %s */" % where.replace("*/", "* /"))
        lines.append('C_("exercise", %s);' % c_string(text))

    for exercise in exercises:
        name = exercise["name"]
        ident = exercise["id"]
        add(name, "name of the exercise %s in the built-in library" % ident)
        for i, step in enumerate(exercise.get("steps", []), 1):
            add(step, "step %d of the exercise \u201c%s\u201d, read by the patient" % (i, name))
        for cue in exercise.get("cues", []):
            add(cue, "a short coaching cue for \u201c%s\u201d, read by the patient" % name)
        add(exercise.get("caution_text"),
            "the caution printed with \u201c%s\u201d: plain and reassuring" % name)
        add(exercise.get("regression_note"),
            "how the clinician makes \u201c%s\u201d easier" % name)
        add(exercise.get("default_dose", {}).get("intensity"),
            "how hard \u201c%s\u201d should feel, read by the patient" % name)
    with open(TEMPLATES, encoding="utf-8") as f:
        templates = json.load(f)["templates"]
    for template in templates:
        add(template.get("title"),
            "the handout title of the built-in template \u201c%s\u201d" % template["id"])
        for phase in template.get("phases") or []:
            add(phase.get("name"), "the name of a phase of the built-in template \u201c%s\u201d"
                % template["id"])
        for item in template.get("items", []):
            add(item.get("note"), "a note to the patient on %s in the template \u201c%s\u201d"
                % (item.get("exercise_id", "an exercise"), template["id"]))
    return "\n".join(lines) + "\n"


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUTPUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print("po/library-strings.c is out of date: run tools/update-po", file=sys.stderr)
            return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
