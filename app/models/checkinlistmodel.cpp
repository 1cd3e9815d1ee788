#include "checkinlistmodel.h"

#include "formatting.h"
#include "model/vocabulary.h"

namespace aftercare {

namespace {
QString labels(const std::vector<Term>& terms, const QStringList& ids)
{
    QStringList result;
    for (const QString& id : ids)
        result << vocabulary::label(terms, id);
    return result.join(CheckInListModel::tr(", "));
}
} // namespace

CheckInListModel::CheckInListModel(QObject* parent)
    : RowListModel(parent)
{}

QVariant CheckInListModel::rowData(int index, int role) const
{
    const Row& r = m_rows.at(index);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    switch (role) {
    case AtRole:
        return r.checkIn.at.toDateTime();
    case AtTextRole:
        return format::when(r.checkIn.at, now);
    case HoursTextRole:
        return format::hoursAfter(r.hours);
    case Qt::DisplayRole:
    case SummaryRole:
        return format::symptoms(r.checkIn.symptoms);
    case MaxIntensityRole: {
        int highest = 0;
        for (const Symptom& s : r.checkIn.symptoms)
            highest = qMax(highest, s.intensity);
        return highest;
    }
    case RedFlagsTextRole:
        return format::redFlags(r.checkIn.redFlags);
    case NoteRole:
        return r.checkIn.note;
    case FlagsTextRole:
        return r.flagTitles.join(QLatin1Char('\n'));
    case EnteredLaterRole:
        return r.checkIn.enteredLater();
    case ImpactTextRole:
        return r.checkIn.impact.isEmpty()
                   ? QString()
                   : tr("Daily activities affected: %1")
                         .arg(vocabulary::label(vocabulary::impacts(), r.checkIn.impact));
    case ReactionsTextRole:
        return r.checkIn.reactions.isEmpty()
                   ? QString()
                   : tr("Other reactions: %1")
                         .arg(labels(vocabulary::reactions(), r.checkIn.reactions));
    case BenefitsTextRole:
        return r.checkIn.benefits.isEmpty()
                   ? QString()
                   : tr("Benefits: %1").arg(labels(vocabulary::benefits(), r.checkIn.benefits));
    }
    return {};
}

QHash<int, QByteArray> CheckInListModel::roleNames() const
{
    return {{AtRole, "at"},
            {AtTextRole, "atText"},
            {HoursTextRole, "hoursText"},
            {SummaryRole, "summary"},
            {MaxIntensityRole, "maxIntensity"},
            {RedFlagsTextRole, "redFlagsText"},
            {NoteRole, "note"},
            {FlagsTextRole, "flagsText"},
            {EnteredLaterRole, "enteredLater"},
            {ImpactTextRole, "impactText"},
            {ReactionsTextRole, "reactionsText"},
            {BenefitsTextRole, "benefitsText"}};
}

void CheckInListModel::setRows(const QList<Row>& rows)
{
    resetRows([&] { m_rows = rows; });
}

const CheckInListModel::Row* CheckInListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace aftercare
