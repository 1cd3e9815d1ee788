// Walks the item tree of every page of the real window and fails on an
// interactive control that a screen reader could not name: buttons, item
// delegates, switches, check boxes, radio buttons, text fields and areas,
// sliders, spin boxes, combo boxes, and any item that takes taps itself
// (a MouseArea or a TapHandler, such as a chip or a body region).
#include "appcontroller.h"
#include "autostart/fakeremindersetup.h"
#include "checkinform.h"
#include "dialer/fakedialer.h"
#include "newsessionform.h"
#include "notifications/fakenotifier.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QDeadlineTimer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Aftercare_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Aftercare_ItemsPlugin)
Q_IMPORT_QML_PLUGIN(AftercarePlugin)

using namespace aftercare;

namespace {

const char* const controlClasses[] = {"QQuickAbstractButton", "QQuickTextField", "QQuickTextArea",
                                      "QQuickSlider",         "QQuickSpinBox",   "QQuickComboBox",
                                      "QQuickRangeSlider",    "QQuickDial"};

bool isControl(const QObject* item)
{
    for (const char* name : controlClasses) {
        if (item->inherits(name))
            return true;
    }
    return false;
}

bool takesTaps(const QQuickItem* item)
{
    if (item->inherits("QQuickMouseArea"))
        return item->isEnabled();
    const QObjectList children = item->children();
    return std::any_of(children.cbegin(), children.cend(), [](const QObject* child) {
        return child->inherits("QQuickTapHandler") && child->property("enabled").toBool();
    });
}

// The Accessible attached object is a child of its item.
QString accessibleName(const QObject* item)
{
    const QObjectList children = item->children();
    for (const QObject* child : children) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child->property("name").toString();
    }
    return {};
}

// By the item tree: Repeater's delegates are not QObject children of the window.
QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem*> children = root->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QString describe(const QQuickItem* item)
{
    QString text = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(item->objectName());
    const QVariant label = item->property("text");
    if (label.isValid() && !label.toString().isEmpty())
        text += QStringLiteral(" text=\"%1\"").arg(label.toString());
    return text;
}

void collect(const QQuickItem* item, QStringList* problems, int* checked)
{
    if (!item->isVisible())
        return;
    const bool control = isControl(item);
    if (control || takesTaps(item)) {
        ++*checked;
        const QQuickItem* named = item;
        // A MouseArea is named through the item it makes tappable.
        if (item->inherits("QQuickMouseArea") && accessibleName(item).isEmpty() &&
            item->parentItem())
            named = item->parentItem();
        if (accessibleName(named).trimmed().isEmpty())
            *problems << describe(item);
    }
    // A control's own parts (a combo box's text field, a spin box's buttons)
    // are named by the control.
    if (control)
        return;
    const QList<QQuickItem*> children = item->childItems();
    for (const QQuickItem* child : children)
        collect(child, problems, checked);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPage_data();
    void everyPage();
    void databaseProblem();
    void walkFindsUnnamedControls();
    void frontAndBackRegionsAreNamedApart();
    void painScaleIsASlider();
    void newSessionButtonSaysWhatItShows();

private:
    // The real window on `page` of a log with the demo session, in `engine`.
    QQuickWindow* open(QQmlApplicationEngine* engine, AppController* controller,
                       const QString& page);
    QStringList walk(QQuickWindow* window, int* checked);
    QQuickItem* currentPage(QQuickWindow* window);
};

void TestAccessibility::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

QQuickItem* TestAccessibility::currentPage(QQuickWindow* window)
{
    auto* stack = window->findChild<QQuickItem*>(QStringLiteral("stack"));
    if (!stack)
        return nullptr;
    QDeadlineTimer deadline(5000);
    while (stack->property("busy").toBool() && !deadline.hasExpired())
        QTest::qWait(20);
    return stack->property("currentItem").value<QQuickItem*>();
}

QStringList TestAccessibility::walk(QQuickWindow* window, int* checked)
{
    QStringList problems;
    collect(window->contentItem(), &problems, checked);
    return problems;
}

void TestAccessibility::everyPage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("withData");
    QTest::newRow("home, empty") << "home" << false;
    QTest::newRow("home") << "home" << true;
    QTest::newRow("new-session") << "new-session" << true;
    QTest::newRow("session") << "session" << true;
    QTest::newRow("check-in") << "check-in" << true;
    QTest::newRow("settings") << "settings" << true;
    QTest::newRow("backup") << "backup" << true;
    QTest::newRow("export") << "export" << true;
    QTest::newRow("urgent") << "urgent" << true;
    // Opened from a therapist's session card: New session filled in, or what is wrong.
    QTest::newRow("session card") << "card" << true;
    QTest::newRow("link-problem") << "link-problem" << true;
    // For therapists: the session-card form and its code full screen.
    QTest::newRow("session-card") << "session-card" << true;
    QTest::newRow("session-card-code") << "session-card-code" << true;
}

