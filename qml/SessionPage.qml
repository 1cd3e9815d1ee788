pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models

// One session: its status (from the analysis), what was noticed and when, the
// check-ins (edit; delete with undo), the session's details and aftercare tips.
AppPage {
    id: page

    required property SessionDetails details

    signal checkInRequested(string sessionId)
    signal editRequested(CheckInForm form)
    signal exportRequested(string sessionId)

    pageName: "session"
    title: details.exists ? details.title : qsTr("Session")

    readonly property bool dark: Material.theme === Material.Dark

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin + (undoBar.visible ? undoBar.height : 0)
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
                visible: page.details.exists
                text: page.details.whenText + " · " + page.details.durationText
                wrapMode: Text.WordWrap
                opacity: 0.8
            }

            StatusBanner {
                objectName: "statusBanner"
                status: page.details.status
                title: page.details.statusTitle
                advice: page.details.statusAdvice
                disclaimer: page.details.exists ? page.details.notADiagnosis : ""
            }

            PromptBanner {
                objectName: "promptBanner"
                Layout.fillWidth: true
                visible: page.details.exists && page.details.promptDue
                onLogNow: page.checkInRequested(page.details.sessionId)
            }

            Button {
                objectName: "logCheckInButton"
                Layout.fillWidth: true
                visible: page.details.exists
                highlighted: true
                text: qsTr("Log how you feel now")
                Accessible.name: text
                onClicked: page.checkInRequested(page.details.sessionId)
            }

            Label {
                objectName: "pageError"
                Layout.fillWidth: true
                visible: page.details.error !== ""
                text: page.details.error
                wrapMode: Text.WordWrap
                color: Theme.statusColor("emergency", page.dark)
            }

            // What the analysis noticed, with when.
            SectionHeading {
                visible: page.details.flags.count > 0
                text: qsTr("What Aftercare noticed")
            }
            Repeater {
                model: page.details.flags

                delegate: RowLayout {
                    id: flagRow

                    required property string severity
                    required property string atText
                    required property string hoursText
                    required property string message

                    readonly property string asStatus: severity === "info" ? "" : severity

                    Layout.fillWidth: true
                    spacing: Theme.gap

                    LineIcon {
                        Layout.alignment: Qt.AlignTop
                        name: flagRow.severity === "info" ? "info" : Theme.statusIcon(flagRow.severity)
                        color: Theme.statusColor(flagRow.asStatus, page.dark)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 (%2)").arg(flagRow.atText).arg(flagRow.hoursText)
                            font.pixelSize: Theme.captionSize
                            opacity: 0.8
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: flagRow.message
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            // Soreness over time, painted by the same C++ painter as the PDF report.
            SectionHeading {
                visible: sorenessChart.visible
                text: qsTr("Soreness over time")
            }
            SorenessChart {
                id: sorenessChart
                objectName: "sorenessChart"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(220, Math.min(320, width * 0.62))
                visible: page.details.checkIns.count > 0
                details: page.details
                dark: page.dark
                Accessible.role: Accessible.Chart
                Accessible.name: page.details.chartSummary
            }
            // The legend as wrapping text when the chart is too narrow for its own.
            Repeater {
                model: sorenessChart.visible && !sorenessChart.legendInside ? [
                    { colour: sorenessChart.intensityColor, dashed: false, text: qsTr("Highest soreness at each check-in") },
                    { colour: sorenessChart.excessColor, dashed: true, text: qsTr("Soreness above your level before the session (dashed)") }
                ] : []
                delegate: RowLayout {
                    id: legendRow

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Row {
                        spacing: 3
                        Layout.alignment: Qt.AlignVCenter
                        Repeater {
                            model: legendRow.modelData.dashed ? 3 : 1
                            delegate: Rectangle {
                                width: legendRow.modelData.dashed ? 6 : 24
                                height: 3
                                color: legendRow.modelData.colour
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: legendRow.modelData.text
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.WordWrap
                    }
                }
            }

            SectionHeading {
                text: page.details.checkIns.count > 0
                      ? qsTr("Check-ins (%1)").arg(page.details.checkIns.count)
                      : qsTr("Check-ins")
            }
            Label {
                Layout.fillWidth: true
                visible: page.details.exists && page.details.checkIns.count === 0
                text: qsTr("No check-ins yet. Soreness often starts 6 to 24 hours after a massage: log how you feel every few hours.")
                wrapMode: Text.WordWrap
            }
            BodyMap {
                objectName: "latestBodyMap"
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                visible: page.details.checkIns.count > 0
                regions: page.details.latestRegions
                interactive: false
                markedWord: qsTr("sore")
                maximumHeight: 300
                Accessible.name: page.details.latestText
            }
            Label {
                Layout.fillWidth: true
                visible: page.details.checkIns.count > 0
                text: page.details.latestText
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.captionSize
                wrapMode: Text.WordWrap
            }

            Repeater {
                objectName: "checkInRepeater"
                model: page.details.checkIns

                delegate: Pane {
                    id: checkInCard

                    required property int index
                    required property string atText
                    required property string hoursText
                    required property string summary
                    required property string redFlagsText
                    required property string note
                    required property string flagsText

                    Layout.fillWidth: true
                    padding: Theme.margin
                    Material.elevation: 1

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 4

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(checkInCard.atText).arg(checkInCard.hoursText)
                            font.pixelSize: Theme.captionSize
                            opacity: 0.8
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "checkInSummary"
                            Layout.fillWidth: true
                            text: checkInCard.summary
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: checkInCard.redFlagsText !== ""
                            text: qsTr("Warning signs: %1").arg(checkInCard.redFlagsText)
                            color: Theme.statusColor("emergency", page.dark)
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: checkInCard.flagsText !== ""
                            text: checkInCard.flagsText
                            wrapMode: Text.WordWrap
                            font.italic: true
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: checkInCard.note !== ""
                            text: qsTr("Note: %1").arg(checkInCard.note)
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            Layout.alignment: Qt.AlignRight
                            Button {
                                objectName: "editCheckInButton"
                                flat: true
                                text: qsTr("Edit")
                                Accessible.name: qsTr("Edit the check-in of %1").arg(checkInCard.atText)
                                onClicked: {
                                    const form = page.details.editForm(checkInCard.index)
                                    if (form)
                                        page.editRequested(form)
                                }
                            }
                            Button {
                                objectName: "deleteCheckInButton"
                                flat: true
                                text: qsTr("Delete")
                                Accessible.name: qsTr("Delete the check-in of %1").arg(checkInCard.atText)
                                onClicked: {
                                    if (page.details.removeCheckIn(checkInCard.index))
                                        undoBar.show()
                                }
                            }
                        }
                    }
                }
            }

            SectionHeading {
                visible: page.details.exists
                text: qsTr("The session")
            }
            InfoRow {
                label: qsTr("When")
                value: page.details.whenText
            }
            InfoRow {
                label: qsTr("Duration")
                value: page.details.durationText
            }
            InfoRow {
                label: qsTr("Technique")
                value: page.details.techniqueText
            }
            InfoRow {
                label: qsTr("Pressure")
                value: page.details.exists ? page.details.pressureText : ""
            }
            InfoRow {
                label: qsTr("Therapist")
                value: page.details.therapist
            }
            InfoRow {
                label: qsTr("Areas worked on")
                value: page.details.exists ? page.details.areasText : ""
            }
            InfoRow {
                label: qsTr("Pain before the session")
                value: page.details.exists ? page.details.baselineText : ""
            }
            InfoRow {
                objectName: "adviceRow"
                label: qsTr("Your therapist's advice")
                value: page.details.advice
            }
            InfoRow {
                label: qsTr("Notes")
                value: page.details.notes
            }
            Button {
                objectName: "exportSessionButton"
                Layout.fillWidth: true
                visible: page.details.exists
                flat: true
                text: qsTr("Export or print this session")
                Accessible.name: text
                onClicked: page.exportRequested(page.details.sessionId)
            }

            SectionHeading {
                visible: page.details.screening.checkedCount > 0
                text: qsTr("Before the session you said yes to")
            }
            Repeater {
                model: page.details.screening

                delegate: ColumnLayout {
                    id: screeningRow

                    required property string label
                    required property string detail
                    required property bool chosen

                    Layout.fillWidth: true
                    visible: chosen
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: screeningRow.label
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: screeningRow.detail
                        wrapMode: Text.WordWrap
                    }
                }
            }

            SectionHeading {
                visible: page.details.exists
                text: qsTr("Looking after yourself")
            }
            Repeater {
                model: page.details.exists ? [
                    { icon: "drop", text: qsTr("Drink plenty of water over the next hours.") },
                    { icon: "walk", text: qsTr("Take a short, gentle walk rather than strenuous exercise: it helps the worked muscles adjust and keeps them from stiffening.") },
                    { icon: "chat", text: qsTr("Tell your therapist about any sharp, burning or electric feeling, during or after the massage.") }
                ] : []

                delegate: RowLayout {
                    id: tip

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.gap
                    LineIcon {
                        Layout.alignment: Qt.AlignTop
                        name: tip.modelData.icon
                        color: Theme.selection(page.dark)
                    }
                    Label {
                        Layout.fillWidth: true
                        text: tip.modelData.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    UndoBar {
        id: undoBar
        objectName: "undoBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        message: page.details.undoText
        onUndoRequested: page.details.undoRemove()
        onExpired: page.details.discardUndo()
    }
}
