#pragma once

#include <QLocale>
#include <QString>

// Aftercare's translations: English is built in; other languages come from
// aftercare_<lang>.qm files chosen by the system locale.
namespace aftercare::i18n {

// Where the .qm files are: <executable>/../share/aftercare/translations (build and
// install trees alike), else the configured install folder.
QString translationsDirectory();

// Installs Aftercare's catalogue for `locale` (its first UI language that has one),
// plus Qt's own qtbase/qtdeclarative catalogues for that language when present.
// Call once, right after the Q*Application exists. A later call replaces the earlier
// translators. Returns the loaded language ("de"), or an empty string (English).
QString installTranslations(const QLocale& locale = QLocale::system());
QString installTranslations(const QLocale& locale, const QString& directory);

} // namespace aftercare::i18n
