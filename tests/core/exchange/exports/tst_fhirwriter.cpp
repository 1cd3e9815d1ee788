#include "exchange/fhirwriter.h"

#include "sampledata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace aftercare;

namespace {

const Timestamp generatedAt = testdata::at("2026-11-22T09:15:00+01:00");

QJsonObject parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("export is not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> found;
    for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QLatin1String("resource")).toObject();
        if (resource.value(QLatin1String("resourceType")).toString() == type)
            found << resource;
    }
    return found;
}

bool isPainScore(const QJsonObject& observation)
{
    const QJsonArray coding = observation.value(QLatin1String("code"))
                                  .toObject()
                                  .value(QLatin1String("coding"))
                                  .toArray();
    return !coding.isEmpty() &&
           coding.at(0).toObject().value(QLatin1String("code")).toString() == "72514-3";
}

// Sessions whose every optional part is filled, with text FHIR strings cannot hold as is.
QList<Session> validationSessions()
{
    Session awkward = testdata::shortSession();
    awkward.id = QStringLiteral("awkward");
    awkward.start = testdata::at("2026-06-01t08:00:00.250+14:30"); // outside FHIR's offsets
    awkward.therapist = QStringLiteral("\u00a0Dr\u0001 Ng\u2028");
    awkward.notes = QStringLiteral("   ");
    awkward.checkIns = {testdata::checkIn(
        "2026-06-01T09:30:00z", {testdata::symptom("foot-right", 2, {QStringLiteral("electric")})},
        {QStringLiteral("chest-pain")}, QStringLiteral("tab\there\fform feed\vvertical"))};
    Session v2 = testdata::v2Session();
    v2.id = QStringLiteral("v2");
    v2.advice = QStringLiteral("\u2028Heat,\u0007 then rest ");
    return {testdata::shortSession(), testdata::weekLog(), awkward, v2};
}

} // namespace

class TestFhirWriter : public QObject
{
    Q_OBJECT
private slots:
    void streamsAnEntryAtATime();
    void initTestCase();
    void independentValidatorAcceptsExport();
    void validatorRejectsBrokenBundles();
    void bundleIsACollection();
    void painScoresAsObservations();
    void bodySitesCodedOnlyWhereListed_data();
    void bodySitesCodedOnlyWhereListed();
    void leftAndRightAreCodedApart_data();
    void leftAndRightAreCodedApart();
    void qualitiesAsComponents();
    void redFlagsAsSymptomObservations();
    void sessionAsProcedure();
    void fractionalStartKeepsItsFractionAtTheEnd_data();
    void fractionalStartKeepsItsFractionAtTheEnd();
    void repeatedRedFlagIsOneObservation();
    void screeningAsQuestionnaireResponse();
    void checkInAnswersAsQuestionnaireResponses();
    void gradeAsObservation();
    void stableNameBasedUuids();
    void timesAsFhirDateTimes_data();
    void timesAsFhirDateTimes();
    void emptyExportIsValid();

private:
    struct Verdict
    {
        bool valid = false;
        QString output; // the validator's lines about this file
    };
    // Writes each export to a file and runs the npm validator once on all of them.
    QList<Verdict> validate(const QList<QByteArray>& files);

    QTemporaryDir m_dir;
    QString m_node;
    QString m_validatorScript;
    QString m_validatorDeps;
    int m_files = 0;
};

void TestFhirWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_node = QStringLiteral(AFTERCARE_NODE_EXECUTABLE);
    if (m_node.isEmpty() || !QFile::exists(m_node))
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is needed to run the FHIR validator");
    m_validatorScript =
        QStringLiteral(AFTERCARE_SOURCE_DIR "/tests/tools/fhir-validator/validate.js");
    m_validatorDeps = QStringLiteral(AFTERCARE_FHIR_VALIDATOR_DIR);
    QVERIFY2(QFile::exists(m_validatorDeps + "/node_modules/fhirpath/package.json"),
             "the validator is not installed: run the fhir_validator_install test first");
}

