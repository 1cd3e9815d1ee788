pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// A small line icon drawn on a 24×24 grid, so it scales crisply. Decorative:
// the control that shows it carries the accessible name.
Item {
    id: root

    property string name: "info"
    property color color: "black"
    property real lineWidth: 2

    implicitWidth: 24
    implicitHeight: 24
    Accessible.ignored: true

    readonly property var paths: ({
        "back": "M20 12 L5 12 M11 6 L5 12 L11 18",
        "add": "M12 5 L12 19 M5 12 L19 12",
        "close": "M6 6 L18 18 M18 6 L6 18",
        "check": "M4 12.5 L9.5 18 L20 6.5",
        "edit": "M4 20 L5 15.5 L16 4.5 L19.5 8 L8.5 19 Z M14 6.5 L17.5 10",
        "delete": "M5 7 L19 7 M10 4 L14 4 M7 7 L8 20 L16 20 L17 7 M10.5 10.5 L10.5 16.5 M13.5 10.5 L13.5 16.5",
        "settings": "M4 7 L20 7 M4 17 L20 17 M9 4 L9 10 M15 14 L15 20",
        "warning": "M12 3 L22.5 20.5 L1.5 20.5 Z M12 9.5 L12 14.5 M12 17.3 L12 17.6",
        "emergency": "M8 2.5 L16 2.5 L21.5 8 L21.5 16 L16 21.5 L8 21.5 L2.5 16 L2.5 8 Z M12 7 L12 13.5 M12 16.8 L12 17.1",
        "chat": "M3.5 4.5 L20.5 4.5 L20.5 16 L10 16 L5.5 20 L5.5 16 L3.5 16 Z M8 9 L16 9 M8 12 L13.5 12",
        "clock": "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M12 6.5 L12 12 L15.5 14.5",
        "info": "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M12 10.5 L12 17 M12 7.2 L12 7.5",
        "question": "M3 12 A9 9 0 1 1 21 12 A9 9 0 1 1 3 12 Z M9.3 9.5 A2.8 2.8 0 1 1 12 12.3 L12 14 M12 16.8 L12 17.1",
        "drop": "M12 3 Q18.5 11 18.5 14.5 A6.5 6.5 0 0 1 5.5 14.5 Q5.5 11 12 3 Z",
        "walk": "M13 4.5 A1.5 1.5 0 1 1 13 4.49 M12 8 L10 14 L7 20 M12 8 L15 12 L18 13 M11 12 L14 16 L15 20 M12 8 L8.5 10.5 L7 13",
        "calendar": "M4 6 L20 6 L20 20 L4 20 Z M4 10 L20 10 M8 3.5 L8 7.5 M16 3.5 L16 7.5"
    })

    Shape {
        anchors.fill: parent

        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            scale: Qt.size(root.width / 24, root.height / 24)

            PathSvg {
                path: root.paths[root.name] ?? root.paths["info"]
            }
        }
    }
}
