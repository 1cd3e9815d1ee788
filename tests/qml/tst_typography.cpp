// The fonts startup prepares (Typography::fonts, laid out by FontPreparer
// while QML loads) are the fonts Home's first frame shows: every visible text item on
// Home, with no sessions, with one, and with a check-in due, uses one of them. A new
// size or weight on Home fails here until Typography has it. The session cards' texts
// startup draws ahead (Typography::homeCardTexts) are the cards' own, in their fonts.
#include "appcontroller.h"
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
    void preparerDrawsTextsInTurns();
    void homeCardTextsAreTheCards();
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

// Texts added are drawn after the fonts, one per turn, and only when glyphs are drawn.
void TestTypography::preparerDrawsTextsInTurns()
{
    QFont bold = QGuiApplication::font();
    bold.setPixelSize(Typography::title);
    bold.setBold(true);
    const QList<ShownText> texts{
        {QStringLiteral("Deep tissue massage"), bold},
        {QStringLiteral("60 min · firm pressure"), Typography::fonts().at(1)}};

    FontPreparer preparer;
    preparer.setDrawsGlyphs(true);
    QSignalSpy done(&preparer, &FontPreparer::done);
    QList<int> drawnSeen;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const int drawn = int(preparer.drawnTexts().size());
        if (drawnSeen.isEmpty() || drawnSeen.constLast() != drawn)
            drawnSeen << drawn;
    });
    ticker.start(0);
    preparer.addTexts(texts);
    QCOMPARE(preparer.pendingCount(), 2);
    preparer.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(preparer.drawnTexts(), texts);
    QCOMPARE(drawnSeen, (QList<int>{0, 1, 2}));

    // Not drawn for a hardware scene graph: its text does not come from that cache.
    FontPreparer hardware;
    hardware.setDrawsGlyphs(false);
    QSignalSpy hardwareDone(&hardware, &FontPreparer::done);
    hardware.addTexts(texts);
    QCOMPARE(hardware.pendingCount(), 0);
    hardware.start();
    QVERIFY(hardwareDone.wait(10000));
    QVERIFY(hardware.drawnTexts().isEmpty());
}

// Typography::homeCardTexts names each text of Home's session cards in the font the card
// shows it in: a card that changes a text or its font fails here.
void TestTypography::homeCardTextsAreTheCards()
{
    test::TestEnv env;
    AppController* controller = env.newController();
    env.addSession(controller, 30, 1, {QVariantMap{{"hours", 6}, {"intensity", 4}}});
    env.addSession(controller, 5, 0, {QVariantMap{{"hours", 1}, {"intensity", 2}}});
    env.addSession(controller, 400, 2);
    const QList<ShownText> expected = Typography::homeCardTexts(*controller, 8);

    QQmlApplicationEngine engine;
    QQuickWindow* window = showMain(engine, controller);
    QVERIFY(window);
    auto* list = window->findChild<QQuickItem*>(QStringLiteral("sessionList"));
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), 3);

    // The cards: the list's delegates, not its footer (the technique cards).
    QList<QQuickItem*> items = list->property("contentItem").value<QQuickItem*>()->childItems();
    items.removeAll(list->property("footerItem").value<QQuickItem*>());
    QStringList shown;
    QStringList missing;
    while (!items.isEmpty()) {
        QQuickItem* item = items.takeFirst();
        if (!item->isVisible())
            continue;
        const QString text = item->property("text").toString();
        if (item->inherits("QQuickText") && !text.isEmpty()) {
            shown << text;
            const QFont font = item->property("font").value<QFont>();
            const bool listed =
                std::any_of(expected.cbegin(), expected.cend(), [&](const ShownText& t) {
                    return t.text == text && t.font.pixelSize() == font.pixelSize() &&
                           t.font.weight() == font.weight() &&
                           QFontInfo(t.font).family() == QFontInfo(font).family();
                });
            if (!listed)
                missing << QStringLiteral("\"%1\": %2").arg(text, describe(font));
        }
        items << item->childItems();
    }
    QCOMPARE(shown.size(), int(expected.size()));
    // Three cards of four texts, and at least one next check-in.
    QVERIFY2(shown.size() > 12, qPrintable(shown.join(QLatin1String(" | "))));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTypography)
#include "tst_typography.moc"