QList<TestFhirWriter::Verdict> TestFhirWriter::validate(const QList<QByteArray>& files)
{
    QStringList paths;
    for (const QByteArray& bytes : files) {
        const QString path = m_dir.filePath(QStringLiteral("bundle-%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        paths << path;
    }
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(m_node, QStringList{m_validatorScript} + paths +
                           QStringList{QStringLiteral("--deps"), m_validatorDeps});
    if (!node.waitForFinished(300000) || node.exitStatus() != QProcess::NormalExit)
        qFatal("the FHIR validator did not finish");
    const QStringList lines = QString::fromUtf8(node.readAll()).split(QLatin1Char('\n'));
    // Each file's problems, then its own "VALID: path…" or "INVALID: n problem(s) in path".
    QList<Verdict> verdicts;
    QString pending;
    for (const QString& line : lines) {
        pending += line + QLatin1Char('\n');
        const int index = int(verdicts.size());
        if (index < paths.size() &&
            (line.startsWith(QStringLiteral("VALID: ") + paths.at(index) + QLatin1Char(':')) ||
             (line.startsWith(QLatin1String("INVALID: ")) && line.endsWith(paths.at(index))))) {
            verdicts.append({line.startsWith(QLatin1String("VALID")), pending});
            pending.clear();
        }
    }
    if (verdicts.size() != paths.size())
        qFatal("unexpected validator output (exit %d):\n%s", node.exitCode(), qPrintable(pending));
    const bool allValid =
        std::all_of(verdicts.begin(), verdicts.end(), [](const Verdict& v) { return v.valid; });
    if (node.exitCode() != (allValid ? 0 : 1))
        qFatal("validator exit code %d disagrees with its verdicts", node.exitCode());
    return verdicts;
}

void TestFhirWriter::independentValidatorAcceptsExport()
{
    const QList<Verdict> verdicts =
        validate({exchange::writeFhirBundle(validationSessions(), generatedAt),
                  exchange::writeFhirBundle({testdata::shortSession()}, generatedAt),
                  exchange::writeFhirBundle({}, generatedAt)});
    QCOMPARE(verdicts.size(), 3);
    for (const Verdict& verdict : verdicts) {
        QVERIFY2(verdict.valid, qPrintable(verdict.output));
        qInfo().noquote() << verdict.output.trimmed();
    }
}

void TestFhirWriter::validatorRejectsBrokenBundles()
{
    // Each layer of the validator is alive: a broken copy of a valid export is rejected
    // for the expected reason.
    using Edit = std::function<void(QJsonObject&)>;
    struct Case
    {
        const char* name;
        Edit edit;
        QString expected;
    };
    struct RowWriter
    {
        Case* row;
        RowWriter& operator<<(Edit edit)
        {
            row->edit = std::move(edit);
            return *this;
        }
        RowWriter& operator<<(const char* expected)
        {
            row->expected = QString::fromUtf8(expected);
            return *this;
        }
    };
    QList<Case> cases;
    const auto newRow = [&cases](const char* name) {
        cases.append({name, {}, {}});
        return RowWriter{&cases.last()};
    };

    // Edits the resource of the first entry whose resourceType is `type`.
    const auto onFirst = [](const char* type, std::function<void(QJsonObject&)> change) -> Edit {
        return [=](QJsonObject& bundle) {
            QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QJsonObject entry = entries.at(i).toObject();
                QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
                if (resource.value(QLatin1String("resourceType")).toString() !=
                        QLatin1String(type) ||
                    (QLatin1String(type) == QLatin1String("Observation") &&
                     !resource.contains(QLatin1String("bodySite"))))
                    continue;
                change(resource);
                entry.insert(QLatin1String("resource"), resource);
                entries.replace(i, entry);
                break;
            }
            bundle.insert(QLatin1String("entry"), entries);
        };
    };

    // The JSON schema lets status go (a primitive's extension may stand for it): FHIR.js not.
    newRow("no status") << onFirst("Observation", [](QJsonObject& o) {
        o.remove(QLatin1String("status"));
    }) << "structure: Observation.status";
    newRow("no code") << onFirst("Observation", [](QJsonObject& o) {
        o.remove(QLatin1String("code"));
    }) << "schema:";
    newRow("empty element inside an entry (ele-1)") << onFirst("Observation", [](QJsonObject& o) {
        o.insert(QLatin1String("note"), QJsonArray{QJsonObject()});
    }) << "Bundle.entry[";
    newRow("status outside its value set") << onFirst("Observation", [](QJsonObject& o) {
        o.insert(QLatin1String("status"), QLatin1String("done"));
    }) << "structure:";
    newRow("unknown bundle type") << Edit([](QJsonObject& b) {
        b.insert(QLatin1String("type"), QLatin1String("pile"));
    }) << "schema:";
    newRow("value and dataAbsentReason (obs-6)") << onFirst("Observation", [](QJsonObject& o) {
        o.insert(QLatin1String("dataAbsentReason"), QJsonObject{{"text", "not asked"}});
    }) << "obs-6";
    newRow("empty body site (ele-1)") << onFirst("Observation", [](QJsonObject& o) {
        o.insert(QLatin1String("bodySite"), QJsonObject());
    }) << "ele-1";
    newRow("unit code without system (qty-3)") << onFirst("Observation", [](QJsonObject& o) {
        QJsonObject q = o.value(QLatin1String("valueQuantity")).toObject();
        q.remove(QLatin1String("system"));
        o.insert(QLatin1String("valueQuantity"), q);
    }) << "qty-3";
    newRow("period ends before it starts (per-1)") << onFirst("Procedure", [](QJsonObject& p) {
        p.insert(QLatin1String("performedPeriod"),
                 QJsonObject{{"start", "2026-11-20T16:00:00+01:00"},
                             {"end", "2026-11-20T15:00:00+01:00"}});
    }) << "per-1";
    newRow("duplicate fullUrl (bdl-7)") << Edit([](QJsonObject& b) {
        QJsonArray entries = b.value(QLatin1String("entry")).toArray();
        entries.append(entries.at(1));
        b.insert(QLatin1String("entry"), entries);
    }) << "bdl-7";
    newRow("entry without resource (bdl-5)") << Edit([](QJsonObject& b) {
        QJsonArray entries = b.value(QLatin1String("entry")).toArray();
        entries.append(QJsonObject{{"fullUrl", "urn:uuid:00000000-0000-5000-8000-000000000000"}});
        b.insert(QLatin1String("entry"), entries);
    }) << "bdl-5";
    newRow("request in a collection (bdl-3)") << Edit([](QJsonObject& b) {
        QJsonArray entries = b.value(QLatin1String("entry")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.insert(QLatin1String("request"), QJsonObject{{"method", "POST"}, {"url", "Patient"}});
        entries.replace(0, entry);
        b.insert(QLatin1String("entry"), entries);
    }) << "bdl-3";
    newRow("dangling reference") << onFirst("Observation", [](QJsonObject& o) {
        o.insert(QLatin1String("subject"),
                 QJsonObject{{"reference", "urn:uuid:11111111-1111-5111-8111-111111111111"}});
    }) << "resolves to no entry";
    newRow("id disagrees with fullUrl") << onFirst("Procedure", [](QJsonObject& p) {
        p.insert(QLatin1String("id"), QLatin1String("other"));
    }) << "disagrees with fullUrl";
    newRow("empty string") << onFirst("Procedure", [](QJsonObject& p) {
        p.insert(QLatin1String("performer"),
                 QJsonArray{QJsonObject{{"actor", QJsonObject{{"display", ""}}}}});
    }) << "schema:";

    const QByteArray valid = exchange::writeFhirBundle({testdata::shortSession()}, generatedAt);
    QList<QByteArray> broken;
    for (const Case& c : cases) {
        QJsonObject bundle = parse(valid);
        c.edit(bundle);
        broken << QJsonDocument(bundle).toJson();
    }
    const QList<Verdict> verdicts = validate(broken);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString what =
            QStringLiteral("%1:\n%2").arg(QLatin1String(cases.at(i).name), verdicts.at(i).output);
        QVERIFY2(!verdicts.at(i).valid, qPrintable(what));
        QVERIFY2(verdicts.at(i).output.contains(cases.at(i).expected), qPrintable(what));
    }
}

void TestFhirWriter::bundleIsACollection()
{
    const QJsonObject bundle =
        parse(exchange::writeFhirBundle({testdata::shortSession()}, generatedAt));
    QCOMPARE(bundle.value("resourceType").toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.value("type").toString(), QStringLiteral("collection"));
    QCOMPARE(bundle.value("timestamp").toString(), QStringLiteral("2026-11-22T09:15:00+01:00"));
    const QJsonObject identifier = bundle.value("identifier").toObject();
    QCOMPARE(identifier.value("system").toString(), QStringLiteral("urn:ietf:rfc:3986"));
    QVERIFY(identifier.value("value").toString().startsWith(QLatin1String("urn:uuid:")));
    QCOMPARE(resources(bundle, "Patient").size(), 1);
    const QString patient =
        bundle.value("entry").toArray().at(0).toObject().value("fullUrl").toString();
    for (const QJsonValue& entry : bundle.value("entry").toArray()) {
        const QJsonObject resource = entry.toObject().value("resource").toObject();
        QCOMPARE(entry.toObject().value("fullUrl").toString(),
                 QStringLiteral("urn:uuid:") + resource.value("id").toString());
        // Everything but the person and the questionnaires (definitions) is about the person.
        const QString type = resource.value("resourceType").toString();
        if (type != QLatin1String("Patient") && type != QLatin1String("Questionnaire"))
            QCOMPARE(resource.value("subject").toObject().value("reference").toString(), patient);
    }
}

void TestFhirWriter::painScoresAsObservations()
{
    const Session session = testdata::shortSession();
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    const QList<QJsonObject> observations = resources(bundle, "Observation");
    QList<QJsonObject> pain;
    for (const QJsonObject& o : observations) {
        if (isPainScore(o))
            pain << o;
    }
    // One per symptom, one per check-in without soreness, one per baseline entry.
    int expected = int(session.baseline.size());
    for (const CheckIn& c : session.checkIns)
        expected += std::max<int>(1, int(c.symptoms.size()));
    QCOMPARE(pain.size(), expected);

    const QJsonObject first = pain.at(0);
    QCOMPARE(first.value("status").toString(), QStringLiteral("final"));
    const QJsonObject category = first.value("category")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("coding")
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(category.value("system").toString(),
             QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"));
    QCOMPARE(category.value("code").toString(), QStringLiteral("survey"));
    const QJsonObject code =
        first.value("code").toObject().value("coding").toArray().at(0).toObject();
    QCOMPARE(code.value("system").toString(), QStringLiteral("http://loinc.org"));
    QCOMPARE(code.value("display").toString(),
             QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported"));

    // The baseline comes first, at the session start.
    QCOMPARE(first.value("effectiveDateTime").toString(), session.start.text);
    QCOMPARE(first.value("valueQuantity").toObject().value("value").toInt(), 3);

    // Then the check-ins in time order: 15:30 without soreness is a score of 0, no body site.
    const QJsonObject none = pain.at(1);
    QCOMPARE(none.value("effectiveDateTime").toString(),
             QStringLiteral("2026-11-20T15:30:00+01:00"));
    const QJsonObject quantity = none.value("valueQuantity").toObject();
    QCOMPARE(quantity.value("value").toDouble(), 0.0);
    QCOMPARE(quantity.value("unit").toString(), QStringLiteral("{score}"));
    QCOMPARE(quantity.value("system").toString(), QStringLiteral("http://unitsofmeasure.org"));
    QCOMPARE(quantity.value("code").toString(), QStringLiteral("{score}"));
    QVERIFY(!none.contains("bodySite"));
    QCOMPARE(none.value("note").toArray().at(0).toObject().value("text").toString(),
             QStringLiteral("Relaxed, no soreness"));

    const QJsonObject sore = pain.at(2);
    QCOMPARE(sore.value("effectiveDateTime").toString(),
             QStringLiteral("2026-11-20T19:00:00+01:00"));
    QCOMPARE(sore.value("valueQuantity").toObject().value("value").toInt(), 5);
    QCOMPARE(sore.value("note").toArray().at(0).toObject().value("text").toString(),
             QStringLiteral("Sore, \"tight\" after driving,\nbetter after a walk"));
    // Part of the session's Procedure.
    const QJsonObject procedure = resources(bundle, "Procedure").at(0);
    QCOMPARE(sore.value("partOf").toArray().at(0).toObject().value("reference").toString(),
             QStringLiteral("urn:uuid:") + procedure.value("id").toString());
}

void TestFhirWriter::bodySitesCodedOnlyWhereListed_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("snomed"); // empty: text only
    QTest::addColumn<QString>("text");
    // Codes from clinical-notes.md.
    QTest::newRow("lower back") << "lower-back"
                                << "37822005"
                                << "Lower back";
    QTest::newRow("neck") << "neck"
                          << "45048000"
                          << "Neck";
    // A sided region: the structure refined by Laterality (272741003) = Left (7771000) or
    // Right (24028007).
    QTest::newRow("left shoulder") << "shoulder-left"
                                   << "16982005:272741003=7771000"
                                   << "Left shoulder";
    QTest::newRow("right buttock") << "gluteal-right"
                                   << "46862004:272741003=24028007"
                                   << "Right buttock";
    QTest::newRow("left thigh back") << "thigh-back-left"
                                     << "68367000:272741003=7771000"
                                     << "Left thigh (back)";
    QTest::newRow("right calf") << "calf-right"
                                << "53840002:272741003=24028007"
                                << "Right calf";
    QTest::newRow("left shin") << "shin-left"
                               << "30021000:272741003=7771000"
                               << "Left shin";
    QTest::newRow("upper back") << "upper-back"
                                << ""
                                << "Upper back";
    QTest::newRow("mid back") << "mid-back"
                              << ""
                              << "Mid back";
    QTest::newRow("head") << "head"
                          << ""
                          << "Head";
    QTest::newRow("abdomen") << "abdomen"
                             << ""
                             << "Abdomen";
    QTest::newRow("left foot") << "foot-left"
                               << ""
                               << "Left foot";
}

void TestFhirWriter::bodySitesCodedOnlyWhereListed()
{
    QFETCH(QString, region);
    QFETCH(QString, snomed);
    QFETCH(QString, text);
    Session session = testdata::shortSession();
    session.baseline.clear();
    session.checkIns = {testdata::checkIn("2026-11-20T20:00:00+01:00",
                                          {testdata::symptom(region.toLatin1().constData(), 4)})};
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    QList<QJsonObject> observations = resources(bundle, "Observation");
    observations.removeIf([](const QJsonObject& o) { return !isPainScore(o); });
    QCOMPARE(observations.size(), 1);
    const QJsonObject site = observations.at(0).value("bodySite").toObject();
    QCOMPARE(site.value("text").toString(), text);
    if (snomed.isEmpty()) {
        QVERIFY(!site.contains("coding"));
    } else {
        const QJsonArray coding = site.value("coding").toArray();
        QCOMPARE(coding.size(), 1);
        QCOMPARE(coding.at(0).toObject().value("system").toString(),
                 QStringLiteral("http://snomed.info/sct"));
        QCOMPARE(coding.at(0).toObject().value("code").toString(), snomed);
        // A concept has its display; an expression has none (the text says it).
        QCOMPARE(coding.at(0).toObject().contains("display"), !snomed.contains(':'));
    }
}

void TestFhirWriter::leftAndRightAreCodedApart_data()
{
    QTest::addColumn<QString>("leftRegion");
    QTest::addColumn<QString>("rightRegion");
    QTest::addColumn<QString>("structure");
    QTest::newRow("buttock") << "gluteal-left"
                             << "gluteal-right"
                             << "46862004";
    QTest::newRow("shoulder") << "shoulder-left"
                              << "shoulder-right"
                              << "16982005";
    QTest::newRow("thigh front") << "thigh-front-left"
                                 << "thigh-front-right"
                                 << "68367000";
    QTest::newRow("thigh back") << "thigh-back-left"
                                << "thigh-back-right"
                                << "68367000";
    QTest::newRow("calf") << "calf-left"
                          << "calf-right"
                          << "53840002";
    QTest::newRow("shin") << "shin-left"
                          << "shin-right"
                          << "30021000";
}

// The left and the right one in the same check-in: two codings that differ only in the
// laterality qualifier. (The validator sees both sides in weekLog's areas worked.)
void TestFhirWriter::leftAndRightAreCodedApart()
{
    QFETCH(QString, leftRegion);
    QFETCH(QString, rightRegion);
    QFETCH(QString, structure);
    Session session = testdata::shortSession();
    session.baseline.clear();
    session.areasWorked = {leftRegion, rightRegion};
    session.checkIns = {testdata::checkIn(
        "2026-11-20T20:00:00+01:00", {testdata::symptom(leftRegion.toLatin1().constData(), 4),
                                      testdata::symptom(rightRegion.toLatin1().constData(), 2)})};
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));

    QStringList codes;
    for (const QString& region : {leftRegion, rightRegion}) {
        const QString text = region.endsWith(QLatin1String("-left")) ? QStringLiteral("Left ")
                                                                     : QStringLiteral("Right ");
        QJsonObject site;
        for (const QJsonObject& o : resources(bundle, "Observation")) {
            const QJsonObject s = o.value("bodySite").toObject();
            if (isPainScore(o) && s.value("text").toString().startsWith(text))
                site = s;
        }
        QVERIFY2(!site.isEmpty(), qPrintable(region));
        const QJsonArray coding = site.value("coding").toArray();
        QCOMPARE(coding.size(), 1);
        QCOMPARE(coding.at(0).toObject().value("system").toString(),
                 QStringLiteral("http://snomed.info/sct"));
        codes << coding.at(0).toObject().value("code").toString();
    }
    QCOMPARE(codes.at(0), structure + QStringLiteral(":272741003=7771000"));
    QCOMPARE(codes.at(1), structure + QStringLiteral(":272741003=24028007"));
    QVERIFY(codes.at(0) != codes.at(1));

    // The session's areas worked (Procedure.bodySite) are coded the same way.
    const QList<QJsonObject> procedures = resources(bundle, "Procedure");
    QCOMPARE(procedures.size(), 1);
    QStringList areaCodes;
    for (const QJsonValue& site : procedures.at(0).value("bodySite").toArray())
        areaCodes
            << site.toObject().value("coding").toArray().at(0).toObject().value("code").toString();
    QCOMPARE(areaCodes, codes);
}

