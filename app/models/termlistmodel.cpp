#include "termlistmodel.h"

namespace aftercare {

TermListModel::TermListModel(QObject* parent)
    : RowListModel(parent)
{}

TermListModel::TermListModel(const std::vector<Term>& terms, QObject* parent)
    : RowListModel(parent)
{
    for (const Term& term : terms) {
        Entry e;
        e.id = QString::fromLatin1(term.id);
        e.label = term.translatedLabel();
        m_entries << e;
    }
}

QVariant TermListModel::rowData(int index, int role) const
{
    const Entry& e = m_entries.at(index);
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    case TermIdRole:
        return e.id;
    case CheckedRole:
        return e.checked;
    case DetailRole:
        return e.detail;
    case GroupRole:
        return e.group;
    case KindRole:
        return e.kind;
    }
    return {};
}

QHash<int, QByteArray> TermListModel::roleNames() const
{
    return {{TermIdRole, "termId"}, {LabelRole, "label"}, {CheckedRole, "chosen"},
            {DetailRole, "detail"}, {GroupRole, "group"}, {KindRole, "kind"}};
}

void TermListModel::setEntries(const QList<Entry>& entries)
{
    resetRows([&] { m_entries = entries; });
    emit checkedChanged();
}

void TermListModel::append(const QString& id, const QString& label, const QString& detail)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.id = id;
    e.label = label;
    e.detail = detail;
    m_entries << e;
    endInsertRows();
    emit countChanged();
}

void TermListModel::insertFirst(const QString& id, const QString& label)
{
    beginInsertRows({}, 0, 0);
    Entry e;
    e.id = id;
    e.label = label;
    m_entries.prepend(e);
    endInsertRows();
    emit countChanged();
}

void TermListModel::setDetails(const std::function<QString(const QString&)>& detail)
{
    for (Entry& e : m_entries)
        e.detail = detail(e.id);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {DetailRole});
}

void TermListModel::setGroups(const std::function<QString(const QString&)>& group)
{
    for (Entry& e : m_entries)
        e.group = group(e.id);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {GroupRole});
}

void TermListModel::setKinds(const std::function<QString(const QString&)>& kind)
{
    for (Entry& e : m_entries)
        e.kind = kind(e.id);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {KindRole});
}

int TermListModel::indexOf(const QString& id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString TermListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

QString TermListModel::labelAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).label : QString();
}

QString TermListModel::groupAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).group : QString();
}

int TermListModel::checkedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return e.checked; }));
}

QStringList TermListModel::checkedIds() const
{
    QStringList ids;
    for (const Entry& e : m_entries) {
        if (e.checked)
            ids << e.id;
    }
    return ids;
}

void TermListModel::setChecked(const QString& id, bool checked)
{
    const int row = indexOf(id);
    if (row < 0 || m_entries.at(row).checked == checked)
        return;
    m_entries[row].checked = checked;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {CheckedRole});
    emit checkedChanged();
}

void TermListModel::toggle(const QString& id)
{
    const int row = indexOf(id);
    if (row >= 0)
        setChecked(id, !m_entries.at(row).checked);
}

bool TermListModel::switchChecked(QString* checkedId, const QString& id)
{
    if (*checkedId == id || indexOf(id) < 0)
        return false;
    setChecked(*checkedId, false);
    *checkedId = id;
    setChecked(*checkedId, true);
    return true;
}

void TermListModel::setCheckedIds(const QStringList& ids)
{
    bool any = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        const bool checked = ids.contains(m_entries.at(row).id);
        if (m_entries.at(row).checked == checked)
            continue;
        m_entries[row].checked = checked;
        const QModelIndex i = index(row);
        emit dataChanged(i, i, {CheckedRole});
        any = true;
    }
    if (any)
        emit checkedChanged();
}

} // namespace aftercare
