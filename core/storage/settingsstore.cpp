#include "storage/settingsstore.h"

#include "storage/sqlvalues.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>

namespace aftercare::storage {

SettingsStore::SettingsStore(Database& database)
    : m_database(database)
{}

StoreValue<QString> SettingsStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(bound(key));
    if (!query.exec())
        return {fallback, sqlFailure(m_database, query.lastError())};
    return {query.next() ? query.value(0).toString() : fallback, {}};
}

StoreResult SettingsStore::setSetting(const QString& key, const QString& value)
{
    return writeTransaction(m_database, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(bound(key));
        query.addBindValue(value.isNull() ? QString(QLatin1String("")) : bound(value));
        return query.exec() ? StoreResult::success() : sqlFailure(m_database, query.lastError());
    });
}

} // namespace aftercare::storage