void TestFhirWriter::qualitiesAsComponents()
{
    const QJsonObject bundle =
        parse(exchange::writeFhirBundle({testdata::shortSession()}, generatedAt));
    // 23:00, lower back: aching (coded) and shooting (text only).
    QJsonObject observation;
    for (const QJsonObject& o : resources(bundle, "Observation")) {
        if (o.value("effectiveDateTime") == QLatin1String("2026-11-20T23:00:00+01:00") &&
            o.value("bodySite").toObject().value("text") == QLatin1String("Lower back"))
            observation = o;
    }
    const QJsonArray components = observation.value("component").toArray();
    QCOMPARE(components.size(), 2);
    for (const QJsonValue& component : components) {
        const QJsonObject code = component.toObject()
                                     .value("code")
                                     .toObject()
                                     .value("coding")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(code.value("system").toString(), QStringLiteral("http://loinc.org"));
        QCOMPARE(code.value("code").toString(), QStringLiteral("56823-8"));
    }
    const QJsonObject aching = components.at(0).toObject().value("valueCodeableConcept").toObject();
    QCOMPARE(aching.value("text").toString(), QStringLiteral("Aching"));
    QCOMPARE(aching.value("coding").toArray().at(0).toObject().value("code").toString(),
             QStringLiteral("27635008"));
    const QJsonObject shooting =
        components.at(1).toObject().value("valueCodeableConcept").toObject();
    QCOMPARE(shooting.value("text").toString(), QStringLiteral("Shooting"));
    QVERIFY(!shooting.contains("coding"));
}

