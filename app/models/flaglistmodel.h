#pragma once

#include "analysis/analysis.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The flags the analysis raised for one session, in time order.
class FlagListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SessionDetails")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // "nerve-irritation"
        SeverityRole,                // "contact-therapist", "info", …
        AtTextRole,                  // when the check-in was
        HoursTextRole,               // "3 h after the session"
        MessageRole,                 // what it means and what to do
    };
    Q_ENUM(Role)

    explicit FlagListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFlags(const QList<analysis::Flag>& flags);
    void setNow(const QDateTime& now) { m_now = now; }

signals:
    void countChanged();

private:
    QList<analysis::Flag> m_flags;
    QDateTime m_now;
};

} // namespace aftercare
