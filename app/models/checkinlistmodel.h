#pragma once

#include "rowlistmodel.h"

#include "model/session.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The check-ins of one session, newest first.
class CheckInListModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SessionDetails")
public:
    enum Role
    {
        AtRole = Qt::UserRole + 1, // QDateTime
        AtTextRole,                // "Today, 09:00"
        HoursTextRole,             // "20 h after the session"
        SummaryRole,               // "Lower back 6 (aching, stiff)"
        MaxIntensityRole,          // highest intensity reported, 0 when none
        RedFlagsTextRole,          // the warning signs answered yes, plain words
        NoteRole,
        FlagsTextRole,     // what the analysis raised at this check-in
        EnteredLaterRole,  // recorded more than 2 h after its time (CheckIn::enteredLater)
        ImpactTextRole,    // "Daily activities affected: A lot"; empty when not answered
        ReactionsTextRole, // "Other reactions: Headache, Tiredness"; empty when none
        BenefitsTextRole,  // "Benefits: Relaxed"; empty when none
    };
    Q_ENUM(Role)

    struct Row
    {
        CheckIn checkIn;
        double hours = 0;       // since the session end
        QStringList flagTitles; // flags raised at this check-in
    };

    explicit CheckInListModel(QObject* parent = nullptr);

    int rows() const override { return int(m_rows.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows in display order (newest first).
    void setRows(const QList<Row>& rows);
    const Row* row(int row) const;
    void setNow(const QDateTime& now) { m_now = now; }

private:
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace aftercare
