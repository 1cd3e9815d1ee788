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
        compare(find("reminderAgent", settings).text,
                "Reminders are not running: nothing will remind you to check in.")
        verify(find("turnOnRemindersButton", settings).visible)
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

    // With the agent not running, a button turns reminders on (through the fake
    // platform setup) and says what it did.
    function test_turnRemindersOn() {
        const c = TestEnv.newController()
        openApp(c)
        expectPage("home")
        click("settingsButton")
        const settings = expectPage("settings")
        compare(find("turnOnMessage", settings).visible, false)
        compare(TestEnv.reminderSetupCalls(c).length, 0)
        click("turnOnRemindersButton")
        const message = find("turnOnMessage", settings)
        verify(message.visible)
        compare(message.text, "Reminders are on: they will run after you restart too.")
        compare(find("turnOnRemindersButton", settings).visible, false)
        compare(find("reminderAgentAdvice", settings).visible, false)
        const calls = TestEnv.reminderSetupCalls(c)
        compare(calls.length, 1)
        // The agent of this data folder.
        compare(calls[0][0], "--data-dir")
        compare(calls[0].slice(2), ["reminders", "run"])
    }

    // How often: combo boxes in words; a choice is stored as the number the agent reads.
    function test_reminderIntervalsInWords() {
        const c = TestEnv.newController()
        openApp(c)
        expectPage("home")
        click("settingsButton")
        const settings = expectPage("settings")
        compare(find("firstPromptMinutesBox", settings).displayText, "1 hour after the session")
        compare(find("hourlyIntervalMinutesBox", settings).displayText, "Every hour")
        compare(find("hourlyUntilHoursBox", settings).displayText, "Until 24 hours after the session")
        compare(find("taperIntervalMinutesBox", settings).displayText, "Every 4 hours")
        compare(find("taperUntilHoursBox", settings).displayText, "Until 3 days after the session")
        compare(find("dailyIntervalMinutesBox", settings).displayText, "Daily")
        const stop = find("stopAfterHoursBox", settings)
        compare(stop.displayText, "Stop after 7 days")

        // One step down with the keyboard: ten days.
        reveal(stop, stop.height / 2)
        stop.forceActiveFocus()
        keyClick(Qt.Key_Down)
        tryCompare(stop, "displayText", "Stop after 10 days")
        compare(TestEnv.setting(c, "reminders.stopAfterHours"), "240")

        // A choice that does not fit (hourly past the taper) is refused and shown back.
        const until = find("hourlyUntilHoursBox", settings)
        reveal(until, until.height / 2)
        until.forceActiveFocus()
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Down) // 36, 48, 72, 96 hours: past the taper's 72
        tryCompare(until, "displayText", "Until 3 days after the session")
        compare(TestEnv.setting(c, "reminders.hourlyUntilHours"), "72")
        verify(find("reminderError", settings).visible)
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
