pragma Singleton
import QtQuick

// Outlines of the body regions on a 100×230 grid, one figure seen from the
// front and one from the back. On the front figure the person's right side is
// on the viewer's left; on the back figure it is on the viewer's right.
// Adjacent regions share their edges (knees, ankles, hips), so each figure
// reads as one body. Region ids are those of the log format (core/model/vocabulary).
QtObject {
    readonly property size grid: Qt.size(100, 230)

    readonly property string headPath: "M40 16 A10 12 0 1 1 60 16 A10 12 0 1 1 40 16 Z"
    readonly property string neckPath: "M45 27 L55 27 L56 35 L44 35 Z"
    readonly property string viewerLeftShoulder: "M44 35 L36 36 Q28 38 27 47 L35 49 Q37 42 40 40 Z"
    readonly property string viewerRightShoulder: "M56 35 L64 36 Q72 38 73 47 L65 49 Q63 42 60 40 Z"
    readonly property string viewerLeftArm: "M27 49 L35 51 L33 75 L30 100 L31 112 Q27 116 23 112 L22 100 L24 75 Z"
    readonly property string viewerRightArm: "M73 49 L65 51 L67 75 L70 100 L69 112 Q73 116 77 112 L78 100 L76 75 Z"

    // regionId → outline, per view. A region missing from a view is not drawn there.
    readonly property var front: ({
        "head": headPath,
        "neck": neckPath,
        "shoulder-right": viewerLeftShoulder,
        "shoulder-left": viewerRightShoulder,
        "arm-right": viewerLeftArm,
        "arm-left": viewerRightArm,
        "chest": "M44 35 L56 35 L60 40 Q63 42 65 49 L64 62 L36 62 L35 49 Q37 42 40 40 Z",
        "abdomen": "M36 62 L64 62 L63 84 L37 84 Z",
        "hip-right": "M37 84 L50 84 L50 100 L35 102 Q34 92 37 84 Z",
        "hip-left": "M63 84 L50 84 L50 100 L65 102 Q66 92 63 84 Z",
        "thigh-front-right": "M35 102 L50 100 L49 108 L47 145 L38 145 Q34 120 35 102 Z",
        "thigh-front-left": "M65 102 L50 100 L51 108 L53 145 L62 145 Q66 120 65 102 Z",
        "shin-right": "M38 145 L47 145 L46 192 L40 192 Q37 170 38 145 Z",
        "shin-left": "M62 145 L53 145 L54 192 L60 192 Q63 170 62 145 Z",
        "foot-right": "M40 192 L46 192 L47 203 Q40 206 34 204 Q35 199 40 192 Z",
        "foot-left": "M60 192 L54 192 L53 203 Q60 206 66 204 Q65 199 60 192 Z"
    })

    readonly property var back: ({
        "head": headPath,
        "neck": neckPath,
        "shoulder-left": viewerLeftShoulder,
        "shoulder-right": viewerRightShoulder,
        "arm-left": viewerLeftArm,
        "arm-right": viewerRightArm,
        "upper-back": "M44 35 L56 35 L60 40 Q63 42 65 49 L64 52 L36 52 L35 49 Q37 42 40 40 Z",
        "mid-back": "M36 52 L64 52 L64 68 L36 68 Z",
        "lower-back": "M36 68 L64 68 L63 84 L37 84 Z",
        "gluteal-left": "M37 84 L50 84 L50 104 Q42 107 35 102 Q34 92 37 84 Z",
        "gluteal-right": "M63 84 L50 84 L50 104 Q58 107 65 102 Q66 92 63 84 Z",
        "thigh-back-left": "M35 102 Q42 107 50 104 L49 110 L47 145 L38 145 Q34 122 35 102 Z",
        "thigh-back-right": "M65 102 Q58 107 50 104 L51 110 L53 145 L62 145 Q66 122 65 102 Z",
        "calf-left": "M38 145 L47 145 Q48 160 46 192 L40 192 Q35 165 38 145 Z",
        "calf-right": "M62 145 L53 145 Q52 160 54 192 L60 192 Q65 165 62 145 Z",
        "foot-left": "M40 192 L46 192 L46 203 Q43 205 40 203 Z",
        "foot-right": "M60 192 L54 192 L54 203 Q57 205 60 203 Z"
    })

    // Where a region's number goes, per view.
    readonly property var frontCentres: ({
        "head": Qt.point(50, 15), "neck": Qt.point(50, 31),
        "shoulder-right": Qt.point(34, 43), "shoulder-left": Qt.point(66, 43),
        "arm-right": Qt.point(28, 82), "arm-left": Qt.point(72, 82),
        "chest": Qt.point(50, 50), "abdomen": Qt.point(50, 73),
        "hip-right": Qt.point(43, 92), "hip-left": Qt.point(57, 92),
        "thigh-front-right": Qt.point(42, 122), "thigh-front-left": Qt.point(58, 122),
        "shin-right": Qt.point(42.5, 168), "shin-left": Qt.point(57.5, 168),
        "foot-right": Qt.point(41, 199), "foot-left": Qt.point(59, 199)
    })

    readonly property var backCentres: ({
        "head": Qt.point(50, 15), "neck": Qt.point(50, 31),
        "shoulder-left": Qt.point(34, 43), "shoulder-right": Qt.point(66, 43),
        "arm-left": Qt.point(28, 82), "arm-right": Qt.point(72, 82),
        "upper-back": Qt.point(50, 44), "mid-back": Qt.point(50, 60),
        "lower-back": Qt.point(50, 76),
        "gluteal-left": Qt.point(43, 94), "gluteal-right": Qt.point(57, 94),
        "thigh-back-left": Qt.point(42, 125), "thigh-back-right": Qt.point(58, 125),
        "calf-left": Qt.point(42.5, 168), "calf-right": Qt.point(57.5, 168),
        "foot-left": Qt.point(43, 199), "foot-right": Qt.point(57, 199)
    })

    function outline(view: string, regionId: string): string {
        const table = view === "back" ? back : front
        return table[regionId] ?? ""
    }

    function centre(view: string, regionId: string): point {
        const table = view === "back" ? backCentres : frontCentres
        return table[regionId] ?? Qt.point(50, 115)
    }

    // Keyboard use: every region of both figures as "view:regionId", front first, each
    // figure from the head down.
    readonly property var places: {
        const all = []
        for (const view of ["front", "back"]) {
            const centres = view === "back" ? backCentres : frontCentres
            const ids = Object.keys(centres).sort((a, b) => centres[a].y - centres[b].y
                                                            || centres[a].x - centres[b].x)
            for (const id of ids)
                all.push(view + ":" + id)
        }
        return all
    }
    // The back figure's x on the grid when both are seen side by side.
    readonly property real backOffset: 80

    function placeView(place: string): string {
        return place.split(":")[0]
    }
    function placeRegion(place: string): string {
        return place.split(":")[1] ?? ""
    }
    function placeOf(view: string, regionId: string): string {
        return outline(view, regionId) === "" ? "" : view + ":" + regionId
    }
    // True for a region drawn on both figures (head, arms, feet): its name says which.
    function onBothViews(regionId: string): bool {
        return outline("front", regionId) !== "" && outline("back", regionId) !== ""
    }

    // Where an arrow key ("left", "right", "up", "down") goes from a place: the nearest
    // region whose number lies that way, preferring those within 45° of the key's
    // direction; the figures side by side. The place itself when nothing lies that way.
    function neighbour(place: string, direction: string): string {
        const at = where(place)
        if (!at)
            return place
        let best = place
        let bestScore = Infinity
        let bestInCone = false
        for (const other of places) {
            if (other === place)
                continue
            const to = where(other)
            const dx = to.x - at.x
            const dy = to.y - at.y
            const along = direction === "left" ? -dx : direction === "right" ? dx
                        : direction === "up" ? -dy : dy
            const across = Math.abs(direction === "left" || direction === "right" ? dy : dx)
            if (along <= 0.5)
                continue
            const inCone = across <= along
            const score = along + 2 * across
            if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
                best = other
                bestScore = score
                bestInCone = inCone
            }
        }
        return best
    }

    function where(place: string) {
        const view = placeView(place)
        const table = view === "back" ? backCentres : frontCentres
        const c = table[placeRegion(place)]
        if (!c)
            return null
        return Qt.point(c.x + (view === "back" ? backOffset : 0), c.y)
    }
}
