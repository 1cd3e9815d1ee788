pragma Singleton
import QtQuick
import Aftercare.Items

// Colours, sizes and the status look. Presentation only: which status applies
// is decided in C++ (core/analysis).
QtObject {
    readonly property int gap: 8
    readonly property int margin: 16
    readonly property int radius: 12
    readonly property int touch: 48 // smallest tap target, in device-independent pixels

    // Type sizes come from C++ (Typography), where startup prepares their fonts.
    readonly property int captionSize: Typography.caption
    readonly property int bodySize: Typography.body
    readonly property int titleSize: Typography.title
    readonly property int appBarTitleSize: Typography.appBarTitle
    readonly property int headlineSize: Typography.headline

    // The accent for outlines and ticks: bright enough on either background.
    function selection(dark: bool): color {
        return dark ? "#4db6ac" : "#00796b"
    }

    // The keyboard-focus ring (FocusRing): black on a light page, white on a dark one.
    // Either stands out at least 3:1 from the page and from a teal (highlighted) button.
    function focusRing(dark: bool): color {
        return dark ? "#ffffff" : "#000000"
    }

    function statusIcon(status: string): string {
        switch (status) {
        case "emergency": return "emergency"
        case "see-doctor-today":
        case "see-doctor": return "warning"
        case "contact-therapist": return "chat"
        case "watch": return "clock"
        case "on-track":
        case "resolved": return "check"
        }
        return "question"
    }

    // Text and icon colour of a status, readable on statusBackground().
    function statusColor(status: string, dark: bool): color {
        switch (status) {
        case "emergency":
        case "see-doctor-today": return dark ? "#ffb4ab" : "#93000a"
        case "see-doctor": return dark ? "#ffb77c" : "#7a3a00"
        case "contact-therapist": return dark ? "#f1c100" : "#5c4300"
        case "watch": return dark ? "#a8c8ff" : "#0b3f8a"
        case "on-track":
        case "resolved": return dark ? "#8fd8a2" : "#0f5223"
        }
        return dark ? "#c4c7c5" : "#3c4043"
    }

    function statusBackground(status: string, dark: bool): color {
        switch (status) {
        case "emergency":
        case "see-doctor-today": return dark ? "#5c1a15" : "#ffdad6"
        case "see-doctor": return dark ? "#4e2a00" : "#ffdcc2"
        case "contact-therapist": return dark ? "#3f3100" : "#ffefb0"
        case "watch": return dark ? "#0d2f5f" : "#d8e6ff"
        case "on-track":
        case "resolved": return dark ? "#153d22" : "#d3f2da"
        }
        return dark ? "#2d3033" : "#e8eaed"
    }

    // Fill of a body region rated 0..10 (the number is always printed on top).
    function intensityColor(value: int, dark: bool): color {
        if (value < 0)
            return dark ? "#3a3d40" : "#e6e1dc"
        const light = ["#f4efe6", "#fde8c8", "#fddbb0", "#fbc98f", "#f8b473", "#f49a5a",
                       "#ee7f45", "#e36336", "#d2492c", "#bb3124", "#9e1c1c"]
        const night = ["#45484b", "#5a4a33", "#6b5232", "#7d5830", "#8f5c2d", "#a05d2a",
                       "#b15a27", "#bf5124", "#c94322", "#cf3320", "#d4211f"]
        return (dark ? night : light)[Math.max(0, Math.min(10, value))]
    }

    function intensityTextColor(value: int, dark: bool): color {
        return !dark && value >= 7 ? "#ffffff" : (dark ? "#ffffff" : "#1f1f1f")
    }
}
