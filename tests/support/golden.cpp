#include "golden.h"

#include <QFile>
#include <QProcess>

namespace aftercare::testsupport {

QString compareWithGolden(const QByteArray& actual, const QString& goldenPath)
{
    QFile golden(goldenPath);
    const QString actualPath = goldenPath + QStringLiteral(".actual");
    const bool readable = golden.open(QIODevice::ReadOnly);
    if (readable && golden.readAll() == actual) {
        QFile::remove(actualPath); // a leftover from an earlier failure
        return {};
    }
    QFile out(actualPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(actual) != actual.size())
        return QStringLiteral("%1 differs, and %2 cannot be written").arg(goldenPath, actualPath);
    out.close();
    if (!readable)
        return QStringLiteral("no golden file %1; the output is in %2").arg(goldenPath, actualPath);
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), goldenPath, actualPath});
    diff.waitForFinished(10000);
    return QStringLiteral("%1 differs from the output (%2):\n%3")
        .arg(goldenPath, actualPath, QString::fromUtf8(diff.readAllStandardOutput().left(8000)));
}

} // namespace aftercare::testsupport
