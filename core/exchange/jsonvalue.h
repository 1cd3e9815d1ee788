#pragma once

// For this folder only (nlohmann-json is linked privately to aftercare_exchange): JSON values
// whose members keep their order, and their text appended to a QByteArray.

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace aftercare::exchange {

using JsonValue = nlohmann::ordered_json;

// `value`'s text as nlohmann-json writes it (strings UTF-8, not \u-escaped; invalid UTF-8
// replaced by U+FFFD); with `indent` >= 0 pretty-printed two spaces a level, starting at
// `indent` spaces (the indent of the line the value starts on), else compact.
void appendJson(QByteArray& out, const JsonValue& value, int indent = -1);

// A JSON string value of `text`.
JsonValue jsonString(const QString& text);

} // namespace aftercare::exchange