void TestFhirWriter::redFlagsAsSymptomObservations()
{
    const Session week = testdata::weekLog();
    const QJsonObject bundle = parse(exchange::writeFhirBundle({week}, generatedAt));
    QList<QJsonObject> flags;
    for (const QJsonObject& o : resources(bundle, "Observation")) {
        if (o.contains("valueBoolean"))
            flags << o;
    }
    int expected = 0;
    for (const CheckIn& c : week.checkIns)
        expected += int(c.redFlags.size());
    QCOMPARE(flags.size(), expected);
    QCOMPARE(flags.size(), 2);
    QCOMPARE(flags.at(0).value("code").toObject().value("text").toString(),
             QStringLiteral("Swelling, warmth or throbbing pain in one calf"));
    QCOMPARE(flags.at(0).value("valueBoolean"), QJsonValue(true));
    QCOMPARE(flags.at(0).value("effectiveDateTime").toString(), week.checkIns.at(30).at.text);
    QCOMPARE(flags.at(1).value("code").toObject().value("text").toString(),
             QStringLiteral("Fever or feeling hot and shivery"));
    QCOMPARE(flags.at(1).value("status").toString(), QStringLiteral("final"));
}

void TestFhirWriter::sessionAsProcedure()
{
    const QJsonObject bundle =
        parse(exchange::writeFhirBundle({testdata::shortSession()}, generatedAt));
    const QList<QJsonObject> procedures = resources(bundle, "Procedure");
    QCOMPARE(procedures.size(), 1);
    const QJsonObject p = procedures.at(0);
    QCOMPARE(p.value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(p.value("code").toObject().value("text").toString(),
             QStringLiteral("Massage (Deep tissue)"));
    QCOMPARE(p.value("identifier").toArray().at(0).toObject().value("value").toString(),
             QStringLiteral("s-2026-11-20"));
    const QJsonObject period = p.value("performedPeriod").toObject();
    QCOMPARE(period.value("start").toString(), QStringLiteral("2026-11-20T15:00:00+01:00"));
    QCOMPARE(period.value("end").toString(), QStringLiteral("2026-11-20T16:00:00+01:00"));
    QCOMPARE(p.value("performer")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("actor")
                 .toObject()
                 .value("display")
                 .toString(),
             QStringLiteral("Zoë Brandt, RMT"));
    const QJsonArray sites = p.value("bodySite").toArray();
    QCOMPARE(sites.size(), 3);
    QCOMPARE(sites.at(2).toObject().value("text").toString(), QStringLiteral("Upper back"));
    QStringList notes;
    for (const QJsonValue& note : p.value("note").toArray())
        notes << note.toObject().value("text").toString();
    QCOMPARE(notes,
             (QStringList{"Pressure: Firm",
                          "Answered yes before the session: A known slipped (herniated) disc",
                          "Asked for \"firm\" pressure, then lighter on the left side"}));
}

void TestFhirWriter::fractionalStartKeepsItsFractionAtTheEnd_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // after 60 minutes
    QTest::newRow("whole seconds") << "2026-11-20T15:00:00+01:00"
                                   << "2026-11-20T16:00:00+01:00";
    QTest::newRow("fraction") << "2026-11-20T15:00:00.25+01:00"
                              << "2026-11-20T16:00:00.25+01:00";
    QTest::newRow("fraction as written") << "2026-11-20T15:00:00.500-05:00"
                                         << "2026-11-20T16:00:00.500-05:00";
    QTest::newRow("before 1970") << "1969-12-31T23:59:59.5Z"
                                 << "1970-01-01T00:59:59.5Z";
    QTest::newRow("offset out of FHIR's range") << "2026-11-20T15:00:00.75+14:30"
                                                << "2026-11-20T01:30:00.75Z";
}

