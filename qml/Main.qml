pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Aftercare.Models

// The window: a stack of pages, each with its tool bar. Every page gets the
// C++ object it works with from the controller; nothing else reaches QML.
ApplicationWindow {
    id: window

    required property AppController controller
    // Set when the window was asked for something it cannot show (an unknown session).
    property string startNotice

    readonly property int operation: controller.animations ? StackView.Transition : StackView.Immediate

    function openHome() {
        if (stack.depth > 1)
            stack.pop(null, operation)
    }
    function openNewSession() {
        openHome()
        stack.push(newSessionPage, { form: controller.newSessionForm() }, operation)
    }
    function openSession(sessionId: string) {
        openHome()
        stack.push(sessionPage, { details: controller.sessionDetails(sessionId) }, operation)
    }
    function openCheckIn(sessionId: string) {
        openSession(sessionId)
        stack.push(checkInPage, { form: controller.checkInForm(sessionId) }, operation)
    }
    // Empty id: all sessions.
    function openExport(sessionId: string) {
        if (sessionId !== "")
            openSession(sessionId)
        else
            openSettings()
        stack.push(exportPage, { form: controller.exportForm(sessionId) }, operation)
    }
    function openSettings() {
        openHome()
        stack.push(settingsPage, {}, operation)
    }
    // Pages by name, as the screenshots and the command line ask for them.
    function showPage(name: string, sessionId: string): bool {
        switch (name) {
        case "home": openHome(); return true
        case "new-session": openNewSession(); return true
        case "settings": openSettings(); return true
        case "backup":
            openSettings()
            stack.push(backupPage, {}, operation)
            return true
        case "export":
            openExport(controller.hasSession(sessionId) ? sessionId : "")
            return true
        case "session":
            if (!controller.hasSession(sessionId))
                return false
            openSession(sessionId)
            return true
        case "check-in":
            if (!controller.hasSession(sessionId))
                return false
            openCheckIn(sessionId)
            return true
        }
        return false
    }

    width: 412
    height: 915
    minimumWidth: 360
    minimumHeight: 640
    visible: true
    title: qsTr("Aftercare")

    Material.theme: controller.theme === AppController.Dark ? Material.Dark
                  : controller.theme === AppController.Light ? Material.Light : Material.System
    Material.primary: Material.Teal
    // Dark enough for white text on highlighted buttons in both themes.
    Material.accent: "#00796b"

    Component.onCompleted: {
        const id = controller.startCheckInSession
        if (id === "" || !controller.ready)
            return
        if (controller.hasSession(id))
            openCheckIn(id)
        else
            startNotice = qsTr("There is no session “%1” in your log, so there is nothing to check in on. Choose a session below.").arg(id)
    }

    Connections {
        target: window.controller
        function onNavigationRequested(page: string, sessionId: string) {
            window.showPage(page, sessionId)
        }
    }

    DatabaseProblem {
        objectName: "databaseProblem"
        anchors.fill: parent
        visible: !window.controller.ready
        controller: window.controller
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        visible: window.controller.ready
        initialItem: homePage
    }

    Component {
        id: homePage
        HomePage {
            controller: window.controller
            notice: window.startNotice
            showsSettingsButton: true
            onSettingsRequested: window.openSettings()
            onSessionChosen: sessionId => window.openSession(sessionId)
            onNewSessionRequested: window.openNewSession()
            onCheckInRequested: sessionId => window.openCheckIn(sessionId)
        }
    }

    Component {
        id: newSessionPage
        NewSessionPage {
            onSaved: sessionId => stack.replace(sessionPage,
                                                { details: window.controller.sessionDetails(sessionId) },
                                                window.operation)
        }
    }

    Component {
        id: sessionPage
        SessionPage {
            onCheckInRequested: sessionId => stack.push(checkInPage,
                                                        { form: window.controller.checkInForm(sessionId) },
                                                        window.operation)
            onEditRequested: form => stack.push(checkInPage, { form: form }, window.operation)
            onExportRequested: sessionId => stack.push(exportPage,
                                                       { form: window.controller.exportForm(sessionId) },
                                                       window.operation)
        }
    }

    Component {
        id: checkInPage
        CheckInPage {
            onFinished: form => {
                if (form.resultUrgent)
                    stack.replace(urgentPage, { form: form }, window.operation)
                else
                    stack.pop(window.operation)
            }
        }
    }

    Component {
        id: urgentPage
        UrgentPage {
            onAcknowledged: stack.pop(window.operation)
        }
    }

    Component {
        id: settingsPage
        SettingsPage {
            controller: window.controller
            onExportRequested: stack.push(exportPage, { form: window.controller.exportForm("") },
                                          window.operation)
            onBackupRequested: stack.push(backupPage, {}, window.operation)
        }
    }

    Component {
        id: backupPage
        BackupPage {
            controller: window.controller
        }
    }

    Component {
        id: exportPage
        ExportPage {}
    }
}