void TestAccessibility::everyPage()
{
    QFETCH(QString, page);
    QFETCH(bool, withData);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A dialer that can call: the urgent page's call button is walked too.
    platform::FakeDialer dialer(true);
    platform::FakeNotifier notifier;
    platform::FakeReminderSetup reminderSetup;
    AppController controller(dir.path());
    controller.setDialer(&dialer);
    controller.setReminderServices([&notifier, &reminderSetup] {
        return AppController::ReminderServices{&notifier, &reminderSetup};
    });
    QVERIFY(controller.open().ok());
    controller.setAnimations(false);
    if (withData)
        QVERIFY(controller.addDemoSessionIfEmpty());

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    const QString id = controller.newestSessionId();
    if (page == QLatin1String("card"))
        controller.openLink(QStringLiteral("aftercare:session?v=1&therapist=Anna&advice=Rest"));
    else if (page == QLatin1String("link-problem"))
        controller.openLink(QStringLiteral("aftercare:session?v=2"));
    else
        controller.navigate(page == QLatin1String("urgent") ? QStringLiteral("check-in") : page,
                            id);
    QQuickItem* shown = currentPage(window);
    QVERIFY(shown);

    // Open the parts a person opens: a selected region shows the rating,
    // the qualities and the buttons that go with them.
    if (page == QLatin1String("check-in") || page == QLatin1String("urgent")) {
        auto* form = QQmlProperty::read(shown, QStringLiteral("form")).value<CheckInForm*>();
        QVERIFY(form);
        form->selectRegion(QStringLiteral("lower-back"));
        for (const char* folded : {"moreSection", "warningSection"}) {
            auto* section = shown->findChild<QQuickItem*>(QLatin1String(folded));
            QVERIFY2(section, folded);
            section->setProperty("expanded", true);
        }
        if (page == QLatin1String("urgent")) {
            form->setIntensity(3);
            form->setRedFlag(QStringLiteral("breathlessness"), true);
            auto* save = shown->findChild<QQuickItem*>(QStringLiteral("saveCheckInButton"));
            QVERIFY(save);
            QMetaObject::invokeMethod(save, "clicked");
            shown = currentPage(window);
            QCOMPARE(shown->property("pageName").toString(), QStringLiteral("urgent"));
        }
    } else if (page == QLatin1String("new-session")) {
        auto* form = QQmlProperty::read(shown, QStringLiteral("form")).value<NewSessionForm*>();
        QVERIFY(form);
        form->selectRegion(QStringLiteral("neck"));
        form->setScreeningAnswer(QStringLiteral("pregnancy"), true);
    }
    QCOMPARE(shown->property("pageName").toString(),
             page == QLatin1String("card") ? QStringLiteral("new-session") : page);
    QTest::qWait(50);

    int checked = 0;
    const QStringList problems = walk(window, &checked);
    QVERIFY2(checked >= 1, "the walk found no interactive controls: the tree was not searched");
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name on %1:\n  %2")
                            .arg(page, problems.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::databaseProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("aftercare.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("garbage, not a database ").repeated(100));
    file.close();
    AppController controller(dir.path());
    QVERIFY(!controller.open().ok());

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    int checked = 0;
    const QStringList problems = walk(window, &checked);
    QVERIFY(checked >= 2);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QQuickWindow* TestAccessibility::open(QQmlApplicationEngine* engine, AppController* controller,
                                      const QString& page)
{
    if (!controller->open().ok() || !controller->addDemoSessionIfEmpty())
        return nullptr;
    controller->setAnimations(false);
    engine->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller)}});
    engine->load(QUrl(QStringLiteral("qrc:/Aftercare/Main.qml")));
    if (engine->rootObjects().size() != 1)
        return nullptr;
    auto* window = qobject_cast<QQuickWindow*>(engine->rootObjects().constFirst());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    controller->navigate(page, controller->newestSessionId());
    QQuickItem* shown = currentPage(window);
    if (!shown || shown->property("pageName").toString() != page)
        return nullptr;
    return window;
}