// A start with a fraction of a second keeps it, and so does the end computed from it.
void TestFhirWriter::fractionalStartKeepsItsFractionAtTheEnd()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    Session session = testdata::shortSession();
    session.start = *Timestamp::parse(start);
    session.durationMinutes = 60;
    session.checkIns.clear();
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    const QJsonObject period =
        resources(bundle, "Procedure").value(0).value("performedPeriod").toObject();
    QCOMPARE(period.value("start").toString(), exchange::fhirDateTime(session.start));
    QCOMPARE(period.value("end").toString(), end);
}

// A check-in that lists a red flag twice: one Observation, so no two entries share an id.
void TestFhirWriter::repeatedRedFlagIsOneObservation()
{
    Session session = testdata::shortSession();
    CheckIn& checkIn = session.checkIns.first();
    checkIn.redFlags = {QStringLiteral("fever"), QStringLiteral("fever")};
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    QSet<QString> urls;
    for (const QJsonValue& entry : bundle.value("entry").toArray()) {
        const QString url = entry.toObject().value("fullUrl").toString();
        QVERIFY2(!urls.contains(url), qPrintable(url));
        urls.insert(url);
    }
    int flags = 0;
    for (const QJsonObject& o : resources(bundle, "Observation"))
        flags += o.contains("valueBoolean") ? 1 : 0;
    QCOMPARE(flags, 1);
}

