import QtQuick
import QtTest
import QtQuick.Controls
import Aftercare.Models
import AftercareTest

// A person using the real pages with clicks and keys; what lands in the
// database (a real SQLite file) is checked afterwards.
AppTestCase {
    name: "Flows"

    function openSession(c, id) {
        openApp(c)
        c.navigate("session", id)
        return expectPage("session")
    }

    function test_recordSessionWithBaselineAndScreening() {
        const c = TestEnv.newController()
        openApp(c)
        click("firstSessionButton")
        const p = expectPage("new-session")

        // Duration: two steps down from 60 with the keyboard.
        const duration = find("durationField", p)
        reveal(duration, 0)
        duration.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(p.form.durationMinutes, 50)

        // Technique: from "Other" up to "Deep tissue".
        const technique = find("techniqueField", p)
        technique.forceActiveFocus()
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Up)
        compare(p.form.technique, "deep-tissue")

        // Therapist's name, typed.
        click("therapistField")
        typeText("Sam")

        // Lower back on the back figure: worked on, pain 3 before.
        tapRegion("back", "lower-back")
        verify(find("selectedRegionPanel", p).visible)
        compare(p.form.selectedLabel, "Lower back")
        verify(find("workedSwitch", p).checked)
        click("step-3", find("baselineScale", p))
        click("regionDoneButton")

        // Left buttock: worked on, no pain before.
        tapRegion("back", "gluteal-left")
        click("regionDoneButton")

        // Screening: a slipped disc; its advice appears in plain words.
        const advice = find("advice-disc-herniation", p)
        compare(advice.visible, false)
        click("screening-disc-herniation")
        verify(advice.visible)
        compare(advice.text, "Tell your therapist: no vigorous work or spinal manipulation.")

        click("saveSessionButton")
        const session = expectPage("session")
        const stored = TestEnv.storedSession(c, session.details.sessionId)
        compare(stored.technique, "deep-tissue")
        compare(stored.durationMinutes, 50)
        compare(stored.therapist, "Sam")
        compare(stored.areasWorked, ["lower-back", "gluteal-left"])
        compare(stored.baseline, { "lower-back": 3 })
        compare(stored.screening, ["disc-herniation"])
        compare(stored.checkIns.length, 0)
        compare(find("statusBanner", session).title, TestEnv.statusTitle("insufficient-data"))

        // The home list shows it.
        back()
        compare(find("sessionList", expectPage("home")).count, 1)
    }

    // A therapist's session card: the form arrives filled in and marked, nothing is saved
    // until the person adds the pain before and saves; the session page shows the advice.
    function test_sessionCardFillsNewSession() {
        const c = TestEnv.newController()
        openApp(c)
        c.openLink("aftercare:session?v=1&duration=45&technique=deep-tissue&areas=neck"
                   + "&therapist=Zo%C3%AB&advice=Heat%20tonight%3B%20no%20lifting")
        const p = expectPage("new-session")
        verify(find("fromTherapistPanel", p).visible)
        compare(find("cardAdvice", p).text, "Heat tonight; no lifting")
        compare(find("therapistField", p).text, "Zoë")
        compare(find("durationField", p).value, 45)
        compare(find("techniqueField", p).currentText, "Deep tissue")
        compare(c.sessions.rowCount(), 0)

        tapRegion("front", "neck")
        click("step-4", find("baselineScale", p))
        click("regionDoneButton")
        click("screening-pregnancy")
        click("saveSessionButton")
        const session = expectPage("session")
        const stored = TestEnv.storedSession(c, session.details.sessionId)
        compare(stored.source, "session-card")
        compare(stored.advice, "Heat tonight; no lifting")
        compare(stored.therapist, "Zoë")
        compare(stored.areasWorked, ["neck"])
        compare(stored.baseline, { "neck": 4 })
        compare(stored.screening, ["pregnancy"])
        // The advice is shown near the top of the page, not buried under the check-ins.
        const advice = find("adviceText", session)
        verify(advice.visible)
        compare(advice.text, "Heat tonight; no lifting")
    }

    // A bad link: a page that says what is wrong; back leads home, and nothing was saved.
    function test_badSessionCardSaysWhatIsWrong() {
        const c = TestEnv.newController()
        openApp(c)
        c.openLink("aftercare:session?v=1&pressure=hard")
        const p = expectPage("link-problem")
        verify(find("linkProblem", p).text.indexOf("pressure that Aftercare does not know") >= 0)
        compare(find("linkProblemDetail", p).text, "pressure: unknown pressure \"hard\"")
        click("linkProblemDoneButton")
        expectPage("home")
        compare(c.sessions.rowCount(), 0)
    }

    // For therapists: from Settings to the form, typed in, then from the advice by keyboard
    // to "Show the code", which shows the form's link as a code full screen.
    function test_giveSessionCardByKeyboard() {
        const c = TestEnv.newController()
        openApp(c)
        c.navigate("settings", "")
        click("sessionCardButton", expectPage("settings"))
        const p = expectPage("session-card")
        click("cardTherapistField")
        typeText("Zoe")
        click("cardAdviceField")
        typeText("Heat tonight")
        compare(p.form.therapist, "Zoe")
        compare(p.form.advice, "Heat tonight")
        verify(p.form.link.indexOf("&therapist=Zoe&advice=Heat%20tonight") > 0, p.form.link)
        keyClick(Qt.Key_Tab)
        verify(find("showCodeButton", p).activeFocus, "Tab does not leave the advice")
        keyClick(Qt.Key_Space)
        const code = expectPage("session-card-code")
        compare(find("cardCode", code).text, p.form.link)
        verify(find("cardCode", code).valid)
        click("codeDoneButton", code)
        expectPage("session-card")
        compare(c.sessions.rowCount(), 0)
    }

    function test_logCheckInWithTwoRegionsAndQualities() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 2)
        openSession(c, id)
        click("logCheckInButton")
        const p = expectPage("check-in")

        tapRegion("back", "lower-back")
        click("step-6", find("painScale", p))
        click("quality-aching")
        click("quality-stiff")
        click("regionDoneButton")

        tapRegion("back", "gluteal-left")
        // Each area shows its own qualities: the lower back's are not ticked here.
        verify(!find("quality-aching", p).checked, "the lower back's aching shows on the buttock")
        click("step-4", find("painScale", p))
        click("quality-tender")
        verify(find("quality-tender", p).checked)
        click("regionDoneButton")
        tapRegion("back", "lower-back")
        verify(find("quality-aching", p).checked && !find("quality-tender", p).checked,
               "the lower back's qualities are not shown again")
        click("regionDoneButton")

        click("noteField")
        typeText("After gardening")
        click("saveCheckInButton")

        const session = expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 1)
        const symptoms = stored.checkIns[0].symptoms
        compare(symptoms.length, 2)
        const byRegion = {}
        for (const s of symptoms)
            byRegion[s.region] = s
        compare(byRegion["lower-back"].intensity, 6)
        compare(byRegion["lower-back"].qualities, ["aching", "stiff"])
        compare(byRegion["gluteal-left"].intensity, 4)
        compare(byRegion["gluteal-left"].qualities, ["tender"])
        compare(stored.checkIns[0].note, "After gardening")
        compare(stored.checkIns[0].redFlags, [])
        verify(findChild(session, "checkInSummary").text.indexOf("Lower back 6 (aching, stiff)") >= 0)
    }

    // One sore area and one other reaction, from the session page: at most 9 taps.
    function test_fullCheckInInNineTaps() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        let taps = 0
        const tap = name => { click(name); ++taps }
        tap("logCheckInButton")
        const p = expectPage("check-in")
        const more = find("moreSection", p)
        compare(more.expanded, false) // folded: a soreness-only check-in stays short
        tapRegion("back", "lower-back"); ++taps
        click("step-4", find("painScale", p)); ++taps
        tap("quality-aching")
        tap("moreSectionHeader")
        verify(more.expanded)
        tap("impact-a-little")
        tap("reaction-headache")
        compare(find("moreSectionHeader", p).Accessible.name,
                "Daily life and other effects. In the way of usual activities: A little, Headache")
        tap("saveCheckInButton")
        verify(taps <= 9, taps + " taps")

        expectPage("session")
        const saved = TestEnv.storedSession(c, id).checkIns[0]
        compare(saved.symptoms[0].region, "lower-back")
        compare(saved.symptoms[0].intensity, 4)
        compare(saved.impact, "a-little")
        compare(saved.reactions, ["headache"])
        compare(saved.benefits, [])
    }

    // What was done for it is asked about once, at the next check-in.
    function test_nextCheckInAsksWhetherSelfCareHelped() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        let p = expectPage("check-in")
        verify(!find("earlierSelfCarePanel", p).visible)
        p.form.at = new Date(Date.now() - 3600 * 1000) // an hour ago: the next one is now
        click("moreSectionHeader")
        click("selfCare-heat")
        click("benefit-relaxed")
        click("noSorenessButton")
        expectPage("session")
        compare(TestEnv.storedSession(c, id).checkIns[0].selfCare, [{ kind: "heat", helped: "" }])

        click("logCheckInButton")
        p = expectPage("check-in")
        verify(find("earlierSelfCarePanel", p).visible)
        const yes = click("helped-heat-yes")
        verify(yes.checked)
        compare(yes.Accessible.name, "Heat: It helped")
        click("helped-heat-a-little") // changed their mind
        verify(!yes.checked)
        click("saveCheckInButton")
        compare(find("formError", p).text, "")
        expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 2)
        compare(stored.checkIns[0].selfCare, [{ kind: "heat", helped: "a-little" }])
        compare(stored.checkIns[0].benefits, ["relaxed"])
    }

    function test_unratedRegionIsNotSaved() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        const p = expectPage("check-in")
        tapRegion("front", "chest")
        click("saveCheckInButton")
        verify(find("formError", p).visible)
        verify(find("formError", p).text.indexOf("Chest") >= 0)
        compare(TestEnv.storedSession(c, id).checkIns.length, 0)
        compare(stack().currentItem, p)
    }

    function test_nerveTypePainSaysContactTherapist() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        const p = expectPage("check-in")
        tapRegion("back", "gluteal-right")
        click("step-5", find("painScale", p))
        click("quality-shooting")
        click("saveCheckInButton")

        const session = expectPage("session")
        compare(TestEnv.storedStatus(c, id), "contact-therapist")
        const banner = find("statusBanner", session)
        compare(banner.status, "contact-therapist")
        compare(banner.title, TestEnv.statusTitle("contact-therapist"))
    }

    function test_redFlagBringsUpTheUrgentScreen() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("warningSectionHeader")
        click("redFlag-chest-pain")
        click("saveCheckInButton")

        const urgent = expectPage("urgent")
        verify(urgent.fullScreen)
        compare(urgent.header.visible, false)
        compare(find("urgentTitle", urgent).text, TestEnv.statusTitle("emergency"))
        verify(find("callNow", urgent).visible)
        compare(TestEnv.storedStatus(c, id), "emergency")
        compare(TestEnv.storedSession(c, id).checkIns[0].redFlags, ["chest-pain"])

        click("acknowledgeButton")
        const session = expectPage("session")
        compare(find("statusBanner", session).status, "emergency")
    }

    // A cauda equina sign, from the check-in page to the urgent page.
    function reportSaddleNumbness(c) {
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("warningSectionHeader")
        click("redFlag-saddle-numbness")
        click("saveCheckInButton")
        return expectPage("urgent")
    }

    // What a page shows in words: the text of every visible label under `item`.
    function shownTexts(item) {
        let texts = []
        if (!item.visible)
            return texts
        if (item.wrapMode !== undefined && typeof item.text === "string" && item.text !== "")
            texts.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            texts = texts.concat(shownTexts(item.children[i]))
        return texts
    }

    function test_callButtonCallsTheShownNumber() {
        const c = TestEnv.newController()
        const dialer = TestEnv.fakeDialer(c, true)
        const urgent = reportSaddleNumbness(c)
        const number = urgent.emergencyCall.number
        verify(/^[0-9]+$/.test(number), number)
        compare(find("callNow", urgent).text, "Call " + number + " now.")
        const button = find("callButton", urgent)
        verify(button.text.indexOf(number) >= 0, button.text)
        compare(dialer.calls, [])
        click("callButton", urgent)
        compare(dialer.calls, [number])
        // Calling does not leave the page: the advice stays until it is acknowledged.
        compare(page(), urgent)
    }

    function test_noCallButtonWhereNothingCanCall() {
        const c = TestEnv.newController()
        const dialer = TestEnv.fakeDialer(c, false)
        const urgent = reportSaddleNumbness(c)
        verify(find("callNow", urgent).visible)
        compare(find("callButton", urgent).visible, false)
        // The acknowledgement is then the page's highlighted button.
        verify(find("acknowledgeButton", urgent).highlighted)
        compare(dialer.calls, [])
    }

    function test_noCallButtonWithoutADialer() {
        const urgent = reportSaddleNumbness(TestEnv.newController())
        verify(find("callNow", urgent).visible)
        compare(find("callButton", urgent).visible, false)
    }

    // Said once, in the cauda equina message (clinical-notes.md), not again in the call
    // line or the emergency advice.
    function test_doNotDriveYourselfSaidOnce() {
        const urgent = reportSaddleNumbness(TestEnv.newController())
        const all = shownTexts(urgent).join("\n")
        verify(all.indexOf(urgent.form.resultAdvice) >= 0, all)
        compare((all.match(/do not drive yourself/gi) || []).length, 1, all)
    }

    function test_calfSwellingIsSeeDoctorToday() {
        const c = TestEnv.newController()
        TestEnv.fakeDialer(c, true)
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("warningSectionHeader")
        click("redFlag-calf-swelling")
        click("saveCheckInButton")
        const urgent = expectPage("urgent")
        compare(find("urgentTitle", urgent).text, TestEnv.statusTitle("see-doctor-today"))
        compare(find("callNow", urgent).visible, false)
        // See a doctor today: no emergency call offered, even where one could be made.
        compare(find("callButton", urgent).visible, false)
    }

    function test_noSorenessInOneTap() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("noSorenessButton")
        expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 1)
        compare(stored.checkIns[0].symptoms, [])
    }

    function test_sameAsLastTimeInTwoTaps() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0, [{ hours: 2, intensity: 4 }])
        openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("sameAsLastButton")
        click("saveCheckInButton")
        expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 2)
        compare(stored.checkIns[1].symptoms, stored.checkIns[0].symptoms)
    }

    function test_editCheckIn() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0, [{ hours: 2, intensity: 5 }])
        openSession(c, id)
        const before = TestEnv.storedSession(c, id).checkIns[0]
        click("editCheckInButton")
        const p = expectPage("check-in")
        verify(p.form.editing)
        tapRegion("back", "lower-back")
        compare(p.form.selectedIntensity, 5)
        click("step-8", find("painScale", p))
        click("saveCheckInButton")
        expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 1)
        compare(stored.checkIns[0].at, before.at)
        compare(stored.checkIns[0].symptoms[0].intensity, 8)
    }

    // A week of hourly check-ins: the page makes cards for what is on screen, not for
    // all 170 (each card costs memory on a phone), and still reaches the oldest one.
    function test_longSessionMakesOnlyTheCardsOnScreen() {
        const c = TestEnv.newController()
        const checkIns = []
        for (let h = 0; h < 170; ++h)
            checkIns.push({ hours: h, intensity: h % 7 })
        const id = TestEnv.addSession(c, 200, 0, checkIns)
        const session = openSession(c, id)
        const list = find("checkInList", session)
        compare(list.count, 170)
        // It opens at its top, with the status first, not at the first check-in.
        const banner = find("statusBanner", session)
        tryVerify(() => banner.mapToItem(null, 0, 0).y < 150, 2000, "the status is off screen")
        const cards = () => {
            let made = 0
            for (let i = 0; i < list.contentItem.children.length; ++i)
                made += list.contentItem.children[i].summary !== undefined ? 1 : 0
            return made
        }
        verify(cards() > 0, "no check-in card on the first screen")
        verify(cards() < 30, cards() + " cards made for one screen")
        list.positionViewAtEnd()
        tryVerify(() => list.itemAtIndex(169) !== null, 2000, "the oldest card is made at the end")
        verify(cards() < 30, cards() + " cards made at the end")
        verify(find("exportSessionButton", session).visible)
    }

    function test_deleteAndUndo() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0, [{ hours: 2, intensity: 5 }, { hours: 5, intensity: 3 }])
        const session = openSession(c, id)
        const newest = TestEnv.storedSession(c, id).checkIns[1]
        click("deleteCheckInButton")
        compare(TestEnv.storedSession(c, id).checkIns.length, 1)
        const bar = find("undoBar", session)
        tryVerify(() => bar.visible)
        click("undoButton", bar)
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 2)
        compare(stored.checkIns[1], newest)
        compare(bar.visible, false)
    }

    function test_lateEntryTimeIsEditable() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 30, 0)
        openSession(c, id)
        click("logCheckInButton")
        const p = expectPage("check-in")
        click("changeTimeButton")
        const dialog = findChild(p, "timeDialog")
        verify(dialog)
        tryCompare(dialog, "opened", true)
        const day = findChild(dialog.contentItem, "dayField")
        day.forceActiveFocus()
        keyClick(Qt.Key_Down) // yesterday, same time of day
        compare(day.currentIndex, 1)
        click("timeOkButton", dialog.footer)
        tryCompare(dialog, "visible", false)
        verify(find("timeValue", p).text.startsWith("Yesterday"))
        click("noSorenessButton")
        expectPage("session")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 1)
        const hoursAgo = (Date.now() - Date.parse(stored.checkIns[0].at)) / 3600000
        verify(hoursAgo > 23.9 && hoursAgo < 24.1, "stored " + stored.checkIns[0].at)
    }

    function test_exportASession() {
        const c = TestEnv.demoController()
        const id = c.newestSessionId()
        openSession(c, id)
        click("exportSessionButton")
        const p = expectPage("export")
        verify(find("scopeSession", p).checked)
        compare(p.form.format, "pdf")
        click("format-csv")
        compare(p.form.format, "csv")
        verify(p.form.suggestedFileName.endsWith(".csv"))
        const file = TestEnv.tempFileUrl("export.csv")
        verify(p.saveTo(file))
        verify(find("savedText", p).visible)
        compare(find("savedText", p).text, "Saved 1 session to export.csv in " + file.toString().slice(7, -11) + ".")
        verify(TestEnv.fileStart(file, 400).indexOf(id) > 0) // after the header row

        click("format-json")
        click("scopeAll")
        const log = TestEnv.tempFileUrl("all.json")
        verify(p.saveTo(log))
        verify(TestEnv.fileStart(log, 200).indexOf("aftercare-log") > 0)
    }

    // Save as… under a name of one's own, in another folder, all with the app's chooser:
    // the file is there afterwards and the message says where.
    function test_exportUnderANewNameInAnotherFolder() {
        const c = TestEnv.demoController()
        openSession(c, c.newestSessionId())
        click("exportSessionButton")
        const p = expectPage("export")
        click("format-csv")
        click("saveAsButton")
        const chooserPage = expectPage("file-chooser")
        compare(find("pageTitle", chooserPage).text, "Save the export")
        const top = TestEnv.tempFolder(["reports", "other"])
        findChild(chooserPage, "chooser").folder = top
        const list = find("entryList", chooserPage)
        tryCompare(list, "count", 2)
        // Into "other" (folders are listed by name), then up, then into "reports".
        mouseClick(list.itemAtIndex(0))
        compare(find("folderName", chooserPage).text, "other")
        click("upButton", chooserPage)
        compare(find("folderName", chooserPage).text, top.slice(top.lastIndexOf("/") + 1))
        mouseClick(list.itemAtIndex(1))
        compare(find("folderName", chooserPage).text, "reports")
        // A name of one's own, typed; the suffix is added.
        const name = find("fileNameField", chooserPage)
        mouseClick(name)
        keySequence(StandardKey.SelectAll)
        typeText("my-report")
        compare(find("chooseButton", chooserPage).text, "Save")
        click("chooseButton", chooserPage)
        expectPage("export")
        verify(TestEnv.fileExists(top + "/reports/my-report.csv"), "the export is not in the folder chosen")
        compare(find("savedText", p).text, "Saved 1 session to my-report.csv in " + top + "/reports.")
    }

    // Restoring: the chooser lists only backups (.json) and opens the one tapped.
    function test_restoreChoosesAFileInTheChooser() {
        const source = TestEnv.newController()
        TestEnv.addSession(source, 30, 0, [{ hours: 2, intensity: 4 }])
        openApp(source)
        source.navigate("backup", "")
        const file = TestEnv.tempFileUrl("backup.json")
        verify(expectPage("backup").backUpTo(file))

        const target = TestEnv.newController()
        openApp(target)
        target.navigate("backup", "")
        expectPage("backup")
        click("restoreChooseButton")
        const chooserPage = expectPage("file-chooser")
        compare(find("chooseButton", chooserPage).enabled, false)
        compare(find("fileNameField", chooserPage).visible, false)
        findChild(chooserPage, "chooser").folder = file.toString().slice(7, -"/backup.json".length)
        const list = find("entryList", chooserPage)
        tryCompare(list, "count", 1)
        mouseClick(list.itemAtIndex(0))
        compare(find("chosenFileName", chooserPage).text, "backup.json")
        click("chooseButton", chooserPage)
        const backup = expectPage("backup")
        tryVerify(() => find("restorePreview", backup).visible, 5000, "no preview of the backup chosen")
    }

    // At 360 × 640 the time dialog fits the screen; a check-in's day list starts at its
    // session; in dark mode its buttons are light enough to read.
    function test_timeDialogFitsAPhone() {
        const c = TestEnv.newController()
        c.theme = AppController.Dark
        const id = TestEnv.addSession(c, 3, 0) // today, unless just after midnight
        openApp(c)
        win.width = 360
        win.height = 640
        c.navigate("session", id)
        expectPage("session")
        click("logCheckInButton")
        const p = expectPage("check-in")
        click("changeTimeButton")
        const dialog = findChild(p, "timeDialog")
        tryCompare(dialog, "opened", true)
        const inWindow = item => item.mapToItem(null, 0, 0)
        const left = inWindow(dialog.contentItem).x
        const right = left + dialog.availableWidth
        verify(left >= 0 && right <= 360, "the dialog runs off the screen: " + left + "–" + right)
        for (const name of ["dayField", "hourField", "minuteField"]) {
            const field = findChild(dialog.contentItem, name)
            const x = inWindow(field).x
            verify(x >= left && x + field.width <= right + 0.5,
                   name + " runs off the dialog: " + x + "+" + field.width + " > " + right)
        }
        const sessionDay = new Date(Date.now() - 3 * 3600000).getDate()
        const days = findChild(dialog.contentItem, "dayField").count
        compare(days, sessionDay === new Date().getDate() ? 1 : 2)
        const ok = findChild(dialog.footer, "timeOkButton")
        compare(ok.text, "OK")
        compare(findChild(dialog.footer, "timeCancelButton").text, "Cancel")
        compare(String(ok.Material.accent), "#80cbc4")
        click("timeCancelButton", dialog.footer)
        tryCompare(dialog, "visible", false)
    }

    // German labels are long: at 360 px a button's text wraps and a page title shrinks,
    // neither is cut off ("Sichern und wiederherste…").
    function test_longLabelsAreNotCutOff() {
        const c = TestEnv.newController()
        openApp(c)
        win.width = 360
        win.height = 640
        c.navigate("backup", "")
        const backup = expectPage("backup")
        const button = find("restoreChooseButton", backup)
        button.text = "Aus einer Sicherung wiederherstellen …"
        tryVerify(() => button.contentItem.lineCount === 2, 2000, "the label is on one line")
        compare(button.contentItem.truncated, false)
        verify(button.height >= button.contentItem.implicitHeight)
        backup.title = "Sichern und wiederherstellen"
        const title = find("pageTitle", backup)
        tryCompare(title, "truncated", false)
    }

    // Most people record a session after it: the form proposes one that has just ended.
    function test_newSessionProposesOneThatHasJustEnded() {
        const c = TestEnv.newController()
        openApp(c)
        click("firstSessionButton")
        const p = expectPage("new-session")
        const when = find("timeValue", find("startField", p))
        verify(when.text.indexOf("ended just now") >= 0, when.text)
        click("saveSessionButton")
        const session = expectPage("session")
        const stored = TestEnv.storedSession(c, session.details.sessionId)
        const minutesAgo = (Date.now() - Date.parse(stored.start)) / 60000
        verify(minutesAgo > 59 && minutesAgo < 62, "stored start " + stored.start)
    }

    function openMenuItem(p, actionName: string) {
        click("moreButton", p)
        const menu = find("moreMenu", p)
        tryCompare(menu, "opened", true)
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item.action && item.action.objectName === actionName) {
                mouseClick(item)
                return
            }
        }
        fail("no menu item " + actionName)
    }

    function test_editASession() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0, [{ hours: 2, intensity: 4 }])
        const session = openSession(c, id)
        openMenuItem(session, "editSessionAction")
        const p = expectPage("edit-session")
        compare(find("saveSessionButton", p).text, "Save changes")
        // A fever before the session: the analysis says so once it is saved.
        click("screening-fever-or-infection")
        click("saveSessionButton")
        const back = expectPage("session")
        compare(back.details.sessionId, id)
        tryCompare(find("statusBanner", back), "title", TestEnv.statusTitle("see-doctor-today"))
        const stored = TestEnv.storedSession(c, id)
        compare(stored.screening, ["fever-or-infection"])
        compare(stored.checkIns.length, 1)
        compare(TestEnv.storedStatus(c, id), "see-doctor-today")
    }

    function test_deleteASessionAsksThenOffersUndo() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0, [{ hours: 2, intensity: 4 }])
        let session = openSession(c, id)
        openMenuItem(session, "deleteSessionAction")
        const dialog = find("confirmDeleteSession", session)
        tryCompare(dialog, "opened", true)
        click("cancelDeleteSession", dialog.footer)
        tryCompare(dialog, "visible", false)
        compare(page(), session)

        openMenuItem(session, "deleteSessionAction")
        tryCompare(dialog, "opened", true)
        click("confirmDeleteSessionButton", dialog.footer)
        let home = expectPage("home")
        compare(c.sessions.count, 0)
        verify(TestEnv.storedSession(c, id).id === id, "deleted before the Undo time is over")
        let bar = find("undoBar", home)
        tryVerify(() => bar.visible)
        click("undoButton", bar)
        compare(c.sessions.count, 1)

        // Without Undo, the delete is final once the bar has gone.
        session = openSession(c, id)
        openMenuItem(session, "deleteSessionAction")
        const again = find("confirmDeleteSession", session)
        tryCompare(again, "opened", true)
        click("confirmDeleteSessionButton", again.footer)
        home = expectPage("home")
        bar = find("undoBar", home)
        bar.timeout = 200
        bar.show()
        tryVerify(() => TestEnv.storedSession(c, id).id === undefined, 3000, "still stored")
        compare(c.sessions.count, 0)
    }

    function test_backAsksBeforeThrowingACheckInAway() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        openSession(c, id)
        click("logCheckInButton")
        let p = expectPage("check-in")
        back() // nothing entered: it just goes
        expectPage("session")

        click("logCheckInButton")
        p = expectPage("check-in")
        tapRegion("back", "lower-back")
        click("step-4", find("painScale", p))
        keyClick(Qt.Key_Escape)
        const dialog = find("discardCheckInDialog", p)
        tryCompare(dialog, "opened", true)
        click("keepEditingButton", dialog.footer)
        tryCompare(dialog, "visible", false)
        compare(page(), p)
        compare(p.form.selectedIntensity, 4)
        back()
        tryCompare(dialog, "opened", true)
        click("discardCheckInButton", dialog.footer)
        expectPage("session")
        compare(TestEnv.storedSession(c, id).checkIns.length, 0)
    }

    function test_noSorenessOffersUndoAndTheWarningSigns() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 0)
        let session = openSession(c, id)
        click("logCheckInButton")
        expectPage("check-in")
        click("noSorenessButton")
        session = expectPage("session")
        const bar = find("undoBar", session)
        tryVerify(() => bar.visible)
        compare(find("undoBarAction", bar).text, "Any warning signs? Tap to answer")
        click("undoButton", bar)
        compare(TestEnv.storedSession(c, id).checkIns.length, 0)

        click("logCheckInButton")
        expectPage("check-in")
        click("noSorenessButton")
        expectPage("session")
        tryVerify(() => bar.visible)
        click("undoBarAction", bar)
        const p = expectPage("check-in")
        verify(p.form.editing)
        // Opened at the warning signs: their section open and on screen, no tap needed.
        const section = find("warningSection", p)
        verify(section.expanded)
        const flick = findChild(p, "checkInFlick")
        tryVerify(() => flick.contentY > 0 && section.mapToItem(flick, 0, 0).y >= 0
                        && section.mapToItem(flick, 0, 0).y < flick.height / 2, 3000,
                  "section at " + section.mapToItem(flick, 0, 0).y + ", contentY " + flick.contentY
                  + " of " + flick.contentHeight + " in " + flick.height)
        verify(find("warningSectionHeader", p).activeFocus, "the keyboard is not at the warning signs")
        keyClick(Qt.Key_Tab)
        verify(find("redFlag-saddle-numbness", p).activeFocus, "Tab does not go into the warning signs")
        click("redFlag-calf-swelling")
        click("saveCheckInButton")
        expectPage("urgent")
        const stored = TestEnv.storedSession(c, id)
        compare(stored.checkIns.length, 1)
        compare(stored.checkIns[0].redFlags, ["calf-swelling"])
    }
}
