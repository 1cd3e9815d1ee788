#pragma once

#include "rowlistmodel.h"

#include "analysis/analysis.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The flags the analysis raised for one session, in time order.
class FlagListModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SessionDetails")
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

    int rows() const override { return int(m_flags.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFlags(const QList<analysis::Flag>& flags);
    void setNow(const QDateTime& now) { m_now = now; }

private:
    QList<analysis::Flag> m_flags;
    QDateTime m_now;
};

} // namespace aftercare