void TestFhirWriter::screeningAsQuestionnaireResponse()
{
    Session session = testdata::shortSession();
    session.screening = {QStringLiteral("cauda-equina-symptoms"), QStringLiteral("pregnancy"),
                         QStringLiteral("pregnancy")};
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    const QList<QJsonObject> questionnaires = resources(bundle, "Questionnaire");
    QCOMPARE(questionnaires.size(), 2);
    const QJsonObject screening = questionnaires.at(0);
    QCOMPARE(screening.value("name").toString(), QStringLiteral("AftercareScreening"));
    QCOMPARE(screening.value("item").toArray().size(), 8); // every screening question
    QCOMPARE(screening.value("item").toArray().at(0).toObject().value("type").toString(),
             QStringLiteral("boolean"));

    QList<QJsonObject> responses = resources(bundle, "QuestionnaireResponse");
    responses.removeIf([&](const QJsonObject& r) {
        return r.value("questionnaire").toString() != screening.value("url").toString();
    });
    QCOMPARE(responses.size(), 1);
    const QJsonObject response = responses.at(0);
    QCOMPARE(response.value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(response.value("authored").toString(), session.start.text);
    const QJsonArray items = response.value("item").toArray();
    QCOMPARE(items.size(), 2); // a repeated answer means nothing more
    QCOMPARE(items.at(0).toObject().value("linkId").toString(),
             QStringLiteral("cauda-equina-symptoms"));
    QCOMPARE(items.at(1).toObject().value("linkId").toString(), QStringLiteral("pregnancy"));
    QCOMPARE(
        items.at(1).toObject().value("answer").toArray().at(0).toObject().value("valueBoolean"),
        QJsonValue(true));
    // Every linkId answered is a question of the questionnaire.
    QStringList questions;
    for (const QJsonValue& item : screening.value("item").toArray())
        questions << item.toObject().value("linkId").toString();
    for (const QJsonValue& item : items)
        QVERIFY(questions.contains(item.toObject().value("linkId").toString()));
}

void TestFhirWriter::checkInAnswersAsQuestionnaireResponses()
{
    const Session session = testdata::v2Session();
    const QJsonObject bundle = parse(exchange::writeFhirBundle({session}, generatedAt));
    const QJsonObject checkInQuestionnaire = resources(bundle, "Questionnaire").at(1);
    QCOMPARE(checkInQuestionnaire.value("name").toString(), QStringLiteral("AftercareCheckIn"));
    QList<QJsonObject> responses = resources(bundle, "QuestionnaireResponse");
    responses.removeIf([&](const QJsonObject& r) {
        return r.value("questionnaire").toString() != checkInQuestionnaire.value("url").toString();
    });
    QCOMPARE(responses.size(), 6); // every check-in has an impact answer

    // In time order; the 23:00 one was entered at 02:00 and had two kinds of self-care.
    const QJsonObject night = responses.at(2);
    QCOMPARE(night.value("authored").toString(), QStringLiteral("2026-11-21T02:00:00+01:00"));
    const QJsonArray items = night.value("item").toArray();
    QCOMPARE(items.at(0).toObject().value("linkId").toString(), QStringLiteral("impact"));
    const QJsonObject impact = items.at(0)
                                   .toObject()
                                   .value("answer")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value("valueCoding")
                                   .toObject();
    QCOMPARE(impact.value("code").toString(), QStringLiteral("a-lot"));
    QVERIFY(!impact.value("display").toString().isEmpty());
    QVERIFY(impact.value("system").toString().startsWith(QLatin1String("urn:uuid:")));
    QStringList selfCare;
    for (const QJsonValue& item : items) {
        if (item.toObject().value("linkId") != QLatin1String("self-care"))
            continue;
        QStringList parts;
        for (const QJsonValue& part : item.toObject().value("item").toArray())
            parts << part.toObject()
                         .value("answer")
                         .toArray()
                         .at(0)
                         .toObject()
                         .value("valueCoding")
                         .toObject()
                         .value("code")
                         .toString();
        selfCare << parts.join(QLatin1Char('='));
    }
    QCOMPARE(selfCare, (QStringList{"heat=no", "painkiller=a-little"}));

    // Reactions at 19:00: one item, two answers.
    const QJsonArray evening = responses.at(1).value("item").toArray();
    QCOMPARE(evening.at(1).toObject().value("linkId").toString(), QStringLiteral("reactions"));
    QCOMPARE(evening.at(1).toObject().value("answer").toArray().size(), 2);

    // A v1 session has no check-in answers to give.
    const QJsonObject v1 =
        parse(exchange::writeFhirBundle({testdata::shortSession()}, generatedAt));
    const QString checkInUrl = checkInQuestionnaire.value("url").toString();
    for (const QJsonObject& r : resources(v1, "QuestionnaireResponse"))
        QVERIFY(r.value("questionnaire").toString() != checkInUrl);
}

void TestFhirWriter::gradeAsObservation()
{
    const QJsonObject bundle =
        parse(exchange::writeFhirBundle({testdata::v2Session()}, generatedAt));
    QList<QJsonObject> grades = resources(bundle, "Observation");
    grades.removeIf([](const QJsonObject& o) {
        return !o.value("code").toObject().value("text").toString().startsWith(
            QLatin1String("Reaction to the massage, graded"));
    });
    QCOMPARE(grades.size(), 1);
    const QJsonObject value = grades.at(0).value("valueCodeableConcept").toObject();
    // "A lot" in the way at 23:00 makes it moderate (no flag more urgent than a therapist's).
    QCOMPARE(value.value("coding").toArray().at(0).toObject().value("code").toString(),
             QStringLiteral("moderate"));
    QCOMPARE(value.value("text").toString(), QStringLiteral("Moderate reaction"));
    QCOMPARE(grades.at(0).value("effectiveDateTime").toString(),
             QStringLiteral("2026-11-22T09:00:00+01:00")); // the latest check-in

    // No check-ins, no grade.
    Session empty = testdata::shortSession();
    empty.checkIns.clear();
    for (const QJsonObject& o :
         resources(parse(exchange::writeFhirBundle({empty}, generatedAt)), "Observation"))
        QVERIFY(!o.value("code").toObject().value("text").toString().startsWith(
            QLatin1String("Reaction to the massage")));

    // The advice and the card in the Procedure's notes.
    QStringList notes;
    for (const QJsonValue& note : resources(bundle, "Procedure").at(0).value("note").toArray())
        notes << note.toObject().value("text").toString();
    QVERIFY(notes.contains(QStringLiteral(
        "Therapist's advice: Heat tonight; no heavy lifting for 24 h, then \"easy\" walks")));
    QVERIFY(notes.contains(QStringLiteral("Set up from the therapist's session card")));
}

void TestFhirWriter::stableNameBasedUuids()
{
    const QList<Session> sessions{testdata::shortSession(), testdata::weekLog()};
    const QByteArray once = exchange::writeFhirBundle(sessions, generatedAt);
    QCOMPARE(exchange::writeFhirBundle(sessions, generatedAt), once);

    const QByteArray later =
        exchange::writeFhirBundle(sessions, testdata::at("2026-12-01T10:00:00Z"));
    const QJsonObject a = parse(once);
    const QJsonObject b = parse(later);
    QVERIFY(a.value("identifier") != b.value("identifier"));
    QCOMPARE(a.value("entry"), b.value("entry"));

    // Version 5 (name-based) UUIDs, all distinct.
    static const QRegularExpression v5(QStringLiteral(
        "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> seen;
    for (const QJsonValue& entry : a.value("entry").toArray()) {
        const QString url = entry.toObject().value("fullUrl").toString();
        QVERIFY2(v5.match(url).hasMatch(), qPrintable(url));
        QVERIFY2(!seen.contains(url), qPrintable(url));
        seen.insert(url);
    }
    // The same check-in in another export keeps its id.
    Session reordered = testdata::shortSession();
    std::reverse(reordered.checkIns.begin(), reordered.checkIns.end());
    QCOMPARE(
        parse(exchange::writeFhirBundle({reordered}, generatedAt)).value("entry"),
        parse(exchange::writeFhirBundle({testdata::shortSession()}, generatedAt)).value("entry"));
}

void TestFhirWriter::timesAsFhirDateTimes_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("fhir");
    QTest::newRow("offset kept") << "2026-11-20T15:00:00+01:00"
                                 << "2026-11-20T15:00:00+01:00";
    QTest::newRow("fraction kept") << "2026-11-20T15:00:00.125-05:00"
                                   << "2026-11-20T15:00:00.125-05:00";
    QTest::newRow("lower case") << "2026-11-20t15:00:00z"
                                << "2026-11-20T15:00:00Z";
    QTest::newRow("+14:00 allowed") << "2026-11-20T15:00:00+14:00"
                                    << "2026-11-20T15:00:00+14:00";
    QTest::newRow("+14:30 to UTC") << "2026-11-20T15:00:00.5+14:30"
                                   << "2026-11-20T00:30:00.5Z";
    QTest::newRow("-14:00 to UTC") << "2026-11-20T15:00:00-14:00"
                                   << "2026-11-21T05:00:00Z";
}

void TestFhirWriter::timesAsFhirDateTimes()
{
    QFETCH(QString, recorded);
    QFETCH(QString, fhir);
    const std::optional<Timestamp> t = Timestamp::parse(recorded);
    QVERIFY(t);
    QCOMPARE(exchange::fhirDateTime(*t), fhir);
}

void TestFhirWriter::emptyExportIsValid()
{
    const QByteArray bytes = exchange::writeFhirBundle({}, generatedAt);
    const QJsonObject bundle = parse(bytes);
    QVERIFY(!bundle.contains("entry"));
    QCOMPARE(bundle.value("type").toString(), QStringLiteral("collection"));
    // Its validity is checked with the others in independentValidatorAcceptsExport.
}

// The export goes out an entry at a time (so that 100k check-ins never are in memory as
// text whole), in the same bytes as the bundle made at once, and stops when refused.
void TestFhirWriter::streamsAnEntryAtATime()
{
    const QList<Session> sessions{testdata::shortSession(), testdata::weekLog()};
    QByteArrayList pieces;
    QVERIFY(exchange::writeFhirBundle(sessions, generatedAt, [&](const QByteArray& piece) {
        pieces << piece;
        return true;
    }));
    const QJsonObject bundle = parse(pieces.join());
    const qsizetype entries = bundle.value("entry").toArray().size();
    QCOMPARE(pieces.size(), entries + 2); // the bundle's head, each entry, its end
    QCOMPARE(pieces.join(), exchange::writeFhirBundle(sessions, generatedAt));

    int offered = 0;
    QVERIFY(!exchange::writeFhirBundle(sessions, generatedAt,
                                       [&](const QByteArray&) { return ++offered < 3; }));
    QCOMPARE(offered, 3);
}

QTEST_GUILESS_MAIN(TestFhirWriter)
#include "tst_fhirwriter.moc"
