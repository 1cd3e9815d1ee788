#include "regionlistmodel.h"

#include "model/vocabulary.h"

namespace aftercare {

RegionListModel::RegionListModel(QObject* parent)
    : RowListModel(parent)
{
    for (const Term& term : vocabulary::regions())
        m_entries << Entry{QString::fromLatin1(term.id), term.translatedLabel(), -1, false, -1, {}};
}

QVariant RegionListModel::rowData(int index, int role) const
{
    const Entry& e = m_entries.at(index);
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    case RegionIdRole:
        return e.id;
    case ValueRole:
        return e.value;
    case MarkedRole:
        return e.marked;
    case PreviousRole:
        return e.previous;
    case QualitiesRole:
        return e.qualities;
    case SummaryRole: {
        if (e.value < 0)
            return e.label;
        QString text = tr("%1: %2").arg(e.label).arg(e.value);
        if (!e.qualities.isEmpty()) {
            QStringList words;
            for (const QString& q : e.qualities)
                words << vocabulary::label(vocabulary::qualities(), q).toLower();
            text += tr(", %1").arg(words.join(tr(", ")));
        }
        return text;
    }
    }
    return {};
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    return {{RegionIdRole, "regionId"}, {LabelRole, "label"},       {ValueRole, "value"},
            {MarkedRole, "marked"},     {PreviousRole, "previous"}, {QualitiesRole, "qualities"},
            {SummaryRole, "summary"}};
}

int RegionListModel::markedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return e.marked; }));
}

int RegionListModel::indexOf(const QString& regionId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == regionId)
            return i;
    }
    return -1;
}

QString RegionListModel::labelOf(const QString& regionId) const
{
    const Entry* e = entry(regionId);
    return e ? e->label : QString();
}

const RegionListModel::Entry* RegionListModel::entry(const QString& regionId) const
{
    const int row = indexOf(regionId);
    return row < 0 ? nullptr : &m_entries.at(row);
}

void RegionListModel::setValue(const QString& regionId, int value)
{
    const int row = indexOf(regionId);
    if (row < 0 || m_entries.at(row).value == value)
        return;
    m_entries[row].value = value;
    changed(row);
}

void RegionListModel::setMarked(const QString& regionId, bool marked)
{
    const int row = indexOf(regionId);
    if (row < 0 || m_entries.at(row).marked == marked)
        return;
    m_entries[row].marked = marked;
    changed(row);
    emit markedCountChanged();
}

void RegionListModel::setPrevious(const QString& regionId, int previous)
{
    const int row = indexOf(regionId);
    if (row < 0 || m_entries.at(row).previous == previous)
        return;
    m_entries[row].previous = previous;
    changed(row);
}

void RegionListModel::setQualities(const QString& regionId, const QStringList& qualities)
{
    const int row = indexOf(regionId);
    if (row < 0 || m_entries.at(row).qualities == qualities)
        return;
    m_entries[row].qualities = qualities;
    changed(row);
}

void RegionListModel::clearAnswers()
{
    const int before = markedCount();
    for (Entry& e : m_entries) {
        e.value = -1;
        e.marked = false;
        e.qualities.clear();
    }
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    if (before != 0)
        emit markedCountChanged();
}

void RegionListModel::changed(int row)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

} // namespace aftercare
