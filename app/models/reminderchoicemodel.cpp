#include "reminderchoicemodel.h"

#include <algorithm>

namespace aftercare {

namespace {

constexpr int day = 24;
constexpr int dayMinutes = 24 * 60;

} // namespace

ReminderChoiceModel::ReminderChoiceModel(Kind kind, QList<int> usual, QObject* parent)
    : RowListModel(parent)
    , m_kind(kind)
    , m_usual(std::move(usual))
    , m_values(m_usual)
{
    if (!m_values.isEmpty())
        m_value = m_values.first();
}

QString ReminderChoiceModel::text(Kind kind, int value)
{
    switch (kind) {
    case Kind::FirstPrompt:
        if (value % 60 != 0)
            return value == 1 ? tr("1 minute after the session")
                              : tr("%n minutes after the session", nullptr, value);
        return value == 60 ? tr("1 hour after the session")
                           : tr("%n hours after the session", nullptr, value / 60);
    case Kind::Interval:
        if (value == dayMinutes)
            return tr("Daily");
        if (value % dayMinutes == 0)
            return tr("Every %n days", nullptr, value / dayMinutes);
        if (value == 60)
            return tr("Every hour");
        if (value % 60 == 0)
            return tr("Every %n hours", nullptr, value / 60);
        if (value > 60)
            return tr("Every %1 h %2 min").arg(value / 60).arg(value % 60);
        return tr("Every %n minutes", nullptr, value);
    case Kind::Until:
        if (value == 0)
            return tr("Not at all");
        if (value >= 2 * day && value % day == 0)
            return tr("Until %n days after the session", nullptr, value / day);
        return value == 1 ? tr("Until 1 hour after the session")
                          : tr("Until %n hours after the session", nullptr, value);
    case Kind::StopAfter:
        if (value == day)
            return tr("Stop after 1 day");
        if (value % day == 0)
            return tr("Stop after %n days", nullptr, value / day);
        return value == 1 ? tr("Stop after 1 hour") : tr("Stop after %n hours", nullptr, value);
    }
    return QString::number(value);
}

QVariant ReminderChoiceModel::rowData(int index, int role) const
{
    const int value = m_values.at(index);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return text(m_kind, value);
    case ValueRole:
        return value;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReminderChoiceModel::roleNames() const
{
    return {{TextRole, "text"}, {ValueRole, "value"}};
}

void ReminderChoiceModel::setValue(int value)
{
    QList<int> values = m_usual;
    if (!values.contains(value)) {
        values << value;
        std::sort(values.begin(), values.end());
    }
    if (values != m_values) {
        beginResetModel();
        m_values = values;
        endResetModel();
    }
    m_value = value;
    // Also when unchanged: a combo box the person moved shows the stored value again.
    emit currentChanged();
}

void ReminderChoiceModel::choose(int row)
{
    if (row < 0 || row >= m_values.size())
        return;
    emit chosen(m_values.at(row));
}

} // namespace aftercare
