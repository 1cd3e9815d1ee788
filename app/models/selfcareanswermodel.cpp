#include "selfcareanswermodel.h"

#include "model/vocabulary.h"

namespace aftercare {

SelfCareAnswerModel::SelfCareAnswerModel(QObject* parent)
    : RowListModel(parent)
{}

QVariant SelfCareAnswerModel::rowData(int index, int role) const
{
    const SelfCare& row = m_rows.at(index);
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
    resetRows([&] {
        m_rows.clear();
        for (const SelfCare& s : selfCare) {
            if (s.helped.isEmpty())
                m_rows << SelfCare{s.kind, {}};
        }
    });
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
