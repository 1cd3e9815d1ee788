#pragma once

#include "storage/database.h"
#include "storage/storeresult.h"

#include <QString>

namespace aftercare::storage {

// Key-value settings shared by the app and the reminder agent.
class SettingsStore
{
public:
    explicit SettingsStore(Database& database);

    // The stored value, or `fallback` when none is stored (and when the read fails).
    StoreValue<QString> setting(const QString& key, const QString& fallback = {}) const;
    StoreResult setSetting(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace aftercare::storage
