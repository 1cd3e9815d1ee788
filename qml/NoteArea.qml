import QtQuick
import QtQuick.Controls

// A text area for a note that Tab and Shift+Tab leave, as any other field, instead of
// typing a tab into the note: a person with only a keyboard is not caught in it.
TextArea {
    id: area

    wrapMode: TextEdit.Wrap
    Keys.onTabPressed: event => area.leave(true, event)
    Keys.onBacktabPressed: event => area.leave(false, event)

    function leave(forward: bool, event: KeyEvent) {
        const next = area.nextItemInFocusChain(forward)
        if (next && next !== area) {
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
            event.accepted = true
        }
    }
}
