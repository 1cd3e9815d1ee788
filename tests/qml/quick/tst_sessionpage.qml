import QtQuick
import QtTest
import AftercareTest

// The session page shows the whole reaction (issue 23): the grade in words next to the
// status, the therapist's advice near the top, what was done and whether it helped,
// the other reactions and good effects, and per check-in "entered later", the impact
// and the reactions. Home's technique card says what helped most.
AppTestCase {
    name: "SessionPage"

    // The texts of a TallyLines' rows, in order.
    function lines(tally) {
        const result = []
        for (let i = 0; i < tally.children.length; ++i) {
            const child = tally.children[i]
            if (child.text !== undefined && child.visible)
                result.push(child.text)
        }
        return result
    }

    function openSession(c, id) {
        openApp(c)
        expectPage("home")
        const list = find("sessionList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        mouseClick(list.itemAtIndex(0))
        const session = expectPage("session")
        compare(session.details.sessionId, id)
        return session
    }

    function test_theWholeReaction() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 30, 2, [
            { hours: 4, intensity: 4, impact: "a-lot", reactions: ["headache"],
              selfCare: [{ kind: "heat", helped: "yes" }, { kind: "walk", helped: "no" }] },
            { hours: 9, intensity: 3, recordedHours: 12, reactions: ["headache", "tiredness"],
              benefits: ["relaxed"], selfCare: [{ kind: "heat", helped: "a-little" }] },
            { hours: 20, intensity: 2, selfCare: [{ kind: "heat" }] }
        ])
        const session = openSession(c, id)

        const banner = find("statusBanner", session)
        compare(banner.grade, "Moderate reaction: it got in the way of your day, or a doctor should look at it.")
        verify(find("gradeText", banner).visible)
        verify(banner.Accessible.name.indexOf(banner.grade) >= 0)
        verify(banner.disclaimer !== "")

        compare(lines(find("selfCareLines", session)),
                ["Gentle walk: done 1 time, did not help", "Heat: done 3 times, helped 2 times"])
        compare(lines(find("reactionLines", session)),
                ["Headache: 2 check-ins, first 4 h after the session",
                 "Tiredness: 1 check-in, first 9 h after the session"])
        compare(lines(find("benefitLines", session)),
                ["Relaxed: 1 check-in, first 9 h after the session"])

        // Newest first: 20 h, 9 h (entered 3 h later), 4 h.
        const list = find("checkInList", session)
        compare(list.count, 3)
        const when = []
        const impacts = []
        const reactions = []
        for (let row = 0; row < 3; ++row) {
            tryVerify(() => {
                list.positionViewAtIndex(row, ListView.Contain)
                return list.itemAtIndex(row) !== null
            })
            const card = list.itemAtIndex(row)
            when.push(findChild(card, "checkInWhen").text.indexOf("entered later") >= 0)
            const impact = findChild(card, "checkInImpact")
            impacts.push(impact.visible ? impact.text : "")
            const reaction = findChild(card, "checkInReactions")
            reactions.push(reaction.visible ? reaction.text : "")
        }
        compare(when, [false, true, false])
        compare(impacts, ["", "", "Daily activities affected: A lot"])
        compare(reactions, ["", "Other reactions: Headache, Tiredness · Benefits: Relaxed",
                            "Other reactions: Headache"])
    }

    // Nothing of it without check-ins: no grade, no lines, no advice box.
    function test_sessionWithoutCheckIns() {
        const c = TestEnv.newController()
        const id = TestEnv.addSession(c, 3, 0)
        const session = openSession(c, id)
        compare(find("statusBanner", session).grade, "")
        compare(find("gradeText", session).visible, false)
        compare(find("selfCareLines", session).visible, false)
        compare(find("reactionLines", session).visible, false)
        compare(find("benefitLines", session).visible, false)
        compare(find("adviceBox", session).visible, false)
    }

    // The demo session's advice stands near the top, above the button to log a check-in.
    function test_adviceNearTheTop() {
        const c = TestEnv.demoController()
        openApp(c)
        const list = find("sessionList", expectPage("home"))
        mouseClick(list.itemAtIndex(0))
        const session = expectPage("session")
        const advice = find("adviceText", session)
        verify(advice.visible)
        verify(advice.text.indexOf("heat") >= 0)
        const button = find("logCheckInButton", session)
        tryVerify(() => advice.height > 0
                  && advice.mapToItem(null, 0, 0).y + advice.height <= button.mapToItem(null, 0, 0).y)
    }

    // Home's card for the technique: what helped most after its sessions.
    function test_homeCardSaysWhatHelped() {
        const c = TestEnv.newController()
        TestEnv.addSession(c, 30, 0, [
            { hours: 4, intensity: 3, selfCare: [{ kind: "heat", helped: "yes" }, { kind: "walk", helped: "yes" }] },
            { hours: 20, intensity: 1, selfCare: [{ kind: "heat", helped: "a-little" }] }
        ])
        TestEnv.addSession(c, 80, 0, [
            { hours: 6, intensity: 2, selfCare: [{ kind: "heat", helped: "no" }, { kind: "cold" }] }
        ])
        openApp(c)
        const home = expectPage("home")
        tryVerify(() => findChild(home, "techniqueCard-deep-tissue") !== null)
        const card = find("techniqueCard-deep-tissue", home)
        compare(find("helpedText", card).text, "What helped most: Heat (helped 2 of 3 times)")
        verify(card.Accessible.name.indexOf("What helped most: Heat") >= 0)
    }
}
