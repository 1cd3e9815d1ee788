#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace aftercare {

// A flat list model: the checks every list model makes on an index, and its count for
// QML, in one place. A subclass says how many rows it has and what a row holds for a role.
// Subclasses name it with its namespace: Qt 6.4's qmltyperegistrar finds a base class by
// the name as written, and QML would not see their count.
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    // QML sees it as the base of the list models (their count).
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;

signals:
    void countChanged();

protected:
    virtual int rows() const = 0;
    // `index` is a valid row.
    virtual QVariant rowData(int index, int role) const = 0;
    // Replaces every row: `replace` runs inside a model reset, and countChanged follows
    // when the number of rows changed.
    void resetRows(const std::function<void()>& replace);
};

} // namespace aftercare
