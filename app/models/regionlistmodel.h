#pragma once

#include "rowlistmodel.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The 25 body regions of the vocabulary with what a form knows about each:
// the body map and the region lists show it. Which value means what is the
// owning form's business (a baseline, an intensity).
class RegionListModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a form")
    Q_PROPERTY(int markedCount READ markedCount NOTIFY markedCountChanged)
public:
    enum Role
    {
        RegionIdRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,     // 0..10, or -1 when none
        MarkedRole,    // part of the form's answer (worked on; rated at this check-in)
        PreviousRole,  // the value last time, -1 when none
        QualitiesRole, // QStringList of quality ids
        SummaryRole,   // plain words for lists and screen readers: "Lower back: 6, aching"
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString id;
        QString label;
        int value = -1;
        bool marked = false;
        int previous = -1;
        QStringList qualities;
    };

    explicit RegionListModel(QObject* parent = nullptr);

    int rows() const override { return int(m_entries.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int markedCount() const;
    Q_INVOKABLE int indexOf(const QString& regionId) const;
    Q_INVOKABLE QString labelOf(const QString& regionId) const;
    const Entry* entry(const QString& regionId) const;
    const QList<Entry>& entries() const { return m_entries; }

    void setValue(const QString& regionId, int value);
    void setMarked(const QString& regionId, bool marked);
    void setPrevious(const QString& regionId, int previous);
    void setQualities(const QString& regionId, const QStringList& qualities);
    // Back to no values, nothing marked, no qualities (previous values stay).
    void clearAnswers();

signals:
    void markedCountChanged();

private:
    void changed(int row);
    QList<Entry> m_entries;
};

} // namespace aftercare
