import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A heading inside a page, read as a heading by screen readers.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.margin
    font.pixelSize: Theme.titleSize
    font.bold: true
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
}
