import QtQuick
import QtTest
import Aftercare.Models

// Loads the app's real Main.qml with a controller and drives it like a
// person: finds things by objectName on the current page, scrolls them into
// view, clicks them.
TestCase {
    id: testCase

    property var win: null
    property AppController controller: null

    when: windowShown

    function openApp(c: AppController) {
        controller = c
        const component = Qt.createComponent("qrc:/Aftercare/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        win = createTemporaryObject(component, null, { controller: c })
        verify(win, "Main.qml did not load")
        tryVerify(() => win.visible)
        waitForRendering(win.contentItem)
        return win
    }

    function stack() {
        const s = findChild(win.contentItem, "stack")
        verify(s, "no StackView")
        return s
    }

    // The page on top of the stack, once it has settled.
    function page() {
        const s = stack()
        tryCompare(s, "busy", false)
        return s.currentItem
    }

    function expectPage(name: string) {
        tryVerify(() => { const p = stack().currentItem; return p && p.pageName === name && !stack().busy },
                  5000, "expected page " + name + ", got " + (stack().currentItem ? stack().currentItem.pageName : "none"))
        return page()
    }

    function find(name: string, root) {
        const item = findChild(root ? root : page(), name)
        verify(item, "no item named " + name)
        return item
    }

    // Scrolls the page's Flickable so that `y` of `item` is in view, and
    // fails when it cannot be (a click there would land elsewhere).
    function reveal(item, y) {
        wait(30) // let layouts settle after the last change
        let flick = item.parent
        while (flick && (flick.contentY === undefined || flick.contentHeight === undefined))
            flick = flick.parent
        if (!flick)
            return
        // A ListView learns its content height as it makes delegates: a long page may take
        // more than one step to reach the item.
        let inWindow
        for (let step = 0; step < 5; ++step) {
            const top = item.mapToItem(flick.contentItem, 0, y === undefined ? 0 : y).y
            // A ListView's header lies above its origin, and its margins outside the content.
            const first = flick.originY - flick.topMargin
            const last = flick.originY + flick.contentHeight + flick.bottomMargin - flick.height
            const target = Math.max(first, Math.min(top - flick.height / 3, last))
            flick.contentY = target
            wait(30)
            inWindow = item.mapToItem(null, 0, y === undefined ? 0 : y)
            if (inWindow.y >= 0 && inWindow.y <= win.height)
                break
        }
        verify(inWindow.y >= 0 && inWindow.y <= win.height,
               "cannot scroll " + item + " into view (y " + inWindow.y + ")")
    }

    function click(name: string, root) {
        const item = find(name, root)
        reveal(item, item.height / 2)
        verify(item.visible, name + " is not visible")
        verify(item.enabled, name + " is disabled")
        mouseClick(item)
        return item
    }

    // Taps a body region where a person would: its middle on the drawing.
    function tapRegion(view: string, regionId: string) {
        const map = find("bodyMap")
        const region = findChild(map, "region-" + view + "-" + regionId)
        verify(region, "no region " + regionId + " on the " + view)
        const x = region.centre.x * map.unit
        const y = region.centre.y * map.unit
        reveal(region, y)
        mouseClick(region, x, y)
    }

    function typeText(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function back() {
        click("backButton")
    }
}
