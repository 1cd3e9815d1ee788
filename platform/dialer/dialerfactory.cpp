// The one place that chooses how a number is called. CMake defines AFTERCARE_DIALER_XDG
// where the XDG backend is built.
#include "dialer/dialer.h"

#if defined(AFTERCARE_DIALER_XDG)
#include "linux/xdgdialer.h"
#endif

namespace aftercare::platform {

Dialer::~Dialer() = default;

QUrl telUrl(const QString& number)
{
    if (number.isEmpty() || number == QLatin1String("+"))
        return {};
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (!(c >= u'0' && c <= u'9') && !(c == u'+' && i == 0))
            return {};
    }
    return QUrl(QStringLiteral("tel:") + number);
}

#if defined(AFTERCARE_DIALER_XDG)

std::unique_ptr<Dialer> createDialer(QObject* parent)
{
    return std::make_unique<XdgDialer>(parent);
}

#else

namespace {

// Where no backend is built: no call button.
class NoDialer final : public Dialer
{
public:
    using Dialer::Dialer;
    bool canCall() const override { return false; }
    bool call(const QString&) override { return false; }
};

} // namespace

std::unique_ptr<Dialer> createDialer(QObject* parent)
{
    return std::make_unique<NoDialer>(parent);
}

#endif

} // namespace aftercare::platform
