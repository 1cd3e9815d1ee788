#!/usr/bin/env python3
# Writes the committed catalogue of malformed logs (bad-logs/) and its index catalogue.tsv:
# file, the JSON path the error must name ("-": the whole file), a part of the message.
# tst_bad_input reads the index; the fuzz run uses the files as seeds.
import os
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bad-logs")
os.makedirs(out, exist_ok=True)
rows = []  # (name, path, fragment)

def doc(session_text, head='"format": "aftercare-log",\n  "version": 1,\n  '):
    return ('{\n  ' + head + '"sessions": [\n    ' + session_text + '\n  ]\n}\n').encode()

def session(extra='', checkins=None, sid='"s-1"', start='"2026-11-20T15:00:00+01:00"'):
    if checkins is None:
        checkins = '{"at": "2026-11-20T23:00:00+01:00", "symptoms": [{"region": "lower-back", "intensity": 5, "qualities": ["aching"]}]}'
    return ('{"id": ' + sid + ', "start": ' + start + ', "areasWorked": ["lower-back"]' + extra +
            ',\n     "checkIns": [' + checkins + ']}')

def symptom_ci(symptom, at='"2026-11-20T23:00:00+01:00"', extra=''):
    return '{"at": ' + at + ', "symptoms": [' + symptom + ']' + extra + '}'

def add(name, data, path, fragment=''):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
    rows.append((name, path, fragment))

I = 'sessions[0].checkIns[0].symptoms[0].intensity'
def intensity(v):
    return doc(session(checkins=symptom_ci('{"region": "lower-back", "intensity": ' + v + '}')))

