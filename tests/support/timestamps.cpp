#include "timestamps.h"

#include <QtGlobal>

namespace aftercare::testsupport {

Timestamp at(const char* text)
{
    return at(QString::fromUtf8(text));
}

Timestamp at(const QString& text)
{
    QString why;
    const std::optional<Timestamp> parsed = Timestamp::parse(text, &why);
    if (!parsed)
        qFatal("bad timestamp in the test data: \"%s\": %s", qPrintable(text), qPrintable(why));
    return *parsed;
}

qint64 instant(const QString& text)
{
    return at(text).utcMicros;
}

} // namespace aftercare::testsupport
