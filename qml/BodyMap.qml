pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Shapes
import Aftercare.Models

// Front and back figures with the 25 tappable regions of the log format.
// Each region shows its value as a number (colour is never the only sign);
// a dashed outline and a number in brackets show the value last time.
// By keyboard the map is one stop: the arrow keys move between the regions of both
// figures, Space or Enter chooses one, Tab goes on past the map.
Item {
    id: root

    required property RegionListModel regions
    property string selectedRegion
    property bool interactive: true
    // What `marked` means on this page, for screen readers ("worked on", "sore").
    property string markedWord: qsTr("marked")
    property real maximumHeight: 440

    signal regionTapped(string regionId)

    // Where the arrow keys are: "front:head", "back:lower-back" (BodyGeometry.places).
    property string currentPlace
    // What a screen reader says for it.
    property string currentName

    function moveTo(place: string) {
        if (place !== "")
            currentPlace = place
    }
    function chooseCurrent() {
        if (root.interactive && currentPlace !== "")
            root.regionTapped(BodyGeometry.placeRegion(currentPlace))
    }

    activeFocusOnTab: interactive
    onActiveFocusChanged: {
        if (!activeFocus || BodyGeometry.places.indexOf(currentPlace) >= 0)
            return
        // Start where the chosen region is, or at the top of the front figure.
        currentPlace = BodyGeometry.placeOf("front", selectedRegion)
                       || BodyGeometry.placeOf("back", selectedRegion)
                       || BodyGeometry.places[0]
    }
    Keys.onPressed: event => {
        const places = BodyGeometry.places
        switch (event.key) {
        case Qt.Key_Left: root.moveTo(BodyGeometry.neighbour(root.currentPlace, "left")); break
        case Qt.Key_Right: root.moveTo(BodyGeometry.neighbour(root.currentPlace, "right")); break
        case Qt.Key_Up: root.moveTo(BodyGeometry.neighbour(root.currentPlace, "up")); break
        case Qt.Key_Down: root.moveTo(BodyGeometry.neighbour(root.currentPlace, "down")); break
        case Qt.Key_Home: root.moveTo(places[0]); break
        case Qt.Key_End: root.moveTo(places[places.length - 1]); break
        case Qt.Key_Space:
        case Qt.Key_Return:
        case Qt.Key_Enter: root.chooseCurrent(); break
        default: return
        }
        event.accepted = true
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: currentName !== "" && activeFocus ? qsTr("Body map: %1").arg(currentName)
                                                       : qsTr("Body map")
    Accessible.description: qsTr("Arrow keys move between the areas; Space or Enter chooses one.")
    Accessible.focusable: interactive

    readonly property bool dark: Material.theme === Material.Dark
    // The figures use x 18..82 and y 0..208 of the 100×230 grid.
    readonly property real unit: Math.max(0.5, Math.min((width - figures.spacing) / 2 / 64,
                                                        (maximumHeight - caption.height) / 208))

    implicitWidth: 300
    implicitHeight: figures.implicitHeight

    Label {
        id: caption
        visible: false
        text: qsTr("Front")
    }

    Row {
        id: figures
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.margin

        Repeater {
            model: ["front", "back"]

            delegate: Column {
                id: figure

                required property string modelData

                spacing: 2

                Label {
                    width: canvas.width
                    horizontalAlignment: Text.AlignHCenter
                    text: figure.modelData === "front" ? qsTr("Front") : qsTr("Back")
                    font.bold: true
                }

                Item {
                    id: canvas
                    width: 64 * root.unit
                    height: 208 * root.unit

                    // The person's sides: mirrored between the two views.
                    Label {
                        anchors.left: parent.left
                        width: 20 * root.unit
                        text: figure.modelData === "front" ? qsTr("Right") : qsTr("Left")
                        font.pixelSize: Theme.captionSize
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 8
                        opacity: 0.75
                    }
                    Label {
                        anchors.right: parent.right
                        width: 20 * root.unit
                        horizontalAlignment: Text.AlignRight
                        text: figure.modelData === "front" ? qsTr("Left") : qsTr("Right")
                        font.pixelSize: Theme.captionSize
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 8
                        opacity: 0.75
                    }

                    Repeater {
                        model: root.regions

                        delegate: Shape {
                            id: region

                            required property string regionId
                            required property string label
                            required property int value
                            required property bool marked
                            required property int previous
                            required property string summary

                            readonly property string outline: BodyGeometry.outline(figure.modelData, regionId)
                            readonly property point centre: BodyGeometry.centre(figure.modelData, regionId)
                            readonly property bool selected: root.selectedRegion === regionId
                            readonly property bool current: root.activeFocus
                                                            && root.currentPlace === figure.modelData + ":" + regionId
                            // Its name for screen readers, with the view where both show it.
                            readonly property string spoken: {
                                let words = value >= 0 ? summary : label
                                if (marked && value < 0)
                                    words = qsTr("%1, %2").arg(words).arg(root.markedWord)
                                if (previous >= 0)
                                    words = qsTr("%1, last time %2").arg(words).arg(previous)
                                if (BodyGeometry.onBothViews(regionId))
                                    words = figure.modelData === "front" ? qsTr("Front view, %1").arg(words)
                                                                         : qsTr("Back view, %1").arg(words)
                                return words
                            }
                            onCurrentChanged: if (current) root.currentName = spoken
                            onSpokenChanged: if (current) root.currentName = spoken
                            readonly property bool showsPrevious: value < 0 && previous >= 0

                            function activate() {
                                if (root.interactive)
                                    root.regionTapped(regionId)
                            }

                            objectName: "region-" + figure.modelData + "-" + regionId
                            visible: outline !== ""
                            x: -18 * root.unit
                            width: 100 * root.unit
                            height: 230 * root.unit
                            containsMode: Shape.FillContains
                            z: current ? 3 : (selected ? 2 : 0)

                            Accessible.role: Accessible.Button
                            Accessible.name: spoken
                            Accessible.onPressAction: activate()

                            ShapePath {
                                scale: Qt.size(root.unit, root.unit)
                                fillColor: region.value >= 0
                                           ? Theme.intensityColor(region.value, root.dark)
                                           : region.marked
                                             ? Qt.alpha(Theme.selection(root.dark), root.dark ? 0.45 : 0.3)
                                             : Theme.intensityColor(-1, root.dark)
                                // Under the focus ring: a band of the page's colour.
                                strokeColor: region.current ? region.Material.background
                                             : region.selected ? Theme.selection(root.dark)
                                             : (root.dark ? "#9aa0a6" : "#80868b")
                                strokeWidth: region.current ? 7 : (region.selected ? 3 : 1)
                                strokeStyle: region.showsPrevious ? ShapePath.DashLine : ShapePath.SolidLine
                                dashPattern: [3, 2]
                                joinStyle: ShapePath.RoundJoin

                                PathSvg {
                                    path: region.outline
                                }
                            }
                            // The keyboard focus: the ring colour of FocusRing, over the band.
                            ShapePath {
                                scale: Qt.size(root.unit, root.unit)
                                fillColor: "transparent"
                                strokeColor: region.current ? Theme.focusRing(root.dark) : "transparent"
                                strokeWidth: region.current ? 3 : 0
                                joinStyle: ShapePath.RoundJoin

                                PathSvg {
                                    path: region.outline
                                }
                            }

                            TapHandler {
                                enabled: root.interactive
                                onTapped: region.activate()
                            }

                            Rectangle {
                                id: badge
                                visible: region.value >= 0 || region.marked || region.showsPrevious
                                width: Math.max(height, badgeText.implicitWidth + 8)
                                height: badgeText.implicitHeight + 2
                                radius: height / 2
                                x: region.centre.x * root.unit - width / 2
                                y: region.centre.y * root.unit - height / 2
                                color: region.value >= 0 ? Theme.intensityColor(region.value, root.dark)
                                                         : region.Material.background
                                border.width: 1
                                border.color: region.Material.foreground
                                opacity: region.showsPrevious ? 0.8 : 1

                                Label {
                                    id: badgeText
                                    anchors.centerIn: parent
                                    font.pixelSize: Theme.captionSize
                                    font.bold: region.value >= 0
                                    color: region.value >= 0 ? Theme.intensityTextColor(region.value, root.dark)
                                                             : region.Material.foreground
                                    text: region.value >= 0 ? String(region.value)
                                                            : region.showsPrevious ? qsTr("(%1)").arg(region.previous)
                                                                                   : qsTr("✓")
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
