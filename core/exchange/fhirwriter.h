#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace aftercare::exchange {

// Writes the sessions as a FHIR R4 Bundle of type "collection" (JSON, UTF-8):
//
// - one anonymous Patient (it carries no data: the app keeps no identity), the
//   subject of everything else;
// - per session a Procedure (the massage: status completed, performedPeriod from
//   start to end, the areas worked as bodySite, technique in code.text, the
//   therapist as performer, pressure, screening answers and notes as notes);
// - per symptom of a check-in a pain Observation (LOINC 72514-3, valueQuantity in
//   {score}, bodySite, qualities as LOINC 56823-8 components), a check-in without
//   soreness as one Observation of 0 without bodySite, the baseline as pain
//   Observations at the session start; body sites and qualities carry a SNOMED CT
//   coding only where clinical-notes.md lists a code that was checked, text otherwise;
//   a sided region's coding is the body structure refined by its side, a SNOMED CT
//   expression such as 46862004:272741003=7771000 (buttock, laterality left), with no
//   display (the text says "Left buttock");
// - per red flag answered yes a symptom Observation (code.text, valueBoolean true).
//
// Every entry has a fullUrl urn:uuid: whose UUID is name-based (version 5) on the
// session id and the check-in's instant, so exporting the same data twice gives the
// same ids. The bundle's timestamp is `generatedAt`; its identifier is name-based on
// that time and the session ids.
QByteArray writeFhirBundle(const QList<Session>& sessions, const Timestamp& generatedAt);

// Where a streamed export goes, a piece at a time; false stops the writer (a write
// failed).
using ExportSink = std::function<bool(const QByteArray& chunk)>;

// The same bundle, byte for byte, handed to `sink` an entry at a time, so that a large
// log is never in memory as text whole (about 4 KB of FHIR per check-in). False when
// the sink refused a piece.
bool writeFhirBundle(const QList<Session>& sessions, const Timestamp& generatedAt,
                     const ExportSink& sink);

// The name-based UUID used for a resource called `name` (stable across exports).
QUuid fhirResourceUuid(const QString& name);

// The text as FHIR accepts it in a string: control characters other than tab, CR
// and LF and the rarer Unicode spaces become plain spaces; leading and trailing
// white space is removed (empty strings are not allowed: callers omit them).
QString fhirString(const QString& text);

// An RFC 3339 instant as a FHIR dateTime: the recorded text with T and Z in upper
// case, or the same instant in UTC when its offset is outside FHIR's -13:59..+14:00.
QString fhirDateTime(const Timestamp& timestamp);

} // namespace aftercare::exchange
