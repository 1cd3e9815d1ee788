#include "flaglistmodel.h"

#include "formatting.h"

namespace aftercare {

FlagListModel::FlagListModel(QObject* parent)
    : RowListModel(parent)
{}

QVariant FlagListModel::rowData(int index, int role) const
{
    const analysis::Flag& f = m_flags.at(index);
    switch (role) {
    case CodeRole:
        return analysis::flagCodeId(f.code);
    case SeverityRole:
        return analysis::severityId(f.severity);
    case AtTextRole:
        // A screening answer describes the person before the session: it has no time.
        if (!f.hasTime())
            return tr("Before the session");
        return format::when(f.at, m_now.isValid() ? m_now : QDateTime::currentDateTime());
    case HoursTextRole:
        if (!f.hasTime())
            return tr("from your answers");
        return format::hoursAfter(f.hours);
    case Qt::DisplayRole:
    case MessageRole:
        return f.message;
    }
    return {};
}

QHash<int, QByteArray> FlagListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {SeverityRole, "severity"},
            {AtTextRole, "atText"},
            {HoursTextRole, "hoursText"},
            {MessageRole, "message"}};
}

void FlagListModel::setFlags(const QList<analysis::Flag>& flags)
{
    resetRows([&] { m_flags = flags; });
}

} // namespace aftercare
