#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Physioplan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-sandbox.py MANIFEST
#
# The Flatpak sandbox stays minimal (README "Installing"): no network, no access to the home
# folder or the host's files, no session-bus names beyond the portals; files come and go
# through the file-chooser portal and printing through the print portal. Every module other
# than the app itself is pinned: a git source by tag and commit, an archive by sha256.
import json
import sys

ALLOWED = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}


def problems(manifest):
    for arg in manifest.get("finish-args", []):
        if arg not in ALLOWED:
            yield f"finish-args: {arg} widens the sandbox (allowed: {', '.join(sorted(ALLOWED))})"
    modules = manifest.get("modules", [])
    if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "physioplan":
        yield "modules: the app must be the last module"
    for module in modules[:-1]:
        if not isinstance(module, dict):
            yield f"modules: {module} is not inline, so it cannot be checked"
            continue
        for source in module.get("sources", []):
            kind = source.get("type")
            if kind == "git" and not (source.get("tag") and source.get("commit")):
                yield f"{module.get('name')}: a git source needs both tag and commit"
            elif kind in ("archive", "file") and not source.get("sha256"):
                yield f"{module.get('name')}: an {kind} source needs a sha256"
            elif kind not in ("git", "archive", "file", "patch"):
                yield f"{module.get('name')}: source type {kind} is not pinned"


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    found = list(problems(manifest))
    for problem in found:
        print(f"{path}: {problem}", file=sys.stderr)
    if not found:
        print(f"{path}: sandbox minimal, modules pinned")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
