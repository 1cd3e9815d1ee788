#pragma once

#include "rowlistmodel.h"

#include "analysis/history.h"
#include "storage/summarystore.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace aftercare {

// One card per technique on the home page: what the person's own history of
// that technique shows, in plain words. Only techniques with at least one
// session that has an onset or a resolution.
class TechniqueHistoryModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
public:
    enum Role
    {
        TechniqueRole = Qt::UserRole + 1, // technique id, e.g. "deep-tissue"
        TitleRole,                        // "Deep tissue"
        SummaryRole,      // "Deep tissue: soreness gone after 40 h on average (3 sessions)"
        SessionCountRole, // sessions of the technique
        HelpedTextRole,   // "What helped most: Heat (helped 4 of 5 times)"; empty: no answers
    };
    Q_ENUM(Role)

    explicit TechniqueHistoryModel(QObject* parent = nullptr);

    int rows() const override;
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // From every session's summary; techniques without onset or resolution data are left out.
    void setSummaries(const QList<analysis::SessionSummary>& summaries);
    // The same from averages already made (analysis::averagesByTechnique of totals).
    void setAverages(const QList<analysis::GroupAverage>& averages,
                     const QList<storage::SelfCareHelp>& help = {});
    // Where the averages come from. They are read when the model is first asked for its
    // rows, not before: Home builds its technique cards only after the last page of
    // sessions, so a start with a long history does not total them.
    void setAveragesLoader(std::function<QList<analysis::GroupAverage>()> loader);
    // Where the self-care answers per technique come from; read with the averages.
    void setSelfCareLoader(std::function<QList<storage::SelfCareHelp>()> loader);
    // Reads the averages again when they have been read; otherwise they wait for the
    // first ask.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // The card's sentence for one technique's averages; empty when it has no
    // onset and no resolution. Pure.
    static QString describe(const analysis::GroupAverage& average, const QString& title);
    // What helped most after one technique's sessions: the kind with the most "helped"
    // answers ("yes" and "a-little"; ties go to the better share, then the vocabulary's
    // order). Entries of other techniques are skipped; empty when nothing helped. Pure.
    static QString describeHelp(const QList<storage::SelfCareHelp>& help, const QString& technique);

private:
    struct Row
    {
        QString technique;
        QString title;
        QString summary;
        int sessionCount = 0;
        QString helpedText;
    };
    static QList<Row> rowsOf(const QList<analysis::GroupAverage>& averages,
                             const QList<storage::SelfCareHelp>& help);
    // Reads the averages on the first ask; no signals, as no one has seen rows yet.
    void loadOnFirstAsk() const;

    mutable QList<Row> m_rows;
    mutable bool m_loaded = false;
    std::function<QList<analysis::GroupAverage>()> m_loader;
    std::function<QList<storage::SelfCareHelp>()> m_selfCareLoader;
};

} // namespace aftercare
