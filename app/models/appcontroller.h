#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

// The app's intent methods for QML; owns nothing QML can reach otherwise.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app shell")
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
public:
    explicit AppController(const QString& dataDir, QObject* parent = nullptr);
    QString dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
};

} // namespace aftercare
