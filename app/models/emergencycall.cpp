#include "emergencycall.h"

#include "dialer/dialer.h"

namespace aftercare {

QStringList emergencyNumbers(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
        return {QStringLiteral("911")};
    case QLocale::UnitedKingdom:
        return {QStringLiteral("999"), QStringLiteral("112")};
    default:
        // 112 answers in every country of the European Union (EU law) and in most of the
        // rest of Europe; elsewhere it is only a fallback and may be wrong (Japan: 110 and
        // 119, Australia: 000).
        return {QStringLiteral("112")};
    }
}

EmergencyCall::EmergencyCall(platform::Dialer* dialer, const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_dialer(dialer)
    , m_numbers(emergencyNumbers(locale))
    , m_canCall(dialer && dialer->canCall())
{}

EmergencyCall::~EmergencyCall() = default;

bool EmergencyCall::call()
{
    return m_canCall && m_dialer && m_dialer->call(number());
}

} // namespace aftercare
