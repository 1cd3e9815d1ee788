// Aftercare in German: the loader, core's texts, the catalogue's completeness, and the
// command line's technical help staying English. Runs with LANGUAGE=de and
// LC_ALL=de_DE.UTF-8 (see CMakeLists.txt); the locale need not be generated.
#include "analysis/analysis.h"
#include "i18n/translations.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace aftercare;

namespace {

const QString buildTranslations =
    QStringLiteral(AFTERCARE_BINARY_DIR "/share/aftercare/translations");

// The placeholders (%1…%9, %n) a text uses, sorted, so that order may differ.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void systemLocaleIsGerman()
    {
        // LC_ALL names the locale; LANGUAGE gives the UI languages, as on a desktop.
        QCOMPARE(QLocale::system().uiLanguages().value(0).left(2), QStringLiteral("de"));
    }

    void loadsGermanForTheSystemLocale()
    {
        QCOMPARE(i18n::installTranslations(QLocale::system(), buildTranslations),
                 QStringLiteral("de"));
        QCOMPARE(vocabulary::label(vocabulary::regions(), QStringLiteral("lower-back")),
                 QStringLiteral("Unterer Rücken"));
        QCOMPARE(analysis::notADiagnosis(),
                 QStringLiteral("Dies ist eine Orientierungshilfe, keine Diagnose."));
        QCOMPARE(analysis::statusTitle(analysis::Status::Emergency),
                 QStringLiteral("Jetzt Notfallhilfe holen"));
        QVERIFY(analysis::statusAdvice(analysis::Status::Emergency)
                    .contains(QStringLiteral("Notaufnahme")));
        QVERIFY(analysis::flagMessage(analysis::FlagCode::PulmonaryEmbolism)
                    .contains(QStringLiteral("den Notruf")));
        // A text of a file without a QObject: its context is "Screening", not the namespace.
        QVERIFY(vocabulary::screeningAdvice(QStringLiteral("dvt-history-or-signs"))
                    .startsWith(QStringLiteral("Lassen Sie sich nicht massieren")));
    }

    // Files without a QObject translate through a struct named after their context
    // (Q_DECLARE_TR_FUNCTIONS); translations_match_sources checks lupdate files their texts
    // there. These rows check the German is found under that context at run time.
    void textsOfFilesWithoutAQObject_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("dates") << "Format"
                               << "Yesterday, %1"
                               << "Gestern, %1";
        QTest::newRow("report") << "Report"
                                << "Soreness after a massage"
                                << "Beschwerden nach einer Massage";
        QTest::newRow("body map") << "BodyMap"
                                  << "marked"
                                  << "markiert";
        QTest::newRow("chart") << "ChartPainter"
                               << "highest soreness"
                               << "stärkste Beschwerden";
        QTest::newRow("reminders") << "Reminders"
                                   << "less than an hour ago"
                                   << "vor weniger als einer Stunde";
        QTest::newRow("form rules") << "Rules"
                                    << "therapist's name"
                                    << "Der Name des Therapeuten";
        QTest::newRow("demo") << "DemoData"
                              << "Demo session added by aftercare --demo: not your own data."
                              << "Beispielsitzung, hinzugefügt von aftercare --demo: nicht Ihre "
                                 "eigenen Daten.";
        QTest::newRow("printed session card") << "SessionCardPdf"
                                              << "Your session card"
                                              << "Ihre Sitzungskarte";
    }

    void textsOfFilesWithoutAQObject()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, german);
        QCOMPARE(i18n::installTranslations(QLocale::system(), buildTranslations),
                 QStringLiteral("de"));
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            german);
    }

    void englishNeedsNoCatalogue()
    {
        QCOMPARE(i18n::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates),
                                           buildTranslations),
                 QString());
        QCOMPARE(vocabulary::label(vocabulary::regions(), QStringLiteral("lower-back")),
                 QStringLiteral("Lower back"));
        QCOMPARE(analysis::notADiagnosis(), QStringLiteral("This is guidance, not a diagnosis."));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(i18n::installTranslations(QLocale(QLocale::Japanese), buildTranslations),
                 QString());
        QCOMPARE(analysis::notADiagnosis(), QStringLiteral("This is guidance, not a diagnosis."));
    }

    void catalogueIsComplete()
    {
        QFile file(QStringLiteral(AFTERCARE_SOURCE_DIR "/app/i18n/aftercare_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList translations;
        bool numerus = false;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS"))
                    QCOMPARE(xml.attributes().value(QLatin1String("language")).toString(),
                             QStringLiteral("de"));
                if (name == QLatin1String("message")) {
                    numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    translations.clear();
                } else if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    QVERIFY2(
                        type.isEmpty(),
                        qPrintable(QStringLiteral("%1 \"%2\" is %3").arg(context, source, type)));
                    if (!numerus)
                        translations << xml.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    translations << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = QStringLiteral("%1 \"%2\"").arg(context, source);
                QVERIFY2(!translations.isEmpty(), qPrintable(where));
                for (const QString& translation : std::as_const(translations)) {
                    QVERIFY2(!translation.trimmed().isEmpty() || source.trimmed().isEmpty(),
                             qPrintable(where + QStringLiteral(" has no translation")));
                    QVERIFY2(placeholders(translation) == placeholders(source),
                             qPrintable(where + QStringLiteral(" changes the placeholders: ") +
                                        translation));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    }

    void commandLineHelpStaysEnglish()
    {
        QProcess process;
        process.start(QStringLiteral(AFTERCARE_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("Usage:\n"));
    }

    // The executable finds <bin>/../share/aftercare/translations in the build tree:
    // the analysis messages it prints come out in German.
    void executableFindsItsTranslations()
    {
        QProcess process;
        process.start(QStringLiteral(AFTERCARE_EXECUTABLE),
                      {QStringLiteral("analyze"),
                       QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/i18n/data/flagged.json")});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("Notaufnahme")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