# whole-file problems
add('empty.json', b'', '-')
add('bom-only.json', b'\xef\xbb\xbf', '-')
add('whitespace-only.json', b' \n\t\r\n  ', '-')
add('binary.bin', bytes((i * 167 + 13) % 256 for i in range(1024)), '-')
add('nul-bytes.json', b'\0' * 64, '-')
add('utf16le-with-bom.json', '\ufeff{"format": "aftercare-log", "version": 1, "sessions": []}'.encode('utf-16-le'), '-')
add('double-bom.json', b'\xef\xbb\xbf\xef\xbb\xbf{"format": "aftercare-log", "version": 1, "sessions": []}', '-')
full = doc(session())
add('truncated.json', full[:len(full) * 2 // 3], '-')
add('root-is-array.json', b'[{"format": "aftercare-log", "version": 1, "sessions": []}]\n', '-')
add('root-is-string.json', b'"aftercare-log"\n', '-')
add('two-roots.json', b'{"format": "aftercare-log", "version": 1, "sessions": []}\n{}\n', '-')
add('trailing-garbage.json', b'{"format": "aftercare-log", "version": 1, "sessions": []} x\n', '-')
# format and version
add('format-missing.json', b'{"version": 1, "sessions": []}\n', 'format')
add('format-wrong.json', b'{"format": "aftercare-logs", "version": 1, "sessions": []}\n', 'format')
add('format-null.json', b'{"format": null, "version": 1, "sessions": []}\n', 'format')
add('version-3.json', b'{"format": "aftercare-log", "version": 3, "sessions": []}\n', 'version', 'version 3 is not supported')
add('version-string.json', b'{"format": "aftercare-log", "version": "1", "sessions": []}\n', 'version')
add('version-fraction.json', b'{"format": "aftercare-log", "version": 1.5, "sessions": []}\n', 'version', '1.5')
add('version-1e400.json', b'{"format": "aftercare-log", "version": 1e400, "sessions": []}\n', 'version', '1e400')
add('sessions-missing.json', b'{"format": "aftercare-log", "version": 1}\n', 'sessions')
add('sessions-object.json', b'{"format": "aftercare-log", "version": 1, "sessions": {}}\n', 'sessions')
add('session-null.json', doc('null'), 'sessions[0]')
add('exported-at-no-offset.json', doc(session(), head='"format": "aftercare-log",\n  "version": 1,\n  "exportedAt": "2026-11-22T09:00:00",\n  '), 'exportedAt', 'offset')
# ids
add('id-empty.json', doc(session(sid='""')), 'sessions[0].id')
add('id-number.json', doc(session(sid='5')), 'sessions[0].id')
add('id-duplicate.json', doc(session() + ',\n    ' + session()), 'sessions[1].id', 's-1')
# timestamps
add('start-no-offset.json', doc(session(start='"2026-11-20T15:00:00"')), 'sessions[0].start', 'offset')
add('start-no-seconds.json', doc(session(start='"2026-11-20T15:00+01:00"')), 'sessions[0].start')
add('start-february-30.json', doc(session(start='"2026-02-30T15:00:00+01:00"')), 'sessions[0].start', 'calendar date')
add('start-hour-24.json', doc(session(start='"2026-11-20T24:00:00+01:00"')), 'sessions[0].start')
add('start-missing.json', doc('{"id": "s-1", "checkIns": []}'), 'sessions[0].start')
add('at-no-offset.json', doc(session(checkins='{"at": "2026-11-20T23:00:00"}')), 'sessions[0].checkIns[0].at', 'offset')
add('at-missing.json', doc(session(checkins='{"symptoms": []}')), 'sessions[0].checkIns[0].at')
add('check-in-before-start.json', doc(session(checkins='{"at": "2026-11-20T14:59:59+01:00"}')), 'sessions[0].checkIns[0].at')
add('year-9999-check-in-before-start.json',
    doc(session(start='"9999-12-31T23:00:00+00:00"', checkins='{"at": "9999-12-31T22:59:59Z"}')),
    'sessions[0].checkIns[0].at')
add('check-ins-same-instant.json',
    doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00"}, {"at": "2026-11-20T22:00:00Z"}')),
    'sessions[0].checkIns[1].at')
# numbers
add('duration-zero.json', doc(session(extra=', "durationMinutes": 0')), 'sessions[0].durationMinutes', '1..600')
add('duration-601.json', doc(session(extra=', "durationMinutes": 601')), 'sessions[0].durationMinutes', '601')
add('duration-fraction.json', doc(session(extra=', "durationMinutes": 60.5')), 'sessions[0].durationMinutes', '60.5')
add('duration-string.json', doc(session(extra=', "durationMinutes": "60"')), 'sessions[0].durationMinutes')
add('duration-1e400.json', doc(session(extra=', "durationMinutes": 1e400')), 'sessions[0].durationMinutes', '1e400')
add('duration-negative.json', doc(session(extra=', "durationMinutes": -60')), 'sessions[0].durationMinutes', '-60')
add('intensity-11.json', intensity('11'), I, '11 is outside 0..10')
add('intensity-negative.json', intensity('-1'), I, '-1')
add('intensity-fraction.json', intensity('5.5'), I, '5.5')
add('intensity-true.json', intensity('true'), I)
add('intensity-string.json', intensity('"5"'), I)
add('intensity-null.json', intensity('null'), I, 'null')
add('intensity-1e400.json', intensity('1e400'), I, '1e400')
add('intensity-minus-1e400.json', intensity('-1e400'), I, '-1e400')
add('intensity-tiny-fraction.json', intensity('5.0000000000000000000001'), I)
add('intensity-30-digits.json', intensity('123456789012345678901234567890'), I)
add('intensity-NaN.json', intensity('NaN'), I, 'NaN')
add('intensity-Infinity.json', intensity('Infinity'), I, 'Infinity')
add('intensity-minus-Infinity.json', intensity('-Infinity'), I)
add('intensity-leading-zero.json', intensity('05'), I)
add('intensity-plus.json', intensity('+5'), I)
add('intensity-hex.json', intensity('0x5'), 'sessions[0].checkIns[0].symptoms[0]', "found 'x'")
add('intensity-missing.json', doc(session(checkins=symptom_ci('{"region": "lower-back"}'))), I)
# vocabularies
add('technique-unknown.json', doc(session(extra=', "technique": "shiatsu"')), 'sessions[0].technique', 'shiatsu')
add('pressure-null.json', doc(session(extra=', "pressure": null')), 'sessions[0].pressure', 'null')
add('region-unknown.json', doc(session(checkins=symptom_ci('{"region": "tail", "intensity": 3}'))), 'sessions[0].checkIns[0].symptoms[0].region', 'tail')
add('area-unknown.json', doc(session(extra=', "areasWorked": ["lower-back", "wing-left"]').replace('"areasWorked": ["lower-back"], ', '', 1)), 'sessions[0].areasWorked[1]', 'wing-left')
add('quality-unknown.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3, "qualities": ["aching", "itchy"]}'))), 'sessions[0].checkIns[0].symptoms[0].qualities[1]', 'itchy')
add('red-flag-unknown.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}', extra=', "redFlags": ["fever", "headache"]'))), 'sessions[0].checkIns[0].redFlags[1]', 'headache')
add('screening-unknown.json', doc(session(extra=', "screening": ["pregnant"]')), 'sessions[0].screening[0]', 'pregnant')
add('region-wrong-case.json', doc(session(checkins=symptom_ci('{"region": "Lower-Back", "intensity": 3}'))), 'sessions[0].checkIns[0].symptoms[0].region')
# structure
add('symptom-region-twice.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}, {"region": "neck", "intensity": 4}'))), 'sessions[0].checkIns[0].symptoms[1].region', 'already described')
add('baseline-region-twice.json', doc(session(extra=', "baseline": [{"region": "neck", "intensity": 2}, {"region": "neck", "intensity": 3}]')), 'sessions[0].baseline[1].region', 'already has a baseline')
add('check-ins-null.json', doc('{"id": "s-1", "start": "2026-11-20T15:00:00+01:00", "checkIns": null}'), 'sessions[0].checkIns', 'null')
add('symptoms-object.json', doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00", "symptoms": {"region": "neck", "intensity": 3}}')), 'sessions[0].checkIns[0].symptoms')
add('therapist-number.json', doc(session(extra=', "therapist": 42')), 'sessions[0].therapist')
add('note-array.json', doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00", "note": ["sore"]}')), 'sessions[0].checkIns[0].note')
# version 2
V2 = '"format": "aftercare-log",\n  "version": 2,\n  '
add('v2-recorded-at-before-at.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}', extra=', "recordedAt": "2026-11-20T21:59:59Z"')), head=V2), 'sessions[0].checkIns[0].recordedAt', 'earlier than')
add('v2-self-care-kind-twice.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}', extra=', "selfCare": [{"kind": "heat"}, {"kind": "walk"}, {"kind": "heat", "helped": "no"}]')), head=V2), 'sessions[0].checkIns[0].selfCare[2].kind', '"heat" is given twice')
add('v2-impact-unknown.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}', extra=', "impact": "lots"')), head=V2), 'sessions[0].checkIns[0].impact', 'lots')
add('v2-reaction-unknown.json', doc(session(checkins=symptom_ci('{"region": "neck", "intensity": 3}', extra=', "reactions": ["bruising"]')), head=V2), 'sessions[0].checkIns[0].reactions[0]', 'bruising')
add('v2-advice-too-long.json', doc(session(extra=', "advice": "' + 'x' * 4001 + '"'), head=V2), 'sessions[0].advice', '4001 characters')
add('v2-source-null.json', doc(session(extra=', "source": null'), head=V2), 'sessions[0].source', 'null')
# JSON syntax
add('duplicate-key.json', intensity('5, "intensity": 6'), I, 'duplicate member name')
add('duplicate-top-level-key.json', b'{"format": "aftercare-log", "version": 1, "sessions": [], "sessions": []}\n', 'sessions', 'duplicate member name')
add('trailing-comma-array.json', doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00"},')), 'sessions[0].checkIns', 'trailing comma')
add('trailing-comma-object.json', b'{"format": "aftercare-log", "version": 1, "sessions": [],}\n', '-', 'trailing comma')
add('single-quotes.json', doc(session(extra=", 'technique': 'swedish'")), 'sessions[0]', 'single quotes')
add('comment.json', doc(session(extra=' /* deep */')), 'sessions[0]', 'found a comment (comments are not allowed in JSON)')
add('unquoted-key.json', doc(session(extra=', technique: "swedish"')), 'sessions[0]')
add('missing-colon.json', doc(session(extra=', "technique" "swedish"')), 'sessions[0].technique', "expected ':'")
add('missing-comma.json', doc(session(extra=' "technique": "swedish"')), 'sessions[0]')
add('unterminated-string.json', b'{"format": "aftercare-log", "version": 1, "sessions": [{"id": "s-1\n', '-')
add('raw-newline-in-string.json', doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00", "note": "line one\nline two"}')), 'sessions[0].checkIns[0].note')
add('raw-tab-in-string.json', doc(session(extra=', "notes": "a\tb"')), 'sessions[0].notes')
add('bad-escape.json', doc(session(extra=r', "notes": "C:\windows"')), 'sessions[0].notes')
add('short-unicode-escape.json', doc(session(extra=r', "notes": "\u12"')), 'sessions[0].notes')
add('true-capitalised.json', doc(session(checkins='{"at": "2026-11-20T23:00:00+01:00", "symptoms": True}')), 'sessions[0].checkIns[0].symptoms')
# encodings
add('invalid-utf8.json', doc(session(extra=', "notes": "caf\xc3\x28"'.encode('latin-1').decode('latin-1'))).replace(b'caf\xc3\x83(', b'caf\xc3\x28'), 'sessions[0].notes', 'UTF-8')
add('overlong-utf8.json', doc(session(extra=', "notes": "X"')).replace(b'"X"', b'"\xc0\xaf"'), 'sessions[0].notes', 'UTF-8')
add('utf8-surrogate.json', doc(session(extra=', "notes": "X"')).replace(b'"X"', b'"\xed\xa0\x80"'), 'sessions[0].notes', 'UTF-8')
add('utf8-beyond-unicode.json', doc(session(extra=', "notes": "X"')).replace(b'"X"', b'"\xf4\x90\x80\x80"'), 'sessions[0].notes', 'UTF-8')
add('latin1-text.json', doc(session(extra=', "therapist": "X"')).replace(b'"X"', b'"Jos\xe9"'), 'sessions[0].therapist', 'UTF-8')
add('invalid-utf8-in-key.json', doc(session(extra=', "X": 1')).replace(b'"X"', b'"\xff"'), 'sessions[0]', 'UTF-8')
with open(os.path.join(out, 'catalogue.tsv'), 'w') as f:
    f.write('# file\tJSON path of the error ("-": the whole file, located by line and column)\tpart of the message\n')
    for name, path, frag in rows:
        f.write(f'{name}\t{path}\t{frag}\n')
print(f"{len(rows)} bad logs written to {out}")
