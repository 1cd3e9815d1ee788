import QtQuick
import QtTest
import AftercareTest

// The real window over a real database: every page can be reached and shows
// what is stored, not made-up data.
AppTestCase {
    name: "Navigation"

    function test_emptyLogOffersOneFirstAction() {
        openApp(TestEnv.newController())
        const home = expectPage("home")
        verify(find("emptyState", home).visible)
        compare(find("sessionList", home).visible, false)
        const first = find("firstSessionButton", home)
        compare(first.text, "Record a massage session")
        click("firstSessionButton")
        expectPage("new-session")
    }

    // The tool bar's icons are drawn in its text colour (white on teal), not black.
    function test_toolBarIconsMatchTheTitle() {
        openApp(TestEnv.demoController())
        const home = expectPage("home")
        const title = find("pageTitle", home)
        compare(find("settingsButton", home).contentItem.color, title.color)
        verify(Qt.colorEqual(title.color, "white"))
        mouseClick(find("sessionList", home).itemAtIndex(0))
        const session = expectPage("session")
        compare(find("backButton", session).contentItem.color, find("pageTitle", session).color)
    }

    // Home reads its sessions a page at a time; scrolling to the end reads the rest.
    function test_longHistoryLoadsAsItScrolls() {
        const c = TestEnv.newController()
        for (let i = 0; i < 45; ++i)
            TestEnv.addSession(c, 2000 + 24 * i, 0)
        openApp(c)
        const home = expectPage("home")
        const list = find("sessionList", home)
        verify(list.count < 45, "all 45 sessions were read at once")
        // The technique cards after the last session wait for the last page.
        compare(findChild(home, "techniqueCards"), null)
        for (let i = 0; i < 10 && list.count < 45; ++i) {
            list.positionViewAtEnd()
            wait(50)
        }
        compare(list.count, 45)
        tryVerify(() => findChild(home, "techniqueCards") !== null)
    }

    // A window taller than a page of sessions cannot scroll: the next pages come anyway.
    function test_tallWindowLoadsWhatItShows() {
        const c = TestEnv.newController()
        for (let i = 0; i < 45; ++i)
            TestEnv.addSession(c, 2000 + 24 * i, 0)
        openApp(c)
        win.height = 5000
        const list = find("sessionList", expectPage("home"))
        tryVerify(() => list.count > 15, 5000, "a tall window showed only the first page")
    }

    // Below the sessions, the technique cards are not part of the first frame: they are
    // built the turn after it.
    function test_techniqueCardsFollowTheFirstFrame() {
        const c = TestEnv.newController()
        TestEnv.addSession(c, 30, 0, [{ hours: 8, intensity: 3 }])
        compare(c.sessions.count, 1)
        compare(c.sessions.hasMore, false)
        controller = c
        const component = Qt.createComponent("qrc:/Aftercare/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        win = createTemporaryObject(component, null, { controller: c })
        verify(win, "Main.qml did not load")
        let frames = 0
        let cardsInTheFirstFrame = null
        win.frameSwapped.connect(() => {
            if (frames++ === 0)
                cardsInTheFirstFrame = findChild(win.contentItem, "techniqueCards")
        })
        tryVerify(() => frames > 0, 5000, "no frame was drawn")
        compare(cardsInTheFirstFrame, null)
        verify(findChild(win.contentItem, "sessionList").count === 1)
        tryVerify(() => findChild(win.contentItem, "techniqueCards") !== null)
    }

    function test_shortHistoryShowsTechniqueCards() {
        const c = TestEnv.newController()
        TestEnv.addSession(c, 30, 0, [{ hours: 8, intensity: 3 }, { hours: 20, intensity: 1 }])
        openApp(c)
        const home = expectPage("home")
        tryVerify(() => findChild(home, "techniqueCards") !== null)
        const cards = find("techniqueCards", home)
        verify(cards.visible)
        verify(cards.height > 0)
        // Another session is not a reason to build the cards again.
        TestEnv.addSession(c, 60, 0, [{ hours: 6, intensity: 2 }])
        tryCompare(find("sessionList", home), "count", 2)
        verify(find("techniqueCards", home) === cards, "the technique cards were rebuilt")
    }

    function test_everyPageFromHome() {
        openApp(TestEnv.demoController())
        let home = expectPage("home")
        const list = find("sessionList", home)
        compare(list.count, 1)
        compare(find("emptyState", home).visible, false)

        // Home → session (tap the card)
        const card = list.itemAtIndex(0)
        verify(card)
        mouseClick(card)
        let session = expectPage("session")
        compare(find("pageTitle", session).text, "Deep tissue massage")
        compare(find("statusBanner", session).title, TestEnv.statusTitle("on-track"))
        compare(findChild(session, "checkInSummary").text, "Lower back 5 (aching) · Left buttock 2 (tender)")

        // Session → check-in and back
        click("logCheckInButton")
        expectPage("check-in")
        back()
        expectPage("session")
        back()
        home = expectPage("home")

        // Home → settings and back
        click("settingsButton")
        const settings = expectPage("settings")
        verify(find("databasePath", settings).text.endsWith("aftercare.sqlite"))
        back()
        expectPage("home")

        // Session → export, and settings → export of everything
        mouseClick(list.itemAtIndex(0))
        expectPage("session")
        click("exportSessionButton")
        expectPage("export")
        back()
        back()
        click("settingsButton")
        expectPage("settings")
        click("exportAllButton")
        const exporting = expectPage("export")
        compare(find("scopeSession", exporting).visible, false)
        compare(exporting.form.allSessions, true)
        back()
        back()
        expectPage("home")

        // Home → new session
        click("newSessionButton")
        expectPage("new-session")
        back()
        expectPage("home")
    }

    function test_pagesByName() {
        const c = TestEnv.demoController()
        openApp(c)
        const id = c.newestSessionId()
        for (const name of ["new-session", "session", "check-in", "export", "settings", "home"]) {
            c.navigate(name, id)
            expectPage(name)
        }
    }

    function test_unusableDatabaseIsExplainedAndLeftAlone() {
        const c = TestEnv.brokenController()
        const before = TestEnv.fileHash(c.databasePath)
        verify(before !== "")
        compare(c.ready, false)
        openApp(c)
        const problem = findChild(win.contentItem, "databaseProblem")
        verify(problem.visible)
        compare(stack().visible, false)
        verify(findChild(problem, "problemTitle").text.length > 0)
        compare(findChild(problem, "problemPath").text, c.databasePath)
        verify(findChild(problem, "problemAdvice").text.length > 0)
        mouseClick(findChild(problem, "retryButton"))
        compare(c.ready, false)
        compare(TestEnv.fileHash(c.databasePath), before)
    }

    function test_checkInOptionOpensTheCheckInPage() {
        const c = TestEnv.demoController()
        TestEnv.setStartCheckIn(c, c.newestSessionId())
        openApp(c)
        const p = expectPage("check-in")
        compare(p.form.sessionId, c.newestSessionId())
        back()
        expectPage("session")
        back()
        expectPage("home")
    }

    function test_checkInOptionWithUnknownSession() {
        const c = TestEnv.demoController()
        TestEnv.setStartCheckIn(c, "no-such-session")
        openApp(c)
        const home = expectPage("home")
        const notice = find("homeNotice", home)
        verify(notice.visible)
        verify(notice.text.indexOf("no-such-session") >= 0)
    }
}
