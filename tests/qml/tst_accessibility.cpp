// Walks the item tree of every page of the real window and fails on an
// interactive control that a screen reader could not name: buttons, item
// delegates, switches, check boxes, radio buttons, text fields and areas,
// sliders, spin boxes, combo boxes, and any item that takes taps itself
// (a MouseArea or a TapHandler, such as a chip or a body region).
#include "appcontroller.h"
#include "checkinform.h"
#include "dialer/fakedialer.h"
#include "newsessionform.h"

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

private:
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
    AppController controller(dir.path());
    controller.setDialer(&dialer);
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
