// libFuzzer target: the strict JSON layer under the log reader (core/exchange/jsonreader.h) on
// arbitrary bytes. Every input either gives balanced tokens with valid UTF-8 texts, or one
// fault at a place inside the input, named by one of the layer's own messages.

#include "exchange/jsonreader.h"
#include "invariants.h"

#include <QStringDecoder>

#include <cstddef>
#include <cstdint>
#include <vector>

using aftercare::exchange::JsonKind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const aftercare::exchange::JsonEvents json = aftercare::exchange::readJsonEvents(bytes);
    if (json.error) {
        const aftercare::exchange::JsonSyntaxError& error = *json.error;
        fuzzcheck::require(error.offset >= 0 && error.offset <= bytes.size(),
                           "a fault is inside the input");
        fuzzcheck::require(error.line >= 1 && error.column >= 1, "lines and columns count from 1");
        fuzzcheck::require(!error.message.isEmpty(), "a fault says what is wrong");
        fuzzcheck::require(error.message != QLatin1String("this is not valid JSON"),
                           "the layer names every fault nlohmann-json finds", error.message);
        return 0;
    }
    std::vector<JsonKind> open;
    qsizetype last = 0;
    for (const aftercare::exchange::JsonEvent& event : json.events) {
        fuzzcheck::require(event.begin >= last && event.begin < event.end &&
                               event.end <= bytes.size(),
                           "tokens are in order, inside the input");
        last = event.end;
        switch (event.kind) {
        case JsonKind::BeginObject:
        case JsonKind::BeginArray:
            open.push_back(event.kind);
            fuzzcheck::require(open.size() <= 64, "at most 64 levels");
            break;
        case JsonKind::EndObject:
        case JsonKind::EndArray:
            fuzzcheck::require(!open.empty() && (open.back() == JsonKind::BeginObject) ==
                                                    (event.kind == JsonKind::EndObject),
                               "objects and arrays close in order");
            open.pop_back();
            break;
        case JsonKind::Key:
        case JsonKind::String: {
            fuzzcheck::require(event.kind == JsonKind::String ||
                                   (!open.empty() && open.back() == JsonKind::BeginObject),
                               "names only in objects");
            QStringDecoder decoder(QStringConverter::Utf8);
            (void)decoder.decode(QByteArrayView(event.text.data(), qsizetype(event.text.size())));
            fuzzcheck::require(!decoder.hasError(), "texts are valid UTF-8");
            break;
        }
        default:
            break;
        }
    }
    fuzzcheck::require(open.empty() && !json.events.empty(), "one whole value");
    return 0;
}
