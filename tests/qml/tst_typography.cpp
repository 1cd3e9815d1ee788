// The fonts startup prepares (Typography::fonts, laid out by FontPreparer
// while QML loads) are the fonts Home's first frame shows: every visible text item on
// Home, with no sessions, with one, and with a check-in due, uses one of them. A new
// size or weight on Home fails here until Typography has it.
#include "appcontroller.h"
#include "fontpreparer.h"
#include "promptwatcher.h"
#include "testenv.h"
#include "typography.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Aftercare_ItemsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

using namespace aftercare;

namespace {

QString describe(const QFont& font)
{
    return QStringLiteral("%1 px, weight %2").arg(font.pixelSize()).arg(font.weight());
}

bool prepared(const QFont& font)
{
    const QList<QFont> fonts = Typography::fonts();
    return std::any_of(fonts.cbegin(), fonts.cend(), [&](const QFont& candidate) {
        return candidate.pixelSize() == font.pixelSize() && candidate.weight() == font.weight() &&
               candidate.italic() == font.italic() && candidate.families() == font.families();
    });
}

// Visible text items (Text, Label, a button's text) and the fonts they lay out with.
void collect(const QQuickItem* item, QStringList* texts, QStringList* unprepared)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
        const QFont font = item->property("font").value<QFont>();
        *texts << item->property("text").toString();
        if (!prepared(font))
            *unprepared << QStringLiteral("\"%1\": %2")
                               .arg(item->property("text").toString(), describe(font));
    }
    const QList<QQuickItem*> children = item->childItems();
    for (const QQuickItem* child : children)
        collect(child, texts, unprepared);
}

// The app's window for the controller, exposed; null when it could not be shown.
QQuickWindow* showMain(QQmlApplicationEngine& engine, AppController* controller)
{
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

} // namespace

class TestTypography : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sizesAndWeights();
    void preparerTakesTurns();
    void homeUsesPreparedFonts_data();
    void homeUsesPreparedFonts();
    void walkFindsAnUnpreparedFont();
};

void TestTypography::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

void TestTypography::sizesAndWeights()
{
    const QList<QFont> fonts = Typography::fonts();
    QCOMPARE(fonts.size(), 7);
    QStringList seen;
    for (const QFont& font : fonts)
        seen << describe(font);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 7);
    QVERIFY(seen.contains(QStringLiteral("12 px, weight 400")));
    QVERIFY(seen.contains(QStringLiteral("23 px, weight 700")));
    QVERIFY(seen.contains(QStringLiteral("14 px, weight 500")));
}

// The preparer reads the fonts on its thread, then lays out one font per event-loop turn:
// other events (the QML loader's calls) are handled between two fonts.
void TestTypography::preparerTakesTurns()
{
    FontPreparer preparer;
    QSignalSpy done(&preparer, &FontPreparer::done);
    // What another event sees between two fonts: the number still to prepare.
    QList<int> seen;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (seen.isEmpty() || seen.constLast() != preparer.pendingCount())
            seen << preparer.pendingCount();
    });
    ticker.start(0);
    preparer.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.count(), 1);
    // Every count from all fonts down to none: one font per turn, events in between.
    QList<int> expected;
    for (int left = int(Typography::fonts().size()); left >= 0; --left)
        expected << left;
    QCOMPARE(seen, expected);
    preparer.stop();
    QCOMPARE(done.count(), 1);

    // Stopped early: no more fonts, no signal, the reading thread waited for.
    FontPreparer early;
    QSignalSpy earlyDone(&early, &FontPreparer::done);
    early.start();
    early.stop();
    QTest::qWait(50);
    QCOMPARE(earlyDone.count(), 0);
}

void TestTypography::homeUsesPreparedFonts_data()
{
    QTest::addColumn<QString>("data");
    QTest::newRow("no sessions") << QStringLiteral("empty");
    QTest::newRow("the demo session") << QStringLiteral("demo");
    QTest::newRow("a check-in due") << QStringLiteral("due");
}

void TestTypography::homeUsesPreparedFonts()
{
    QFETCH(QString, data);
    test::TestEnv env;
    AppController* controller =
        data == QLatin1String("demo") ? env.demoController() : env.newController();
    if (data == QLatin1String("due")) {
        // Ended three hours ago with no check-in yet, at any time of day.
        env.setSetting(controller, QStringLiteral("reminders.quietHours.enabled"),
                       QStringLiteral("false"));
        env.addSession(controller, 4, 2);
        QVERIFY(controller->prompts()->property("hasDue").toBool());
    }

    QQmlApplicationEngine engine;
    QQuickWindow* window = showMain(engine, controller);
    QVERIFY(window);

    QStringList texts;
    QStringList unprepared;
    collect(window->contentItem(), &texts, &unprepared);
    QVERIFY2(texts.size() >= 3, qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY2(unprepared.isEmpty(), qPrintable(unprepared.join(QLatin1Char('\n'))));
}

// The walk itself: a text in a size Typography does not have is reported.
void TestTypography::walkFindsAnUnpreparedFont()
{
    QQuickWindow window;
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nText { text: \"odd\"; font.pixelSize: 31 }", QUrl());
    std::unique_ptr<QObject> object(component.create());
    auto* item = qobject_cast<QQuickItem*>(object.get());
    QVERIFY2(item, qPrintable(component.errorString()));
    item->setParentItem(window.contentItem());
    QStringList texts;
    QStringList unprepared;
    collect(window.contentItem(), &texts, &unprepared);
    QCOMPARE(texts, QStringList{QStringLiteral("odd")});
    QCOMPARE(unprepared.size(), 1);
    QVERIFY(unprepared.constFirst().contains(QLatin1String("31 px")));
}

QTEST_MAIN(TestTypography)
#include "tst_typography.moc"
