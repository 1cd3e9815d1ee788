#pragma once

#include "analysis/history.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// One card per technique on the home page: what the person's own history of
// that technique shows, in plain words. Only techniques with at least one
// session that has an onset or a resolution.
class TechniqueHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role
    {
        TechniqueRole = Qt::UserRole + 1, // technique id, e.g. "deep-tissue"
        TitleRole,                        // "Deep tissue"
        SummaryRole,      // "Deep tissue: soreness gone after 40 h on average (3 sessions)"
        SessionCountRole, // sessions of the technique
    };
    Q_ENUM(Role)

    explicit TechniqueHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // From every session's summary; techniques without onset or resolution data are left out.
    void setSummaries(const QList<analysis::SessionSummary>& summaries);
    // The same from averages already made (analysis::averagesByTechnique of totals).
    void setAverages(const QList<analysis::GroupAverage>& averages);
    // The card's sentence for one technique's averages; empty when it has no
    // onset and no resolution. Pure.
    static QString describe(const analysis::GroupAverage& average, const QString& title);

signals:
    void countChanged();

private:
    struct Row
    {
        QString technique;
        QString title;
        QString summary;
        int sessionCount = 0;
    };
    QList<Row> m_rows;
};

} // namespace aftercare
