#pragma once
// SIGTERM and SIGINT turned into a Qt signal, so that the event loop can stop
// cleanly (the handler only writes a byte to a socket pair).

#include <QObject>

class QSocketNotifier;

namespace aftercare::platform {

class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    // One at a time per process.
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace aftercare::platform
