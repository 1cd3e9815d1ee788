#include "rowlistmodel.h"

namespace aftercare {

int RowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

QVariant RowListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return rowData(index.row(), role);
}

void RowListModel::resetRows(const std::function<void()>& replace)
{
    const int oldCount = rows();
    beginResetModel();
    replace();
    endResetModel();
    if (rows() != oldCount)
        emit countChanged();
}

} // namespace aftercare
