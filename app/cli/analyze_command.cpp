#include "analysis/analysis.h"
#include "cli/commands.h"
#include "cli/exitcode.h"
#include "exchange/jsonwriter.h"

#include <QByteArray>

#include <optional>

namespace aftercare::cli {

namespace {

using exchange::JsonWriter;

// Hours rounded to 6 decimals and written in their shortest form: 7.0, 3.5, 71.999722.
void writeHours(JsonWriter& json, double hours)
{
    const double rounded = QByteArray::number(hours, 'f', 6).toDouble();
    json.value(rounded == 0 ? 0.0 : rounded); // never -0.0
}

void writeOptionalHours(JsonWriter& json, const std::optional<analysis::CoursePoint>& point)
{
    if (point)
        writeHours(json, point->hours);
    else
        json.null();
}

void writeSession(JsonWriter& json, const Session& session)
{
    const analysis::Result result = analysis::analyze(session);
    json.beginObject();
    json.key("id").value(session.id);
    json.key("status").value(analysis::statusId(result.status));
    json.key("grade");
    if (result.grade)
        json.value(analysis::gradeId(*result.grade));
    else
        json.null();
    json.key("onsetHours");
    writeOptionalHours(json, result.onset);
    json.key("peakHours");
    writeOptionalHours(json, result.peak);
    json.key("peakExcess");
    if (result.peak)
        json.value(result.peak->excess);
    else
        json.null();
    json.key("resolvedHours");
    writeOptionalHours(json, result.resolved);
    json.key("flags").beginArray();
    for (const analysis::Flag& flag : result.flags) {
        json.beginObject(JsonWriter::Layout::Inline);
        json.key("code").value(analysis::flagCodeId(flag.code));
        json.key("severity").value(analysis::severityId(flag.severity));
        // A screening flag describes the person before the session: no time.
        json.key("at");
        if (flag.hasTime())
            json.value(flag.at.text);
        else
            json.null();
        json.key("hours");
        if (flag.hasTime())
            writeHours(json, flag.hours);
        else
            json.null();
        json.key("message").value(flag.message);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

// The log format's section 4, version 2 output for files of both versions. Touches no
// database.
int runAnalyze(const CommandContext& context)
{
    if (context.args.size() != 1) {
        printError(QStringLiteral("analyze needs exactly one FILE (or - for standard input)"));
        return BadInput;
    }
    const std::optional<Log> log = readLogInput(context.args.constFirst());
    if (!log)
        return BadInput;

    const QList<Session>& sessions = log->sessions;
    QByteArray out;
    out.reserve(256 + sessions.size() * 256);
    JsonWriter json(out);
    json.beginObject().key("format").value("aftercare-analysis").key("version").value(2);
    json.key("sessions").beginArray();
    for (const Session& session : sessions)
        writeSession(json, session);
    json.finish();
    return writeOut(out) ? Success : Unexpected;
}

} // namespace aftercare::cli
