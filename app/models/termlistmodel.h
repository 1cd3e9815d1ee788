#pragma once

#include "rowlistmodel.h"

#include "model/vocabulary.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace aftercare {

// A vocabulary as a checkable list: screening questions, red flags, pain
// qualities, techniques. `detail` is shown next to a checked entry (advice);
// `group` gathers entries under a heading.
class TermListModel : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a form")
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)
public:
    enum Role
    {
        TermIdRole = Qt::UserRole + 1,
        LabelRole,
        CheckedRole,
        DetailRole,
        GroupRole,
        KindRole, // for qualities: "nerve", "sharp" or "other"
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString id;
        QString label;
        QString detail;
        QString group;
        QString kind;
        bool checked = false;
    };

    explicit TermListModel(QObject* parent = nullptr);
    TermListModel(const std::vector<Term>& terms, QObject* parent = nullptr);

    int rows() const override { return int(m_entries.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every entry (lists that are not a vocabulary, e.g. a session's tallies).
    void setEntries(const QList<Entry>& entries);
    // Adds an entry at the end (lists that are not a vocabulary).
    void append(const QString& id, const QString& label, const QString& detail = {});
    // Adds an entry before the vocabulary's (e.g. "not noted" with an empty id).
    void insertFirst(const QString& id, const QString& label);
    // Sets `detail` (and `group`, `kind`) from functions of the id.
    void setDetails(const std::function<QString(const QString&)>& detail);
    void setGroups(const std::function<QString(const QString&)>& group);
    void setKinds(const std::function<QString(const QString&)>& kind);

    Q_INVOKABLE int indexOf(const QString& id) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE QString labelAt(int row) const;
    Q_INVOKABLE QString groupAt(int row) const;
    int checkedCount() const;
    QStringList checkedIds() const; // in vocabulary order
    void setChecked(const QString& id, bool checked);
    // Checks an unchecked entry, unchecks a checked one (lists of "choose any").
    Q_INVOKABLE void toggle(const QString& id);
    void setCheckedIds(const QStringList& ids);
    // For a list with one entry checked, whose id `*checkedId` holds: checks `id` instead and
    // stores it in `*checkedId`. False, and nothing changed, when `id` is already the checked
    // one or not an entry.
    bool switchChecked(QString* checkedId, const QString& id);

signals:
    void checkedChanged();

private:
    QList<Entry> m_entries;
};

} // namespace aftercare
