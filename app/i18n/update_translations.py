#!/usr/bin/env python3
"""Refreshes app/i18n/aftercare_*.ts from the sources (the `update_translations` target).

lupdate names a context after the enclosing class or namespace, but several files
translate through a small file-local helper, e.g.
    QString tr(const char* text) { return QCoreApplication::translate("Report", text); }
so lupdate files those strings under "aftercare::report" (or worse) while the app looks
them up under "Report". This script runs lupdate into a fresh catalogue, moves such
strings to the context the helper really uses, then merges the existing translations
(keyed by context, source and comment) and drops strings that are gone (-no-obsolete).

With --check nothing is written: it exits 1 when a .ts file lacks a string the sources
have, or keeps one they no longer have (a test runs it, so that a text moved to another
file or context is not left untranslated).
"""
import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

# Files with a file-local tr() helper, and the context that helper passes to translate().
HELPER_CONTEXTS = {
    "app/models/demodata.cpp": "DemoData",
    "app/models/formatting.cpp": "Format",
    "app/models/formrules.cpp": "Rules",
    "core/exchange/report/bodymap.cpp": "BodyMap",
    "core/exchange/report/chartpainter.cpp": "ChartPainter",
    "core/exchange/report/pdfreport.cpp": "Report",
    "core/model/vocabulary.cpp": "Screening",
    "platform/reminders/remindertext.cpp": "Reminders",
}
SCANNED = ["app", "core", "platform", "qml"]


def guessed_context(name):
    """Contexts lupdate derives from a namespace or an unknown scope, not a real one."""
    return "::" in name or name[:1].islower()


def helper_context(location, ts_dir, source_dir):
    path = os.path.relpath(os.path.normpath(os.path.join(ts_dir, location.get("filename"))),
                           source_dir)
    return HELPER_CONTEXTS.get(path.replace(os.sep, "/"))


def key(context, message):
    comment = message.find("comment")
    return (context, message.findtext("source"), comment.text if comment is not None else None)


def fix_contexts(root, ts_dir, source_dir):
    """Returns {context name: [message elements]} with helper strings moved."""
    contexts = {}
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            if not guessed_context(name):
                contexts.setdefault(name, []).append(message)
                continue
            # One message may carry locations in several files: split it per real context.
            by_context = {}
            for location in message.findall("location"):
                target = helper_context(location, ts_dir, source_dir) or name
                by_context.setdefault(target, []).append(location)
            if not by_context:
                by_context[name] = []
            for target, locations in by_context.items():
                copy = ET.fromstring(ET.tostring(message))
                for location in copy.findall("location"):
                    copy.remove(location)
                for index, location in enumerate(locations):
                    copy.insert(index, location)
                contexts.setdefault(target, []).append(copy)
    # The same string may now sit twice in one context: keep one, with all locations.
    for name, messages in contexts.items():
        unique = {}
        for message in messages:
            first = unique.setdefault(key(name, message), message)
            if first is not message:
                for location in message.findall("location"):
                    first.insert(len(first.findall("location")), location)
        contexts[name] = list(unique.values())
    return contexts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--lconvert", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a .ts file is not up to date")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()
    source_dir = os.path.abspath(args.source_dir)
    outdated = False

    for ts_file in args.ts_files:
        ts_file = os.path.abspath(ts_file)
        ts_dir = os.path.dirname(ts_file)
        language = os.path.basename(ts_file)[len("aftercare_"):-len(".ts")]
        # Next to the .ts, so that relative locations stay valid.
        fresh = os.path.join(ts_dir, ".fresh_" + os.path.basename(ts_file))
        merged = os.path.join(ts_dir, ".merged_" + os.path.basename(ts_file))
        try:
            subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-locations", "absolute",
                            "-target-language", language]
                           + [os.path.join(source_dir, d) for d in SCANNED]
                           + ["-ts", fresh], check=True)
            root = ET.parse(fresh).getroot()
            contexts = fix_contexts(root, ts_dir, source_dir)

            old = {}
            if os.path.exists(ts_file):
                for context in ET.parse(ts_file).getroot().findall("context"):
                    for message in context.findall("message"):
                        old[key(context.findtext("name"), message)] = message

            if args.check:
                wanted = {key(name, m) for name, messages in contexts.items() for m in messages}
                for what, keys in (("missing", wanted - old.keys()),
                                   ("no longer in the sources", old.keys() - wanted)):
                    for context, source, _ in sorted(keys, key=lambda k: (k[0], k[1] or "")):
                        print(f"{os.path.basename(ts_file)}: {what}: {context} \"{source}\"",
                              file=sys.stderr)
                        outdated = True
                continue
            for context in root.findall("context"):
                root.remove(context)
            unfinished = 0
            for name in sorted(contexts):
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = name
                for message in contexts[name]:
                    previous = old.get(key(name, message))
                    if previous is not None:
                        message.remove(message.find("translation"))
                        message.append(ET.fromstring(
                            ET.tostring(previous.find("translation"))))
                    if message.find("translation").get("type") == "unfinished":
                        unfinished += 1
                    context.append(message)
            ET.ElementTree(root).write(merged, encoding="utf-8", xml_declaration=True)
            # lconvert writes Qt's own .ts layout, so diffs stay small.
            subprocess.run([args.lconvert, "-no-obsolete", "-locations", "relative",
                            "-i", merged, "-o", ts_file], check=True)
            total = sum(len(m) for m in contexts.values())
            print(f"{os.path.basename(ts_file)}: {total} strings, {unfinished} to translate",
                  file=sys.stderr)
        finally:
            for path in (fresh, merged):
                if os.path.exists(path):
                    os.remove(path)
    if outdated:
        print("run the update_translations target, then translate what is unfinished",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
