#include "analysis/analysis.h"
#include "cli/commands.h"
#include "cli/exitcode.h"
#include "exchange/logreader.h"

#include <QByteArray>

#include <optional>

namespace aftercare::cli {

namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

void appendJsonString(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    const char* run = utf8.constBegin();
    for (const char* c = run; c != utf8.constEnd(); ++c) {
        if (!needsEscape(*c))
            continue;
        out.append(run, c - run);
        run = c + 1;
        switch (*c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const auto byte = static_cast<unsigned char>(*c);
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        }
        }
    }
    out.append(run, utf8.constEnd() - run);
    out.append('"');
}

// Hours rounded to 6 decimals, always with a fraction: 7.0, 3.5, 71.999722.
void appendHours(QByteArray& out, double hours)
{
    QByteArray number = QByteArray::number(hours, 'f', 6);
    while (number.endsWith('0') && !number.endsWith(".0"))
        number.chop(1);
    if (number == "-0.0")
        number = "0.0";
    out.append(number);
}

void appendOptionalHours(QByteArray& out, const std::optional<analysis::CoursePoint>& point)
{
    if (point)
        appendHours(out, point->hours);
    else
        out.append("null");
}

void appendSession(QByteArray& out, const Session& session)
{
    const analysis::Result result = analysis::analyze(session);
    out.append("    {\n      \"id\": ");
    appendJsonString(out, session.id);
    out.append(",\n      \"status\": ");
    appendJsonString(out, analysis::statusId(result.status));
    out.append(",\n      \"grade\": ");
    if (result.grade)
        appendJsonString(out, analysis::gradeId(*result.grade));
    else
        out.append("null");
    out.append(",\n      \"onsetHours\": ");
    appendOptionalHours(out, result.onset);
    out.append(",\n      \"peakHours\": ");
    appendOptionalHours(out, result.peak);
    out.append(",\n      \"peakExcess\": ");
    out.append(result.peak ? QByteArray::number(result.peak->excess) : QByteArray("null"));
    out.append(",\n      \"resolvedHours\": ");
    appendOptionalHours(out, result.resolved);
    out.append(",\n      \"flags\": [");
    for (qsizetype i = 0; i < result.flags.size(); ++i) {
        const analysis::Flag& flag = result.flags.at(i);
        out.append(i == 0 ? "\n        {\"code\": " : ",\n        {\"code\": ");
        appendJsonString(out, analysis::flagCodeId(flag.code));
        out.append(", \"severity\": ");
        appendJsonString(out, analysis::severityId(flag.severity));
        // A screening flag describes the person before the session: no time.
        out.append(", \"at\": ");
        if (flag.hasTime())
            appendJsonString(out, flag.at.text);
        else
            out.append("null");
        out.append(", \"hours\": ");
        if (flag.hasTime())
            appendHours(out, flag.hours);
        else
            out.append("null");
        out.append(", \"message\": ");
        appendJsonString(out, flag.message);
        out.append('}');
    }
    out.append(result.flags.isEmpty() ? "]\n    }" : "\n      ]\n    }");
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
    const QString path = context.args.constFirst();
    QByteArray bytes;
    QString readError;
    if (!readInput(path, &bytes, &readError)) {
        printError(readError);
        return BadInput;
    }
    const exchange::LogReadResult read = exchange::readLog(bytes);
    bytes = QByteArray();
    if (!read.ok()) {
        const QString source = path == QLatin1String("-") ? QStringLiteral("standard input") : path;
        printError(QStringLiteral("%1: %2").arg(source, read.error.toString()));
        return BadInput;
    }

    const QList<Session>& sessions = read.log->sessions;
    QByteArray out;
    out.reserve(256 + sessions.size() * 256);
    out.append("{\n  \"format\": \"aftercare-analysis\",\n  \"version\": 2,\n  \"sessions\": [");
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        out.append(i == 0 ? "\n" : ",\n");
        appendSession(out, sessions.at(i));
    }
    out.append(sessions.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return writeOut(out) ? Success : Unexpected;
}

} // namespace aftercare::cli
