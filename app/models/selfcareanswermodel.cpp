#include "selfcareanswermodel.h"

#include "model/vocabulary.h"

namespace aftercare {

SelfCareAnswerModel::SelfCareAnswerModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int SelfCareAnswerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SelfCareAnswerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SelfCare& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return vocabulary::label(vocabulary::selfCareKinds(), row.kind);
    case KindRole:
        return row.kind;
    case AnswerRole:
        return row.helped;
    }
    return {};
}

QHash<int, QByteArray> SelfCareAnswerModel::roleNames() const
{
    return {{KindRole, "kind"}, {LabelRole, "label"}, {AnswerRole, "answer"}};
}

void SelfCareAnswerModel::askAbout(const QList<SelfCare>& selfCare)
{
    beginResetModel();
    m_rows.clear();
    for (const SelfCare& s : selfCare) {
        if (s.helped.isEmpty())
            m_rows << SelfCare{s.kind, {}};
    }
    endResetModel();
}

bool SelfCareAnswerModel::toggleAnswer(const QString& kind, const QString& answer)
{
    if (!vocabulary::contains(vocabulary::selfCareAnswers(), answer))
        return false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind != kind)
            continue;
        QString& helped = m_rows[row].helped;
        helped = helped == answer ? QString() : answer;
        emit dataChanged(index(row), index(row), {AnswerRole});
        return true;
    }
    return false;
}

QList<SelfCare> SelfCareAnswerModel::answered() const
{
    QList<SelfCare> answers;
    for (const SelfCare& s : m_rows) {
        if (!s.helped.isEmpty())
            answers << s;
    }
    return answers;
}

} // namespace aftercare
