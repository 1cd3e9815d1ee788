pragma ComponentBehavior: Bound
import QtQuick
import Aftercare.Models

// A vocabulary as chips to tap: any of them, or one (`single`: heard as radio buttons).
// The model holds what is chosen; a tap asks the owner to change it.
Flow {
    id: root

    required property TermListModel terms
    // Each chip's objectName: the prefix and the term id ("reaction-headache").
    required property string namePrefix
    property bool single: false
    signal tapped(string termId)

    spacing: 6

    Repeater {
        model: root.terms

        delegate: Chip {
            required property string termId
            required property string label
            required property bool chosen

            objectName: root.namePrefix + termId
            text: label
            // The model decides: a click must not break the binding to `chosen`.
            checkable: false
            checked: chosen
            Accessible.role: root.single ? Accessible.RadioButton : Accessible.CheckBox
            Accessible.name: label
            onClicked: root.tapped(termId)
        }
    }
}
