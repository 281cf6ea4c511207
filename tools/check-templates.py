#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check data/templates.json against the library and the brief's week tables.

data/templates.json holds the template programmes of brief section 5 (format in
data/TEMPLATE-FORMAT.md). This tool

  1. validates it: every exercise id exists in data/exercises.json, every ladder
     dose has the fields of the exercise's dosage kind and none of another kind,
     ladder lengths match the active weeks, weeks lie within the template, items
     of one exercise do not overlap, and the other keys are well formed;
  2. writes every ladder dose as a cell in the compact notation of the brief's
     tables ("2×10", "5×6s e/s", "6-4-2×10s", "10′", "3×20 m", "practise 3") and
     compares the cells with tests/core/template-tables.txt, which is typed from
     the brief, not generated from the JSON.

Doses outside an exercise's own dose_limits are warnings: the brief's numbers win,
but a clinician should look at them.

Run with the system Python (standard library only):

    /usr/bin/python3 tools/check-templates.py [--print]

Exit status: 0 valid and no difference (warnings may have been printed), 1 errors
or differences, 2 bad usage or unreadable files. --print writes the cells of the
JSON in the tables' format to standard output instead of comparing.
"""

import argparse
import json
import os
import re
import sys

FORMAT = 1
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEMPLATE_KEYS = {
    'id', 'version', 'title', 'name', 'stage', 'weeks', 'mode', 'modes', 'quota', 'goals',
    'guidance', 'leave_out', 'exit_criteria', 'review', 'next_template', 'phases',
    'education', 'items', 'notes',
}
TEMPLATE_REQUIRED = {
    'id', 'version', 'title', 'name', 'stage', 'weeks', 'mode', 'goals', 'exit_criteria',
    'phases', 'education', 'items', 'notes',
}
ITEM_KEYS = {
    'exercise_id', 'week_from', 'week_to', 'block', 'days_per_week', 'sessions_per_day',
    'slot_group', 'slot_option', 'optional', 'laterality', 'swaps_from', 'note',
    'step_notes', 'ladder',
}
ITEM_REQUIRED = {
    'exercise_id', 'week_from', 'week_to', 'days_per_week', 'sessions_per_day',
    'slot_group', 'optional', 'ladder',
}
DOSE_KEYS = {
    'sets', 'reps', 'reps_pattern', 'hold_s', 'duration_s', 'distance_m', 'steps_per_day',
    'steps_above_baseline', 'rest_s', 'sessions_per_day', 'days_per_week', 'load',
    'intensity', 'tempo',
}
LOAD_KEYS = {'kind', 'kg', 'band', 'text'}
LOAD_KINDS = ('kg', 'band_level', 'bodyweight', 'assisted')
BAND_LEVELS = ('extra_light', 'light', 'medium', 'heavy', 'extra_heavy')
STAGES = ('acute', 'subacute', 'chronic', 'any')
MODES = ('pain_monitored', 'quota_based', 'manual')
LATERALITIES = ('bilateral', 'each_side', 'alternating')

# Brief 2.4: the absolute range of every whole-number field.
ABSOLUTE_RANGE = {
    'sets': (1, 10),
    'reps': (1, 50),
    'hold_s': (1, 300),
    'duration_s': (30, 7200),
    'distance_m': (5, 5000),
    'steps_per_day': (500, 30000),
    'steps_above_baseline': (1, 30000),
    'rest_s': (0, 600),
    'sessions_per_day': (1, 12),
    'days_per_week': (1, 7),
}

# The volume fields of each dosage kind: a dose needs its own (brief 2.4) and may carry
# no other kind's. The schedule (sessions_per_day, days_per_week) is needed by every kind.
REQUIRED_BY_KIND = {
    'reps': ('sets', 'reps'),
    'hold': ('hold_s',),           # plus sets + reps, or reps_pattern
    'duration': ('duration_s',),
    'distance': ('sets', 'distance_m'),
    'steps': (),                   # steps_per_day or steps_above_baseline
    'practice': ('reps',),
}
ALLOWED_BY_KIND = {
    'reps': {'sets', 'reps', 'reps_pattern', 'rest_s', 'load', 'intensity', 'tempo'},
    'hold': {'sets', 'reps', 'reps_pattern', 'hold_s', 'rest_s', 'load', 'intensity',
             'tempo'},
    'duration': {'duration_s', 'load', 'intensity', 'tempo'},
    'distance': {'sets', 'distance_m', 'rest_s', 'load', 'intensity', 'tempo'},
    'steps': {'steps_per_day', 'steps_above_baseline', 'intensity'},
    'practice': {'sets', 'reps', 'load', 'intensity', 'tempo'},
}
SCHEDULE = ('sessions_per_day', 'days_per_week')

PATTERN_RE = re.compile(r'^\d+(-\d+)+$')
ID_RE = re.compile(r'^[A-Z]{3}-\d{2}$')


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_text(value):
    return isinstance(value, str) and value.strip() != ''


def is_text_list(value):
    return isinstance(value, list) and all(is_text(v) for v in value)


class Checker:
    def __init__(self, library):
        self.library = {e['id']: e for e in library['exercises']}
        self.errors = []
        self.warnings = []

    def error(self, where, message):
        self.errors.append(f'{where}: {message}')

    def warn(self, where, message):
        self.warnings.append(f'{where}: {message}')

    # Dose
    # ----

    def check_load(self, where, load):
        if not isinstance(load, dict):
            self.error(where, 'load must be an object')
            return
        unknown = set(load) - LOAD_KEYS
        if unknown:
            self.error(where, f'load has unknown keys {", ".join(sorted(unknown))}')
        kind = load.get('kind')
        if kind not in LOAD_KINDS:
            self.error(where, f'load kind {kind!r} is not one of {", ".join(LOAD_KINDS)}')
        if kind == 'kg':
            kg = load.get('kg')
            if isinstance(kg, bool) or not isinstance(kg, (int, float)) or not 0 <= kg <= 500:
                self.error(where, f'a kg load needs kg between 0 and 500, found {kg!r}')
        elif 'kg' in load:
            self.error(where, f'a {kind} load has no kg')
        if kind == 'band_level':
            if load.get('band') not in BAND_LEVELS:
                self.error(where, f'unknown band level {load.get("band")!r}')
        elif 'band' in load:
            self.error(where, f'a {kind} load has no band')
        if 'text' in load and not is_text(load['text']):
            self.error(where, 'load text must be non-empty text')

    def check_dose(self, where, dose, exercise):
        kind = exercise['dosage_kind']
        if not isinstance(dose, dict):
            self.error(where, 'a dose must be an object')
            return
        unknown = set(dose) - DOSE_KEYS
        if unknown:
            self.error(where, f'unknown dose keys {", ".join(sorted(unknown))}')
        foreign = (set(dose) & DOSE_KEYS) - ALLOWED_BY_KIND[kind] - set(SCHEDULE)
        if foreign:
            self.error(where, f'a {kind} dose ({exercise["id"]}) cannot have '
                              f'{", ".join(sorted(foreign))}')
        for field in REQUIRED_BY_KIND[kind]:
            if field not in dose:
                self.error(where, f'a {kind} dose ({exercise["id"]}) needs {field}')
        if kind == 'hold':
            if 'reps_pattern' in dose:
                if 'sets' in dose or 'reps' in dose:
                    self.error(where, 'a pyramid (reps_pattern) replaces sets and reps')
            elif 'sets' not in dose or 'reps' not in dose:
                self.error(where, 'a hold dose needs sets and reps, or reps_pattern')
        elif 'reps_pattern' in dose and 'reps' in dose:
            self.error(where, 'reps and reps_pattern together')
        if kind == 'steps' and 'steps_per_day' not in dose \
                and 'steps_above_baseline' not in dose:
            self.error(where, 'a steps dose needs a daily target')
        for field in SCHEDULE:
            if field not in dose:
                self.error(where, f'a ladder dose needs {field}')

        for field, (low, high) in ABSOLUTE_RANGE.items():
            if field not in dose:
                continue
            value = dose[field]
            if not is_int(value):
                self.error(where, f'{field} must be a whole number, found {value!r}')
            elif not low <= value <= high:
                self.error(where, f'{field} {value} is outside {low}..{high} (brief 2.4)')
        pattern = dose.get('reps_pattern')
        if pattern is not None:
            if not isinstance(pattern, str) or not PATTERN_RE.match(pattern):
                self.error(where, f'reps_pattern {pattern!r} is not like "6-4-2"')
            else:
                steps = [int(n) for n in pattern.split('-')]
                if steps != sorted(steps, reverse=True) or min(steps) < 1:
                    self.error(where, f'reps_pattern {pattern} is not a descending pyramid')
        for field in ('intensity', 'tempo'):
            if field in dose and not is_text(dose[field]):
                self.error(where, f'{field} must be non-empty text')
        if 'load' in dose:
            self.check_load(where, dose['load'])

        # The exercise's own caps: the brief's numbers win, so only a warning.
        limits = exercise.get('dose_limits', {})
        for field, bounds in limits.items():
            if field == 'reps_pattern':
                current = dose.get('reps_pattern',
                                   str(dose['reps']) if 'reps' in dose else None)
                if current is not None and current not in bounds:
                    self.warn(where, f'{exercise["id"]} reps {current} is not one of the '
                                     f'library patterns {", ".join(bounds)}')
            elif field in dose and is_int(dose[field]) \
                    and not bounds[0] <= dose[field] <= bounds[1]:
                self.warn(where, f'{exercise["id"]} {field} {dose[field]} is outside its '
                                 f'library range {bounds[0]}..{bounds[1]}')

    # Items
    # -----

    def check_item(self, where, item, template, items):
        unknown = set(item) - ITEM_KEYS
        if unknown:
            self.error(where, f'unknown item keys {", ".join(sorted(unknown))}')
        missing = ITEM_REQUIRED - set(item)
        if missing:
            self.error(where, f'missing item keys {", ".join(sorted(missing))}')
            return None
        ex_id = item['exercise_id']
        exercise = self.library.get(ex_id)
        if exercise is None:
            self.error(where, f'exercise {ex_id!r} is not in data/exercises.json')
            return None
        weeks = template.get('weeks')
        first, last = item['week_from'], item['week_to']
        if not (is_int(first) and is_int(last)):
            self.error(where, 'week_from and week_to must be whole numbers')
            return None
        if not 1 <= first <= last:
            self.error(where, f'weeks {first}..{last} are not 1 <= week_from <= week_to')
        if is_int(weeks) and last > weeks:
            self.error(where, f'week_to {last} is beyond the template\'s {weeks} weeks')
        ladder = item['ladder']
        if not isinstance(ladder, list):
            self.error(where, 'ladder must be a list')
            return None
        if len(ladder) != last - first + 1:
            self.error(where, f'ladder has {len(ladder)} doses for weeks {first}..{last} '
                              f'({last - first + 1} weeks)')
        for field, (low, high) in (('days_per_week', (1, 7)), ('sessions_per_day', (1, 12))):
            value = item[field]
            if not is_int(value) or not low <= value <= high:
                self.error(where, f'{field} must be a whole number {low}..{high}')
        if item['slot_group'] is not None and not is_text(item['slot_group']):
            self.error(where, 'slot_group must be null or text')
        if 'slot_option' in item:
            if item['slot_group'] is None:
                self.error(where, 'slot_option without a slot_group')
            if not is_text(item['slot_option']):
                self.error(where, 'slot_option must be text')
        if not isinstance(item['optional'], bool):
            self.error(where, 'optional must be true or false')
        if 'laterality' in item and item['laterality'] not in LATERALITIES:
            self.error(where, f'laterality {item["laterality"]!r} is not one of '
                              f'{", ".join(LATERALITIES)}')
        for key in ('block', 'note'):
            if key in item and not is_text(item[key]):
                self.error(where, f'{key} must be non-empty text')
        if 'swaps_from' in item:
            source = item['swaps_from']
            if source not in self.library:
                self.error(where, f'swaps_from {source!r} is not in data/exercises.json')
            elif not any(other['exercise_id'] == source and other.get('week_to') == first - 1
                         for other in items if isinstance(other, dict)):
                self.error(where, f'swaps_from {source}: no item of {source} ends in week '
                                  f'{first - 1}')
        notes = item.get('step_notes', {})
        if not isinstance(notes, dict):
            self.error(where, 'step_notes must be an object')
        else:
            for week, text in notes.items():
                if not week.isdigit() or not first <= int(week) <= last:
                    self.error(where, f'step_notes week {week!r} is not an active week')
                if not is_text(text):
                    self.error(where, f'step_notes week {week}: empty note')
        for n, dose in enumerate(ladder):
            self.check_dose(f'{where} week {first + n}', dose, exercise)
        return exercise

    # Templates
    # ---------

    def check_template(self, where, template, ids):
        unknown = set(template) - TEMPLATE_KEYS
        if unknown:
            self.error(where, f'unknown template keys {", ".join(sorted(unknown))}')
        missing = TEMPLATE_REQUIRED - set(template)
        if missing:
            self.error(where, f'missing template keys {", ".join(sorted(missing))}')
            return
        weeks = template['weeks']
        if not is_int(weeks) or weeks < 1:
            self.error(where, 'weeks must be a whole number of at least 1')
            return
        if not is_int(template['version']) or template['version'] < 1:
            self.error(where, 'version must be a whole number of at least 1')
        for key in ('title', 'name'):
            if not is_text(template[key]):
                self.error(where, f'{key} must be non-empty text')
        if template['stage'] not in STAGES:
            self.error(where, f'stage {template["stage"]!r} is not one of {", ".join(STAGES)}')
        if template['mode'] not in MODES:
            self.error(where, f'mode {template["mode"]!r} is not one of {", ".join(MODES)}')
        modes = template.get('modes', [template['mode']])
        if not isinstance(modes, list) or any(m not in MODES for m in modes) \
                or template['mode'] not in modes:
            self.error(where, 'modes must list known modes, the default mode among them')
        for key in ('goals', 'exit_criteria', 'notes', 'leave_out', 'guidance'):
            if key in template and not is_text_list(template[key]):
                self.error(where, f'{key} must be a list of non-empty texts')
        if 'review' in template and not is_text(template['review']):
            self.error(where, 'review must be non-empty text')
        if 'next_template' in template and template['next_template'] not in ids:
            self.error(where, f'next_template {template["next_template"]!r} is not a '
                              f'template of the file')

        previous_end = 0
        for n, phase in enumerate(template['phases'], 1):
            here = f'{where} phase {n}'
            if not isinstance(phase, dict) or set(phase) != {'name', 'week_from', 'week_to',
                                                             'goals'}:
                self.error(here, 'a phase has exactly name, week_from, week_to, goals')
                continue
            if not (is_int(phase['week_from']) and is_int(phase['week_to'])
                    and previous_end < phase['week_from'] <= phase['week_to'] <= weeks):
                self.error(here, 'phase weeks must follow each other inside the template')
            else:
                previous_end = phase['week_to']
        seen_weeks = set()
        for n, entry in enumerate(template['education'], 1):
            here = f'{where} education {n}'
            if not isinstance(entry, dict) or set(entry) != {'week', 'title'}:
                self.error(here, 'an education entry has exactly week and title')
                continue
            if not is_int(entry['week']) or not 1 <= entry['week'] <= weeks:
                self.error(here, f'week {entry["week"]!r} is outside 1..{weeks}')
            if entry['week'] in seen_weeks:
                self.error(here, f'two education topics in week {entry["week"]}')
            seen_weeks.add(entry['week'])
            if not is_text(entry['title']):
                self.error(here, 'empty title')

        items = template['items']
        if not isinstance(items, list) or not items:
            self.error(where, 'items must be a non-empty list')
            return
        for n, item in enumerate(items, 1):
            here = f'{where} item {n}'
            if not isinstance(item, dict):
                self.error(here, 'an item must be an object')
                continue
            if 'exercise_id' in item:
                here += f' ({item["exercise_id"]})'
            self.check_item(here, item, template, items)

        # One exercise, one item per week.
        by_exercise = {}
        for item in items:
            if isinstance(item, dict) and is_int(item.get('week_from')) \
                    and is_int(item.get('week_to')):
                by_exercise.setdefault(item.get('exercise_id'), []).append(
                    (item['week_from'], item['week_to']))
        for ex_id, spans in by_exercise.items():
            spans.sort()
            for (a_from, a_to), (b_from, b_to) in zip(spans, spans[1:]):
                if b_from <= a_to:
                    self.error(where, f'{ex_id}: items for weeks {a_from}..{a_to} and '
                                      f'{b_from}..{b_to} overlap')

        # A slot group offers a choice: at least two options.
        groups = {}
        for item in items:
            if isinstance(item, dict) and item.get('slot_group'):
                option = item.get('slot_option', item.get('exercise_id'))
                groups.setdefault(item['slot_group'], set()).add(option)
        for group, options in groups.items():
            if len(options) < 2:
                self.error(where, f'slot_group {group!r} offers only one option')

        quota = template.get('quota')
        if quota is not None:
            if not isinstance(quota, dict) \
                    or set(quota) != {'exercise_id', 'start_fraction', 'weekly_increase'}:
                self.error(where, 'quota has exactly exercise_id, start_fraction, '
                                  'weekly_increase')
            else:
                if quota['exercise_id'] not in by_exercise:
                    self.error(where, f'quota exercise {quota["exercise_id"]!r} is not an item')
                for key in ('start_fraction', 'weekly_increase'):
                    value = quota[key]
                    if isinstance(value, bool) or not isinstance(value, (int, float)) \
                            or not 0 < value <= 1:
                        self.error(where, f'quota {key} must be a fraction in (0, 1]')
                if 'quota_based' not in modes:
                    self.error(where, 'a quota without the quota_based mode')

    def check(self, document):
        if not isinstance(document, dict):
            self.error('templates.json', 'not a JSON object')
            return
        if document.get('format') != FORMAT:
            self.error('templates.json', f'format is {document.get("format")!r}, '
                                         f'expected {FORMAT}')
        templates = document.get('templates')
        if not isinstance(templates, list) or not templates:
            self.error('templates.json', 'templates must be a non-empty list')
            return
        ids = [t.get('id') for t in templates if isinstance(t, dict)]
        if len(ids) != len(set(ids)) or len(ids) != len(templates):
            self.error('templates.json', 'template ids must be present and unique')
        for template in templates:
            if isinstance(template, dict):
                self.check_template(f'template {template.get("id")!r}', template, ids)


# Cells
# -----

def minutes(seconds):
    if seconds % 60 == 0:
        return f'{seconds // 60}′'
    return f'{seconds}″'


def cell(dose, exercise, laterality):
    """One ladder dose in the notation of the brief's tables (data/TEMPLATE-FORMAT.md)."""
    kind = exercise['dosage_kind']
    sets = dose.get('sets', 1)
    if kind == 'reps':
        volume = dose.get('reps_pattern') or f'{sets}×{dose.get("reps")}'
    elif kind == 'hold':
        if 'reps_pattern' in dose:
            volume = f'{dose["reps_pattern"]}×{dose.get("hold_s")}s'
        elif sets > 1:
            volume = f'{sets}×{dose.get("reps")}×{dose.get("hold_s")}s'
        else:
            volume = f'{dose.get("reps")}×{dose.get("hold_s")}s'
    elif kind == 'duration':
        volume = minutes(dose.get('duration_s', 0))
    elif kind == 'distance':
        volume = f'{dose.get("distance_m")} m'
        if sets > 1:
            volume = f'{sets}×{volume}'
    elif kind == 'practice':
        volume = f'practise {dose.get("reps")}'
    elif 'steps_per_day' in dose:
        volume = f'{dose["steps_per_day"]} steps/d'
    else:
        volume = f'usual steps +{dose.get("steps_above_baseline")}/d'

    text = volume
    if laterality == 'each_side':
        text += ' e/s'
    load = dose.get('load')
    if isinstance(load, dict):
        if is_text(load.get('text')):
            text += f' ({load["text"]})'
        elif load.get('kind') == 'kg':
            text += f' ({load.get("kg", 0):g} kg)'
        elif load.get('kind') == 'band_level':
            text += f' ({str(load.get("band")).replace("_", " ")} band)'
    sessions = dose.get('sessions_per_day', 1)
    if is_int(sessions) and sessions > 1:
        text += f' ×{sessions}/d'
    return text


