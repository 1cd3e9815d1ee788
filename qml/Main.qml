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
    // Pages other than Home are pushed by URL, so that their types and imports
    // (Dialogs, Shapes, ...) load when first shown, not before the first frame. Nothing
    // here names a page's type (no `as SessionPage`): that would load it at start-up.
    function pushNewSession(form: NewSessionForm) {
        const page = stack.push(Qt.resolvedUrl("NewSessionPage.qml"), { form: form }, operation)
        page.saved.connect(sessionId => window.pushSession(sessionId, true))
    }
    // Returns the page (untyped, see above).
    function pushSession(sessionId, replace) {
        const url = Qt.resolvedUrl("SessionPage.qml")
        const props = { details: controller.sessionDetails(sessionId) }
        const page = replace ? stack.replace(url, props, operation)
                             : stack.push(url, props, operation)
        page.checkInRequested.connect(id => window.pushCheckIn(window.controller.checkInForm(id), false, page))
        page.editRequested.connect(form => window.pushCheckIn(form, false, page))
        page.warningSignsRequested.connect(form => window.pushCheckIn(form, true, page))
        page.exportRequested.connect(id => window.pushExport(id, false))
        page.editSessionRequested.connect(id => window.pushEditSession(id))
        page.removeRequested.connect(id => {
            if (window.controller.removeSession(id))
                window.openHome()
        })
        return page
    }
    // The session's own page is below: saving goes back to it, and it shows the changes.
    function pushEditSession(sessionId: string) {
        const form = controller.editSessionForm(sessionId)
        if (!form)
            return
        const page = stack.push(Qt.resolvedUrl("NewSessionPage.qml"), { form: form }, operation)
        page.saved.connect(() => stack.pop(window.operation))
    }
    // Over `sessionPage`, which offers to undo a quick "No soreness" once it is back.
    function pushCheckIn(form, opensWarningSigns, sessionPage) {
        const page = stack.push(Qt.resolvedUrl("CheckInPage.qml"),
                                { form: form, opensWarningSigns: opensWarningSigns }, operation)
        page.finished.connect(done => {
            if (done.resultUrgent) {
                window.showUrgent(done)
            } else {
                stack.pop(window.operation)
                if (done.savedNoSoreness)
                    sessionPage.offerUndoOfSave(done)
            }
        })
    }
    // In place of the check-in page: what to do now, with the emergency number.
    function showUrgent(form: CheckInForm) {
        const urgent = stack.replace(Qt.resolvedUrl("UrgentPage.qml"),
                                     { form: form, emergencyCall: controller.emergencyCall() },
                                     operation)
        urgent.acknowledged.connect(() => stack.pop(window.operation))
    }
    function pushExport(sessionId: string, choosingFile: bool) {
        stack.push(Qt.resolvedUrl("ExportPage.qml"),
                   { form: controller.exportForm(sessionId), choosesFileAtStart: choosingFile },
                   operation)
    }
    function pushSettings() {
        const page = stack.push(Qt.resolvedUrl("SettingsPage.qml"), { controller: controller },
                                operation)
        page.exportRequested.connect(() => window.pushExport("", false))
        page.backupRequested.connect(() => window.pushBackup())
        page.sessionCardRequested.connect(() => window.pushSessionCard())
    }
    function pushSessionCard() {
        const page = stack.push(Qt.resolvedUrl("SessionCardPage.qml"),
                                { form: controller.sessionCardForm() }, operation)
        page.showCodeRequested.connect(link => stack.push(Qt.resolvedUrl("SessionCardCodePage.qml"),
                                                         { link: link }, window.operation))
        return page
    }
    function pushBackup() {
        stack.push(Qt.resolvedUrl("BackupPage.qml"), { controller: controller }, operation)
    }
    function openNewSession() {
        openHome()
        pushNewSession(controller.newSessionForm())
    }
    // A therapist's session card: New session filled in from it, or what is wrong with it.
    // Nothing is saved until the person saves.
    function openLink(link: string) {
        if (!controller.ready)
            return
        const form = controller.newSessionForm()
        openHome()
        if (form.applyLink(link))
            pushNewSession(form)
        else
            stack.push(Qt.resolvedUrl("LinkProblemPage.qml"),
                       { problem: form.linkProblem, detail: form.linkProblemDetail }, operation)
    }
    function openSession(sessionId: string) {
        openHome()
        pushSession(sessionId, false)
    }
    function openCheckIn(sessionId: string): CheckInForm {
        openHome()
        const form = controller.checkInForm(sessionId)
        pushCheckIn(form, false, pushSession(sessionId, false))
        return form
    }
    // Empty id: all sessions.
    function openExport(sessionId: string, choosingFile: bool) {
        if (sessionId !== "")
            openSession(sessionId)
        else
            openSettings()
        pushExport(sessionId, choosingFile)
    }
    function openSettings() {
        openHome()
        pushSettings()
    }
    // Pages by name, as the screenshots and the command line ask for them.
    function showPage(name: string, sessionId: string): bool {
        switch (name) {
        case "home": openHome(); return true
        case "new-session": openNewSession(); return true
        case "settings": openSettings(); return true
        case "backup":
            openSettings()
            pushBackup()
            return true
        case "session-card":
            openSettings()
            pushSessionCard()
            return true
        case "session-card-code": {
            openSettings()
            const cardPage = pushSessionCard()
            cardPage.showCodeRequested(cardPage.form.link)
            return true
        }
        case "export":
            openExport(controller.hasSession(sessionId) ? sessionId : "", false)
            return true
        case "file-chooser": // where "Save as…" on the export page leads
            openExport(controller.hasSession(sessionId) ? sessionId : "", true)
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
        case "urgent": { // the screenshot tour: a cauda equina sign, shown but not saved
            if (!controller.hasSession(sessionId))
                return false
            const form = openCheckIn(sessionId)
            form.setRedFlag("saddle-numbness", true)
            if (!form.preview() || !form.resultUrgent)
                return false
            showUrgent(form)
            return true
        }
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
        if (controller.startLink !== "") {
            openLink(controller.startLink)
            return
        }
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
        // Handed over by a later start: show it here and come to the front.
        function onLinkOpened(link: string) {
            window.openLink(link)
            window.raise()
            window.requestActivate()
        }
    }

    // The explanation of an unusable log is loaded from its file only when it is needed,
    // so that a normal start neither compiles it nor loads the modules it uses.
    Loader {
        id: problemLoader
        anchors.fill: parent

        function update() {
            if (!window.controller.ready && status === Loader.Null)
                setSource("DatabaseProblem.qml", { controller: window.controller })
        }

        Component.onCompleted: update()
        Connections {
            target: window.controller
            function onReadyChanged() {
                problemLoader.update()
            }
        }
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
}
