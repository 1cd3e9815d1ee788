<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../core/analysis/analysis.cpp" line="+644"/>
        <source>Get emergency help now</source>
        <translation>Jetzt Notfallhilfe holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See a doctor today</source>
        <translation>Heute zum Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a doctor&apos;s appointment</source>
        <translation>Einen Arzttermin vereinbaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your therapist</source>
        <translation>Ihrem Therapeuten Bescheid geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep an eye on it</source>
        <translation>Weiter beobachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>Verläuft normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness has settled</source>
        <translation>Die Beschwerden sind abgeklungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You reported a sign that needs emergency care. Do what the warning says now: go to an emergency department or call the emergency number.</source>
        <translation>Sie haben ein Zeichen angegeben, das sofortige Notfallhilfe braucht. Tun Sie jetzt, was der Warnhinweis sagt: Gehen Sie in eine Notaufnahme oder wählen Sie den Notruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You reported a sign that a doctor should check today, such as a possible clot or infection. See a doctor today; if you feel very unwell, get emergency help.</source>
        <translation>Sie haben ein Zeichen angegeben, das heute ein Arzt prüfen sollte, etwa ein mögliches Blutgerinnsel oder eine Infektion. Gehen Sie heute zum Arzt; wenn Sie sich sehr krank fühlen, holen Sie Notfallhilfe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something you reported needs a doctor, though not as an emergency: soreness that lasts beyond three days or gets worse after two days, or a lump not yet checked. Book a doctor&apos;s appointment.</source>
        <translation>Etwas, das Sie angegeben haben, gehört zum Arzt, aber nicht als Notfall: Muskelkater, der länger als drei Tage anhält oder nach zwei Tagen schlimmer wird, oder ein noch nicht untersuchter Knoten. Vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something you reported is worth telling your therapist, so they can adjust the technique or pressure next time.</source>
        <translation>Etwas, das Sie angegeben haben, sollten Sie Ihrem Therapeuten sagen, damit er Technik oder Druck beim nächsten Mal anpassen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something you reported is not the usual pattern after massage. Read the note below and keep checking in; if it gets worse or lasts beyond three days, book a doctor&apos;s appointment.</source>
        <translation>Etwas, das Sie angegeben haben, entspricht nicht dem üblichen Verlauf nach einer Massage. Lesen Sie den Hinweis unten und tragen Sie weiter ein, wie es Ihnen geht; wird es schlimmer oder dauert es länger als drei Tage, vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soreness after massage usually starts within a day and settles within one to three days. Drink water, take a short gentle walk and keep checking in.</source>
        <translation>Muskelkater nach einer Massage beginnt meist innerhalb eines Tages und klingt nach ein bis drei Tagen ab. Trinken Sie Wasser, gehen Sie ein kurzes Stück in Ruhe spazieren und tragen Sie weiter ein, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your soreness is back to how you felt before the session. Nothing more to do for this session.</source>
        <translation>Sie fühlen sich wieder so wie vor der Sitzung. Für diese Sitzung ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in a few times over the next three days to see how your recovery is going.</source>
        <translation>Tragen Sie in den nächsten drei Tagen einige Male ein, wie es Ihnen geht, um zu sehen, wie Ihre Erholung verläuft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before the session you said you had numbness between the legs, bladder or bowel changes, or leg weakness. Whatever the massage did, these signs need an emergency department now; do not drive yourself.</source>
        <translation>Vor der Sitzung haben Sie Taubheit zwischen den Beinen, Veränderungen an Blase oder Darm oder Schwäche in den Beinen angegeben. Was auch immer die Massage bewirkt hat: Mit diesen Zeichen gehen Sie jetzt in eine Notaufnahme; fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the session you said you had a fever or an infection. See a doctor today; get emergency help if you feel very unwell. Wait until it has gone before your next massage.</source>
        <translation>Vor der Sitzung haben Sie Fieber oder eine Infektion angegeben. Gehen Sie heute zum Arzt; wenn Sie sich sehr krank fühlen, holen Sie Notfallhilfe. Warten Sie mit der nächsten Massage, bis es vorbei ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the session you said you had a blood clot in a leg, or signs of one. If a leg is swollen, painful, warm or red now, see a doctor today (in the UK, call NHS 111). If you are breathless, have chest pain or cough up blood, call the emergency number now. If it was an old clot that was treated, tell your doctor before your next massage.</source>
        <translation>Vor der Sitzung haben Sie ein Blutgerinnsel in einem Bein oder Zeichen dafür angegeben. Ist ein Bein jetzt geschwollen, schmerzhaft, warm oder gerötet, gehen Sie heute zum Arzt (in Großbritannien: NHS 111). Haben Sie Atemnot, Brustschmerzen oder husten Sie Blut, wählen Sie jetzt den Notruf. War es ein altes, behandeltes Gerinnsel, sagen Sie es vor der nächsten Massage Ihrem Arzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before the session you said you had a recent fracture, bad sprain or dislocation. Tell your therapist where it is, so that it is not massaged; if it hurts more since the session, see a doctor.</source>
        <translation>Vor der Sitzung haben Sie einen frischen Knochenbruch, eine schwere Verstauchung oder Ausrenkung angegeben. Sagen Sie Ihrem Therapeuten, wo, damit die Stelle nicht massiert wird; schmerzt sie seit der Sitzung mehr, gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the session you said you have cancer being treated, or a lump not yet checked. Massage does not spread cancer, but a therapist cannot judge a lump: see a doctor about it, and ask them before your next massage.</source>
        <translation>Vor der Sitzung haben Sie eine Krebsbehandlung oder einen noch nicht untersuchten Knoten angegeben. Massage verbreitet Krebs nicht, aber ein Therapeut kann einen Knoten nicht beurteilen: Lassen Sie ihn ärztlich untersuchen und fragen Sie vor der nächsten Massage Ihren Arzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have a known slipped disc. Tell your therapist before each session: no vigorous work or spinal manipulation.</source>
        <translation>Sie haben einen bekannten Bandscheibenvorfall. Sagen Sie es Ihrem Therapeuten vor jeder Sitzung: keine kräftige Behandlung und keine Manipulation der Wirbelsäule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You take blood thinners or have a bleeding disorder, so firm pressure can bruise. Tell your therapist, and ask your doctor before your next massage.</source>
        <translation>Sie nehmen Blutverdünner oder haben eine Blutgerinnungsstörung, daher kann kräftiger Druck blaue Flecken machen. Sagen Sie es Ihrem Therapeuten und fragen Sie vor der nächsten Massage Ihren Arzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are pregnant. Ask your midwife or doctor before your next massage, and tell your therapist.</source>
        <translation>Sie sind schwanger. Fragen Sie vor der nächsten Massage Ihre Hebamme oder Ihren Arzt und sagen Sie es Ihrem Therapeuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbness between the legs, new trouble with your bladder or bowel, or weakness in the legs can mean the nerves at the base of the spine are squeezed. Go to an emergency department now; do not drive yourself.</source>
        <translation>Taubheit zwischen den Beinen, neue Probleme mit Blase oder Darm oder Schwäche in den Beinen können bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt sind. Gehen Sie jetzt in eine Notaufnahme; fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sudden breathlessness, chest pain or coughing up blood can mean a blood clot in the lungs. Call the emergency number now.</source>
        <translation>Plötzliche Atemnot, Brustschmerzen oder Bluthusten können ein Blutgerinnsel in der Lunge bedeuten. Wählen Sie jetzt den Notruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sudden severe headache, a drooping face, weakness or numbness on one side, slurred speech, trouble seeing or loss of balance can mean a stroke. Call the emergency number now.</source>
        <translation>Plötzliche heftige Kopfschmerzen, ein herabhängendes Gesicht, Schwäche oder Taubheit auf einer Seite, verwaschene Sprache, Sehstörungen oder Gleichgewichtsverlust können einen Schlaganfall bedeuten. Wählen Sie jetzt den Notruf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swelling, warmth or throbbing pain in one calf can mean a blood clot in a leg vein. See a doctor today, and do not have that leg massaged.</source>
        <translation>Schwellung, Wärme oder pochender Schmerz in einer Wade können ein Blutgerinnsel in einer Beinvene bedeuten. Gehen Sie heute zum Arzt und lassen Sie dieses Bein nicht massieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fever, or red, hot, swollen skin that spreads, can mean an infection. See a doctor today; get emergency help if you feel very unwell.</source>
        <translation>Fieber oder gerötete, heiße, geschwollene Haut, die sich ausbreitet, können eine Infektion bedeuten. Gehen Sie heute zum Arzt; holen Sie Notfallhilfe, wenn Sie sich sehr krank fühlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shooting, electric, burning or tingling pain in both legs can mean the nerves at the base of the spine are squeezed. See a doctor today. Go to an emergency department now if numbness between the legs, bladder or bowel changes or leg weakness join it.</source>
        <translation>Einschießende, elektrisierende, brennende oder kribbelnde Schmerzen in beiden Beinen können bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt sind. Gehen Sie heute zum Arzt. Kommen Taubheit zwischen den Beinen, Veränderungen an Blase oder Darm oder Schwäche in den Beinen hinzu, gehen Sie sofort in eine Notaufnahme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Soreness that lasts beyond three days is more than the usual ache after massage. Book a doctor&apos;s appointment.</source>
        <translation>Beschwerden, die länger als drei Tage anhalten, sind mehr als der übliche Muskelkater nach einer Massage. Vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soreness that gets worse after the first two days is not the usual pattern after massage. Book a doctor&apos;s appointment.</source>
        <translation>Beschwerden, die nach den ersten zwei Tagen stärker werden, sind nach einer Massage nicht üblich. Vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shooting, electric, burning or tingling pain can mean a nerve is irritated. Tell your therapist right away; they adjust the technique next time.</source>
        <translation>Einschießender, elektrisierender, brennender oder kribbelnder Schmerz kann bedeuten, dass ein Nerv gereizt ist. Sagen Sie es gleich Ihrem Therapeuten; er passt die Technik beim nächsten Mal an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharp or stabbing pain is not the dull ache expected after massage and can mean a muscle was aggravated. Tell your therapist; they adjust the technique next time.</source>
        <translation>Scharfer oder stechender Schmerz ist nicht der dumpfe Muskelkater, den man nach einer Massage erwartet, und kann bedeuten, dass ein Muskel gereizt wurde. Sagen Sie es Ihrem Therapeuten; er passt die Technik beim nächsten Mal an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strong pain this soon after the session can mean the pressure was too much. Tell your therapist; they adjust the technique next time.</source>
        <translation>Starke Schmerzen so kurz nach der Sitzung können bedeuten, dass der Druck zu stark war. Sagen Sie es Ihrem Therapeuten; er passt die Technik beim nächsten Mal an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bruising means the pressure was more than the tissue could take. Tell your therapist; they adjust the technique next time.</source>
        <translation>Blaue Flecken bedeuten, dass der Druck stärker war, als das Gewebe vertragen hat. Sagen Sie es Ihrem Therapeuten; er passt die Technik beim nächsten Mal an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soreness that starts more than a day after the session is less typical of massage. Keep checking in; if it lasts beyond three days or gets worse, book a doctor&apos;s appointment.</source>
        <translation>Beschwerden, die erst mehr als einen Tag nach der Sitzung beginnen, sind für eine Massage weniger typisch. Tragen Sie weiter ein, wie es Ihnen geht; wenn sie länger als drei Tage anhalten oder stärker werden, vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your soreness took more than three days to settle, longer than usual after massage. Tell your therapist before your next session; lighter pressure may suit you better.</source>
        <translation>Ihre Beschwerden haben mehr als drei Tage gebraucht, um abzuklingen – länger als nach einer Massage üblich. Sagen Sie es Ihrem Therapeuten vor der nächsten Sitzung; leichterer Druck passt vielleicht besser zu Ihnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A headache with dizziness or nausea after neck work is usually harmless: rest and drink water. Call the emergency number now if a sudden severe headache, a drooping face, weakness or numbness on one side, slurred speech, trouble seeing or loss of balance appears.</source>
        <translation>Kopfschmerzen mit Schwindel oder Übelkeit nach einer Nackenbehandlung sind meist harmlos: Ruhen Sie sich aus und trinken Sie Wasser. Wählen Sie sofort den Notruf, wenn plötzliche heftige Kopfschmerzen, ein herabhängendes Gesicht, Schwäche oder Taubheit auf einer Seite, verwaschene Sprache, Sehstörungen oder Gleichgewichtsverlust auftreten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Soreness that starts within a few hours is common after massage. Drink water and take a short gentle walk.</source>
        <translation>Beschwerden, die innerhalb weniger Stunden beginnen, sind nach einer Massage häufig. Trinken Sie Wasser und gehen Sie ein kurzes Stück in Ruhe spazieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soreness in a place that was not worked is often muscles that compensated while your posture adjusted. It usually settles by itself; keep checking in.</source>
        <translation>Beschwerden an einer Stelle, die nicht behandelt wurde, kommen oft von Muskeln, die ausgeglichen haben, während sich Ihre Haltung angepasst hat. Das klingt meist von selbst ab; tragen Sie weiter ein, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is guidance, not a diagnosis.</source>
        <translation>Dies ist eine Orientierungshilfe, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <location filename="../../qml/AppPage.qml" line="+71"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../qml/BackupPage.qml" line="+21"/>
        <source>Back up and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saves every session and check-in in one Aftercare log file. Keep it somewhere safe: it holds health information about you, and Aftercare sends it nowhere.</source>
        <translation>Speichert alle Sitzungen und Einträge in einer Aftercare-Protokolldatei. Bewahren Sie sie sicher auf: Sie enthält Gesundheitsdaten über Sie, und Aftercare sendet sie nirgendwohin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up everything</source>
        <translation>Alles sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up everything: choose where to save the backup</source>
        <translation>Alles sichern: wählen, wo die Sicherung gespeichert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to back up yet.</source>
        <translation>Es gibt noch nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the backup</source>
        <translation>Den Ordner mit der Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Adds the sessions and check-ins of a backup to your log. Nothing already here is changed or removed, and you see what would be added before anything is.</source>
        <translation>Fügt die Sitzungen und Einträge einer Sicherung zu Ihrem Protokoll hinzu. Was schon hier ist, wird weder geändert noch entfernt, und Sie sehen vorher, was hinzukäme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup: choose the file</source>
        <translation>Aus einer Sicherung wiederherstellen: die Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup to restore</source>
        <translation>Eine Sicherung zum Wiederherstellen wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In this backup: %1.</source>
        <translation>In dieser Sicherung: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore this backup into your log</source>
        <translation>Diese Sicherung in Ihr Protokoll übernehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not restore this backup</source>
        <translation>Diese Sicherung nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../qml/BodyMap.qml" line="+20"/>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Body map: %1</source>
        <translation>Körperkarte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between the areas; Space or Enter chooses one.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Bereichen; Leertaste oder Eingabetaste wählt einen aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <location filename="../../core/exchange/report/bodymap.cpp" line="+193"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/exchange/report/bodymap.cpp" line="+0"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, last time %2</source>
        <translation>%1, letztes Mal %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front view, %1</source>
        <translation>Vorderseite, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back view, %1</source>
        <translation>Rückseite, %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../core/exchange/report/bodymap.cpp" line="+5"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no soreness</source>
        <translation>keine Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold outline: area worked</source>
        <translation>fette Umrandung: behandelter Bereich</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <location filename="../../core/exchange/report/chartpainter.cpp" line="+105"/>
        <source>highest soreness</source>
        <translation>stärkste Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the level before the session</source>
        <translation>über dem Stand vor der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual onset</source>
        <translation>üblicher Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red flag reported</source>
        <translation>Warnzeichen angegeben</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>usual onset 6–24 h</source>
        <translation>üblicher Beginn 6–24 h</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hours since the session ended</source>
        <translation>Stunden seit Ende der Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soreness (0–10)</source>
        <translation>Beschwerden (0–10)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>72 h (3 days)</source>
        <translation>72 h (3 Tage)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>after day 14: %1 not drawn</source>
        <translation>nach Tag 14: %1 nicht gezeichnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>onset and peak</source>
        <translation>Beginn und Höhepunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak</source>
        <translation>Höhepunkt</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../qml/CheckInPage.qml" line="+21"/>
        <source>Edit check-in</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard this check-in?</source>
        <translation>Diesen Eintrag verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you entered has not been saved.</source>
        <translation>Was Sie eingegeben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Change what you noted</source>
        <translation>Ändern Sie, was Sie notiert haben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No soreness</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No soreness: save a check-in with no pain now</source>
        <translation>Keine Beschwerden: jetzt einen Eintrag ohne Schmerzen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as last time</source>
        <translation>Wie beim letzten Mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as last time: fill in the last answers</source>
        <translation>Wie beim letzten Mal: die letzten Antworten übernehmen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filled in from last time. Check it, answer the questions below, then tap Save.</source>
        <translation>Vom letzten Mal übernommen. Prüfen Sie die Angaben, beantworten Sie die Fragen unten und tippen Sie dann auf Speichern.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time of this check-in</source>
        <translation>Zeitpunkt dieses Eintrags</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap each sore area, then rate it. A dashed outline and a number in brackets show last time.</source>
        <translation>Tippen Sie auf jeden schmerzenden Bereich und bewerten Sie ihn. Eine gestrichelte Umrandung und eine Zahl in Klammern zeigen das letzte Mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap each sore area, then rate it.</source>
        <translation>Tippen Sie auf jeden schmerzenden Bereich und bewerten Sie ihn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sore, not rated yet</source>
        <translation>schmerzt, noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or choose an area from a list</source>
        <translation>Oder einen Bereich aus einer Liste wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sore area from a list</source>
        <translation>Einen schmerzenden Bereich aus einer Liste wählen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>How strong is the pain? Last time: %1.</source>
        <translation>Wie stark ist der Schmerz? Letztes Mal: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strong is the pain?</source>
        <translation>Wie stark ist der Schmerz?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What does it feel like? (choose any)</source>
        <translation>Wie fühlt es sich an? (beliebig viele)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 pain</source>
        <translation>Schmerzart: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove area</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done with %1</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not rated yet</source>
        <translation>%1: noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tap to change.</source>
        <translation>%1. Zum Ändern tippen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ticked. Some need a doctor straight away.</source>
        <translation>
            <numerusform>%n angekreuzt. Manche brauchen sofort einen Arzt.</numerusform>
            <numerusform>%n angekreuzt. Manche brauchen sofort einen Arzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare, but some need a doctor straight away.</source>
        <translation>Selten, aber manche brauchen sofort einen Arzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the massage, have you had any of these? Tick any that apply.</source>
        <translation>Hatten Sie seit der Massage etwas davon? Kreuzen Sie alles an, was zutrifft.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Daily life and other effects</source>
        <translation>Alltag und andere Folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: how much it gets in your way, headache or tiredness, good effects, what you did for it</source>
        <translation>Freiwillig: wie sehr es Sie einschränkt, Kopfschmerzen oder Müdigkeit, gute Wirkungen, was Sie dagegen getan haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much does it get in the way of your usual activities?</source>
        <translation>Wie sehr schränkt es Sie bei Ihren gewohnten Tätigkeiten ein?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anything else since your last check-in?</source>
        <translation>Sonst noch etwas seit Ihrem letzten Eintrag?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any good effects?</source>
        <translation>Gute Wirkungen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What did you do for it since your last check-in?</source>
        <translation>Was haben Sie seit Ihrem letzten Eintrag dagegen getan?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save check-in</source>
        <translation>Eintrag speichern</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../../qml/DatabaseProblem.qml" line="+61"/>
        <source>The file:</source>
        <translation>Die Datei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Aftercare</source>
        <translation>Aftercare beenden</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../qml/DateTimeField.qml" line="+54"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (hours and minutes)</source>
        <translation>Uhrzeit (Stunden und Minuten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/demodata.cpp" line="+37"/>
        <source>Demo session added by aftercare --demo: not your own data.</source>
        <translation>Beispielsitzung, hinzugefügt von aftercare --demo: nicht Ihre eigenen Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink water, keep moving gently and put heat on the lower back tonight.</source>
        <translation>Trinken Sie Wasser, bleiben Sie sanft in Bewegung und legen Sie heute Abend Wärme auf den unteren Rücken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stiff getting up from the sofa.</source>
        <translation>Steif beim Aufstehen vom Sofa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst in the morning; easier after a short walk.</source>
        <translation>Morgens am schlimmsten; nach einem kurzen Spaziergang besser.</translation>
    </message>
</context>
<context>
    <name>EmptyHome</name>
    <message>
        <location filename="../../qml/EmptyHome.qml" line="+19"/>
        <source>No massage sessions yet</source>
        <translation>Noch keine Massagesitzungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a session right after your massage. Aftercare then asks how you feel over the next days and tells you when soreness is normal and when to act.</source>
        <translation>Erfassen Sie eine Sitzung direkt nach Ihrer Massage. Aftercare fragt Sie dann in den nächsten Tagen, wie es Ihnen geht, und sagt Ihnen, wann Beschwerden normal sind und wann Sie handeln sollten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record a massage session</source>
        <translation>Eine Massagesitzung erfassen</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../qml/ExportPage.qml" line="+19"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>What to export</source>
        <translation>Was exportiert werden soll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session: %1</source>
        <translation>Diese Sitzung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file holds health information about you. Aftercare sends it nowhere: you choose where it goes and whom you give it to.</source>
        <translation>Die Datei enthält Gesundheitsdaten über Sie. Aftercare sendet sie nirgendwohin: Sie entscheiden, wo sie gespeichert wird und wem Sie sie geben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Wählen Sie, wo der Export gespeichert wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder that holds the export</source>
        <translation>Den Ordner mit dem Export öffnen</translation>
    </message>
</context>
<context>
    <name>FileChooserPage</name>
    <message>
        <location filename="../../qml/FileChooserPage.qml" line="+19"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Up to the folder above</source>
        <translation>Zum übergeordneten Ordner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 file in this folder.</source>
        <translation>Keine %1-Datei in diesem Ordner.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A file with this name is already here. Tap “%1” again to replace it.</source>
        <translation>Hier gibt es schon eine Datei mit diesem Namen. Tippen Sie noch einmal auf „%1“, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tap a file to choose it.</source>
        <translation>Tippen Sie auf eine Datei, um sie zu wählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as %1</source>
        <translation>Als %1 speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>FoldSection</name>
    <message>
        <location filename="../../qml/FoldSection.qml" line="+36"/>
        <source>Expanded. Tap to fold.</source>
        <translation>Aufgeklappt. Zum Zuklappen tippen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded. Tap to open.</source>
        <translation>Zugeklappt. Zum Aufklappen tippen.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../models/formatting.cpp" line="+50"/>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>during the session</source>
        <translation>während der Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>less than an hour after the session</source>
        <translation>weniger als eine Stunde nach der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h after the session</source>
        <translation>%1 h nach der Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days after the session</source>
        <translation>%1 Tage nach der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days %2 h after the session</source>
        <translation>%1 Tage %2 h nach der Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No soreness</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/HomePage.qml" line="+21"/>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your massage sessions</source>
        <translation>Ihre Massagesitzungen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, %2. %3. %4. Status: %5</source>
        <translation>%1, %2. %3. %4. Status: %5</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
</context>
<context>
    <name>LinkProblemPage</name>
    <message>
        <location filename="../../qml/LinkProblemPage.qml" line="+17"/>
        <source>Session card</source>
        <translation>Sitzungskarte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This session card cannot be opened</source>
        <translation>Diese Sitzungskarte lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For your therapist</source>
        <translation>Für Ihren Therapeuten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For your therapist: %1</source>
        <translation>Für Ihren Therapeuten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to your sessions</source>
        <translation>Zurück zu Ihren Sitzungen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+191"/>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no session “%1” in your log, so there is nothing to check in on. Choose a session below.</source>
        <translation>Ihr Protokoll enthält keine Sitzung „%1“, daher gibt es nichts einzutragen. Wählen Sie unten eine Sitzung.</translation>
    </message>
</context>
<context>
    <name>NewSessionPage</name>
    <message>
        <location filename="../../qml/NewSessionPage.qml" line="+20"/>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>From your therapist</source>
        <translation>Von Ihrem Therapeuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filled in from your therapist&apos;s session card. Check it, add any pain you had before the massage, answer the questions below, then save.</source>
        <translation>Aus der Sitzungskarte Ihres Therapeuten ausgefüllt. Prüfen Sie die Angaben, tragen Sie Schmerzen von vor der Massage ein, beantworten Sie die Fragen unten und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your therapist&apos;s advice</source>
        <translation>Rat Ihres Therapeuten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Session started</source>
        <translation>Beginn der Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Therapist (optional)</source>
        <translation>Therapeut (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas worked on and pain before</source>
        <translation>Behandelte Bereiche und Schmerzen vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tap each area the therapist worked on. If it hurt before the massage, say how much: Aftercare compares later soreness with this.</source>
        <translation>Tippen Sie auf jeden Bereich, den der Therapeut behandelt hat. Wenn er vor der Massage schmerzte, geben Sie an, wie stark: Aftercare vergleicht spätere Beschwerden damit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>worked on</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or choose an area from a list</source>
        <translation>Oder einen Bereich aus einer Liste wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an area from a list</source>
        <translation>Einen Bereich aus einer Liste wählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Worked on in this session</source>
        <translation>In dieser Sitzung behandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 worked on in this session</source>
        <translation>%1 in dieser Sitzung behandelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain before the session</source>
        <translation>Schmerzen vor der Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain before</source>
        <translation>Schmerzen vorher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done with %1</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before the massage</source>
        <translation>Vor der Massage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does any of this apply to you? Some conditions make massage unsafe or need a doctor&apos;s advice first.</source>
        <translation>Trifft etwas davon auf Sie zu? Bei manchen Beschwerden ist eine Massage nicht sicher oder Sie sollten vorher ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+3"/>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../platform/notifications/notifier.cpp" line="+27"/>
        <source>Open Aftercare to log how you feel.</source>
        <translation>Öffnen Sie Aftercare, um einzutragen, wie es Ihnen geht.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../qml/PainScale.qml" line="+15"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, 0 to 10</source>
        <translation>%1, 0 bis 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated yet. 0 is no pain, 10 the worst imaginable.</source>
        <translation>Noch nicht bewertet. 0 ist kein Schmerz, 10 der schlimmstmögliche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+82"/>
        <source>Worst imaginable</source>
        <translation>Schlimmstmöglich</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1 0 of 10, no pain</source>
        <translation>%1 0 von 10, kein Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 10 of 10, worst imaginable</source>
        <translation>%1 10 von 10, schlimmstmöglicher Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of 10</source>
        <translation>%1 %2 von 10</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <location filename="../../qml/PromptBanner.qml" line="+33"/>
        <source>Time for a check-in: how do you feel?</source>
        <translation>Zeit für einen Eintrag: Wie geht es Ihnen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log how you feel now</source>
        <translation>Jetzt eintragen, wie es Ihnen geht</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../reminders/remindertext.cpp" line="+23"/>
        <source>less than an hour ago</source>
        <translation>vor weniger als einer Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours (%2 days) ago</source>
        <translation>vor %1 Stunden (%2 Tagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel after your massage?</source>
        <translation>Wie fühlen Sie sich nach Ihrer Massage?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Massage, %1.</source>
        <translation>Massage, %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 massage, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No soreness</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze %1 min</source>
        <translation>In %1 Min. erinnern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Aftercare</source>
        <translation>Aftercare öffnen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/exchange/report/pdfreport.cpp" line="+499"/>
        <location line="+30"/>
        <location line="+655"/>
        <source>Soreness after a massage</source>
        <translation>Beschwerden nach einer Massage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot start the PDF: %1</source>
        <translation>PDF kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aftercare %1 · generated %2 (%3)</source>
        <translation>Aftercare %1 · erstellt %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aftercare · soreness summary</source>
        <translation>Aftercare · Übersicht der Beschwerden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot finish the PDF</source>
        <translation>PDF kann nicht fertiggestellt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-920"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See a doctor today</source>
        <translation>Heute zum Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See a doctor</source>
        <translation>Zum Arzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the therapist</source>
        <translation>Dem Therapeuten sagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For information</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before the session: signs of cauda equina syndrome</source>
        <translation>Vor der Sitzung: Zeichen eines Cauda-equina-Syndroms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: a fever or an infection</source>
        <translation>Vor der Sitzung: Fieber oder eine Infektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: a blood clot in a leg, or signs of one</source>
        <translation>Vor der Sitzung: ein Blutgerinnsel im Bein oder Zeichen dafür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: a recent fracture, sprain or dislocation</source>
        <translation>Vor der Sitzung: ein frischer Bruch, eine Verstauchung oder Ausrenkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: cancer, or a lump not yet checked</source>
        <translation>Vor der Sitzung: Krebs oder ein noch nicht untersuchter Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: a slipped disc</source>
        <translation>Vor der Sitzung: ein Bandscheibenvorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: blood thinners or a bleeding disorder</source>
        <translation>Vor der Sitzung: Blutverdünner oder eine Blutgerinnungsstörung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the session: pregnancy</source>
        <translation>Vor der Sitzung: Schwangerschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs of a stroke</source>
        <translation>Warnzeichen eines Schlaganfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nerve-type pain in both legs</source>
        <translation>Nervenschmerzen in beiden Beinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headache with dizziness or nausea after neck work</source>
        <translation>Kopfschmerzen mit Schwindel oder Übelkeit nach einer Nackenbehandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs of cauda equina syndrome</source>
        <translation>Warnzeichen eines Cauda-equina-Syndroms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs of a blood clot in the lungs</source>
        <translation>Warnzeichen eines Blutgerinnsels in der Lunge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible blood clot in a leg (DVT)</source>
        <translation>Mögliches Blutgerinnsel im Bein (tiefe Venenthrombose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible infection</source>
        <translation>Mögliche Infektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness beyond 3 days</source>
        <translation>Beschwerden länger als 3 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse after the first 2 days</source>
        <translation>Stärker nach den ersten 2 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nerve-type pain</source>
        <translation>Nervenschmerz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharp or stabbing pain</source>
        <translation>Scharfer oder stechender Schmerz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong pain soon after the session</source>
        <translation>Starke Schmerzen kurz nach der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bruising</source>
        <translation>Blaue Flecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness started late</source>
        <translation>Beschwerden begannen spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow to settle</source>
        <translation>Klingt langsam ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness started early</source>
        <translation>Beschwerden begannen früh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soreness where no work was done</source>
        <translation>Beschwerden an nicht behandelten Stellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Session of %1 (%2)</source>
        <translation>Sitzung vom %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · a summary for the therapist or doctor</source>
        <translation>%1 · eine Übersicht für Therapeut oder Arzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Appendix: the session in full</source>
        <translation>Anhang: die Sitzung vollständig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sessions recorded.</source>
        <translation>Keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1–%2 (%3 min)</source>
        <translation>%1–%2 (%3 Min.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 pressure</source>
        <translation>Druck: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set up from the therapist&apos;s session card</source>
        <translation>aus der Sitzungskarte des Therapeuten übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>Pain before</source>
        <translation>Schmerzen vorher</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+278"/>
        <location line="+2"/>
        <source>Check-ins</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+276"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+278"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+283"/>
        <source>No warning signs or unusual patterns were found.</source>
        <translation>Es wurden keine Warnzeichen und kein ungewöhnlicher Verlauf gefunden.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>at %1, %2 after</source>
        <translation>%1, %2 danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered before the session</source>
        <translation>vor der Sitzung angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Soreness over time, and where it was worst</source>
        <translation>Verlauf der Beschwerden und wo sie am stärksten waren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Beyond soreness</source>
        <translation>Über die Beschwerden hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>Therapist&apos;s advice</source>
        <translation>Rat des Therapeuten</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reactions</source>
        <translation>Andere Reaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+91"/>
        <source>None reported</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Benefits</source>
        <translation>Positive Wirkungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What they did for it</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <location line="+110"/>
        <location line="+164"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>In the way</source>
        <translation>Im Alltag eingeschränkt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+18"/>
        <source>Their notes</source>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+8"/>
        <source>(%n more in the check-in table)</source>
        <translation>
            <numerusform>(%n weitere in der Eintragstabelle)</numerusform>
            <numerusform>(%n weitere in der Eintragstabelle)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reaction: not graded yet (no check-ins).</source>
        <translation>Reaktion: noch nicht eingestuft (keine Einträge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction: none (nothing beyond the level before, nothing unusual).</source>
        <translation>Reaktion: keine (nichts über dem Stand vorher, nichts Ungewöhnliches).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction: mild (soreness or other reactions that did not get much in the way).</source>
        <translation>Reaktion: leicht (Beschwerden oder andere Reaktionen, die kaum eingeschränkt haben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction: moderate (it got in the way of usual activities a lot, or it needs a doctor&apos;s appointment).</source>
        <translation>Reaktion: mittel (stark eingeschränkt im Alltag, oder ein Arzttermin ist nötig).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction: severe (a warning sign that needs a doctor today or emergency care).</source>
        <translation>Reaktion: schwer (ein Warnzeichen, das heute einen Arzt oder Notfallhilfe braucht).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Onset %1 after the session</source>
        <translation>Beginn %1 nach der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No onset (never 2 or more above the level before)</source>
        <translation>Kein Beginn (nie 2 oder mehr über dem Stand vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak %1 above the level before, at %2</source>
        <translation>Höhepunkt %1 über dem Stand vorher, bei %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settled at %1</source>
        <translation>abgeklungen bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not settled yet</source>
        <translation>noch nicht abgeklungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2, first at %3)</source>
        <translation>%1 (%2, zuerst %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 check-in</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 check-ins</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>helped %1</source>
        <translation>half %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helped a little %1</source>
        <translation>half etwas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not help %1</source>
        <translation>half nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sure %1</source>
        <translation>unsicher %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Areas worked</source>
        <translation>Behandelte Bereiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes: %1. %2</source>
        <translation>Ja: %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No to every screening question.</source>
        <translation>Alle Vorab-Fragen mit Nein beantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Vorab-Fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session notes</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1, %2 after the session.</source>
        <translation>%1, %2 nach der Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered before the session.</source>
        <translation>Vor der Sitzung angegeben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Soreness over time</source>
        <translation>Verlauf der Beschwerden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it was sore: highest score per region</source>
        <translation>Wo es schmerzte: höchster Wert je Bereich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Highest score per region (0–10):</source>
        <translation>Höchster Wert je Bereich (0–10):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No soreness reported.</source>
        <translation>Keine Beschwerden angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1 before)</source>
        <translation> (%1 vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, worked</source>
        <translation>, behandelt</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualities</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All check-ins (%1)</source>
        <translation>Alle Einträge (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No check-ins yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Times are local as recorded (%1 unless shown). Score: 0 = no pain, 10 = worst imaginable.</source>
        <translation>Zeiten in Ortszeit wie erfasst (%1, sofern nicht anders angegeben). Wert: 0 = kein Schmerz, 10 = schlimmstmöglicher Schmerz.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>entered later, %1</source>
        <translation>später eingetragen, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No soreness</source>
        <translation>Keine Beschwerden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../models/formrules.cpp" line="+72"/>
        <source>therapist&apos;s name</source>
        <translation>Der Name des Therapeuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The %1 is too long: at most %2 characters.</source>
        <translation>%1 ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The session has no id.</source>
        <translation>Die Sitzung hat keine Kennung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session time is in the future. Record a session once it has started.</source>
        <translation>Der Zeitpunkt der Sitzung liegt in der Zukunft. Erfassen Sie eine Sitzung erst, wenn sie begonnen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>Die Dauer muss zwischen %1 und %2 Minuten liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a technique.</source>
        <translation>Wählen Sie eine Technik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a pressure, or leave it unset.</source>
        <translation>Wählen Sie einen Druck oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+34"/>
        <source>Unknown body region.</source>
        <translation>Unbekannter Körperbereich.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>A region has two pain ratings.</source>
        <translation>Ein Bereich hat zwei Schmerzbewertungen.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Pain ratings go from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Schmerzbewertungen reichen von 0 (kein Schmerz) bis 10 (schlimmstmöglicher Schmerz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown screening question.</source>
        <translation>Unbekannte Vorab-Frage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A check-in cannot be before the session started.</source>
        <translation>Ein Eintrag kann nicht vor dem Beginn der Sitzung liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in time is in the future.</source>
        <translation>Der Zeitpunkt des Eintrags liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a check-in at this time. Change the time by a minute.</source>
        <translation>Zu diesem Zeitpunkt gibt es schon einen Eintrag. Ändern Sie die Uhrzeit um eine Minute.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rate the pain in %1 from 0 (no pain) to 10 (worst imaginable).</source>
        <translation>Bewerten Sie den Schmerz im Bereich %1 von 0 (kein Schmerz) bis 10 (schlimmstmöglicher Schmerz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of pain.</source>
        <translation>Unbekannte Schmerzart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown warning sign.</source>
        <translation>Unbekanntes Warnzeichen.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../core/model/vocabulary.cpp" line="+286"/>
        <source>Do not have a massage while a clot is possible: pressure can move it to the lungs. See a doctor first.</source>
        <translation>Lassen Sie sich nicht massieren, solange ein Blutgerinnsel möglich ist: Druck kann es in die Lunge verschleppen. Gehen Sie zuerst zum Arzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No massage on the injured area. Tell your therapist where it is.</source>
        <translation>Keine Massage an der verletzten Stelle. Sagen Sie Ihrem Therapeuten, wo sie ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postpone the massage until the fever or infection has gone.</source>
        <translation>Verschieben Sie die Massage, bis das Fieber oder die Infektion abgeklungen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These signs need urgent medical care, not massage. Go to an emergency department now.</source>
        <translation>Diese Zeichen brauchen dringend ärztliche Hilfe, keine Massage. Gehen Sie jetzt in eine Notaufnahme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your doctor first. Oncology massage therapists offer lighter work.</source>
        <translation>Fragen Sie zuerst Ihren Arzt. Onkologisch geschulte Massagetherapeuten arbeiten sanfter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell your therapist: no vigorous work or spinal manipulation.</source>
        <translation>Sagen Sie Ihrem Therapeuten: keine kräftige Behandlung und keine Manipulation der Wirbelsäule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your doctor first, and tell your therapist: firm pressure can bruise.</source>
        <translation>Fragen Sie zuerst Ihren Arzt und sagen Sie es Ihrem Therapeuten: Fester Druck kann blaue Flecken machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your midwife or doctor first, and tell your therapist.</source>
        <translation>Fragen Sie zuerst Ihre Hebamme oder Ihren Arzt und sagen Sie es Ihrem Therapeuten.</translation>
    </message>
</context>
<context>
    <name>SessionCardCodePage</name>
    <message>
        <location filename="../../qml/SessionCardCodePage.qml" line="+15"/>
        <source>Session card</source>
        <translation>Sitzungskarte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>QR code of the session card</source>
        <translation>QR-Code der Sitzungskarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your client to scan this code with their phone&apos;s camera.</source>
        <translation>Bitten Sie Ihren Klienten, diesen Code mit der Kamera seines Telefons zu scannen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: back to the session card</source>
        <translation>Fertig: zurück zur Sitzungskarte</translation>
    </message>
</context>
<context>
    <name>SessionCardPage</name>
    <message>
        <location filename="../../qml/SessionCardPage.qml" line="+19"/>
        <source>Give a session card</source>
        <translation>Eine Sitzungskarte geben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fill in what you did and what you advise. Your client scans the code with their phone&apos;s camera: Aftercare opens with the session filled in, and they add how they felt before. Nothing here is stored in this app&apos;s log.</source>
        <translation>Tragen Sie ein, was Sie gemacht haben und was Sie raten. Ihr Klient scannt den Code mit der Kamera seines Telefons: Aftercare öffnet sich mit der ausgefüllten Sitzung, und er ergänzt, wie es ihm vorher ging. Nichts hiervon wird im Protokoll dieser App gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say when the session started</source>
        <translation>Beginn der Sitzung angeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session started</source>
        <translation>Beginn der Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas worked on</source>
        <translation>Behandelte Bereiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>worked on</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Add or remove an area from a list</source>
        <translation>Bereich aus einer Liste hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You and your advice</source>
        <translation>Sie und Ihr Rat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Your name (optional)</source>
        <translation>Ihr Name (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Advice for afterwards (optional)</source>
        <translation>Rat für danach (optional)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show the code</source>
        <translation>Code zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the code full screen</source>
        <translation>Code bildschirmfüllend zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the session card</source>
        <translation>Wählen, wo die Sitzungskarte gespeichert wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the session card</source>
        <translation>Sitzungskarte speichern</translation>
    </message>
</context>
<context>
    <name>SessionCardPdf</name>
    <message>
        <location filename="../gui/cardimage.cpp" line="+84"/>
        <location line="+2"/>
        <source>Your session card</source>
        <translation>Ihre Sitzungskarte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the code with your phone&apos;s camera to record this session in Aftercare, with your therapist&apos;s advice.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons, um diese Sitzung mit dem Rat Ihres Therapeuten in Aftercare zu erfassen.</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message>
        <location filename="../../qml/SessionFacts.qml" line="+32"/>
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Areas worked on</source>
        <translation>Behandelte Bereiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain before the session</source>
        <translation>Schmerzen vor der Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export or print this session</source>
        <translation>Diese Sitzung exportieren oder drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before the session you said yes to</source>
        <translation>Vor der Sitzung haben Sie mit Ja beantwortet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Looking after yourself</source>
        <translation>Gut für sich sorgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drink plenty of water over the next hours.</source>
        <translation>Trinken Sie in den nächsten Stunden viel Wasser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a short, gentle walk rather than strenuous exercise: it helps the worked muscles adjust and keeps them from stiffening.</source>
        <translation>Gehen Sie lieber ein kurzes Stück in Ruhe spazieren, statt sich anzustrengen: Das hilft den behandelten Muskeln, sich anzupassen, und verhindert, dass sie steif werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your therapist about any sharp, burning or electric feeling, during or after the massage.</source>
        <translation>Sagen Sie Ihrem Therapeuten, wenn Sie während oder nach der Massage etwas Scharfes, Brennendes oder Elektrisierendes spüren.</translation>
    </message>
</context>
<context>
    <name>SessionOverview</name>
    <message>
        <location filename="../../qml/SessionOverview.qml" line="+68"/>
        <source>Your therapist&apos;s advice</source>
        <translation>Rat Ihres Therapeuten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Log how you feel now</source>
        <translation>Jetzt eintragen, wie es Ihnen geht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What Aftercare noticed</source>
        <translation>Was Aftercare aufgefallen ist</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Soreness over time</source>
        <translation>Verlauf der Beschwerden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Highest soreness at each check-in</source>
        <translation>Stärkste Beschwerden bei jedem Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soreness above your level before the session (dashed)</source>
        <translation>Beschwerden über Ihrem Stand vor der Sitzung (gestrichelt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>What you did for it</source>
        <translation>Was Sie dagegen getan haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other reactions</source>
        <translation>Andere Reaktionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good effects</source>
        <translation>Gute Wirkungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-ins (%1)</source>
        <translation>Einträge (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins yet. Soreness often starts 6 to 24 hours after a massage: log how you feel every few hours.</source>
        <translation>Noch keine Einträge. Muskelkater beginnt oft 6 bis 24 Stunden nach einer Massage: Tragen Sie alle paar Stunden ein, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sore</source>
        <translation>schmerzt</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../qml/SessionPage.qml" line="+24"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The session and its check-ins (%n) will be deleted. You can undo this for a few seconds.</source>
        <translation>
            <numerusform>Die Sitzung und ihr Eintrag (%n) werden gelöscht. Sie können das einige Sekunden lang rückgängig machen.</numerusform>
            <numerusform>Die Sitzung und ihre Einträge (%n) werden gelöscht. Sie können das einige Sekunden lang rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+143"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 · %2 · entered later</source>
        <translation>%1 · %2 · später eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning signs: %1</source>
        <translation>Warnzeichen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the check-in of %1</source>
        <translation>Eintrag von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the check-in of %1</source>
        <translation>Eintrag von %1 löschen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Any warning signs? Tap to answer</source>
        <translation>Warnzeichen? Zum Beantworten tippen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/SettingsPage.qml" line="+18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Theme: %1</source>
        <translation>Design: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The theme is fixed for this run by the AFTERCARE_THEME environment variable.</source>
        <translation>Das Design ist für diesen Start durch die Umgebungsvariable AFTERCARE_THEME festgelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn reminders on</source>
        <translation>Erinnerungen einschalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Next reminder</source>
        <translation>Nächste Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last reminders shown</source>
        <translation>Zuletzt gezeigte Erinnerungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the reminders again</source>
        <translation>Die Erinnerungen erneut prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind me to check in</source>
        <translation>Mich an Einträge erinnern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quiet hours (no reminders)</source>
        <translation>Ruhezeiten (keine Erinnerungen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiet hours start at %1</source>
        <translation>Ruhezeit beginnt um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiet hours end at %1</source>
        <translation>Ruhezeit endet um %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snooze a reminder for</source>
        <translation>Erinnerung verschieben um</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for %1 minutes</source>
        <translation>Um %1 Minuten verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How often to remind you</source>
        <translation>Wie oft Sie erinnert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First reminder</source>
        <translation>Erste Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At the end</source>
        <translation>Zum Schluss</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your log</source>
        <translation>Ihr Protokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you record stays on this device, in this file:</source>
        <translation>Alles, was Sie erfassen, bleibt auf diesem Gerät, in dieser Datei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export all sessions</source>
        <translation>Alle Sitzungen exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For therapists</source>
        <translation>Für Therapeuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a session card</source>
        <translation>Eine Sitzungskarte geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For therapists: give a session card</source>
        <translation>Für Therapeuten: eine Sitzungskarte geben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Aftercare</source>
        <translation>Über Aftercare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aftercare %1 helps you tell normal soreness after a massage from signs that need your therapist or a doctor.</source>
        <translation>Aftercare %1 hilft Ihnen, normalen Muskelkater nach einer Massage von Zeichen zu unterscheiden, die Ihren Therapeuten oder einen Arzt brauchen.</translation>
    </message>
</context>
<context>
    <name>TallyLines</name>
    <message>
        <location filename="../../qml/TallyLines.qml" line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TechniqueCards</name>
    <message>
        <location filename="../../qml/TechniqueCards.qml" line="+18"/>
        <source>What your history shows</source>
        <translation>Was Ihr Verlauf zeigt</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../qml/UndoBar.qml" line="+63"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>UrgentPage</name>
    <message>
        <location filename="../../qml/UrgentPage.qml" line="+67"/>
        <source>Call %1 now.</source>
        <extracomment>%1 is the emergency number, e.g. 112</extracomment>
        <translation>Wählen Sie jetzt die %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can also call %1.</source>
        <extracomment>%1 is a second emergency number, e.g. 112 in the UK next to 999</extracomment>
        <translation>Sie können auch die %1 wählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call %1</source>
        <extracomment>%1 is the emergency number, e.g. 112</extracomment>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your check-in has been saved.</source>
        <translation>Ihr Eintrag wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/model/vocabulary.cpp" line="-287"/>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left shoulder</source>
        <translation>Linke Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right shoulder</source>
        <translation>Rechte Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left buttock</source>
        <translation>Linke Gesäßhälfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right buttock</source>
        <translation>Rechte Gesäßhälfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left thigh (front)</source>
        <translation>Linker Oberschenkel (vorne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right thigh (front)</source>
        <translation>Rechter Oberschenkel (vorne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left thigh (back)</source>
        <translation>Linker Oberschenkel (hinten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right thigh (back)</source>
        <translation>Rechter Oberschenkel (hinten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left shin</source>
        <translation>Linkes Schienbein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right shin</source>
        <translation>Rechtes Schienbein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aching</source>
        <translation>Ziehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiff</source>
        <translation>Steif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tender</source>
        <translation>Druckempfindlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramping</source>
        <translation>Krampfartig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dull</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electric</source>
        <translation>Elektrisierend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiating</source>
        <translation>Ausstrahlend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingling</source>
        <translation>Kribbelnd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb</source>
        <translation>Taub</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numbness between the legs, around the genitals or back passage</source>
        <translation>Taubheit zwischen den Beinen, im Genital- oder Afterbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New trouble passing or holding urine or stool</source>
        <translation>Neue Probleme, Urin oder Stuhl abzusetzen oder zu halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swelling, warmth or throbbing pain in one calf</source>
        <translation>Schwellung, Wärme oder pochender Schmerz in einer Wade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coughing up blood</source>
        <translation>Bluthusten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever or feeling hot and shivery</source>
        <translation>Fieber oder Hitzegefühl mit Frösteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red, hot, swollen skin that is spreading</source>
        <translation>Gerötete, heiße, geschwollene Haut, die sich ausbreitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruising where you were massaged</source>
        <translation>Blaue Flecken an der massierten Stelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sudden severe headache unlike any before, a drooping face, weakness or numbness on one side, slurred speech, double or lost vision, or loss of balance</source>
        <translation>Plötzliche, heftige Kopfschmerzen wie nie zuvor, ein herabhängendes Gesicht, Schwäche oder Taubheit auf einer Seite, verwaschene Sprache, Doppeltsehen oder Sehverlust oder Gleichgewichtsverlust</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New weakness in one or both legs: the foot catches, the leg gives way (not just tired legs)</source>
        <translation>Neue Schwäche in einem oder beiden Beinen: der Fuß bleibt hängen, das Bein knickt weg (nicht nur müde Beine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sudden breathlessness, or fainting</source>
        <translation>Plötzliche Atemnot oder Ohnmacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden or tight chest pain, or pain worse on breathing in (not tenderness where you were massaged)</source>
        <translation>Plötzliche oder beklemmende Brustschmerzen oder Schmerzen, die beim Einatmen stärker werden (nicht die Empfindlichkeit dort, wo massiert wurde)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A blood clot in a leg (DVT), now or before, or a leg that is swollen, painful and warm</source>
        <translation>Ein Blutgerinnsel im Bein (Thrombose), jetzt oder früher, oder ein Bein, das geschwollen, schmerzhaft und warm ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recent fracture, severe sprain or dislocation</source>
        <translation>Ein frischer Knochenbruch, eine schwere Verstauchung oder Ausrenkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fever or an infection right now</source>
        <translation>Gerade Fieber oder eine Infektion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbness between the legs, new bladder or bowel trouble, or weak legs</source>
        <translation>Taubheit zwischen den Beinen, neue Probleme mit Blase oder Darm oder schwache Beine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancer being treated, or a lump not yet checked</source>
        <translation>Eine Krebserkrankung in Behandlung oder ein noch nicht abgeklärter Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A known slipped (herniated) disc</source>
        <translation>Ein bekannter Bandscheibenvorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood thinners or a bleeding disorder</source>
        <translation>Blutverdünner oder eine Blutgerinnungsstörung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Swedish</source>
        <translation>Klassische Massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep tissue</source>
        <translation>Tiefengewebsmassage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports</source>
        <translation>Sportmassage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger point</source>
        <translation>Triggerpunktbehandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myofascial release</source>
        <translation>Myofasziale Behandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lot</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I could not do them</source>
        <translation>Ich konnte sie nicht tun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiredness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor sleep</source>
        <translation>Schlecht geschlafen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relaxed</source>
        <translation>Entspannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving more easily</source>
        <translation>Beweglicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less pain than before</source>
        <translation>Weniger Schmerzen als vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slept better</source>
        <translation>Besser geschlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More energy</source>
        <translation>Mehr Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better mood</source>
        <translation>Bessere Stimmung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drank water</source>
        <translation>Wasser getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle walk</source>
        <translation>Ruhiger Spaziergang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bath</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Painkiller</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It helped a little</source>
        <translation>Hat etwas geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entered by you</source>
        <translation>Von Ihnen eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the therapist&apos;s session card</source>
        <translation>Von der Sitzungskarte des Therapeuten</translation>
    </message>
</context>
<context>
    <name>aftercare::AppController</name>
    <message>
        <location filename="../models/appcontroller.cpp" line="+126"/>
        <source>Your log file is damaged</source>
        <translation>Ihre Protokolldatei ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aftercare has not changed the file. If you have a backup, put it in its place. To start a new log, move the file somewhere else first (keep it: it may still be recoverable), then start Aftercare again.</source>
        <translation>Aftercare hat die Datei nicht verändert. Wenn Sie eine Sicherung haben, legen Sie sie an ihre Stelle. Um ein neues Protokoll anzufangen, verschieben Sie die Datei zuerst an einen anderen Ort (bewahren Sie sie auf: Vielleicht lässt sie sich noch retten) und starten Sie Aftercare dann neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your log is in use</source>
        <translation>Ihr Protokoll wird gerade verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program, perhaps a second Aftercare window, is writing to it. Close it, then try again.</source>
        <translation>Ein anderes Programm, vielleicht ein zweites Aftercare-Fenster, schreibt gerade hinein. Schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your log was written by a newer Aftercare</source>
        <translation>Ihr Protokoll stammt von einer neueren Aftercare-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version cannot read it safely and has not changed it. Update Aftercare, then open it again.</source>
        <translation>Diese Version kann es nicht sicher lesen und hat es nicht verändert. Aktualisieren Sie Aftercare und öffnen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aftercare may not use this folder</source>
        <translation>Aftercare darf diesen Ordner nicht verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your user account may read and write the folder and the file, or start Aftercare with another folder (--data-dir).</source>
        <translation>Prüfen Sie, ob Ihr Benutzerkonto den Ordner und die Datei lesen und schreiben darf, oder starten Sie Aftercare mit einem anderen Ordner (--data-dir).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your log cannot be opened</source>
        <translation>Ihr Protokoll kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare has not changed the file. Check that the disk is connected and has free space, then try again.</source>
        <translation>Aftercare hat die Datei nicht verändert. Prüfen Sie, ob das Laufwerk angeschlossen ist und freien Speicher hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Session of %1 deleted</source>
        <translation>Sitzung von %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>aftercare::BackupForm</name>
    <message>
        <location filename="../models/backupform.cpp" line="+25"/>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 check-in</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 check-ins</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session already here</source>
        <translation>1 Sitzung schon vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sessions already here</source>
        <translation>%1 Sitzungen schon vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; nothing new to add</source>
        <translation>; nichts Neues hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; adds %1 and %2</source>
        <translation>; fügt %1 und %2 hinzu</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+54"/>
        <source>Choose a file on this device.</source>
        <translation>Wählen Sie eine Datei auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+54"/>
        <location line="+43"/>
        <source>Your log cannot be used right now.</source>
        <translation>Ihr Protokoll kann gerade nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+79"/>
        <source>Your log could not be read: %1</source>
        <translation>Ihr Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>There is nothing to back up yet.</source>
        <translation>Es gibt noch nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up %1 and %2 to %3 in %4.</source>
        <translation>%1 und %2 als %3 in %4 gesichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This file is too large to be an Aftercare backup.</source>
        <translation>Diese Datei ist zu groß für eine Aftercare-Sicherung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a backup Aftercare can restore. Nothing was changed. The first problem: %1</source>
        <translation>Diese Datei ist keine Sicherung, die Aftercare wiederherstellen kann. Es wurde nichts geändert. Das erste Problem: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This backup disagrees with your log, so it cannot be restored. Nothing was changed. %1</source>
        <translation>Diese Sicherung widerspricht Ihrem Protokoll und kann daher nicht wiederhergestellt werden. Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The backup could not be restored. Nothing was changed. %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was added: everything in the backup is already here.</source>
        <translation>Es wurde nichts hinzugefügt: Alles aus der Sicherung ist schon vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored %1 and %2.</source>
        <translation>%1 und %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>aftercare::CheckInForm</name>
    <message>
        <location filename="../models/checkinform.cpp" line="+25"/>
        <source>Back, legs and bladder</source>
        <translation>Rücken, Beine und Blase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing and chest</source>
        <translation>Atmung und Brust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head, face and speech</source>
        <translation>Kopf, Gesicht und Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin and fever</source>
        <translation>Haut und Fieber</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This session is not in your log.</source>
        <translation>Diese Sitzung ist nicht in Ihrem Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 massage, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No earlier check-in</source>
        <translation>Kein früherer Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time (%1): %2</source>
        <translation>Letztes Mal (%1): %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>At your last check-in (%1) you noted what you did for it. Did it help?</source>
        <translation>Bei Ihrem letzten Eintrag (%1) haben Sie notiert, was Sie dagegen getan haben. Hat es geholfen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the way of usual activities: %1</source>
        <translation>Einschränkung im Alltag: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>How strong is the pain in %1? Choose a number from 0 to 10, or remove the region.</source>
        <translation>Wie stark ist der Schmerz im Bereich %1? Wählen Sie eine Zahl von 0 bis 10 oder entfernen Sie den Bereich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This session is not in your log any more.</source>
        <translation>Diese Sitzung ist nicht mehr in Ihrem Protokoll.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The check-in could not be saved: %1</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::CheckInListModel</name>
    <message>
        <location filename="../models/checkinlistmodel.cpp" line="+14"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Daily activities affected: %1</source>
        <translation>Alltag beeinträchtigt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other reactions: %1</source>
        <translation>Andere Reaktionen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benefits: %1</source>
        <translation>Gute Wirkungen: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::ExportForm</name>
    <message>
        <location filename="../models/exportform.cpp" line="+52"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To print, or to show your therapist or doctor: status, chart, body map and every check-in.</source>
        <translation>Zum Drucken oder für Ihren Therapeuten oder Arzt: Status, Verlauf, Körperkarte und alle Einträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aftercare log (JSON)</source>
        <translation>Aftercare-Protokoll (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, exactly: can be imported into Aftercare again.</source>
        <translation>Alles, genau: Kann wieder in Aftercare importiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per check-in and area, for a spreadsheet.</source>
        <translation>Eine Zeile je Eintrag und Bereich, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FHIR R4 bundle (JSON)</source>
        <translation>FHIR-R4-Bundle (JSON)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For clinical record systems.</source>
        <translation>Für klinische Dokumentationssysteme.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 massage, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a file on this device.</source>
        <translation>Wählen Sie eine Datei auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your log cannot be used right now.</source>
        <translation>Ihr Protokoll kann gerade nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved 1 session to %1 in %2.</source>
        <translation>1 Sitzung als %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 sessions to %2 in %3.</source>
        <translation>%1 Sitzungen als %2 in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::FileChooser</name>
    <message>
        <location filename="../models/filechooser.cpp" line="+31"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+65"/>
        <source>Home folder</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Give the file a name.</source>
        <translation>Geben Sie der Datei einen Namen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file name cannot contain “/”.</source>
        <translation>Ein Dateiname darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file “%1” here.</source>
        <translation>Hier gibt es keine Datei „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aftercare cannot write in this folder. Choose another one.</source>
        <translation>Aftercare kann in diesen Ordner nicht schreiben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>aftercare::FlagListModel</name>
    <message>
        <location filename="../models/flaglistmodel.cpp" line="+22"/>
        <source>Before the session</source>
        <translation>Vor der Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from your answers</source>
        <translation>aus Ihren Antworten</translation>
    </message>
</context>
<context>
    <name>aftercare::NewSessionForm</name>
    <message>
        <location filename="../models/newsessionform.cpp" line="+18"/>
        <source>It was made for another version of Aftercare, or it is incomplete.</source>
        <translation>Die Karte wurde für eine andere Version von Aftercare erstellt oder ist unvollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the session started is not a valid date and time.</source>
        <translation>Der Beginn der Sitzung ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The length of the session is not valid: it must be 1 to 600 minutes.</source>
        <translation>Die Dauer der Sitzung ist ungültig: Sie muss 1 bis 600 Minuten betragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It names a massage technique that Aftercare does not know.</source>
        <translation>Die Karte nennt eine Massagetechnik, die Aftercare nicht kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It names a pressure that Aftercare does not know.</source>
        <translation>Die Karte nennt einen Druck, den Aftercare nicht kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It names a body area that Aftercare does not know.</source>
        <translation>Die Karte nennt eine Körperregion, die Aftercare nicht kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The therapist&apos;s name is too long or damaged.</source>
        <translation>Der Name des Therapeuten ist zu lang oder beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The therapist&apos;s advice is too long or damaged.</source>
        <translation>Der Rat des Therapeuten ist zu lang oder beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link is damaged: it may have been cut off or changed when it was copied.</source>
        <translation>Der Link ist beschädigt: Er wurde beim Kopieren vielleicht abgeschnitten oder verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved. Ask your therapist to show you the card again.</source>
        <translation>Es wurde nichts gespeichert. Bitten Sie Ihren Therapeuten, Ihnen die Karte noch einmal zu zeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (it ended just now)</source>
        <translation>%1 (gerade zu Ende)</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>The session cannot start after its first check-in (%1). Choose an earlier time, or delete that check-in first.</source>
        <translation>Die Sitzung kann nicht nach ihrem ersten Eintrag (%1) beginnen. Wählen Sie eine frühere Zeit oder löschen Sie zuerst diesen Eintrag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your log cannot be used right now.</source>
        <translation>Ihr Protokoll kann gerade nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The session could not be saved: %1</source>
        <translation>Die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::PromptWatcher</name>
    <message>
        <location filename="../models/promptwatcher.cpp" line="+77"/>
        <source>%1 massage, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in due now</source>
        <translation>Jetzt ist ein Eintrag fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next check-in: %1</source>
        <translation>Nächster Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::RegionListModel</name>
    <message>
        <location filename="../models/regionlistmodel.cpp" line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>aftercare::ReminderChoiceModel</name>
    <message>
        <location filename="../models/reminderchoicemodel.cpp" line="+29"/>
        <source>1 minute after the session</source>
        <translation>1 Minute nach der Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes after the session</source>
        <translation>
            <numerusform>%n Minute nach der Sitzung</numerusform>
            <numerusform>%n Minuten nach der Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour after the session</source>
        <translation>1 Stunde nach der Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hours after the session</source>
        <translation>
            <numerusform>%n Stunde nach der Sitzung</numerusform>
            <numerusform>%n Stunden nach der Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Alle %n Tage</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Alle %n Stunden</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 h %2 min</source>
        <translation>Alle %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Alle %n Minuten</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Until %n days after the session</source>
        <translation>
            <numerusform>Bis %n Tag nach der Sitzung</numerusform>
            <numerusform>Bis %n Tage nach der Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until 1 hour after the session</source>
        <translation>Bis 1 Stunde nach der Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Until %n hours after the session</source>
        <translation>
            <numerusform>Bis %n Stunde nach der Sitzung</numerusform>
            <numerusform>Bis %n Stunden nach der Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after 1 day</source>
        <translation>Nach 1 Tag aufhören</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stop after %n days</source>
        <translation>
            <numerusform>Nach %n Tag aufhören</numerusform>
            <numerusform>Nach %n Tagen aufhören</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after 1 hour</source>
        <translation>Nach 1 Stunde aufhören</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Stop after %n hours</source>
        <translation>
            <numerusform>Nach %n Stunde aufhören</numerusform>
            <numerusform>Nach %n Stunden aufhören</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ReminderPanel</name>
    <message>
        <location filename="../models/reminderpanel.cpp" line="+103"/>
        <source>Reminders are on: they will run after you restart too.</source>
        <translation>Erinnerungen sind an: Sie laufen auch nach einem Neustart weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders could not be turned on (%1).</source>
        <translation>Erinnerungen konnten nicht eingeschaltet werden (%1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None planned</source>
        <translation>Keine geplant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for the notification server…</source>
        <translation>Benachrichtigungsdienst wird gesucht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification server: %1</source>
        <translation>Benachrichtigungsdienst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notification server found: reminders cannot be shown.</source>
        <translation>Kein Benachrichtigungsdienst gefunden: Erinnerungen können nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders show buttons (Log now, Snooze).</source>
        <translation>Erinnerungen zeigen Schaltflächen (Jetzt eintragen, Später erinnern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server shows no buttons: reminders say &quot;Open Aftercare to log how you feel&quot;.</source>
        <translation>Dieser Dienst zeigt keine Schaltflächen: Erinnerungen lauten „Öffnen Sie Aftercare, um einzutragen, wie es Ihnen geht“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders are running.</source>
        <translation>Erinnerungen laufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders are not running: nothing will remind you to check in.</source>
        <translation>Erinnerungen laufen nicht: Nichts erinnert Sie an Ihre Einträge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn them on to be reminded, also after you restart.</source>
        <translation>Schalten Sie sie ein, um erinnert zu werden, auch nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device is woken for each reminder (Plasma power management).</source>
        <translation>Das Gerät wird für jede Erinnerung geweckt (Plasma-Energieverwaltung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wake-up service found: on a phone that is asleep, a reminder may wait until the phone is woken.</source>
        <translation>Kein Weckdienst gefunden: Auf einem schlafenden Telefon kann eine Erinnerung warten, bis das Telefon geweckt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No quiet hours: reminders may come at any time.</source>
        <translation>Keine Ruhezeiten: Erinnerungen können jederzeit kommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours %1 to %2: no reminders then.</source>
        <translation>Ruhezeit %1 bis %2: dann keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>That does not fit: reminders every hour must end before the taper ends, and the taper before the last daily reminder.</source>
        <translation>Das passt nicht zusammen: Die stündlichen Erinnerungen müssen enden, bevor die seltener werdenden enden, und diese vor der letzten täglichen Erinnerung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::SessionCardForm</name>
    <message>
        <location filename="../models/sessioncardform.cpp" line="+29"/>
        <location line="+1"/>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable card (PDF)</source>
        <translation>Druckbare Karte (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page with the code, the link in text and the advice.</source>
        <translation>Eine Seite mit dem Code, dem Link als Text und dem Rat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (PNG)</source>
        <translation>Bild (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code alone, for a screen or a message.</source>
        <translation>Nur der Code, für einen Bildschirm oder eine Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing (SVG)</source>
        <translation>Zeichnung (SVG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code alone, sharp at any size.</source>
        <translation>Nur der Code, scharf in jeder Größe.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>None chosen</source>
        <translation>Keine gewählt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The length must be %1 to %2 minutes.</source>
        <translation>Die Dauer muss %1 bis %2 Minuten betragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name is too long: at most %1 characters.</source>
        <translation>Ihr Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The advice is too long: at most %1 characters.</source>
        <translation>Der Rat ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>The card holds too much for its code: shorten the advice.</source>
        <translation>Die Karte enthält zu viel für ihren Code: Kürzen Sie den Rat.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose a file on this device.</source>
        <translation>Wählen Sie eine Datei auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Therapist: %1</source>
        <translation>Therapeut: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas worked on: %1</source>
        <translation>Behandelte Bereiche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice: %1</source>
        <translation>Rat: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card could not be made</source>
        <translation>die Karte konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the card to %1.</source>
        <translation>Karte in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>aftercare::SessionDetails</name>
    <message>
        <location filename="../models/sessiondetails.cpp" line="+98"/>
        <source>Soreness chart. Largest rise over the pain before the session: %1 points, %2; highest pain then %3 of 10.</source>
        <translation>Verlauf der Beschwerden. Größter Anstieg gegenüber den Schmerzen vor der Sitzung: %1 Punkte, %2; höchster Schmerz dabei %3 von 10.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Latest check-in: %1</source>
        <translation>Letzter Eintrag: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session is not in your log</source>
        <translation>Diese Sitzung ist nicht in Ihrem Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted. Go back to the list of sessions.</source>
        <translation>Vielleicht wurde sie gelöscht. Gehen Sie zurück zur Liste der Sitzungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Session not found</source>
        <translation>Sitzung nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 massage</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pain noted before the session</source>
        <translation>Vor der Sitzung keine Schmerzen notiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No reaction: nothing you logged points to a reaction to this massage.</source>
        <translation>Keine Reaktion: Nichts von dem, was Sie eingetragen haben, deutet auf eine Reaktion auf diese Massage hin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild reaction: some soreness or other effects that did not stop your day.</source>
        <translation>Leichte Reaktion: etwas Muskelkater oder andere Beschwerden, die Ihren Tag nicht aufgehalten haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate reaction: it got in the way of your day, or a doctor should look at it.</source>
        <translation>Mittlere Reaktion: Sie hat Ihren Alltag beeinträchtigt, oder ein Arzt sollte sie sich ansehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severe reaction: it needs medical care soon.</source>
        <translation>Starke Reaktion: Sie braucht bald ärztliche Hilfe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done 1 time</source>
        <translation>1-mal gemacht</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>done %n times</source>
        <translation>
            <numerusform>%n-mal gemacht</numerusform>
            <numerusform>%n-mal gemacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, not said whether it helped</source>
        <translation>%1, ohne Angabe, ob es geholfen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, did not help</source>
        <translation>%1, hat nicht geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, not sure whether it helped</source>
        <translation>%1, unsicher, ob es geholfen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, helped 1 time</source>
        <translation>%1, 1-mal geholfen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1, helped %n times</source>
        <translation>
            <numerusform>%1, %n-mal geholfen</numerusform>
            <numerusform>%1, %n-mal geholfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 check-in, first %1</source>
        <translation>1 Eintrag, zuerst %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-ins, first %1</source>
        <translation>
            <numerusform>%n Eintrag, zuerst %1</numerusform>
            <numerusform>%n Einträge, zuerst %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No soreness saved (%1)</source>
        <translation>Keine Beschwerden gespeichert (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in of %1 deleted</source>
        <translation>Eintrag von %1 gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That check-in is no longer there.</source>
        <translation>Dieser Eintrag ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check-in could not be deleted: %1</source>
        <translation>Der Eintrag konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The check-in could not be removed: %1</source>
        <translation>Der Eintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check-in could not be restored: %1</source>
        <translation>Der Eintrag konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::SessionListModel</name>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="+20"/>
        <source>%1 massage</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 pressure</source>
        <translation> · Druck: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 check-in, %1</source>
        <translation>1 Eintrag, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 check-ins, last %2</source>
        <translation>%1 Einträge, zuletzt %2</translation>
    </message>
</context>
<context>
    <name>aftercare::TechniqueHistoryModel</name>
    <message>
        <location filename="../models/techniquehistorymodel.cpp" line="+16"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>soreness gone after %1 (a single session so far)</source>
        <translation>Beschwerden abgeklungen nach %1 (bisher eine Sitzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soreness gone after %1 on average (%2 sessions)</source>
        <translation>Beschwerden abgeklungen nach durchschnittlich %1 (%2 Sitzungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>soreness began %1 after the session (a single session so far)</source>
        <translation>Beschwerden begannen %1 nach der Sitzung (bisher eine Sitzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soreness began %1 after the session on average (%2 sessions)</source>
        <translation>Beschwerden begannen durchschnittlich %1 nach der Sitzung (%2 Sitzungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What helped most: %1 (it helped the one time you said)</source>
        <translation>Am meisten geholfen hat: %1 (beim einen Mal, zu dem Sie es angegeben haben)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>What helped most: %1 (helped %2 of %n times)</source>
        <translation>
            <numerusform>Am meisten geholfen hat: %1 (%2 von %n Mal)</numerusform>
            <numerusform>Am meisten geholfen hat: %1 (%2 von %n Malen)</numerusform>
        </translation>
    </message>
</context>
</TS>
