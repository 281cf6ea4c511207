#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert the clinical exercise library (exercises.yaml) into data/exercises.json.

The YAML is what clinicians write and review; the JSON is what the app ships
(see data/LIBRARY-FORMAT.md). The conversion renames keys (brief 3.0), turns the
human-readable dose strings into structured Dose fields, and validates the
library. It never changes a clinical number: a default dose that its own range
or the absolute range of brief 2.4 does not allow is listed as a warning for a
clinician to settle in the YAML.

Run with the system Python (it needs PyYAML):

    /usr/bin/python3 tools/convert-library.py /path/to/exercises.yaml

Exit status: 0 written (warnings may have been printed), 1 the library is
invalid (nothing written), 2 bad usage. --check compares instead of writing;
--validate FILE re-checks a generated JSON file (the lint test does this).
"""

import argparse
import json
import os
import re
import sys

# PyYAML is imported only when converting, so --validate runs on a plain Python.

FORMAT = 1
LIBRARY_VERSION = 2
EXERCISE_VERSION = 1
N_EXERCISES = 68

# Everyday walking, which brief 4.4 lets build to every day of the week once its bout is at
# its longest (other aerobic bouts stop at 5 days). The YAML has no such key, so the list lives
# here. Interval or hill walking (AER-03) is a harder session that wants rest days between,
# and pool walking (AQU-01) depends on access to a pool: neither is "walking" in this sense.
# Library version 2 added the property; these exercises carry version 2 so that databases
# loaded from version 1 take the new rows.
WALKING_IDS = {'AER-01': 2, 'AER-02': 2, 'AER-04': 2}

# Exercise keys in output order, the order of data/LIBRARY-FORMAT.md, so that a diff
# of two generated files lines up field by field.
EXERCISE_KEYS = (
    'id', 'version', 'name', 'aliases', 'category', 'regions', 'equipment',
    'position', 'dosage_kind', 'laterality', 'walking', 'default_dose', 'dose_limits',
    'stages', 'steps', 'cues', 'caution_text', 'caution_codes',
    'progression_ids', 'regression_ids', 'progression_note', 'regression_note',
    'evidence_tags',
)

# YAML key -> exercise key (brief 3.0). Keys not listed keep their name.
EXERCISE_RENAMES = {
    'kind': 'dosage_kind',
    'side': 'laterality',
    'default': 'default_dose',
    'range': 'dose_limits',
    'caution': 'caution_text',
    'evidence': 'evidence_tags',
    'progression': 'progression_ids',
    'regression': 'regression_ids',
    'prog_note': 'progression_note',
    'regr_note': 'regression_note',
}

# Dose keys in output order (data/LIBRARY-FORMAT.md, "Dose").
DOSE_KEYS = (
    'sets', 'reps', 'reps_pattern', 'hold_s', 'duration_s', 'distance_m',
    'steps_per_day', 'steps_above_baseline', 'rest_s', 'sessions_per_day',
    'days_per_week', 'load', 'intensity', 'tempo',
)
LOAD_KEYS = ('kind', 'kg', 'band', 'text')

DOSE_RENAMES = {
    'per_day': 'sessions_per_day',
    'days_wk': 'days_per_week',
}

INT_FIELDS = (
    'sets', 'reps', 'hold_s', 'duration_s', 'distance_m', 'steps_per_day',
    'rest_s', 'sessions_per_day', 'days_per_week',
)

# The absolute range of every numeric field (brief 2.4); the app falls back to these
# when an exercise sets no limit of its own.
ABSOLUTE_RANGE = {
    'sets': (1, 10),
    'reps': (1, 50),
    'hold_s': (1, 300),
    'duration_s': (30, 7200),
    'distance_m': (5, 5000),
    'steps_per_day': (500, 30000),
    'rest_s': (0, 600),
    'sessions_per_day': (1, 12),
    'days_per_week': (1, 7),
}

# Fields a dosage kind cannot do without (brief 2.4). sessions_per_day and days_per_week
# are "required for all" there as well; they are checked separately so that a gap is
# reported rather than filled in with an invented schedule.
REQUIRED_BY_KIND = {
    'reps': ('sets', 'reps'),
    'hold': ('sets', 'reps', 'hold_s'),
    'duration': ('duration_s',),
    'distance': ('sets', 'distance_m'),
    'steps': (),  # steps_per_day or steps_above_baseline, checked below
    'practice': ('reps',),
}
SCHEDULE_FIELDS = ('sessions_per_day', 'days_per_week')

# Resistance bands from lightest to heaviest (brief 4.4); codes as in brief 2.1 style.
BAND_LEVELS = ('extra_light', 'light', 'medium', 'heavy', 'extra_heavy')

# Vocabulary name in brief 2.1 -> exercise key whose codes it governs.
VOCAB_KEYS = {
    'category': 'category',
    'body_region': 'regions',
    'equipment': 'equipment',
    'position': 'position',
    'dosage_kind': 'dosage_kind',
    'laterality': 'laterality',
    'stage': 'stages',
    'evidence_tag': 'evidence_tags',
    'caution_code': 'caution_codes',
}

ID_RE = re.compile(r'^[A-Z]{3}-\d{2}$')
MAX_STEP_CHARS = 160

# Two numbers joined by a hyphen, not part of a longer chain: "2-4 kg", "RPE 5-6/10".
# A chain such as the 6-4-2 pyramid and a pair such as the 90-90 position are not
# ranges, so only a rising pair is given an en dash.
RANGE_RE = re.compile(r'(?<![\d.\-])(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(?![\d\-])')


class LibraryError(Exception):
    pass


# "(see 4.4)" points into the clinical brief, which the people reading the app do not have.
BRIEF_REF_RE = re.compile(r'\s*\(see \d+(?:\.\d+)*\)')


def dash_ranges(text):
    """Typeset number ranges with an en dash, as the app shows them to people, and drop
    references to sections of the clinical brief."""
    text = BRIEF_REF_RE.sub('', text)

    def replace(match):
        low, high = match.group(1), match.group(2)
        if float(low) < float(high):
            return f'{low}\u2013{high}'
        return match.group(0)
    return RANGE_RE.sub(replace, text)


def as_int(value, where):
    """Dose numbers are whole numbers; a fraction that is not whole is a data error."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LibraryError(f'{where}: expected a number, found {value!r}')
    if value != int(value):
        raise LibraryError(f'{where}: {value!r} is not a whole number')
    return int(value)


