#include "sessionlistmodel.h"

#include "formatting.h"
#include "model/vocabulary.h"

namespace aftercare {

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const storage::SessionSummary& s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return tr("%1 massage").arg(vocabulary::label(vocabulary::techniques(), s.technique));
    case SessionIdRole:
        return s.id;
    case StartRole:
        return s.start.toDateTime();
    case StartTextRole:
        return format::when(s.start, now());
    case DetailsRole: {
        QString text = tr("%1 min").arg(s.durationMinutes);
        if (!s.pressure.isEmpty())
            text += tr(" · %1 pressure")
                        .arg(vocabulary::label(vocabulary::pressures(), s.pressure).toLower());
        return text;
    }
    case CheckInCountRole:
        return s.checkInCount;
    case CheckInsTextRole:
        if (s.checkInCount == 0 || !s.lastCheckInAt)
            return tr("No check-ins yet");
        if (s.checkInCount == 1)
            return tr("1 check-in, %1").arg(format::when(*s.lastCheckInAt, now()));
        return tr("%1 check-ins, last %2")
            .arg(s.checkInCount)
            .arg(format::when(*s.lastCheckInAt, now()));
    case StatusRole:
        return row.statusId;
    case StatusTitleRole:
        return row.statusTitle;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},       {StartRole, "start"},
            {StartTextRole, "startText"},       {TitleRole, "title"},
            {DetailsRole, "details"},           {CheckInCountRole, "checkInCount"},
            {CheckInsTextRole, "checkInsText"}, {StatusRole, "status"},
            {StatusTitleRole, "statusTitle"}};
}

void SessionListModel::setRows(const QList<Row>& rows)
{
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        emit countChanged();
}

int SessionListModel::indexOf(const QString& sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == sessionId)
            return i;
    }
    return -1;
}

QString SessionListModel::sessionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : QString();
}

} // namespace aftercare
