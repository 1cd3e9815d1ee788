#include "dialer/fakedialer.h"

namespace aftercare::platform {

FakeDialer::FakeDialer(bool canCall, QObject* parent)
    : Dialer(parent)
    , m_canCall(canCall)
{}

void FakeDialer::setCanCall(bool canCall)
{
    if (m_canCall == canCall)
        return;
    m_canCall = canCall;
    emit changed();
}

bool FakeDialer::call(const QString& number)
{
    if (!m_canCall || telUrl(number).isEmpty())
        return false;
    m_calls << number;
    emit changed();
    return true;
}

} // namespace aftercare::platform