def minutes_to_seconds(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LibraryError(f'{where}: expected minutes, found {value!r}')
    return as_int(value * 60, where)


def parse_load(text, where):
    """Turn "2-4 kg per hand", "light band", "empty box or 1-2 kg" into a Load object.

    The number kept in kg is the lower end of the stated range: a starting dose
    is the lighter weight, and the text keeps the whole range for the reader.
    """
    if not isinstance(text, str) or not text.strip():
        raise LibraryError(f'{where}: load must be a non-empty string')
    lowered = text.lower()
    load = {}
    kg = re.search(r'(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?\s*kg\b', lowered)
    if kg:
        load['kind'] = 'kg'
        load['kg'] = float(kg.group(1))
    elif 'band' in lowered:
        load['kind'] = 'band_level'
        # Longest names first so that "extra light" is not read as "light".
        for level in sorted(BAND_LEVELS, key=len, reverse=True):
            if re.search(r'\b' + level.replace('_', '[ -]') + r'\b', lowered):
                load['band'] = level
                break
        else:
            raise LibraryError(f'{where}: band load {text!r} names no band level')
    elif 'bodyweight' in lowered or 'body weight' in lowered:
        load['kind'] = 'bodyweight'
    elif 'assist' in lowered:
        load['kind'] = 'assisted'
    else:
        raise LibraryError(f'{where}: cannot tell the kind of load {text!r}')
    load['text'] = dash_ranges(text.strip())
    return {key: load[key] for key in LOAD_KEYS if key in load}


def parse_steps_per_day(value, dose, where):
    """A step target is a number, or "baseline + N": the patient's own usual count plus N."""
    if isinstance(value, str):
        match = re.fullmatch(r'\s*baseline\s*\+\s*(\d+)\s*', value)
        if not match:
            raise LibraryError(f'{where}: cannot read step target {value!r}')
        dose['steps_above_baseline'] = int(match.group(1))
    else:
        dose['steps_per_day'] = as_int(value, where)


def convert_dose(source, where):
    if not isinstance(source, dict):
        raise LibraryError(f'{where}: expected a mapping')
    dose = {}
    for key, value in source.items():
        here = f'{where}.{key}'
        key = DOSE_RENAMES.get(key, key)
        if key == 'duration_min':
            dose['duration_s'] = minutes_to_seconds(value, here)
        elif key == 'steps_per_day':
            parse_steps_per_day(value, dose, here)
        elif key == 'reps' and isinstance(value, str):
            # A pyramid written as reps ("6-4-2") is a pattern, kept as written.
            dose['reps_pattern'] = value.strip()
        elif key == 'reps_pattern':
            dose['reps_pattern'] = str(value).strip()
        elif key == 'load':
            dose['load'] = parse_load(value, here)
        elif key in ('intensity', 'tempo'):
            if not isinstance(value, str):
                raise LibraryError(f'{here}: expected text')
            dose[key] = dash_ranges(value.strip())
        elif key in INT_FIELDS:
            dose[key] = as_int(value, here)
        else:
            raise LibraryError(f'{here}: unknown dose key')
    return {key: dose[key] for key in DOSE_KEYS if key in dose}


def convert_limits(source, where):
    if source is None:
        return {}
    if not isinstance(source, dict):
        raise LibraryError(f'{where}: expected a mapping')
    limits = {}
    for key, value in source.items():
        here = f'{where}.{key}'
        key = DOSE_RENAMES.get(key, key)
        if key == 'reps_pattern':
            # The allowed patterns in ladder order, kept as the strings the clinician wrote.
            if not isinstance(value, list) or not value:
                raise LibraryError(f'{here}: expected a list of patterns')
            limits['reps_pattern'] = [str(p).strip() for p in value]
            continue
        if not isinstance(value, list) or len(value) != 2:
            raise LibraryError(f'{here}: expected [min, max]')
        if key == 'duration_min':
            key = 'duration_s'
            pair = [minutes_to_seconds(v, here) for v in value]
        elif key in INT_FIELDS:
            pair = [as_int(v, here) for v in value]
        else:
            raise LibraryError(f'{here}: unknown limit key')
        if pair[0] > pair[1]:
            raise LibraryError(f'{here}: minimum {pair[0]} is above maximum {pair[1]}')
        limits[key] = pair
    order = [k for k in DOSE_KEYS if k in limits]
    return {key: limits[key] for key in order}


def text_list(value, where):
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LibraryError(f'{where}: expected a list of strings')
    return [v.strip() for v in value]


def convert_exercise(source, index):
    where = f'exercise #{index + 1}'
    if not isinstance(source, dict) or 'id' not in source:
        raise LibraryError(f'{where}: expected a mapping with an id')
    where = source['id']
    out = {}
    for key, value in source.items():
        key = EXERCISE_RENAMES.get(key, key)
        here = f'{where}.{key}'
        if key == 'default_dose':
            out[key] = convert_dose(value, here)
        elif key == 'dose_limits':
            out[key] = convert_limits(value, here)
        elif key in ('steps', 'cues', 'aliases'):
            out[key] = [dash_ranges(v) for v in text_list(value, here)]
        elif key in ('name', 'caution_text', 'progression_note', 'regression_note'):
            if not isinstance(value, str):
                raise LibraryError(f'{here}: expected text')
            out[key] = dash_ranges(value.strip())
        elif key in ('regions', 'equipment', 'stages', 'caution_codes', 'evidence_tags',
                     'progression_ids', 'regression_ids'):
            out[key] = text_list(value, here)
        elif key in ('id', 'category', 'position', 'dosage_kind', 'laterality'):
            if not isinstance(value, str):
                raise LibraryError(f'{here}: expected a code')
            out[key] = value
        else:
            raise LibraryError(f'{here}: unknown key')
    out['version'] = WALKING_IDS.get(where, EXERCISE_VERSION)
    out['walking'] = where in WALKING_IDS
    for key in ('caution_text',):
        out.setdefault(key, '')
    for key in ('aliases', 'cues', 'caution_codes', 'progression_ids', 'regression_ids',
                'evidence_tags', 'regions', 'equipment', 'stages'):
        out.setdefault(key, [])
    out.setdefault('dose_limits', {})
    missing = [k for k in ('name', 'category', 'position', 'dosage_kind', 'laterality',
                           'default_dose', 'steps') if k not in out]
    if missing:
        raise LibraryError(f'{where}: missing {", ".join(missing)}')
    return {key: out[key] for key in EXERCISE_KEYS if key in out}


def read_vocabularies(brief_path):
    """The code tables of brief 2.1, read from its markdown table so there is one source."""
    vocabs = {}
    in_table = False
    with open(brief_path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('### 2.1'):
                in_table = True
                continue
            if in_table and line.startswith('### '):
                break
            match = re.match(r'\|\s*`(\w+)`\s*\|(.*)\|\s*$', line) if in_table else None
            if match:
                # Only the first backticked word of each comma-separated item is a code;
                # the rest of an item is an explanation in brackets.
                codes = [re.match(r'\s*`(\w+)`', item)
                         for item in match.group(2).split(',')]
                vocabs[match.group(1)] = {c.group(1) for c in codes if c}
    return vocabs


def validate(exercises, vocabs):
    """Errors make the library unusable; warnings need a clinician's decision."""
    errors = []
    warnings = []

    ids = [e['id'] for e in exercises]
    if len(ids) != N_EXERCISES:
        errors.append(f'expected {N_EXERCISES} exercises, found {len(ids)}')
    seen = set()
    for ex_id in ids:
        if ex_id in seen:
            errors.append(f'{ex_id}: id used twice')
        seen.add(ex_id)
        if not ID_RE.match(ex_id):
            errors.append(f'{ex_id}: id is not of the form ABC-01')

    for ex in exercises:
        ex_id = ex['id']
        for key in ('progression_ids', 'regression_ids'):
            for target in ex[key]:
                if target == ex_id:
                    errors.append(f'{ex_id}: {key} links the exercise to itself')
                elif target not in seen:
                    errors.append(f'{ex_id}: {key} names unknown exercise {target}')
            if len(set(ex[key])) != len(ex[key]):
                errors.append(f'{ex_id}: {key} lists an exercise twice')

        if not 3 <= len(ex['steps']) <= 5:
            errors.append(f'{ex_id}: {len(ex["steps"])} steps (3 to 5 allowed)')
        for n, step in enumerate(ex['steps'], 1):
            if not step:
                errors.append(f'{ex_id}: step {n} is empty')
            elif len(step) > MAX_STEP_CHARS:
                warnings.append(f'{ex_id}: step {n} is {len(step)} characters '
                                f'(brief 2.2 asks for at most {MAX_STEP_CHARS})')
        if len(ex['cues']) > 3:
            errors.append(f'{ex_id}: {len(ex["cues"])} cues (at most 3)')
        if 'none' in ex['equipment'] and len(ex['equipment']) > 1:
            errors.append(f'{ex_id}: equipment "none" listed with other equipment')

        for vocab, key in VOCAB_KEYS.items():
            if vocab not in vocabs:
                continue
            values = ex[key] if isinstance(ex[key], list) else [ex[key]]
            for code in values:
                if code not in vocabs[vocab]:
                    errors.append(f'{ex_id}: {key} code {code!r} is not in brief 2.1 {vocab}')

        kind = ex['dosage_kind']
        dose = ex['default_dose']
        limits = ex['dose_limits']
        load = dose.get('load')
        if load and load['kind'] == 'band_level' and load.get('band') not in BAND_LEVELS:
            errors.append(f'{ex_id}: unknown band level {load.get("band")!r}')

        for field in REQUIRED_BY_KIND.get(kind, ()):
            if field not in dose and not (field == 'reps' and 'reps_pattern' in dose):
                errors.append(f'{ex_id}: a {kind} dose needs {field}')
        if kind == 'steps' and not ('steps_per_day' in dose or 'steps_above_baseline' in dose):
            errors.append(f'{ex_id}: a steps dose needs a daily target')
        for field in SCHEDULE_FIELDS:
            if field not in dose:
                warnings.append(f'{ex_id}: default dose has no {field} '
                                f'(brief 2.4 lists it as required for every kind)')

        for field, (low, high) in ABSOLUTE_RANGE.items():
            if field in dose and not low <= dose[field] <= high:
                warnings.append(f'{ex_id}: default {field} {dose[field]} is outside the '
                                f'absolute range {low}..{high} of brief 2.4')
            if field in limits:
                lmin, lmax = limits[field]
                if lmin < low or lmax > high:
                    warnings.append(f'{ex_id}: range of {field} {lmin}..{lmax} goes beyond '
                                    f'the absolute range {low}..{high} of brief 2.4')
                if field in dose and not lmin <= dose[field] <= lmax:
                    warnings.append(f'{ex_id}: default {field} {dose[field]} is outside its '
                                    f'own range {lmin}..{lmax}')
        if 'reps_pattern' in limits:
            current = dose.get('reps_pattern', str(dose['reps']) if 'reps' in dose else None)
            if current is not None and current not in limits['reps_pattern']:
                warnings.append(f'{ex_id}: default reps {current} is not one of the allowed '
                                f'patterns {", ".join(limits["reps_pattern"])}')
            for pattern in limits['reps_pattern']:
                if not re.fullmatch(r'\d+(-\d+)*', pattern):
                    errors.append(f'{ex_id}: reps pattern {pattern!r} is not like "6-4-2"')
    return errors, warnings


def dump_json(value, indent=0):
    """Pretty JSON, 2-space indent, with short lists of plain values on one line.

    json.dumps(indent=2) puts every number of a [min, max] pair on its own line,
    which makes a diff of the library much harder to read than it needs to be.
    """
    pad = '  ' * indent
    inner = '  ' * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [f'{inner}{json.dumps(k, ensure_ascii=False)}: {dump_json(v, indent + 1)}'
                 for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(value, list):
        if not value:
            return '[]'
        if all(not isinstance(v, (dict, list)) for v in value):
            flat = '[' + ', '.join(json.dumps(v, ensure_ascii=False) for v in value) + ']'
            if len(pad) + len(flat) <= 80:
                return flat
        items = [inner + dump_json(v, indent + 1) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    return json.dumps(value, ensure_ascii=False)


def check_structure(library):
    """The shape a hand-edited JSON must keep before its content can be validated."""
    errors = []
    if not isinstance(library, dict):
        return ['the file is not a JSON object']
    if library.get('format') != FORMAT:
        errors.append(f'format is {library.get("format")!r}, expected {FORMAT}')
    version = library.get('library_version')
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        errors.append('library_version must be a whole number of at least 1')
    exercises = library.get('exercises')
    if not isinstance(exercises, list):
        return errors + ['exercises must be a list']
    # walking came with library version 2; absent means false.
    optional = ('progression_note', 'regression_note', 'walking')
    for n, ex in enumerate(exercises, 1):
        if not isinstance(ex, dict):
            errors.append(f'exercise #{n} is not an object')
            continue
        name = ex.get('id', f'exercise #{n}')
        missing = [k for k in EXERCISE_KEYS if k not in ex and k not in optional]
        unknown = [k for k in ex if k not in EXERCISE_KEYS]
        if missing:
            errors.append(f'{name}: missing {", ".join(missing)}')
        if unknown:
            errors.append(f'{name}: unknown keys {", ".join(unknown)}')
        if not isinstance(ex.get('walking', False), bool):
            errors.append(f'{name}: walking must be true or false')
        v = ex.get('version')
        if not isinstance(v, int) or isinstance(v, bool) or v < 1:
            errors.append(f'{name}: version must be a whole number of at least 1')
        for key in ('default_dose', 'dose_limits'):
            value = ex.get(key, {})
            bad = [k for k in (value if isinstance(value, dict) else [key])
                   if k not in DOSE_KEYS]
            if not isinstance(value, dict) or bad:
                errors.append(f'{name}: {key} has unknown keys {", ".join(map(str, bad))}')
    return errors


def load_vocabularies(brief):
    """Codes of brief 2.1, or {} when the brief is not at hand.

    The store's own tests check codes against the app's vocabulary tables, so without the
    brief the codes are left to them; the note says so only when a brief was expected.
    """
    if not brief:
        return {}
    if not os.path.exists(brief):
        print(f'note: {brief} not found; codes are not checked against brief 2.1',
              file=sys.stderr)
        return {}
    vocabs = read_vocabularies(brief)
    if not vocabs:
        raise LibraryError(f'no code tables found in section 2.1 of {brief}')
    return vocabs


def report(errors, warnings):
    for message in warnings:
        print(f'warning: {message}', file=sys.stderr)
    for message in errors:
        print(f'error: {message}', file=sys.stderr)


def validate_file(path, brief):
    try:
        with open(path, encoding='utf-8') as f:
            library = json.load(f)
        vocabs = load_vocabularies(brief)
    except (OSError, ValueError, LibraryError) as e:
        print(f'error: {path}: {e}', file=sys.stderr)
        return 1
    errors = check_structure(library)
    warnings = []
    if not errors:
        errors, warnings = validate(library['exercises'], vocabs)
    report(errors, warnings)
    if errors:
        print(f'{path}: {len(errors)} errors', file=sys.stderr)
        return 1
    print(f'{path}: {len(library["exercises"])} exercises, library version '
          f'{library["library_version"]}, {len(warnings)} warnings')
    return 0


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('yaml', nargs='?', help='the clinical source, exercises.yaml')
    parser.add_argument('-o', '--output', default=os.path.join(root, 'data', 'exercises.json'),
                        help='where to write the JSON (default: data/exercises.json)')
    parser.add_argument('--brief', help='brief.md whose section 2.1 lists the valid codes '
                        '(default: brief.md beside the YAML, skipped when absent)')
    parser.add_argument('--check', action='store_true',
                        help='do not write; exit 1 if the output file is not up to date')
    parser.add_argument('--validate', metavar='JSON',
                        help='only validate an existing exercises.json')
    args = parser.parse_args()

    if args.validate:
        return validate_file(args.validate, args.brief)
    if not args.yaml:
        parser.error('the YAML source is required unless --validate is given')

    import yaml

    brief = args.brief or os.path.join(os.path.dirname(os.path.abspath(args.yaml)), 'brief.md')
    try:
        vocabs = load_vocabularies(brief)
        with open(args.yaml, encoding='utf-8') as f:
            source = yaml.safe_load(f)
        if not isinstance(source, list):
            raise LibraryError('the YAML must be a list of exercises')
        exercises = [convert_exercise(e, i) for i, e in enumerate(source)]
    except (LibraryError, yaml.YAMLError, OSError) as e:
        print(f'error: {e}', file=sys.stderr)
        return 1

    errors, warnings = validate(exercises, vocabs)
    report(errors, warnings)
    if errors:
        print(f'{len(errors)} errors; nothing written', file=sys.stderr)
        return 1

    library = {'format': FORMAT, 'library_version': LIBRARY_VERSION, 'exercises': exercises}
    text = dump_json(library) + '\n'
    if args.check:
        try:
            with open(args.output, encoding='utf-8') as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print(f'{args.output} is out of date', file=sys.stderr)
            return 1
        print(f'{args.output} is up to date ({len(exercises)} exercises, '
              f'{len(warnings)} warnings)')
        return 0

    # Write beside the target and rename, so a failed run never leaves half a library.
    tmp = args.output + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    os.replace(tmp, args.output)
    print(f'wrote {args.output}: {len(exercises)} exercises, {len(warnings)} warnings')
    return 0


if __name__ == '__main__':
    sys.exit(main())
