#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace aftercare {

namespace platform {
class Dialer;
}

// The emergency numbers for where `locale` says the person is (its territory), the one
// to call first: 911 in the United States, Canada and Mexico; 999, then 112, in the United
// Kingdom; 112 everywhere else (all of Europe, and the fallback where the territory is
// unknown or not in this short table).
QStringList emergencyNumbers(const QLocale& locale);

// The urgent page's call: the number to show, and whether the button may be shown (some
// application on the device can place the call). One per page; QML owns it.
class EmergencyCall : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.emergencyCall()")
    Q_PROPERTY(QString number READ number CONSTANT)
    // Another number that also works there ("112" in the UK), or empty.
    Q_PROPERTY(QString otherNumber READ otherNumber CONSTANT)
    Q_PROPERTY(bool canCall READ canCall CONSTANT)
public:
    // `dialer` may be null: nothing can call.
    EmergencyCall(platform::Dialer* dialer, const QLocale& locale, QObject* parent = nullptr);
    ~EmergencyCall() override;

    QString number() const { return m_numbers.value(0); }
    QString otherNumber() const { return m_numbers.value(1); }
    bool canCall() const { return m_canCall; }

    // Asks the dialer to call `number`. False when it cannot.
    Q_INVOKABLE bool call();

private:
    QPointer<platform::Dialer> m_dialer;
    QStringList m_numbers;
    bool m_canCall = false;
};

} // namespace aftercare
