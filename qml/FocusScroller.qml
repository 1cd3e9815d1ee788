import QtQuick
// The Templates' Control is the base of every control; QtQuick.Controls' is the style's.
import QtQuick.Templates as T

// Keeps the keyboard focus on screen: when focus moves to an item inside `scope` (a
// page), each Flickable between that item and the scope scrolls just enough to show it
// whole, with a little room around it. A tap that moves focus does not scroll: what was
// tapped is on screen already.
Item {
    id: root

    required property Item scope
    // Room kept free at the bottom of the view, for a button floating over it.
    property real bottomInset: 0
    readonly property real room: Theme.gap

    Connections {
        target: root.Window.window
        enabled: root.scope.visible
        function onActiveFocusItemChanged() { settle.restart() }
    }

    // A turn later: the focus reason is known, and what the focus change showed or hid
    // (a selected area's panel) has been laid out.
    Timer {
        id: settle
        interval: 0
        onTriggered: {
            root.revealed = root.reveal(root.Window.activeFocusItem)
            if (root.revealed)
                growing.restart()
        }
    }

    // What was just scrolled to may still grow (a text area makes room for its
    // floating label): shown again while it does, for a moment.
    property Item revealed: null
    Timer {
        id: growing
        interval: 400
    }
    Connections {
        target: root.revealed
        enabled: growing.running
        function onHeightChanged() { settle.restart() }
        function onYChanged() { settle.restart() }
    }

    // Returns the item when it was scrolled to (or was in view already).
    function reveal(item: Item): Item {
        if (!item || !item.visible)
            return null
        const control = item as T.Control
        if (control && control.focusReason === Qt.MouseFocusReason)
            return null
        // The Flickables from the item out to the scope; none when the item is elsewhere.
        const flickables = []
        let inScope = false
        for (let p = item.parent; p; p = p.parent) {
            if (p === root.scope) {
                inScope = true
                break
            }
            const flick = p as Flickable
            if (flick)
                flickables.push(flick)
        }
        if (!inScope)
            return null
        for (let i = 0; i < flickables.length; ++i)
            root.scrollTo(flickables[i], item, i === flickables.length - 1 ? root.bottomInset : 0)
        return item
    }

    function scrollTo(flick: Flickable, item: Item, inset: real) {
        const place = item.mapToItem(flick.contentItem, 0, 0)
        const top = place.y - root.room
        const bottom = place.y + item.height + root.room
        const shown = flick.height - inset
        let target = flick.contentY
        if (bottom - top > shown || top < flick.contentY)
            target = top
        else if (bottom > flick.contentY + shown)
            target = bottom - shown
        // A ListView's header lies above its origin, and its margins outside the content.
        const first = flick.originY - flick.topMargin
        const last = Math.max(first, flick.originY + flick.contentHeight + flick.bottomMargin - flick.height)
        target = Math.max(first, Math.min(target, last))
        if (target !== flick.contentY) {
            flick.cancelFlick()
            flick.contentY = target
        }
    }
}
