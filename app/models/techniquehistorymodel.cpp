#include "techniquehistorymodel.h"

#include "model/vocabulary.h"

#include <algorithm>
#include <cmath>

namespace aftercare {

namespace {
// "40 h", "1 h", "30 min".
QString duration(double hours)
{
    if (hours < 1.0) {
        const int minutes = std::max(1, int(std::lround(hours * 60)));
        return TechniqueHistoryModel::tr("%1 min").arg(minutes);
    }
    return TechniqueHistoryModel::tr("%1 h").arg(std::lround(hours));
}
} // namespace

TechniqueHistoryModel::TechniqueHistoryModel(QObject* parent)
    : RowListModel(parent)
{}

int TechniqueHistoryModel::rows() const
{
    loadOnFirstAsk();
    return int(m_rows.size());
}

QVariant TechniqueHistoryModel::rowData(int index, int role) const
{
    const Row& row = m_rows.at(index);
    switch (role) {
    case TechniqueRole:
        return row.technique;
    case TitleRole:
        return row.title;
    case Qt::DisplayRole:
    case SummaryRole:
        return row.summary;
    case SessionCountRole:
        return row.sessionCount;
    case HelpedTextRole:
        return row.helpedText;
    default:
        return {};
    }
}

QHash<int, QByteArray> TechniqueHistoryModel::roleNames() const
{
    return {{TechniqueRole, "technique"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {SessionCountRole, "sessionCount"},
            {HelpedTextRole, "helpedText"}};
}

QString TechniqueHistoryModel::describe(const analysis::GroupAverage& a, const QString& title)
{
    QStringList parts;
    if (a.meanResolvedHours && a.resolvedCount > 0) {
        parts << (a.resolvedCount == 1 ? tr("soreness gone after %1 (a single session so far)")
                                             .arg(duration(*a.meanResolvedHours))
                                       : tr("soreness gone after %1 on average (%2 sessions)")
                                             .arg(duration(*a.meanResolvedHours))
                                             .arg(a.resolvedCount));
    }
    if (a.meanOnsetHours && a.onsetCount > 0) {
        parts << (a.onsetCount == 1
                      ? tr("soreness began %1 after the session (a single session so far)")
                            .arg(duration(*a.meanOnsetHours))
                      : tr("soreness began %1 after the session on average (%2 sessions)")
                            .arg(duration(*a.meanOnsetHours))
                            .arg(a.onsetCount));
    }
    if (parts.isEmpty())
        return {};
    return tr("%1: %2").arg(title, parts.join(QStringLiteral("; ")));
}

QString TechniqueHistoryModel::describeHelp(const QList<storage::SelfCareHelp>& help,
                                            const QString& technique)
{
    const QStringList order = vocabulary::ids(vocabulary::selfCareKinds());
    const auto rank = [&order](const QString& kind) {
        const auto i = order.indexOf(kind);
        return i < 0 ? order.size() : i;
    };
    const storage::SelfCareHelp* best = nullptr;
    for (const storage::SelfCareHelp& h : help) {
        if (h.technique != technique || h.helped <= 0 || h.answered <= 0)
            continue;
        // More helped answers first; then the larger share (fewer answers); then vocabulary.
        if (!best || h.helped > best->helped ||
            (h.helped == best->helped &&
             (h.answered < best->answered ||
              (h.answered == best->answered && rank(h.kind) < rank(best->kind)))))
            best = &h;
    }
    if (!best)
        return {};
    const QString kind = vocabulary::label(vocabulary::selfCareKinds(), best->kind);
    if (best->answered == 1)
        return tr("What helped most: %1 (it helped the one time you said)").arg(kind);
    return tr("What helped most: %1 (helped %2 of %n times)", nullptr, best->answered)
        .arg(kind)
        .arg(best->helped);
}

void TechniqueHistoryModel::setSummaries(const QList<analysis::SessionSummary>& summaries)
{
    setAverages(analysis::averagesByTechnique(summaries));
}

QList<TechniqueHistoryModel::Row>
TechniqueHistoryModel::rowsOf(const QList<analysis::GroupAverage>& averages,
                              const QList<storage::SelfCareHelp>& help)
{
    QList<Row> rows;
    for (const analysis::GroupAverage& a : averages) {
        const QString title = vocabulary::label(vocabulary::techniques(), a.key);
        const QString summary = describe(a, title);
        const QString helped = describeHelp(help, a.key);
        if (!summary.isEmpty() || !helped.isEmpty())
            rows << Row{a.key, title, summary.isEmpty() ? title : summary, a.sessionCount, helped};
    }
    return rows;
}

void TechniqueHistoryModel::setAverages(const QList<analysis::GroupAverage>& averages,
                                        const QList<storage::SelfCareHelp>& help)
{
    const QList<Row> rows = rowsOf(averages, help);
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    m_loaded = true;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void TechniqueHistoryModel::setAveragesLoader(std::function<QList<analysis::GroupAverage>()> loader)
{
    m_loader = std::move(loader);
}

void TechniqueHistoryModel::setSelfCareLoader(std::function<QList<storage::SelfCareHelp>()> loader)
{
    m_selfCareLoader = std::move(loader);
}

void TechniqueHistoryModel::reload()
{
    if (m_loaded && m_loader)
        setAverages(m_loader(),
                    m_selfCareLoader ? m_selfCareLoader() : QList<storage::SelfCareHelp>());
}

void TechniqueHistoryModel::loadOnFirstAsk() const
{
    if (m_loaded || !m_loader)
        return;
    m_loaded = true;
    m_rows =
        rowsOf(m_loader(), m_selfCareLoader ? m_selfCareLoader() : QList<storage::SelfCareHelp>());
}

} // namespace aftercare