// The head, neck, shoulders, arms and feet are drawn on both figures: a screen reader
// says which one. A region on one figure only keeps its plain name.
void TestAccessibility::frontAndBackRegionsAreNamedApart()
{
    QTemporaryDir dir;
    AppController controller(dir.path());
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(&engine, &controller, QStringLiteral("check-in"));
    QVERIFY(window);
    auto name = [&](const QString& objectName) {
        QQuickItem* item = findItem(window->contentItem(), objectName);
        return item ? accessibleName(item) : QString();
    };
    for (const char* region : {"head", "neck", "shoulder-left", "arm-left", "foot-left"}) {
        const QString front = name(QStringLiteral("region-front-") + QLatin1String(region));
        const QString back = name(QStringLiteral("region-back-") + QLatin1String(region));
        QVERIFY2(!front.isEmpty() && !back.isEmpty(), region);
        QVERIFY2(front != back, qPrintable(front));
        QVERIFY2(front.contains(QStringLiteral("front"), Qt::CaseInsensitive), qPrintable(front));
        QVERIFY2(back.contains(QStringLiteral("back"), Qt::CaseInsensitive), qPrintable(back));
    }
    QCOMPARE(name(QStringLiteral("region-front-head")), QStringLiteral("Front view, Head"));
    QCOMPARE(name(QStringLiteral("region-back-foot-left")), QStringLiteral("Back view, Left foot"));
    QCOMPARE(name(QStringLiteral("region-front-chest")), QStringLiteral("Chest"));
    QVERIFY(
        name(QStringLiteral("region-back-lower-back")).startsWith(QStringLiteral("Lower back")));
}

// The pain scale is a slider from 0 to 10 to a screen reader, with the chosen value,
// and its increase and decrease actions move it.
void TestAccessibility::painScaleIsASlider()
{
    QAccessible::setActive(true);
    QTemporaryDir dir;
    AppController controller(dir.path());
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(&engine, &controller, QStringLiteral("check-in"));
    QVERIFY(window);
    auto* form =
        QQmlProperty::read(currentPage(window), QStringLiteral("form")).value<CheckInForm*>();
    QVERIFY(form);
    form->selectRegion(QStringLiteral("lower-back"));
    form->setIntensity(3);
    auto* scale = window->findChild<QQuickItem*>(QStringLiteral("painScale"));
    QVERIFY(scale);
    QTRY_VERIFY(scale->isVisible());

    QAccessibleInterface* slider = QAccessible::queryAccessibleInterface(scale);
    QVERIFY(slider);
    QCOMPARE(slider->role(), QAccessible::Slider);
    QVERIFY(slider->text(QAccessible::Name).contains(QStringLiteral("Lower back")));
    QAccessibleValueInterface* value = slider->valueInterface();
    QVERIFY2(value, "the pain scale has no value for a screen reader");
    QCOMPARE(value->currentValue().toInt(), 3);
    QCOMPARE(value->minimumValue().toInt(), 0);
    QCOMPARE(value->maximumValue().toInt(), 10);

    QAccessibleActionInterface* actions = slider->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::increaseAction()));
    actions->doAction(QAccessibleActionInterface::increaseAction());
    QCOMPARE(form->property("selectedIntensity").toInt(), 4);
    QCOMPARE(value->currentValue().toInt(), 4);
    actions->doAction(QAccessibleActionInterface::decreaseAction());
    actions->doAction(QAccessibleActionInterface::decreaseAction());
    QCOMPARE(form->property("selectedIntensity").toInt(), 2);
    QAccessible::setActive(false);
}

// Home's New session button is called what it shows, so that a person using voice
// control or a screen reader and a sighted helper use the same words.
void TestAccessibility::newSessionButtonSaysWhatItShows()
{
    QTemporaryDir dir;
    AppController controller(dir.path());
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(&engine, &controller, QStringLiteral("home"));
    QVERIFY(window);
    auto* button = window->findChild<QQuickItem*>(QStringLiteral("newSessionButton"));
    QVERIFY(button);
    QStringList shown;
    const QList<QObject*> texts = button->findChildren<QObject*>();
    for (const QObject* text : texts) {
        if (text->inherits("QQuickText") && !text->property("text").toString().isEmpty())
            shown << text->property("text").toString();
    }
    QCOMPARE(shown, QStringList{QStringLiteral("New session")});
    QCOMPARE(accessibleName(button), shown.join(QLatin1Char(' ')));
}

// The walk itself: it must report what it is meant to catch.
void TestAccessibility::walkFindsUnnamedControls()
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import QtQuick.Controls
        Window {
            visible: true
            width: 200; height: 400
            Column {
                Button { text: "implicit only" }
                Button { text: "named"; Accessible.name: text }
                Rectangle { width: 20; height: 20; TapHandler {} }
                Rectangle { width: 20; height: 20; Accessible.name: "chip"; TapHandler {} }
                Rectangle { width: 20; height: 20; MouseArea { anchors.fill: parent } }
                ComboBox { model: ["a"]; Accessible.name: "combo" }
                CheckBox { visible: false }
                Label { text: "plain text" }
            }
        }
    )",
                      QUrl(QStringLiteral("inline.qml")));
    std::unique_ptr<QObject> root(component.create());
    QVERIFY2(root, qPrintable(component.errorString()));
    auto* window = qobject_cast<QQuickWindow*>(root.get());
    QVERIFY(window);
    int checked = 0;
    const QStringList problems = walk(window, &checked);
    QCOMPARE(checked, 6);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(QStringLiteral("implicit only")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
