#pragma once

#include "rowlistmodel.h"

#include <QFileInfoList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The app's own file chooser, made for a phone screen: a folder's sub-folders and
// files (folders first), a few places to start from, and, to save, a file name. It
// needs no platform dialog, so it works (and looks like the app, in its language and
// theme) wherever the app runs. Files are listed only when they have `suffix`.
class FileChooser : public aftercare::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool saving READ saving WRITE setSaving NOTIFY settingsChanged)
    Q_PROPERTY(QString suffix READ suffix WRITE setSuffix NOTIFY settingsChanged)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(QString folderName READ folderName NOTIFY folderChanged)
    Q_PROPERTY(bool canGoUp READ canGoUp NOTIFY folderChanged)
    Q_PROPERTY(QString fileName READ fileName WRITE setFileName NOTIFY fileNameChanged)
    // What stands in the way of choosing (an empty or bad name, a missing file); empty
    // when the choice can be made.
    Q_PROPERTY(QString problem READ problem NOTIFY fileNameChanged)
    // Saving over an existing file: the page asks first.
    Q_PROPERTY(bool replaces READ replaces NOTIFY fileNameChanged)
    Q_PROPERTY(QVariantList places READ places CONSTANT)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        PathRole,
        IsFolderRole,
        DetailRole, // a file's date and size
    };
    Q_ENUM(Role)

    explicit FileChooser(QObject* parent = nullptr);

    int rows() const override { return int(m_entries.size()); }
    QVariant rowData(int index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool saving() const { return m_saving; }
    void setSaving(bool saving);
    QString suffix() const { return m_suffix; }
    void setSuffix(const QString& suffix);
    QString folder() const { return m_folder; }
    void setFolder(const QString& folder);
    QString folderName() const;
    bool canGoUp() const;
    QString fileName() const { return m_fileName; }
    void setFileName(const QString& name);
    QString problem() const;
    bool replaces() const;
    // Documents, Downloads and the home folder, where they exist: {label, path}.
    QVariantList places() const;

    // Opens a listed folder, or (saving) takes a listed file's name.
    Q_INVOKABLE void choose(int row);
    Q_INVOKABLE void goUp();
    // Starts in the folder of a file: URL (ignored when it is not a local folder).
    Q_INVOKABLE void openFolderUrl(const QUrl& folder);
    // The file chosen (the folder and the name, with the suffix added when it is
    // missing); empty while `problem` is not.
    Q_INVOKABLE QUrl chosenFile() const;

signals:
    void settingsChanged();
    void folderChanged();
    void fileNameChanged();

private:
    void reload();
    QString nameWithSuffix() const;

    bool m_saving = true;
    QString m_suffix;
    QString m_folder;
    QString m_fileName;
    QFileInfoList m_entries;
};

} // namespace aftercare
