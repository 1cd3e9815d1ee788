#pragma once
// Calling a phone number: the emergency page's call button. Shown only where something
// on the device can place the call.

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace aftercare::platform {

class Dialer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Dialer() override;

    // True when something on this device handles tel: links (asked each time: an app may
    // be installed or removed while Aftercare runs).
    virtual bool canCall() const = 0;
    // Asks the device to call `number` (digits, an optional leading +). True when the
    // request was handed on; the person still confirms the call in the phone app.
    virtual bool call(const QString& number) = 0;
};

// "tel:112"; an empty URL when `number` is not digits with an optional leading +.
QUrl telUrl(const QString& number);

// On Linux the XDG backend (linux/xdgdialer.*); elsewhere one that cannot call.
std::unique_ptr<Dialer> createDialer(QObject* parent = nullptr);

} // namespace aftercare::platform
