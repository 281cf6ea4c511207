#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-fuzz.sh TARGET SEED_CORPUS WORK_FOLDER SECONDS: one bounded libFuzzer run, as a meson
# test (suite 'fuzz'). New inputs go to WORK_FOLDER/corpus (never into the source tree), a
# crash to WORK_FOLDER/crash-*; the number of executions is printed as a TAP comment and kept
# in WORK_FOLDER/executions for the CI summary.
set -eu
target=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus"
log="$work/fuzz.log"
status=0
started=$(date +%s)
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/" "$work/corpus" "$seeds" >"$log" 2>&1 || status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
echo "$(basename "$target"): ${runs:-0} executions in $(($(date +%s) - started)) s" \
  >"$work/executions"
echo "1..1"
if [ "$status" -eq 0 ]; then
  echo "ok 1 - $(cat "$work/executions")"
else
  # The fuzzer's own report says what failed and where the input was saved.
  sed 's/^/# /' "$log" | tail -n 60
  echo "not ok 1 - $(basename "$target") failed (exit $status); input kept in $work/"
fi
