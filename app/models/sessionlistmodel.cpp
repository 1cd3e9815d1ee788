#include "sessionlistmodel.h"

#include "analysis/analysis.h"
#include "formatting.h"
#include "model/vocabulary.h"

namespace aftercare {

SessionListModel::SessionListModel(QObject* parent)
    : RowListModel(parent)
{}

QVariant SessionListModel::rowData(int index, int role) const
{
    const Row& row = m_rows.at(index);
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

QList<storage::SessionSummary> SessionListModel::readPage(int offset, bool* more) const
{
    // One row more than a page: whether more follow is known without another query.
    QList<storage::SessionSummary> page =
        m_loader ? m_loader(offset, pageSize + 1) : QList<storage::SessionSummary>();
    *more = page.size() > pageSize;
    if (*more)
        page.removeLast();
    return page;
}

void SessionListModel::reload()
{
    QList<Row> rows;
    bool more = false;
    const QList<storage::SessionSummary> page = readPage(0, &more);
    rows.reserve(page.size());
    for (const storage::SessionSummary& summary : page)
        rows << rowOf(summary);
    setRows(rows);
    if (more != m_more) {
        m_more = more;
        emit countChanged(); // hasMore changed
    }
}

void SessionListModel::loadMore()
{
    if (!hasMore())
        return;
    bool more = false;
    const QList<storage::SessionSummary> page = readPage(int(m_rows.size()), &more);
    // No fetch from a view reacting to the insertion until this page is in.
    m_more = false;
    if (page.isEmpty()) {
        emit countChanged(); // hasMore changed
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const storage::SessionSummary& summary : page)
        m_rows << rowOf(summary);
    endInsertRows();
    m_more = more;
    emit countChanged();
}

void SessionListModel::setRows(const QList<Row>& rows)
{
    m_more = false;
    resetRows([&] { m_rows = rows; });
}

namespace {
// The status a cached id names; nullopt for an unknown id (a newer version's).
std::optional<analysis::Status> statusOf(const QString& id)
{
    for (int s = int(analysis::Status::Emergency); s <= int(analysis::Status::InsufficientData);
         ++s) {
        if (analysis::statusId(analysis::Status(s)) == id)
            return analysis::Status(s);
    }
    return std::nullopt;
}
} // namespace

SessionListModel::Row SessionListModel::rowOf(const storage::SessionSummary& summary)
{
    Row row{summary, summary.status, {}};
    if (const std::optional<analysis::Status> status = statusOf(summary.status))
        row.statusTitle = analysis::statusTitle(*status);
    return row;
}

analysis::SessionSummary SessionListModel::historyOf(const storage::SessionSummary& summary)
{
    analysis::SessionSummary entry;
    entry.sessionId = summary.id;
    entry.start = summary.start;
    entry.technique = summary.technique;
    entry.pressure = summary.pressure;
    entry.status = statusOf(summary.status).value_or(analysis::Status::InsufficientData);
    entry.onsetHours = summary.onsetHours;
    entry.resolvedHours = summary.resolvedHours;
    entry.peakHours = summary.peakHours;
    entry.peakExcess = summary.peakExcess;
    return entry;
}

void SessionListModel::setSummaries(const QList<storage::SessionSummary>& summaries)
{
    QList<Row> rows;
    rows.reserve(summaries.size());
    for (const storage::SessionSummary& summary : summaries)
        rows << rowOf(summary);
    setRows(rows);
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
