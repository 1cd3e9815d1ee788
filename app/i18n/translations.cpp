#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace aftercare::i18n {

namespace {

const auto translatorName = QStringLiteral("aftercare-i18n");

// Translators live as children of the application, so they last as long as it does.
bool install(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(translatorName);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString translationsDirectory()
{
    const QString relative =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/aftercare/translations");
    if (QFileInfo(relative).isDir())
        return QDir::cleanPath(relative);
    return QStringLiteral(AFTERCARE_TRANSLATIONS_INSTALL_DIR);
}

QString installTranslations(const QLocale& locale)
{
    return installTranslations(locale, translationsDirectory());
}

QString installTranslations(const QLocale& locale, const QString& directory)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return {};
    const auto previous =
        app->findChildren<QTranslator*>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto* aftercare = new QTranslator(app);
    aftercare->setObjectName(translatorName);
    if (!aftercare->load(locale, QStringLiteral("aftercare"), QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(aftercare)) {
        delete aftercare; // English: the source texts.
        return {};
    }
    // Qt's own texts (standard buttons, dialogs) in the language just chosen.
    const QLocale chosen(aftercare->language());
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(chosen, QStringLiteral("qtbase"), qtDirectory);
    install(chosen, QStringLiteral("qtdeclarative"), qtDirectory);
    return aftercare->language();
}

} // namespace aftercare::i18n
