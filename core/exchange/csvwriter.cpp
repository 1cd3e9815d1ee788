#include "exchange/csvwriter.h"

#include "analysis/analysis.h"

#include <algorithm>

namespace aftercare::exchange {

namespace {

// OWASP, "CSV Injection": a spreadsheet runs a cell that starts with =, +, -, @, a tab
// or a carriage return as a formula. Such a text (a session id, a note) gets a leading
// apostrophe, which spreadsheets show as text; a plain number such as -0.50 is kept.
QString neutralised(const QString& value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (value.isEmpty() || !triggers.contains(value.front()))
        return value;
    bool isNumber = false;
    value.toDouble(&isNumber);
    if (isNumber && !value.contains(QLatin1Char('\t')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('\'') + value;
}

// RFC 4180 section 2: a field containing a comma, a quote, CR or LF is enclosed in
// quotes, and a quote inside it is doubled. A text that a spreadsheet would run as a
// formula is neutralised first.
QString csvField(const QString& text, QChar separator)
{
    const QString value = neutralised(text);
    const bool needsQuotes = value.contains(separator) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void appendRow(QByteArray* out, const QStringList& fields, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        line += csvField(fields.at(i), separator);
    }
    out->append(line.toUtf8());
    out->append("\r\n", 2);
}

QList<const CheckIn*> checkInsByInstant(const Session& session)
{
    QList<const CheckIn*> ordered;
    ordered.reserve(session.checkIns.size());
    for (const CheckIn& checkIn : session.checkIns)
        ordered << &checkIn;
    std::stable_sort(ordered.begin(), ordered.end(), [](const CheckIn* a, const CheckIn* b) {
        return a->at.utcMicros < b->at.utcMicros;
    });
    return ordered;
}

// "walk=yes;water": each kind, with whether it helped when that was answered.
QString selfCareCell(const QList<SelfCare>& selfCare)
{
    QStringList cells;
    for (const SelfCare& entry : selfCare)
        cells << (entry.helped.isEmpty() ? entry.kind
                                         : entry.kind + QLatin1Char('=') + entry.helped);
    return cells.join(QLatin1Char(';'));
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("session_id"), QStringLiteral("session_start"),
            QStringLiteral("duration_minutes"), QStringLiteral("technique"),
            QStringLiteral("pressure"), QStringLiteral("checkin_at"),
            QStringLiteral("hours_since_session_end"), QStringLiteral("region"),
            QStringLiteral("intensity"), QStringLiteral("baseline"), QStringLiteral("qualities"),
            QStringLiteral("red_flags"), QStringLiteral("note"),
            // Log v2 (core/exchange/README.md): the therapist's side and the whole reaction.
            QStringLiteral("source"), QStringLiteral("advice"), QStringLiteral("recorded_at"),
            QStringLiteral("entered_later"), QStringLiteral("impact"), QStringLiteral("reactions"),
            QStringLiteral("benefits"), QStringLiteral("self_care")};
}

CsvDialect csvDialectFor(const QLocale& locale)
{
    CsvDialect dialect;
    if (locale.decimalPoint() == QLatin1String(",")) {
        dialect.separator = QLatin1Char(';');
        dialect.decimalPoint = QLatin1Char(',');
    }
    return dialect;
}

QByteArray writeCsv(const QList<Session>& sessions, const CsvDialect& dialect)
{
    QByteArray out("\xEF\xBB\xBF"); // the UTF-8 byte-order mark
    const auto appendRow = [&out, &dialect](const QStringList& fields) {
        exchange::appendRow(&out, fields, dialect.separator);
    };
    appendRow(csvColumns());
    const QString separator = QStringLiteral(";"); // between the ids in one cell
    for (const Session& session : sessions) {
        const QStringList sessionFields{session.id, session.start.text,
                                        QString::number(session.durationMinutes), session.technique,
                                        session.pressure};
        const QString source = session.source.isEmpty() ? QStringLiteral("manual") : session.source;
        for (const CheckIn* checkIn : checkInsByInstant(session)) {
            const double hours = analysis::hoursSinceEnd(session, checkIn->at.utcMicros);
            QString hoursText = QString::number(hours, 'f', 2);
            hoursText.replace(QLatin1Char('.'), dialect.decimalPoint);
            const QStringList checkInFields{checkIn->at.text, hoursText};
            const QString redFlags = checkIn->redFlags.join(separator);
            const QStringList v2Fields{source,
                                       session.advice,
                                       checkIn->recordedAt ? checkIn->recordedAt->text : QString(),
                                       checkIn->enteredLater() ? QStringLiteral("yes") : QString(),
                                       checkIn->impact,
                                       checkIn->reactions.join(separator),
                                       checkIn->benefits.join(separator),
                                       selfCareCell(checkIn->selfCare)};
            if (checkIn->symptoms.isEmpty()) {
                appendRow(sessionFields + checkInFields +
                          QStringList{QString(), QStringLiteral("0"), QString(), QString(),
                                      redFlags, checkIn->note} +
                          v2Fields);
                continue;
            }
            for (const Symptom& symptom : checkIn->symptoms) {
                appendRow(sessionFields + checkInFields +
                          QStringList{symptom.region, QString::number(symptom.intensity),
                                      QString::number(session.baselineFor(symptom.region)),
                                      symptom.qualities.join(separator), redFlags, checkIn->note} +
                          v2Fields);
            }
        }
    }
    return out;
}

QByteArray writeCsvExport(const QList<Session>& sessions, const Timestamp&)
{
    return writeCsv(sessions);
}

} // namespace aftercare::exchange
