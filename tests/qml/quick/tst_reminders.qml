import QtQuick
import QtTest
import AftercareTest

// Reminders in the window: the Settings page's health panel and settings, and
// the banner of a check-in prompt that is due.
AppTestCase {
    name: "Reminders"

    function test_settingsPanelShowsHealthAndWritesQuietHours() {
        const c = TestEnv.demoController()
        openApp(c)
        expectPage("home")
        click("settingsButton")
        const settings = expectPage("settings")

        // No agent runs in the tests.
        compare(find("reminderAgent", settings).text, "The reminder agent is not running.")
        verify(find("reminderAgentAdvice", settings).text.indexOf("aftercare reminders run") >= 0)
        // The demo session has its next prompt planned.
        const next = find("reminderNext", settings).value
        verify(next !== "" && next !== "None planned", "next prompt: " + next)
        verify(find("reminderServer", settings).text !== "")
        click("refreshRemindersButton")

        // Quiet hours: choose the next start time with the keyboard.
        compare(TestEnv.setting(c, "reminders.quietHours.start"), "")
        const start = find("quietStart", settings)
        compare(start.currentText, "22:00")
        reveal(start, start.height / 2)
        start.forceActiveFocus()
        keyClick(Qt.Key_Down)
        tryCompare(start, "currentText", "22:30")
        compare(TestEnv.setting(c, "reminders.quietHours.start"), "22:30")
        verify(find("reminderQuiet", settings).text.indexOf("22:30") >= 0)

        click("snooze-60")
        compare(TestEnv.setting(c, "reminders.snoozeMinutes"), "60")
        click("quietHoursEnabled")
        compare(TestEnv.setting(c, "reminders.quietHours.enabled"), "false")
        compare(find("reminderQuiet", settings).text, "No quiet hours: reminders may come at any time.")
    }

    function test_duePromptBannerOnHomeAndSession() {
        const c = TestEnv.newController()
        // Whatever the time of day the tests run at.
        TestEnv.setSetting(c, "reminders.quietHours.enabled", "false")
        const id = TestEnv.addSession(c, 4, 2) // ended 3 h ago, no check-in yet
        openApp(c)
        const home = expectPage("home")
        const banner = find("promptBanner", home)
        verify(banner.visible)
        const card = find("sessionList", home).itemAtIndex(0)
        compare(findChild(card, "nextCheckIn").text, "Check-in due now")

        click("logNowButton", banner)
        expectPage("check-in")
        back()
        const session = expectPage("session")
        verify(find("promptBanner", session).visible)
        click("logNowButton", find("promptBanner", session))
        expectPage("check-in")
    }

    function test_noBannerWithoutDuePrompt() {
        const c = TestEnv.newController()
        TestEnv.setSetting(c, "reminders.quietHours.enabled", "false")
        TestEnv.addSession(c, 0, 2) // ends in an hour: the first prompt is later
        openApp(c)
        const home = expectPage("home")
        compare(find("promptBanner", home).visible, false)
        const card = find("sessionList", home).itemAtIndex(0)
        verify(findChild(card, "nextCheckIn").text.startsWith("Next check-in: "))
        tryVerify(() => findChild(home, "techniqueCards") !== null)
        compare(find("techniqueCards", home).visible, false)
    }
}
