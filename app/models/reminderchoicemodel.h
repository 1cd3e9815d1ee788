#pragma once

#include "rowlistmodel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The choices of one reminder setting, in words a person uses ("Every hour",
// "Daily", "Stop after 7 days"), for a combo box: roles `text` and `value` (the stored
// number: minutes or hours, by kind). A stored value that is not among the usual
// choices (set on the command line) is added in its place, so it still shows.
class ReminderChoiceModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ReminderPanel")
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentText READ currentText NOTIFY currentChanged)
    Q_PROPERTY(int value READ value NOTIFY currentChanged)
public:
    enum class Kind
    {
        FirstPrompt, // minutes after the session: "1 hour after the session"
        Interval,    // minutes between reminders: "Every 4 hours", "Daily"
        Until,       // hours after the session: "Until 3 days after the session"
        StopAfter,   // hours after the session: "Stop after 7 days"
    };
    Q_ENUM(Kind)
    enum Role
    {
        TextRole = Qt::UserRole + 1,
        ValueRole
    };

    ReminderChoiceModel(Kind kind, QList<int> usual, QObject* parent = nullptr);

    // The words for `value` of `kind`, in the current language. Pure.
    static QString text(Kind kind, int value);

    int rows() const override { return int(m_values.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentIndex() const { return int(m_values.indexOf(m_value)); }
    QString currentText() const { return text(m_kind, m_value); }
    int value() const { return m_value; }
    // The stored value (from ReminderPanel).
    void setValue(int value);

    // The person chose row `row`: emits chosen(value).
    Q_INVOKABLE void choose(int row);

signals:
    void currentChanged();
    void chosen(int value);

private:
    Kind m_kind;
    QList<int> m_usual;
    QList<int> m_values;
    int m_value = 0;
};

} // namespace aftercare