def cells(document, library):
    """{(template id, exercise id, week): cell} for every ladder dose that can be read."""
    out = {}
    for template in document.get('templates', []):
        for item in template.get('items', []):
            exercise = library.get(item.get('exercise_id'))
            if exercise is None or not is_int(item.get('week_from')):
                continue
            side = item.get('laterality', exercise['laterality'])
            for n, dose in enumerate(item.get('ladder', [])):
                if isinstance(dose, dict):
                    key = (template.get('id'), item['exercise_id'], item['week_from'] + n)
                    out[key] = cell(dose, exercise, side)
    return out


def read_tables(path):
    """The expected cells; '#' lines and blank lines are not data."""
    expected = {}
    problems = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('|')
            if len(parts) != 4 or not parts[2].isdigit() or not ID_RE.match(parts[1]):
                problems.append(f'{path}:{number}: not <template>|<exercise>|<week>|<cell>')
                continue
            key = (parts[0], parts[1], int(parts[2]))
            if key in expected:
                problems.append(f'{path}:{number}: {parts[0]} {parts[1]} week {parts[2]} '
                                f'listed twice')
            expected[key] = parts[3]
    return expected, problems


def compare(expected, actual):
    differences = []
    for key in sorted(set(expected) | set(actual),
                      key=lambda k: (str(k[0]), k[1], k[2])):
        where = f'{key[0]}|{key[1]}|{key[2]}'
        if key not in actual:
            differences.append(f'{where}: the tables have “{expected[key]}”, '
                               f'the JSON has no dose')
        elif key not in expected:
            differences.append(f'{where}: the JSON has “{actual[key]}”, '
                               f'the tables have no cell')
        elif expected[key] != actual[key]:
            differences.append(f'{where}: the tables have “{expected[key]}”, '
                               f'the JSON gives “{actual[key]}”')
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--templates', default=os.path.join(ROOT, 'data', 'templates.json'))
    parser.add_argument('--library', default=os.path.join(ROOT, 'data', 'exercises.json'))
    parser.add_argument('--tables',
                        default=os.path.join(ROOT, 'tests', 'core', 'template-tables.txt'))
    parser.add_argument('--print', action='store_true', dest='print_cells',
                        help='print the cells of the JSON instead of comparing')
    args = parser.parse_args()

    try:
        with open(args.library, encoding='utf-8') as f:
            library = json.load(f)
        with open(args.templates, encoding='utf-8') as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        print(f'check-templates: {e}', file=sys.stderr)
        return 2

    checker = Checker(library)
    actual = cells(document, checker.library)
    if args.print_cells:
        for (template, ex_id, week), text in actual.items():
            print(f'{template}|{ex_id}|{week}|{text}')
        return 0

    checker.check(document)
    try:
        expected, problems = read_tables(args.tables)
    except OSError as e:
        print(f'check-templates: {e}', file=sys.stderr)
        return 2
    differences = problems + compare(expected, actual)

    for warning in checker.warnings:
        print(f'warning: {warning}')
    for error in checker.errors:
        print(f'error: {error}')
    for difference in differences:
        print(f'difference: {difference}')
    n_items = sum(len(t.get('items', [])) for t in document.get('templates', [])
                  if isinstance(t, dict))
    print(f'{len(document.get("templates", []))} templates, {n_items} items, '
          f'{len(actual)} cells: {len(checker.errors)} errors, {len(differences)} '
          f'differences, {len(checker.warnings)} warnings')
    return 1 if checker.errors or differences else 0


if __name__ == '__main__':
    sys.exit(main())
