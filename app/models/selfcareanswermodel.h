#pragma once

#include "rowlistmodel.h"

#include "model/session.h"

#include <QtQml/qqmlregistration.h>

namespace aftercare {

// "Did it help?" about each kind of self-care an earlier check-in noted: one row per
// kind, with the answer given so far (an answer id, or empty).
class SelfCareAnswerModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a check-in form")
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        LabelRole,
        AnswerRole,
    };
    Q_ENUM(Role)

    explicit SelfCareAnswerModel(QObject* parent = nullptr);

    int rows() const override { return int(m_rows.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The kinds to ask about: those of `selfCare` not yet answered.
    void askAbout(const QList<SelfCare>& selfCare);
    // Answers for `kind`; the answer it already has clears it. False for a kind not asked
    // about or an unknown answer.
    bool toggleAnswer(const QString& kind, const QString& answer);
    // The kinds answered so far, with their answers.
    QList<SelfCare> answered() const;

private:
    QList<SelfCare> m_rows;
};

} // namespace aftercare
