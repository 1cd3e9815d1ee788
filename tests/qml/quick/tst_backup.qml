import QtQuick
import QtTest
import Aftercare.Models
import AftercareTest

// The "Back up and restore" page on its own (the window reaches it from
// Settings): back up a log, restore it into an empty one with a tap on
// Restore, and see the sessions list follow. The file dialogs' answers are
// given directly, as the export tests do.
Item {
    id: root
    width: 412
    height: 915

    TestCase {
        id: testCase
        name: "Backup"
        when: windowShown

        function openPage(c: AppController) {
            const component = Qt.createComponent("qrc:/Aftercare/BackupPage.qml")
            verify(component.status === Component.Ready, component.errorString())
            const page = createTemporaryObject(component, root,
                                               { controller: c, width: root.width, height: root.height })
            verify(page, "BackupPage.qml did not load")
            waitForRendering(page)
            return page
        }

        function named(page, name: string) {
            const item = findChild(page, name)
            verify(item, "no item named " + name)
            return item
        }

        function test_backUpAndRestore() {
            const source = TestEnv.newController()
            TestEnv.addSession(source, 30, 2, [{ hours: 2, intensity: 4 }, { hours: 20, intensity: 6 }])
            TestEnv.addSession(source, 10, 0, [{ hours: 1, intensity: 3 }])

            const backup = openPage(source)
            compare(backup.pageName, "backup")
            verify(named(backup, "backupButton").enabled)
            compare(named(backup, "backupOpenFolder").visible, false)
            const file = TestEnv.tempFileUrl("backup.json")
            verify(backup.backUpTo(file))
            tryCompare(named(backup, "backupText"), "text", "Backed up 2 sessions and 3 check-ins to backup.json in "
                       + file.toString().slice(7, -"/backup.json".length) + ".")
            verify(named(backup, "backupOpenFolder").visible)
            compare(named(backup, "backupError").visible, false)
            verify(TestEnv.fileStart(file, 1) === "{")

            const target = TestEnv.newController()
            compare(target.sessions.rowCount(), 0)
            const restore = openPage(target)
            compare(named(restore, "backupButton").enabled, false)
            compare(named(restore, "restoreButton").visible, false)
            verify(restore.chooseRestoreFile(file))
            const preview = named(restore, "restorePreview")
            tryVerify(() => preview.visible)
            compare(preview.text, "In this backup: 2 sessions, 3 check-ins; adds 2 sessions and 3 check-ins.")
            compare(target.sessions.rowCount(), 0) // a preview writes nothing

            const button = named(restore, "restoreButton")
            tryVerify(() => button.visible && button.width > 0)
            mouseClick(button)
            const result = named(restore, "restoreResult")
            tryVerify(() => result.visible)
            compare(result.text, "Restored 2 sessions and 3 check-ins.")
            compare(button.visible, false)
            compare(target.sessions.rowCount(), 2)
            verify(named(restore, "backupButton").enabled)
        }

        function test_unreadableFileChangesNothing() {
            const target = TestEnv.newController()
            TestEnv.addSession(target, 5, 0, [])
            const page = openPage(target)
            verify(!page.chooseRestoreFile(TestEnv.tempFileUrl("missing.json")))
            const error = named(page, "restoreError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("could not be read") >= 0, error.text)
            compare(named(page, "restoreButton").visible, false)
            compare(target.sessions.rowCount(), 1)
        }
    }
}
