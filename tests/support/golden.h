// Golden-file comparisons: a test's output against a file kept in the tree. On a mismatch
// the output is written beside the golden file as GOLDEN.actual, and the message carries
// a unified diff, so a changed output is easy to read and, when right, to accept (move the
// .actual file over the golden one).
#pragma once

#include <QByteArray>
#include <QString>

namespace aftercare::testsupport {

// Empty when `actual` equals the golden file's bytes; otherwise what differs.
QString compareWithGolden(const QByteArray& actual, const QString& goldenPath);

} // namespace aftercare::testsupport

// QVERIFY-style: fails the test with the diff.
#define AFTERCARE_COMPARE_GOLDEN(actual, goldenPath)                                               \
    do {                                                                                           \
        const QString goldenDifference_ =                                                          \
            aftercare::testsupport::compareWithGolden((actual), (goldenPath));                     \
        QVERIFY2(goldenDifference_.isEmpty(), qPrintable(goldenDifference_));                      \
    } while (false)
