pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aftercare.Models
import Aftercare.Items

// The top of a session's page, above its check-ins: status, what the analysis noticed,
// the soreness chart and where it is sore now. SessionPage's list header (a file of its
// own: Qt 6.4 cannot make a list header from an inline component of a Bound file).
Item {
    id: root

    // Set by the page once the list has made this item (null until then).
    property SessionDetails details
    readonly property bool dark: Material.theme === Material.Dark

    signal checkInRequested(string sessionId)

    width: ListView.view ? ListView.view.width : 0
    implicitHeight: column.y + column.implicitHeight + Theme.gap

    ColumnLayout {
        id: column
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            visible: root.details?.exists ?? false
            text: (root.details?.whenText ?? "") + " · " + (root.details?.durationText ?? "")
            wrapMode: Text.WordWrap
            opacity: 0.8
        }

        StatusBanner {
            objectName: "statusBanner"
            status: root.details?.status ?? ""
            title: root.details?.statusTitle ?? ""
            advice: root.details?.statusAdvice ?? ""
            grade: root.details?.gradeText ?? ""
            disclaimer: (root.details?.exists ?? false) ? (root.details?.notADiagnosis ?? "") : ""
        }

        // The therapist's advice for afterwards, near the top: it is what to do now.
        Rectangle {
            objectName: "adviceBox"
            Layout.fillWidth: true
            visible: (root.details?.advice ?? "") !== ""
            implicitHeight: adviceColumn.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: "transparent"
            border.width: 1
            border.color: Qt.alpha(root.Material.foreground, 0.25)
            Accessible.role: Accessible.StaticText
            Accessible.name: adviceHeading.text + ": " + adviceText.text

            ColumnLayout {
                id: adviceColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: 2
                Label {
                    id: adviceHeading
                    Layout.fillWidth: true
                    text: qsTr("Your therapist's advice")
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    id: adviceText
                    objectName: "adviceText"
                    Layout.fillWidth: true
                    text: root.details?.advice ?? ""
                    wrapMode: Text.WordWrap
                }
            }
        }

        PromptBanner {
            objectName: "promptBanner"
            Layout.fillWidth: true
            visible: (root.details?.exists ?? false) && (root.details?.promptDue ?? false)
            onLogNow: root.checkInRequested(root.details?.sessionId ?? "")
        }

        WrapButton {
            objectName: "logCheckInButton"
            Layout.fillWidth: true
            visible: root.details?.exists ?? false
            highlighted: true
            text: qsTr("Log how you feel now")
            Accessible.name: text
            onClicked: root.checkInRequested(root.details?.sessionId ?? "")
        }

        Label {
            objectName: "pageError"
            Layout.fillWidth: true
            visible: (root.details?.error ?? "") !== ""
            text: root.details?.error ?? ""
            wrapMode: Text.WordWrap
            color: Theme.statusColor("emergency", root.dark)
        }

        // What the analysis noticed, with when.
        SectionHeading {
            visible: (root.details?.flags.count ?? 0) > 0
            text: qsTr("What Aftercare noticed")
        }
        Repeater {
            model: root.details?.flags ?? null

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
                    color: Theme.statusColor(flagRow.asStatus, root.dark)
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
            visible: (root.details?.checkIns.count ?? 0) > 0
            details: root.details
            dark: root.dark
            Accessible.role: Accessible.Chart
            Accessible.name: root.details?.chartSummary ?? ""
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

        // What was done for the soreness and whether it helped.
        SectionHeading {
            visible: (root.details?.selfCare.count ?? 0) > 0
            text: qsTr("What you did for it")
        }
        TallyLines {
            objectName: "selfCareLines"
            model: root.details?.selfCare ?? null
        }
        // Other reactions and benefits: one line each, below the chart.
        SectionHeading {
            visible: (root.details?.reactions.count ?? 0) > 0
            text: qsTr("Other reactions")
        }
        TallyLines {
            objectName: "reactionLines"
            model: root.details?.reactions ?? null
        }
        SectionHeading {
            visible: (root.details?.benefits.count ?? 0) > 0
            text: qsTr("Good effects")
        }
        TallyLines {
            objectName: "benefitLines"
            model: root.details?.benefits ?? null
        }

        SectionHeading {
            text: (root.details?.checkIns.count ?? 0) > 0
                  ? qsTr("Check-ins (%1)").arg(root.details?.checkIns.count ?? 0)
                  : qsTr("Check-ins")
        }
        Label {
            Layout.fillWidth: true
            visible: (root.details?.exists ?? false) && (root.details?.checkIns.count ?? 0) === 0
            text: qsTr("No check-ins yet. Soreness often starts 6 to 24 hours after a massage: log how you feel every few hours.")
            wrapMode: Text.WordWrap
        }
        BodyMap {
            objectName: "latestBodyMap"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            visible: (root.details?.checkIns.count ?? 0) > 0
            regions: root.details?.latestRegions ?? null
            interactive: false
            markedWord: qsTr("sore")
            maximumHeight: 300
            Accessible.name: root.details?.latestText ?? ""
        }
        Label {
            Layout.fillWidth: true
            visible: (root.details?.checkIns.count ?? 0) > 0
            text: root.details?.latestText ?? ""
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
        }
    }
}
