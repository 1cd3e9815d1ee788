#include "formatting.h"

#include <QDir>

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace aftercare::format {

namespace {
// This file's texts. Named as its translation context, which lupdate files them under.
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};
} // namespace

QString withoutSeconds(QString timeFormat)
{
    // By hand: a QRegularExpression here would load PCRE2 before the first frame.
    for (qsizetype i = 0; i + 1 < timeFormat.size();) {
        if ((timeFormat.at(i) == u':' || timeFormat.at(i) == u'.') &&
            timeFormat.at(i + 1) == u's') {
            const bool twoDigits = i + 2 < timeFormat.size() && timeFormat.at(i + 2) == u's';
            timeFormat.remove(i, twoDigits ? 3 : 2);
        } else {
            ++i;
        }
    }
    return timeFormat;
}

QString clockTime(const QTime& time, const QLocale& locale)
{
    // Some locales' short format carries seconds; a check-in needs minutes.
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString when(const QDateTime& dateTime, const QDateTime& now, const QLocale& locale)
{
    const QDateTime local = dateTime.toLocalTime();
    const QString time = clockTime(local.time(), locale);
    // Days from today to that day: -1 yesterday, 0 today, 1 tomorrow.
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == -1)
        return Format::tr("Yesterday, %1").arg(time);
    if (days == 0)
        return Format::tr("Today, %1").arg(time);
    if (days == 1)
        return Format::tr("Tomorrow, %1").arg(time);
    return Format::tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString when(const Timestamp& timestamp, const QDateTime& now, const QLocale& locale)
{
    return when(timestamp.toDateTime(), now, locale);
}

QString hoursAfter(double hours)
{
    if (hours <= 0)
        return Format::tr("during the session");
    const int wholeHours = int(std::floor(hours + 0.5));
    if (wholeHours < 1)
        return Format::tr("less than an hour after the session");
    if (wholeHours < 48)
        return Format::tr("%1 h after the session").arg(wholeHours);
    const int days = wholeHours / 24;
    const int rest = wholeHours % 24;
    if (rest == 0)
        return Format::tr("%1 days after the session").arg(days);
    return Format::tr("%1 days %2 h after the session").arg(days).arg(rest);
}

QString symptoms(const QList<Symptom>& symptoms)
{
    if (symptoms.isEmpty())
        return Format::tr("No soreness");
    QStringList parts;
    for (const Symptom& s : symptoms) {
        QString part = Format::tr("%1 %2")
                           .arg(vocabulary::label(vocabulary::regions(), s.region))
                           .arg(s.intensity);
        if (!s.qualities.isEmpty()) {
            QStringList words;
            for (const QString& q : s.qualities)
                words << vocabulary::label(vocabulary::qualities(), q).toLower();
            part += Format::tr(" (%1)").arg(words.join(Format::tr(", ")));
        }
        parts << part;
    }
    return parts.join(Format::tr(" · "));
}

QString redFlags(const QStringList& redFlagIds)
{
    QStringList labels;
    for (const QString& id : redFlagIds)
        labels << vocabulary::label(vocabulary::redFlags(), id);
    return labels.join(Format::tr("; "));
}

Timestamp timestamp(const QDateTime& dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return Timestamp::fromUtcMicros(local.toSecsSinceEpoch() * 1000000, local.offsetFromUtc());
}

QString folder(const QString& path)
{
    const QString home = QDir::homePath();
    if (path == home)
        return QStringLiteral("~");
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

} // namespace aftercare::format
