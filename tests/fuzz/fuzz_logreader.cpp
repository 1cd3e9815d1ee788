// libFuzzer target: the log reader (versions 1 and 2) on arbitrary bytes. Every input either reads
// or gives a located error; what reads is written and read again unchanged.

#include "invariants.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const aftercare::exchange::LogReadResult result = aftercare::exchange::readLog(bytes);
    if (!result.ok()) {
        fuzzcheck::require(!result.error.message.isEmpty(), "an error says what is wrong");
        return 0;
    }
    fuzzcheck::checkRoundTrip(result.log->sessions);
    return 0;
}
