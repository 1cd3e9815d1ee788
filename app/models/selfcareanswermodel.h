#pragma once

#include "model/session.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// "Did it help?" about each kind of self-care an earlier check-in noted: one row per
// kind, with the answer given so far (an answer id, or empty).
class SelfCareAnswerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a check-in form")
    Q_PROPERTY(int count READ rowCount CONSTANT)
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        LabelRole,
        AnswerRole,
    };
    Q_ENUM(Role)

    explicit SelfCareAnswerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
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
