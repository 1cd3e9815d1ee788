pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// How do you feel now? Where it hurts (0..10 and what it feels like); folded below it,
// the warning signs, then daily life, other reactions, benefits and self-care; a note
// and the time. "No soreness" saves in one tap; "Same as last time" fills the answers in,
// then Save, which stays at the bottom of the screen.
AppPage {
    id: page

    required property CheckInForm form

    // The form has been saved; the window decides what comes next.
    signal finished(CheckInForm form)

    pageName: "check-in"
    title: form.editing ? qsTr("Edit check-in") : qsTr("Check-in")

    readonly property bool dark: Material.theme === Material.Dark

    // Back with answers not yet saved asks before it throws them away.
    asksBeforeLeaving: true
    onLeaveAsked: {
        if (page.form.hasChanges())
            discardDialog.open()
        else
            page.leave()
    }

    Dialog {
        id: discardDialog
        objectName: "discardCheckInDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        // The accent on a dark dialog: the default teal is about 1.9:1 there.
        Material.accent: Material.theme === Material.Dark ? "#80cbc4" : "#00796b"
        width: Math.min(parent.width - 2 * Theme.margin, 400)
        modal: true
        title: qsTr("Discard this check-in?")
        contentItem: Label {
            text: qsTr("What you entered has not been saved.")
            wrapMode: Text.WordWrap
        }
        footer: DialogButtonBox {
            WrapButton {
                objectName: "keepEditingButton"
                text: qsTr("Keep editing")
                flat: true
                onClicked: discardDialog.close()
            }
            WrapButton {
                objectName: "discardCheckInButton"
                text: qsTr("Discard")
                flat: true
                onClicked: {
                    discardDialog.close()
                    page.leave()
                }
            }
        }
    }

    // Set when pushed from "Any warning signs? Tap to answer": the warning signs open (see
    // warningSection) and, once the page is in place, come to the top of the view with the
    // keyboard focus on their header.
    property bool opensWarningSigns: false
    property bool scrollsToWarningSigns: opensWarningSigns
    function scrollToWarningSigns() {
        page.scrollsToWarningSigns = false
        warningSection.focusHeader()
        toWarningSigns.start()
    }
    StackView.onActivated: {
        if (page.scrollsToWarningSigns)
            page.scrollToWarningSigns()
    }
    // After the focus scroller has shown the header and the opened section is laid out.
    Timer {
        id: toWarningSigns
        interval: 100
        onTriggered: flick.contentY = Math.max(0, Math.min(column.y + warningSection.y,
                                                           flick.contentHeight - flick.height))
    }

    function saveWith(ok: bool) {
        if (ok)
            page.finished(page.form)
    }

    // Save, always on screen; a problem with the answers shows just above it.
    footer: Pane {
        objectName: "saveBar"
        Material.elevation: 6
        padding: Theme.gap
        leftPadding: Theme.margin
        rightPadding: Theme.margin

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap

            Label {
                objectName: "formError"
                Layout.fillWidth: true
                visible: page.form.error !== ""
                text: page.form.error
                color: Theme.statusColor("emergency", page.dark)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            WrapButton {
                objectName: "saveCheckInButton"
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Save")
                Accessible.name: page.form.editing ? qsTr("Save changes") : qsTr("Save check-in")
                onClicked: page.saveWith(page.form.save())
            }
        }
    }

    Flickable {
        id: flick
        objectName: "checkInFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: page.form.sessionText
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                text: page.form.editing ? qsTr("Change what you noted") : qsTr("How do you feel now?")
                font.pixelSize: Theme.headlineSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }

            // The quick answers.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                visible: !page.form.editing

                WrapButton {
                    objectName: "noSorenessButton"
                    text: qsTr("No soreness")
                    highlighted: true
                    Accessible.name: qsTr("No soreness: save a check-in with no pain now")
                    onClicked: page.saveWith(page.form.saveNoSoreness())
                }
                WrapButton {
                    objectName: "sameAsLastButton"
                    text: qsTr("Same as last time")
                    enabled: page.form.hasLast
                    Accessible.name: qsTr("Same as last time: fill in the last answers")
                    onClicked: {
                        if (page.form.repeatLast())
                            sameHint.visible = true
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.form.hasLast
                text: page.form.lastText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.captionSize
            }
            Label {
                id: sameHint
                objectName: "sameHint"
                Layout.fillWidth: true
                visible: false
                text: qsTr("Filled in from last time. Check it, answer the questions below, then tap Save.")
                wrapMode: Text.WordWrap
                font.bold: true
            }

            // Did what they did last time help? Asked once, at this check-in.
            Pane {
                objectName: "earlierSelfCarePanel"
                Layout.fillWidth: true
                visible: page.form.earlierSelfCare.count > 0
                Material.elevation: 2
                padding: Theme.margin

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: page.form.earlierSelfCareText
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: page.form.earlierSelfCare

                        delegate: ColumnLayout {
                            id: earlier

                            required property string kind
                            required property string label
                            required property string answer

                            Layout.fillWidth: true
                            spacing: 4

                            Label {
                                Layout.fillWidth: true
                                text: earlier.label
                                wrapMode: Text.WordWrap
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 6

                                Repeater {
                                    model: page.form.selfCareAnswers

                                    delegate: Chip {
                                        required property string termId
                                        required property string label

                                        objectName: "helped-" + earlier.kind + "-" + termId
                                        text: label
                                        checkable: false
                                        checked: earlier.answer === termId
                                        Accessible.role: Accessible.RadioButton
                                        Accessible.name: qsTr("%1: %2").arg(earlier.label).arg(label)
                                        onClicked: page.form.answerEarlierSelfCare(earlier.kind, termId)
                                    }
                                }
                            }
                        }
                    }
                }
            }

            DateTimeField {
                objectName: "atField"
                Layout.fillWidth: true
                label: qsTr("Time of this check-in")
                valueText: page.form.atText
                value: page.form.at
                earliest: page.form.sessionStart
                onPicked: when => page.form.at = when
            }

            SectionHeading {
                text: qsTr("Where does it hurt?")
            }
            Label {
                Layout.fillWidth: true
                text: page.form.hasLast
                      ? qsTr("Tap each sore area, then rate it. A dashed outline and a number in brackets show last time.")
                      : qsTr("Tap each sore area, then rate it.")
                wrapMode: Text.WordWrap
            }
            BodyMap {
                objectName: "bodyMap"
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                regions: page.form.regions
                selectedRegion: page.form.selectedRegion
                markedWord: qsTr("sore, not rated yet")
                onRegionTapped: regionId => page.form.selectRegion(regionId)
            }
            ComboBox {
                id: regionCombo
                objectName: "regionPicker"
                Layout.fillWidth: true
                model: page.form.regions
                textRole: "label"
                valueRole: "regionId"
                displayText: qsTr("Or choose an area from a list")
                Accessible.name: qsTr("Choose a sore area from a list")
                onActivated: page.form.selectRegion(currentValue)

                FocusRing {
                    target: regionCombo.background
                    shown: regionCombo.visualFocus
                }
            }

            // The selected area: how strong, what it feels like.
            Pane {
                objectName: "selectedRegionPanel"
                Layout.fillWidth: true
                visible: page.form.selectedRegion !== ""
                Material.elevation: 2
                padding: Theme.margin

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: page.form.selectedLabel
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.form.selectedPrevious >= 0
                              ? qsTr("How strong is the pain? Last time: %1.").arg(page.form.selectedPrevious)
                              : qsTr("How strong is the pain?")
                        wrapMode: Text.WordWrap
                    }
                    PainScale {
                        objectName: "painScale"
                        Layout.fillWidth: true
                        subject: page.form.selectedLabel
                        value: page.form.selectedIntensity
                        onPicked: v => page.form.setIntensity(v)
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What does it feel like? (choose any)")
                        wrapMode: Text.WordWrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6

                        Repeater {
                            model: page.form.qualities

                            delegate: Chip {
                                id: chip

                                required property string termId
                                required property string label
                                required property bool chosen

                                objectName: "quality-" + termId
                                text: label
                                checked: chosen
                                Accessible.name: qsTr("%1 pain").arg(label)
                                onClicked: page.form.toggleQuality(termId)
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        WrapButton {
                            objectName: "removeRegionButton"
                            flat: true
                            text: qsTr("Remove area")
                            Accessible.name: qsTr("Remove %1").arg(page.form.selectedLabel)
                            onClicked: page.form.removeRegion(page.form.selectedRegion)
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        WrapButton {
                            objectName: "regionDoneButton"
                            text: qsTr("Done")
                            Accessible.name: qsTr("Done with %1").arg(page.form.selectedLabel)
                            onClicked: page.form.clearSelection()
                        }
                    }
                }
            }

            // The areas rated so far, as words.
            Repeater {
                model: page.form.regions

                delegate: ItemDelegate {
                    id: ratedRow

                    required property string regionId
                    required property string summary
                    required property bool marked
                    required property int value

                    Layout.fillWidth: true
                    visible: marked && regionId !== page.form.selectedRegion
                    text: value >= 0 ? summary : qsTr("%1: not rated yet").arg(summary)
                    Accessible.name: qsTr("%1. Tap to change.").arg(text)
                    onClicked: page.form.selectRegion(regionId)

                    FocusRing {
                        target: ratedRow.background
                        shown: ratedRow.visualFocus
                    }
                }
            }

            // The warning signs, one tap away; open when editing a check-in that has some,
            // or when the page was opened for them.
            FoldSection {
                id: warningSection
                objectName: "warningSection"
                Layout.fillWidth: true
                title: qsTr("Warning signs")
                summary: page.form.redFlags.checkedCount > 0
                         ? qsTr("%n ticked. Some need a doctor straight away.", "", page.form.redFlags.checkedCount)
                         : qsTr("Rare, but some need a doctor straight away.")
                Component.onCompleted: expanded = page.opensWarningSigns
                                                  || page.form.redFlags.checkedCount > 0

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Since the massage, have you had any of these? Tick any that apply.")
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: page.form.redFlags

                    delegate: ColumnLayout {
                        id: flag

                        required property int index
                        required property string termId
                        required property string label
                        required property string group
                        required property bool chosen

                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.gap
                            visible: flag.index === 0 || page.form.redFlags.groupAt(flag.index - 1) !== flag.group
                            text: flag.group
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                        }
                        CheckBox {
                            id: box
                            objectName: "redFlag-" + flag.termId
                            Layout.fillWidth: true
                            focusPolicy: Qt.StrongFocus
                            text: flag.label
                            checked: flag.chosen
                            Accessible.name: flag.label
                            onToggled: page.form.setRedFlag(flag.termId, checked)

                            contentItem: Label {
                                leftPadding: box.indicator.width + box.spacing
                                text: box.text
                                wrapMode: Text.WordWrap
                                verticalAlignment: Text.AlignVCenter
                            }

                            FocusRing {
                                target: box.indicator
                                itemRadius: 2
                                shown: box.visualFocus
                            }
                        }
                    }
                }
            }

            // Daily life, other reactions, benefits and self-care: folded, so that a
            // check-in of soreness alone stays short.
            FoldSection {
                objectName: "moreSection"
                Layout.fillWidth: true
                title: qsTr("Daily life and other effects")
                summary: page.form.moreText !== ""
                         ? page.form.moreText
                         : qsTr("Optional: how much it gets in your way, headache or tiredness, good effects, what you did for it")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("How much does it get in the way of your usual activities?")
                    wrapMode: Text.WordWrap
                }
                TermChips {
                    Layout.fillWidth: true
                    terms: page.form.impacts
                    namePrefix: "impact-"
                    single: true
                    onTapped: termId => page.form.setImpact(termId)
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Anything else since your last check-in?")
                    wrapMode: Text.WordWrap
                }
                TermChips {
                    Layout.fillWidth: true
                    terms: page.form.reactions
                    namePrefix: "reaction-"
                    onTapped: termId => page.form.reactions.toggle(termId)
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Any good effects?")
                    wrapMode: Text.WordWrap
                }
                TermChips {
                    Layout.fillWidth: true
                    terms: page.form.benefits
                    namePrefix: "benefit-"
                    onTapped: termId => page.form.benefits.toggle(termId)
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("What did you do for it since your last check-in?")
                    wrapMode: Text.WordWrap
                }
                TermChips {
                    Layout.fillWidth: true
                    terms: page.form.selfCare
                    namePrefix: "selfCare-"
                    onTapped: termId => page.form.selfCare.toggle(termId)
                }
            }

            NoteArea {
                objectName: "noteField"
                Layout.fillWidth: true
                placeholderText: qsTr("Note (optional)")
                text: page.form.note
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Note (optional)")
                onTextChanged: if (text !== page.form.note) page.form.note = text
            }
        }
    }
}
