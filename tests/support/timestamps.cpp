#include "timestamps.h"

#include <QtGlobal>

namespace aftercare::testsupport {

Timestamp at(const char* text)
{
    QString why;
    const std::optional<Timestamp> parsed = Timestamp::parse(QString::fromUtf8(text), &why);
    if (!parsed)
        qFatal("bad timestamp in the test data: \"%s\": %s", text, qPrintable(why));
    return *parsed;
}

} // namespace aftercare::testsupport
