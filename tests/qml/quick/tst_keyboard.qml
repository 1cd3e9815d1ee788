import QtQuick
import QtTest
import QtQuick.Controls
import QtQuick.Controls.Material
import Aftercare.Models
import AftercareTest

// A person with a keyboard only: Tab keeps the focus on screen, the body map is one
// stop walked with the arrow keys, the pain scale is a slider, and the focus can be
// seen on a teal button.
AppTestCase {
    name: "Keyboard"

    function openCheckIn(c) {
        const id = TestEnv.addSession(c, 10, 2)
        openApp(c)
        c.navigate("check-in", id)
        return expectPage("check-in")
    }

    // The focus moves a turn after the key; the page scrolls a turn after that.
    function tab(backwards: bool) {
        keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
        wait(20)
    }

    function focused() {
        return win.activeFocusItem
    }

    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    // The page's scrolling view: the first Flickable in it.
    function scroller(item) {
        const todo = [item]
        while (todo.length > 0) {
            const next = todo.shift()
            if (next instanceof Flickable)
                return next
            for (let i = 0; i < next.children.length; ++i)
                todo.push(next.children[i])
        }
        return null
    }

    // Fails when the focused item lies outside the part of `view` on screen.
    function verifyFocusShown(view, step) {
        const item = focused()
        verify(item, "nothing has the focus after " + step + " tabs")
        if (!isInside(item, view))
            return
        const box = item.mapToItem(view, 0, 0)
        const tall = Math.min(item.height, view.height)
        verify(box.y >= -1 && box.y + tall <= view.height + 1,
               "after " + step + " tabs the focus (" + item + ") is at y " + box.y
               + " in a view " + view.height + " high; item " + item.height + ", contentY " + view.contentY
               + " of " + view.contentHeight)
    }

    // A person tabs down the whole check-in page: every stop is on screen.
    function test_tabKeepsTheFocusOnScreen_data() {
        return [{ tag: "check-in", last: "saveCheckInButton", open: ["moreSection", "warningSection"] },
                { tag: "new-session", last: "saveSessionButton", open: [] }]
    }
    function test_tabKeepsTheFocusOnScreen(data) {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 10, 2)
        openApp(c)
        win.height = 640
        win.width = 360
        c.navigate(data.tag, id)
        const p = expectPage(data.tag)
        const view = scroller(p)
        verify(view, "no scrolling view on " + data.tag)
        // Folded sections opened, as a person checking everything would.
        for (const section of data.open)
            find(section, p).expanded = true
        tryVerify(() => view.height < 640, 3000, "the window is not phone-sized")
        verify(view.contentHeight > 2 * view.height,
               "the page is too short to test: " + view.contentHeight + " in " + view.height)
        const seen = new Set()
        let lowest = 0
        for (let i = 1; i <= 60; ++i) {
            tab(false)
            verifyFocusShown(view, i)
            seen.add(focused())
            lowest = Math.max(lowest, view.contentY)
        }
        verify(seen.size >= 15, "only " + seen.size + " focus stops")
        verify(seen.has(find(data.last, p)), "Tab never reached " + data.last)
        verify(lowest > view.height, "the page never scrolled far: " + lowest)
        // And back up again.
        for (let i = 1; i <= 30; ++i) {
            tab(true)
            verifyFocusShown(view, -i)
        }
    }

    // Home with many sessions: the cards come into view above the floating button.
    function test_tabThroughSessionCards() {
        const c = TestEnv.newController()
        for (let i = 0; i < 12; ++i)
            TestEnv.addSession(c, 10 + 30 * i, 2)
        openApp(c)
        win.height = 640
        win.width = 360
        const p = expectPage("home")
        const list = find("sessionList", p)
        tryVerify(() => list.height < 640, 3000, "the window is not phone-sized")
        const button = find("newSessionButton", p)
        let cards = 0
        for (let i = 1; i <= 14; ++i) {
            tab(false)
            const item = focused()
            if (!isInside(item, list))
                continue
            ++cards
            const box = item.mapToItem(p, 0, 0)
            verify(box.y >= list.y - 1, "card " + cards + " above the list: " + box.y)
            verify(box.y + item.height <= button.mapToItem(p, 0, 0).y + 1,
                   "card " + cards + " under the New session button: " + (box.y + item.height))
        }
        verify(cards >= 10, "only " + cards + " cards reached by Tab")
    }

    // The body map: one Tab in, arrows between the areas, Space chooses, one Tab out.
    function test_bodyMapIsOneTabStop() {
        const p = openCheckIn(TestEnv.newController())
        const map = find("bodyMap", p)
        find("changeTimeButton", p).forceActiveFocus(Qt.TabFocusReason)
        tab(false)
        verify(map.activeFocus, "Tab from the time does not reach the map: " + focused())
        compare(map.currentPlace, "front:head")
        keyClick(Qt.Key_Down)
        compare(map.currentPlace, "front:neck")
        keyClick(Qt.Key_Down)
        compare(map.currentPlace, "front:chest")
        keyClick(Qt.Key_Left)
        compare(map.currentPlace, "front:shoulder-right")
        keyClick(Qt.Key_Space)
        compare(p.form.selectedRegion, "shoulder-right")
        // Across to the back figure and down to the lower back; Enter chooses it.
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(map.currentPlace, "back:shoulder-left")
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(map.currentPlace, "back:lower-back")
        keyClick(Qt.Key_Return)
        compare(p.form.selectedRegion, "lower-back")
        verify(map.activeFocus)
        tab(false)
        compare(focused(), find("regionPicker", p), "one Tab leaves the map")
        tab(true)
        verify(map.activeFocus, "Shift+Tab comes back to the map")
        compare(map.currentPlace, "back:lower-back")
    }

    // Every area of both figures can be reached with the arrow keys.
    function test_arrowsReachEveryArea() {
        const p = openCheckIn(TestEnv.newController())
        const map = find("bodyMap", p)
        map.forceActiveFocus(Qt.TabFocusReason)
        const keys = [Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down]
        const reached = new Set([map.currentPlace])
        const todo = [map.currentPlace]
        while (todo.length > 0) {
            const from = todo.shift()
            for (const key of keys) {
                map.currentPlace = from
                keyClick(key)
                if (!reached.has(map.currentPlace)) {
                    reached.add(map.currentPlace)
                    todo.push(map.currentPlace)
                }
            }
        }
        let drawn = 0
        for (const view of ["front", "back"]) {
            for (let i = 0; i < p.form.regions.count; ++i) {
                const region = findChild(map, "region-" + view + "-" + p.form.regions.data(p.form.regions.index(i, 0), 257))
                if (region && region.visible)
                    ++drawn
            }
        }
        compare(reached.size, drawn)
    }

    // The pain scale: one stop, a value from 0 to 10 moved by the arrow keys.
    function test_painScaleIsASlider() {
        const p = openCheckIn(TestEnv.newController())
        const map = find("bodyMap", p)
        map.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Space)
        compare(p.form.selectedRegion, "neck")
        tab(false) // the list of areas
        tab(false)
        const scale = find("painScale", p)
        verify(scale.activeFocus, "Tab does not reach the pain scale: " + focused())
        compare(scale.minimumValue, 0)
        compare(scale.maximumValue, 10)
        compare(scale.value, -1)
        keyClick(Qt.Key_Right)
        compare(p.form.selectedIntensity, 0)
        compare(scale.value, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Right)
        compare(scale.value, 3)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Down)
        compare(scale.value, 1)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(scale.value, 0, "not below 0")
        keyClick(Qt.Key_End)
        keyClick(Qt.Key_Right)
        compare(scale.value, 10, "not above 10")
        keyClick(Qt.Key_7)
        compare(p.form.selectedIntensity, 7)
        tab(false)
        verify(!scale.activeFocus, "one Tab leaves the scale")
        verify(find("quality-aching", p).activeFocus, "the qualities follow: " + focused())
    }

    // WCAG contrast of two colours.
    function contrast(a: color, b: color): real {
        const lum = c => {
            const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        }
        const la = lum(a)
        const lb = lum(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    // Tabbing onto the teal "No soreness" button shows a ring that stands out 3:1 from
    // the button and from the page, light and dark; a click shows none.
    function test_focusRingOnTealButton_data() {
        return [{ tag: "light", theme: AppController.Light },
                { tag: "dark", theme: AppController.Dark }]
    }
    function test_focusRingOnTealButton(data) {
        const c = TestEnv.newController()
        c.theme = data.theme
        const p = openCheckIn(c)
        const button = find("noSorenessButton", p)
        verify(button.highlighted)
        const ring = findChild(button, "focusRing")
        verify(ring, "no focus ring on the button")
        verify(!ring.visible, "a ring without focus")
        find("backButton", p).forceActiveFocus(Qt.TabFocusReason)
        for (let i = 0; i < 10 && !button.activeFocus; ++i)
            tab(false)
        verify(button.activeFocus, "Tab does not reach No soreness")
        verify(ring.visible, "no ring on the focused button " + ring.parent.shown + " " + button.visualFocus + " " + ring.parent.parent)
        const edge = ring.mapToItem(button.background, 0, 0)
        verify(edge.x < 0 && edge.y < 0, "the ring is not outside the button")
        const ringColour = ring.border.color
        verify(contrast(ringColour, button.background.color) >= 3,
               "ring against the button: " + contrast(ringColour, button.background.color))
        verify(contrast(ringColour, p.Material.background) >= 3,
               "ring against the page: " + contrast(ringColour, p.Material.background))
        verify(ring.border.width >= 2)
    }

    // Checkboxes, switches, radio buttons and drop-down lists show the same ring when the
    // keyboard brings the focus to them, and none otherwise.
    function test_focusRingOnEveryKindOfControl_data() {
        return [{ tag: "check-in: warning sign (checkbox)", page: "check-in", control: "redFlag-saddle-numbness", part: "indicator" },
                { tag: "check-in: area list", page: "check-in", control: "regionPicker", part: "background" },
                { tag: "new session: technique list", page: "new-session", control: "techniqueField", part: "background" },
                { tag: "new session: screening (checkbox)", page: "new-session", control: "screening-pregnancy", part: "indicator" },
                { tag: "settings: reminders (switch)", page: "settings", control: "remindersEnabled", part: "indicator" },
                { tag: "settings: quiet hours start", page: "settings", control: "quietStart", part: "background" },
                { tag: "settings: snooze (radio button)", page: "settings", control: "snooze-30", part: "indicator" },
                { tag: "settings: theme (radio button)", page: "settings", control: "theme-" + AppController.Dark, part: "indicator" }]
    }
    function test_focusRingOnEveryKindOfControl(data) {
        const c = TestEnv.newController()
        let p
        if (data.page === "check-in") {
            p = openCheckIn(c)
            find("warningSection", p).expanded = true
        } else {
            openApp(c)
            c.navigate(data.page, "")
            p = expectPage(data.page)
        }
        const control = find(data.control, p)
        const ring = findChild(control, "focusRing")
        verify(ring, "no focus ring on " + data.control)
        verify(!ring.visible, "a ring without focus")
        control.forceActiveFocus(Qt.TabFocusReason)
        tryVerify(() => control.visualFocus, 1000, "no keyboard focus on " + data.control)
        verify(ring.visible, "no ring on the focused " + data.control)
        const edge = ring.mapToItem(control[data.part], 0, 0)
        verify(edge.x < 0 && edge.y < 0, "the ring does not surround the " + data.part)
        verify(ring.width > control[data.part].width && ring.height > control[data.part].height)
        find("backButton", p).forceActiveFocus(Qt.MouseFocusReason)
        verify(!ring.visible, "the ring stays after the focus left")
    }
}
