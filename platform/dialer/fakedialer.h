#pragma once
// A dialer for tests: says whether it can call as told, and keeps the numbers it was asked
// to call (readable from QML as `calls`).

#include "dialer/dialer.h"

#include <QStringList>

namespace aftercare::platform {

class FakeDialer : public Dialer
{
    Q_OBJECT
    Q_PROPERTY(bool canCall READ canCall WRITE setCanCall NOTIFY changed)
    Q_PROPERTY(QStringList calls READ calls NOTIFY changed)
public:
    explicit FakeDialer(bool canCall = true, QObject* parent = nullptr);

    bool canCall() const override { return m_canCall; }
    void setCanCall(bool canCall);
    // Records the number when it can call (and only then).
    bool call(const QString& number) override;
    QStringList calls() const { return m_calls; }

signals:
    void changed();

private:
    bool m_canCall = true;
    QStringList m_calls;
};

} // namespace aftercare::platform
