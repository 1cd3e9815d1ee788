// libFuzzer target: read a log from arbitrary bytes, then analyze every session it holds and
// check the result against the structure of spec section 3.

#include "invariants.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const aftercare::exchange::LogReadResult result = aftercare::exchange::readLog(bytes);
    if (!result.ok())
        return 0;
    for (const aftercare::Session& session : result.log->sessions)
        fuzzcheck::checkAnalysis(session);
    return 0;
}
