#pragma once

#include "rowlistmodel.h"

#include "analysis/history.h"
#include "storage/repository.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace aftercare {

// The sessions on the home page, newest first (as the repository gives them).
class SessionListModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    // More sessions are stored than read so far (see loadMore).
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
public:
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        StartRole,     // QDateTime
        StartTextRole, // "Today, 14:00"
        TitleRole,     // "Deep tissue massage"
        DetailsRole,   // "60 min · firm pressure"
        CheckInCountRole,
        CheckInsTextRole, // "3 check-ins, last Today, 13:00"
        StatusRole,       // analysis status id, e.g. "on-track"
        StatusTitleRole,  // its plain-words title
    };
    Q_ENUM(Role)

    // One row: the stored summary plus the analysis status of the session.
    struct Row
    {
        storage::SessionSummary summary;
        QString statusId;
        QString statusTitle;
    };

    explicit SessionListModel(QObject* parent = nullptr);

    int rows() const override { return int(m_rows.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where rows come from, a page at a time: the first page on reload(), the next one
    // when the list scrolls near its end and calls loadMore(), so startup reads what
    // fits on screen whatever the history. (Not canFetchMore/fetchMore: Qt Quick's
    // delegate model calls those until everything is read.)
    using PageLoader = std::function<QList<storage::SessionSummary>(int offset, int count)>;
    // Two phone screens of cards: the first frame reads no more than it may show soon.
    static constexpr int pageSize = 15;
    void setPageLoader(PageLoader loader) { m_loader = std::move(loader); }
    void reload();
    bool hasMore() const { return m_more && m_loader; }
    Q_INVOKABLE void loadMore();

    void setRows(const QList<Row>& rows);
    // The rows straight from the stored summaries: the status is the one cached with
    // each session (schema v2), so no session is loaded and nothing is analysed here.
    void setSummaries(const QList<storage::SessionSummary>& summaries);
    static Row rowOf(const storage::SessionSummary& summary);
    // The history entry (technique and pressure averages) of a stored summary, from its
    // cached course: equal to analysis::summarize of the loaded session.
    static analysis::SessionSummary historyOf(const storage::SessionSummary& summary);
    // The row of a session id among those read so far, -1 when absent.
    Q_INVOKABLE int indexOf(const QString& sessionId) const;
    Q_INVOKABLE QString sessionIdAt(int row) const;

    // Fixes "now" for the relative texts (tests); invalid: the real clock.
    void setNow(const QDateTime& now) { m_now = now; }

private:
    // A page from `offset`; `more` tells whether rows follow it.
    QList<storage::SessionSummary> readPage(int offset, bool* more) const;

    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    QList<Row> m_rows;
    QDateTime m_now;
    PageLoader m_loader;
    bool m_more = false; // the last page read was full: there may be more
};

} // namespace aftercare
