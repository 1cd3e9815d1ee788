#include "exchange/fhirwriter.h"

#include "exchange/jsonvalue.h"

#include "analysis/analysis.h"
#include "model/vocabulary.h"

#include <QSet>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace aftercare::exchange {

namespace {

// `wholeSeconds` (RFC 3339 text without a fraction) with the fraction `source` was written
// with, digit for digit: "…:00Z" and "…:00.250+01:00" give "…:00.250Z".
QString withFractionOf(QString wholeSeconds, const QString& source)
{
    const qsizetype dot = source.indexOf(QLatin1Char('.'));
    if (dot != 19)
        return wholeSeconds;
    qsizetype end = dot + 1;
    while (end < source.size() && source.at(end).isDigit())
        ++end;
    wholeSeconds.insert(19, source.mid(dot, end - dot));
    return wholeSeconds;
}

// The session's end in its start's offset, with the start's fraction (the duration is whole
// minutes): a start at 15:00:00.5 ends at 16:00:00.5, not 16:00:00.
Timestamp sessionEnd(const Session& session)
{
    constexpr qint64 microsPerSecond = 1000000;
    const qint64 fraction =
        (session.start.utcMicros % microsPerSecond + microsPerSecond) % microsPerSecond;
    Timestamp end =
        Timestamp::fromUtcMicros(session.endUtcMicros() - fraction, session.start.offsetSeconds);
    end.utcMicros += fraction;
    end.text = withFractionOf(end.text, session.start.text);
    return end;
}

// A JSON value whose object members keep the order they were added in, so that
// every resource starts with its resourceType and reads like the FHIR spec.
class Json
{
public:
    static Json object() { return Json(JsonValue::object()); }
    static Json array() { return Json(JsonValue::array()); }
    static Json string(const QString& value) { return Json(jsonString(value)); }
    static Json integer(qint64 value) { return Json(JsonValue(value)); }
    static Json boolean(bool value) { return Json(JsonValue(value)); }

    Json& set(const QString& key, Json value)
    {
        m_value[key.toStdString()] = std::move(value.m_value);
        return *this;
    }
    Json& set(const QString& key, const QString& value) { return set(key, string(value)); }
    Json& append(Json value)
    {
        m_value.push_back(std::move(value.m_value));
        return *this;
    }
    bool isEmpty() const { return m_value.empty(); }

    // Pretty-printed, the first line at `indent` spaces.
    void write(QByteArray* out, int indent) const { appendJson(*out, m_value, indent); }

private:
    explicit Json(JsonValue value)
        : m_value(std::move(value))
    {}

    JsonValue m_value;
};

const QString loinc = QStringLiteral("http://loinc.org");
const QString snomed = QStringLiteral("http://snomed.info/sct");
const QString ucum = QStringLiteral("http://unitsofmeasure.org");

// SNOMED CT body sites from clinical-notes.md, each checked against published value
// sets. A region gets the code of the body part it is, or that contains it and differs
// from it only by face (front, back); the text keeps the exact region.
// Upper back, mid back and the rest stay text only.
struct Code
{
    const char* id;
    const char* code;
    const char* display;
};

// A sided region is the body structure refined by its side, as SNOMED CT does it: a
// post-coordinated expression (compositional grammar, concept ids only) in Coding.code,
// which FHIR R4 accepts for http://snomed.info/sct, e.g. 46862004:272741003=7771000
// (Buttock structure, Laterality = Left).
const char* const lateralityAttribute = "272741003"; // Laterality (attribute)
const char* const left = "7771000";                  // Left (qualifier value)
const char* const right = "24028007";                // Right (qualifier value)

struct BodySiteCode
{
    const char* id;
    const char* code;
    const char* display;
    const char* side; // nullptr: not sided
};

constexpr BodySiteCode bodySiteCodes[] = {
    {"lower-back", "37822005", "Lower back structure", nullptr},
    {"neck", "45048000", "Neck structure", nullptr},
    {"shoulder-left", "16982005", "Shoulder region structure", left},
    {"shoulder-right", "16982005", "Shoulder region structure", right},
    {"gluteal-left", "46862004", "Buttock structure", left},
    {"gluteal-right", "46862004", "Buttock structure", right},
    {"thigh-front-left", "68367000", "Thigh structure", left},
    {"thigh-front-right", "68367000", "Thigh structure", right},
    {"thigh-back-left", "68367000", "Thigh structure", left},
    {"thigh-back-right", "68367000", "Thigh structure", right},
    {"calf-left", "53840002", "Calf of leg structure", left},
    {"calf-right", "53840002", "Calf of leg structure", right},
    {"shin-left", "30021000", "Lower leg structure", left},
    {"shin-right", "30021000", "Lower leg structure", right},
};

// Pain qualities from clinical-notes.md whose code two independent published sources
// confirmed; burning, throbbing and electric could not be confirmed and stay text only.
constexpr Code qualityCodes[] = {
    {"aching", "27635008", "Aching pain"}, {"cramping", "279093005", "Cramping pain"},
    {"dull", "83644001", "Dull pain"},     {"sharp", "8708008", "Sharp pain"},
    {"tingling", "786837007", "Tingling"},
};

template <typename C, size_t N> const C* findCode(const C (&codes)[N], const QString& id)
{
    for (const C& code : codes) {
        if (id == QLatin1String(code.id))
            return &code;
    }
    return nullptr;
}

// The English label: exports are read by clinicians and machines, not by the app's UI.
QString englishLabel(const std::vector<Term>& terms, const QString& id)
{
    for (const Term& term : terms) {
        if (id == QLatin1String(term.id))
            return QString::fromUtf8(term.label);
    }
    return id;
}

// `display` empty: none (a SNOMED CT expression has no display of its own).
Json coding(const QString& system, const QString& code, const QString& display)
{
    Json result =
        Json::object().set(QStringLiteral("system"), system).set(QStringLiteral("code"), code);
    if (!display.isEmpty())
        result.set(QStringLiteral("display"), display);
    return result;
}

// `code` null: text only.
Json codeableConcept(const char* code, const char* display, const QString& text)
{
    Json result = Json::object();
    if (code) {
        result.set(QStringLiteral("coding"),
                   Json::array().append(
                       coding(snomed, QString::fromLatin1(code), QString::fromLatin1(display))));
    }
    result.set(QStringLiteral("text"), text);
    return result;
}

Json codeableConcept(const Code* code, const QString& text)
{
    return code ? codeableConcept(code->code, code->display, text)
                : codeableConcept(nullptr, nullptr, text);
}

Json bodySite(const QString& region)
{
    const QString text = englishLabel(vocabulary::regions(), region);
    const BodySiteCode* site = findCode(bodySiteCodes, region);
    if (!site)
        return codeableConcept(nullptr, nullptr, text);
    if (!site->side)
        return codeableConcept(site->code, site->display, text);
    // The side refines the structure; the text says "Left buttock".
    const QByteArray expression =
        QByteArray(site->code) + ':' + lateralityAttribute + '=' + site->side;
    return codeableConcept(expression.constData(), "", text);
}

Json reference(const QUuid& uuid)
{
    return Json::object().set(QStringLiteral("reference"),
                              QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces));
}

Json surveyCategory()
{
    return Json::array().append(Json::object().set(
        QStringLiteral("coding"),
        Json::array().append(
            coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                   QStringLiteral("survey"), QStringLiteral("Survey")))));
}

Json painCode()
{
    return Json::object()
        .set(QStringLiteral("coding"),
             Json::array().append(
                 coding(loinc, QStringLiteral("72514-3"),
                        QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - "
                                       "Reported"))))
        .set(QStringLiteral("text"), QStringLiteral("Pain severity (0-10)"));
}

Json qualityComponent(const QString& quality)
{
    return Json::object()
        .set(QStringLiteral("code"),
             Json::object().set(
                 QStringLiteral("coding"),
                 Json::array().append(coding(loinc, QStringLiteral("56823-8"),
                                             QStringLiteral("Problem quality or description")))))
        .set(QStringLiteral("valueCodeableConcept"),
             codeableConcept(findCode(qualityCodes, quality),
                             englishLabel(vocabulary::qualities(), quality)));
}

Json notes(const QStringList& texts)
{
    Json list = Json::array();
    for (const QString& text : texts) {
        const QString clean = fhirString(text);
        if (!clean.isEmpty())
            list.append(Json::object().set(QStringLiteral("text"), clean));
    }
    return list;
}

QString urn(const QUuid& uuid)
{
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

// The project's own ids (core/exchange/README.md, "Vocabularies"). No standard code says
// "a little in the way" or "heat helped", so answers carry the id in a code system of the
// project's own, named by a stable URN, rather than a guessed standard code.
QString vocabularySystem()
{
    return urn(fhirResourceUuid(QStringLiteral("code-system/aftercare-vocabulary")));
}

Json vocabularyCoding(const std::vector<Term>& terms, const QString& id)
{
    return coding(vocabularySystem(), id, englishLabel(terms, id));
}

// The questionnaires the answers refer to, carried in the bundle itself.
const QString screeningQuestionnaireName = QStringLiteral("questionnaire/aftercare-screening");
const QString checkInQuestionnaireName = QStringLiteral("questionnaire/aftercare-check-in");

QString questionnaireUrl(const QString& name)
{
    return urn(fhirResourceUuid(name));
}

Json questionItem(const QString& linkId, const QString& text, const char* type)
{
    return Json::object()
        .set(QStringLiteral("linkId"), linkId)
        .set(QStringLiteral("text"), text)
        .set(QStringLiteral("type"), QString::fromLatin1(type));
}

Json choiceItem(const QString& linkId, const QString& text, const std::vector<Term>& terms,
                bool repeats)
{
    Json item = questionItem(linkId, text, "choice");
    if (repeats)
        item.set(QStringLiteral("repeats"), Json::boolean(true));
    Json options = Json::array();
    for (const Term& term : terms) {
        options.append(Json::object().set(QStringLiteral("valueCoding"),
                                          vocabularyCoding(terms, QString::fromLatin1(term.id))));
    }
    return item.set(QStringLiteral("answerOption"), options);
}

Json questionnaire(const QString& name, const char* computableName, const QString& title,
                   Json items)
{
    const QUuid uuid = fhirResourceUuid(name);
    Json result = Json::object();
    result.set(QStringLiteral("resourceType"), QStringLiteral("Questionnaire"))
        .set(QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces))
        .set(QStringLiteral("url"), urn(uuid))
        .set(QStringLiteral("version"), QStringLiteral("2"))
        .set(QStringLiteral("name"), QString::fromLatin1(computableName))
        .set(QStringLiteral("title"), title)
        .set(QStringLiteral("status"), QStringLiteral("active"))
        .set(QStringLiteral("item"), std::move(items));
    return result;
}

Json screeningQuestionnaire()
{
    Json items = Json::array();
    for (const Term& term : vocabulary::screening()) {
        items.append(
            questionItem(QString::fromLatin1(term.id), QString::fromUtf8(term.label), "boolean"));
    }
    return questionnaire(screeningQuestionnaireName, "AftercareScreening",
                         QStringLiteral("Before the massage: answered yes"), std::move(items));
}

Json checkInQuestionnaire()
{
    Json selfCare =
        questionItem(QStringLiteral("self-care"),
                     QStringLiteral("What did you do for it since the last check-in?"), "group");
    selfCare.set(QStringLiteral("repeats"), Json::boolean(true))
        .set(QStringLiteral("item"),
             Json::array()
                 .append(choiceItem(QStringLiteral("self-care.kind"), QStringLiteral("What"),
                                    vocabulary::selfCareKinds(), false))
                 .append(choiceItem(QStringLiteral("self-care.helped"),
                                    QStringLiteral("Did it help?"), vocabulary::selfCareAnswers(),
                                    false)));
    Json items = Json::array();
    items
        .append(choiceItem(QStringLiteral("impact"),
                           QStringLiteral("How much does it get in the way of your usual "
                                          "activities?"),
                           vocabulary::impacts(), false))
        .append(choiceItem(QStringLiteral("reactions"),
                           QStringLiteral("Other reactions since the last check-in"),
                           vocabulary::reactions(), true))
        .append(choiceItem(QStringLiteral("benefits"), QStringLiteral("Benefits"),
                           vocabulary::benefits(), true))
        .append(std::move(selfCare));
    return questionnaire(checkInQuestionnaireName, "AftercareCheckIn",
                         QStringLiteral("After the massage: check-in"), std::move(items));
}

Json codingAnswers(const std::vector<Term>& terms, const QStringList& ids)
{
    Json answers = Json::array();
    QStringList seen; // a repeated id means nothing more
    for (const QString& id : ids) {
        if (seen.contains(id))
            continue;
        seen << id;
        answers.append(
            Json::object().set(QStringLiteral("valueCoding"), vocabularyCoding(terms, id)));
    }
    return answers;
}

Json answeredItem(const QString& linkId, Json answers)
{
    return Json::object()
        .set(QStringLiteral("linkId"), linkId)
        .set(QStringLiteral("answer"), std::move(answers));
}

bool hasCheckInAnswers(const CheckIn& checkIn)
{
    return !checkIn.impact.isEmpty() || !checkIn.reactions.isEmpty() ||
           !checkIn.benefits.isEmpty() || !checkIn.selfCare.isEmpty();
}

class BundleBuilder
{
public:
    // `onEntry` gets each entry as it is made, so that the bundle never is in memory whole.
    BundleBuilder(const QUuid& patient, std::function<void(const Json&)> onEntry)
        : m_patient(patient)
        , m_onEntry(std::move(onEntry))
    {}

    void add(const QUuid& uuid, Json resource)
    {
        m_onEntry(Json::object()
                      .set(QStringLiteral("fullUrl"),
                           QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces))
                      .set(QStringLiteral("resource"), std::move(resource)));
    }

    // A resource of `type` with the id of its fullUrl.
    static Json resource(const char* type, const QUuid& uuid)
    {
        return Json::object()
            .set(QStringLiteral("resourceType"), QString::fromLatin1(type))
            .set(QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces));
    }

    Json painObservation(const QUuid& uuid, const QString& effective, int intensity,
                         const QString& region, const QStringList& qualities,
                         const QStringList& noteTexts, const QUuid* procedure) const
    {
        Json observation = resource("Observation", uuid);
        if (procedure)
            observation.set(QStringLiteral("partOf"), Json::array().append(reference(*procedure)));
        observation.set(QStringLiteral("status"), QStringLiteral("final"))
            .set(QStringLiteral("category"), surveyCategory())
            .set(QStringLiteral("code"), painCode())
            .set(QStringLiteral("subject"), reference(m_patient))
            .set(QStringLiteral("effectiveDateTime"), effective)
            .set(QStringLiteral("valueQuantity"),
                 Json::object()
                     .set(QStringLiteral("value"), Json::integer(intensity))
                     .set(QStringLiteral("unit"), QStringLiteral("{score}"))
                     .set(QStringLiteral("system"), ucum)
                     .set(QStringLiteral("code"), QStringLiteral("{score}")));
        const Json noteList = notes(noteTexts);
        if (!noteList.isEmpty())
            observation.set(QStringLiteral("note"), noteList);
        if (!region.isEmpty())
            observation.set(QStringLiteral("bodySite"), bodySite(region));
        if (!qualities.isEmpty()) {
            Json components = Json::array();
            for (const QString& quality : qualities)
                components.append(qualityComponent(quality));
            observation.set(QStringLiteral("component"), components);
        }
        return observation;
    }

    Json redFlagObservation(const QUuid& uuid, const QString& effective, const QString& redFlag,
                            const QUuid& procedure) const
    {
        Json observation = surveyObservation(uuid, englishLabel(vocabulary::redFlags(), redFlag),
                                             effective, procedure);
        observation.set(QStringLiteral("valueBoolean"), Json::boolean(true));
        return observation;
    }

    // The screening answers given before the session.
    Json screeningResponse(const QUuid& uuid, const Session& session, const QUuid& procedure) const
    {
        Json items = Json::array();
        QStringList seen;
        for (const QString& id : session.screening) {
            if (seen.contains(id))
                continue;
            seen << id;
            items.append(
                answeredItem(id, Json::array().append(Json::object().set(
                                     QStringLiteral("valueBoolean"), Json::boolean(true))))
                    .set(QStringLiteral("text"), englishLabel(vocabulary::screening(), id)));
        }
        return response(uuid, screeningQuestionnaireName, procedure, fhirDateTime(session.start))
            .set(QStringLiteral("item"), std::move(items));
    }

    // How much it got in the way, other reactions, benefits and self-care, as answered at
    // one check-in; authored when it was entered.
    Json checkInResponse(const QUuid& uuid, const CheckIn& checkIn, const QUuid& procedure) const
    {
        Json items = Json::array();
        if (!checkIn.impact.isEmpty())
            items.append(answeredItem(QStringLiteral("impact"),
                                      codingAnswers(vocabulary::impacts(), {checkIn.impact})));
        if (!checkIn.reactions.isEmpty())
            items.append(answeredItem(QStringLiteral("reactions"),
                                      codingAnswers(vocabulary::reactions(), checkIn.reactions)));
        if (!checkIn.benefits.isEmpty())
            items.append(answeredItem(QStringLiteral("benefits"),
                                      codingAnswers(vocabulary::benefits(), checkIn.benefits)));
        for (const SelfCare& entry : checkIn.selfCare) {
            Json answers = Json::array().append(
                answeredItem(QStringLiteral("self-care.kind"),
                             codingAnswers(vocabulary::selfCareKinds(), {entry.kind})));
            if (!entry.helped.isEmpty())
                answers.append(
                    answeredItem(QStringLiteral("self-care.helped"),
                                 codingAnswers(vocabulary::selfCareAnswers(), {entry.helped})));
            items.append(Json::object()
                             .set(QStringLiteral("linkId"), QStringLiteral("self-care"))
                             .set(QStringLiteral("item"), std::move(answers)));
        }
        const Timestamp& authored = checkIn.recordedAt ? *checkIn.recordedAt : checkIn.at;
        return response(uuid, checkInQuestionnaireName, procedure, fhirDateTime(authored))
            .set(QStringLiteral("item"), std::move(items));
    }

    // How strong the reaction was (core/analysis/README.md, "Grade"): the project's own
    // scale after Corso et al. 2020, so no standard code.
    Json gradeObservation(const QUuid& uuid, const QString& grade, const QString& label,
                          const QString& effective, const QUuid& procedure) const
    {
        Json observation = surveyObservation(
            uuid,
            QStringLiteral("Reaction to the massage, graded (after Corso et al., Chiropr Man "
                           "Therap 2020)"),
            effective, procedure);
        observation.set(QStringLiteral("valueCodeableConcept"),
                        Json::object()
                            .set(QStringLiteral("coding"),
                                 Json::array().append(coding(vocabularySystem(), grade, label)))
                            .set(QStringLiteral("text"), label));
        return observation;
    }

    Json procedure(const QUuid& uuid, const Session& session) const
    {
        Json procedure = resource("Procedure", uuid);
        const QString sessionId = fhirString(session.id);
        if (!sessionId.isEmpty()) {
            procedure.set(QStringLiteral("identifier"), Json::array().append(Json::object().set(
                                                            QStringLiteral("value"), sessionId)));
        }
        procedure.set(QStringLiteral("status"), QStringLiteral("completed"))
            .set(QStringLiteral("code"),
                 Json::object().set(
                     QStringLiteral("text"),
                     QStringLiteral("Massage (%1)")
                         .arg(englishLabel(vocabulary::techniques(), session.technique))))
            .set(QStringLiteral("subject"), reference(m_patient))
            .set(QStringLiteral("performedPeriod"),
                 Json::object()
                     .set(QStringLiteral("start"), fhirDateTime(session.start))
                     .set(QStringLiteral("end"), fhirDateTime(sessionEnd(session))));
        const QString therapist = fhirString(session.therapist);
        if (!therapist.isEmpty()) {
            procedure.set(QStringLiteral("performer"),
                          Json::array().append(Json::object().set(
                              QStringLiteral("actor"),
                              Json::object().set(QStringLiteral("display"), therapist))));
        }
        if (!session.areasWorked.isEmpty()) {
            Json sites = Json::array();
            for (const QString& region : session.areasWorked)
                sites.append(bodySite(region));
            procedure.set(QStringLiteral("bodySite"), sites);
        }
        QStringList noteTexts;
        if (!session.pressure.isEmpty())
            noteTexts << QStringLiteral("Pressure: %1")
                             .arg(englishLabel(vocabulary::pressures(), session.pressure));
        if (!session.screening.isEmpty()) {
            QStringList answers;
            for (const QString& id : session.screening)
                answers << englishLabel(vocabulary::screening(), id);
            noteTexts << QStringLiteral("Answered yes before the session: %1")
                             .arg(answers.join(QStringLiteral("; ")));
        }
        if (!fhirString(session.advice).isEmpty())
            noteTexts << QStringLiteral("Therapist's advice: %1").arg(session.advice);
        if (session.source == QLatin1String("session-card"))
            noteTexts << QStringLiteral("Set up from the therapist's session card");
        noteTexts << session.notes;
        const Json noteList = notes(noteTexts);
        if (!noteList.isEmpty())
            procedure.set(QStringLiteral("note"), noteList);
        return procedure;
    }

private:
    // A survey Observation of the session with a text-only code (no standard code exists).
    Json surveyObservation(const QUuid& uuid, const QString& codeText, const QString& effective,
                           const QUuid& procedure) const
    {
        Json observation = resource("Observation", uuid);
        observation.set(QStringLiteral("partOf"), Json::array().append(reference(procedure)))
            .set(QStringLiteral("status"), QStringLiteral("final"))
            .set(QStringLiteral("category"), surveyCategory())
            .set(QStringLiteral("code"), Json::object().set(QStringLiteral("text"), codeText))
            .set(QStringLiteral("subject"), reference(m_patient))
            .set(QStringLiteral("effectiveDateTime"), effective);
        return observation;
    }

    Json response(const QUuid& uuid, const QString& questionnaireName, const QUuid& procedure,
                  const QString& authored) const
    {
        Json result = resource("QuestionnaireResponse", uuid);
        result.set(QStringLiteral("questionnaire"), questionnaireUrl(questionnaireName))
            .set(QStringLiteral("partOf"), Json::array().append(reference(procedure)))
            .set(QStringLiteral("status"), QStringLiteral("completed"))
            .set(QStringLiteral("subject"), reference(m_patient))
            .set(QStringLiteral("authored"), authored);
        return result;
    }

    QUuid m_patient;
    std::function<void(const Json&)> m_onEntry;
};

QString sessionName(const Session& session)
{
    return QStringLiteral("session/") + session.id;
}

QString gradeLabel(analysis::Grade grade)
{
    switch (grade) {
    case analysis::Grade::None:
        return QStringLiteral("No reaction");
    case analysis::Grade::Mild:
        return QStringLiteral("Mild reaction");
    case analysis::Grade::Moderate:
        return QStringLiteral("Moderate reaction");
    case analysis::Grade::Severe:
        return QStringLiteral("Severe reaction");
    }
    return {};
}

} // namespace

QUuid fhirResourceUuid(const QString& name)
{
    // The project's own namespace for name-based ids.
    static const QUuid aftercareNamespace(QStringLiteral("4fff5ec4-6ec8-4ea8-bd47-2742b1fa0fa6"));
    return QUuid::createUuidV5(aftercareNamespace, name);
}

QString fhirString(const QString& text)
{
    QString clean = text;
    for (QChar& c : clean) {
        const char16_t u = c.unicode();
        const bool keep = u == u'\t' || u == u'\n' || u == u'\r';
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        const bool rareSpace = u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) ||
                               u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f ||
                               u == 0x3000 || u == 0xfeff;
        if ((control && !keep) || rareSpace)
            c = QLatin1Char(' ');
    }
    return clean.trimmed();
}

QString fhirDateTime(const Timestamp& timestamp)
{
    // FHIR allows offsets from -13:59 to +14:00 (hh 00..13, or exactly 14:00).
    const int offset = timestamp.offsetSeconds;
    const bool offsetInRange = offset >= -(13 * 3600 + 59 * 60) && offset <= 14 * 3600;
    if (offsetInRange)
        return timestamp.text.toUpper();
    return withFractionOf(Timestamp::fromUtcMicros(timestamp.utcMicros, 0).text, // ...:ssZ
                          timestamp.text);
}

bool writeFhirBundle(const QList<Session>& sessions, const Timestamp& generatedAt,
                     const ExportSink& sink)
{
    QStringList sessionIds;
    for (const Session& session : sessions)
        sessionIds << session.id;
    const QString idList = sessionIds.join(QLatin1Char('\n'));
    const QUuid patient = fhirResourceUuid(QStringLiteral("patient/") + idList);
    const QUuid bundleId =
        fhirResourceUuid(QStringLiteral("bundle/") + generatedAt.text + QLatin1Char('\n') + idList);

    // The bundle's own members first, then its entries one by one, in the layout that
    // Json::write gives a whole bundle: "entry" is its last member, at indent 2.
    Json bundle = Json::object();
    bundle.set(QStringLiteral("resourceType"), QStringLiteral("Bundle"))
        .set(QStringLiteral("identifier"),
             Json::object()
                 .set(QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986"))
                 .set(QStringLiteral("value"),
                      QStringLiteral("urn:uuid:") + bundleId.toString(QUuid::WithoutBraces)))
        .set(QStringLiteral("type"), QStringLiteral("collection"))
        .set(QStringLiteral("timestamp"), fhirDateTime(generatedAt));
    QByteArray head;
    bundle.write(&head, 0);
    head.chop(2); // "\n}"
    bool writing = sink(head);
    qsizetype entries = 0;
    BundleBuilder builder(patient, [&](const Json& entry) {
        if (!writing)
            return;
        QByteArray text = entries++ == 0 ? QByteArrayLiteral(",\n  \"entry\": [\n    ")
                                         : QByteArrayLiteral(",\n    ");
        entry.write(&text, 4);
        writing = sink(text);
    });
    if (!sessions.isEmpty()) {
        Json person = BundleBuilder::resource("Patient", patient);
        person.set(QStringLiteral("text"),
                   Json::object()
                       .set(QStringLiteral("status"), QStringLiteral("generated"))
                       .set(QStringLiteral("div"),
                            QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">The person "
                                           "who kept this soreness log. Aftercare records no "
                                           "name or other identity.</div>")));
        builder.add(patient, std::move(person));
        builder.add(fhirResourceUuid(screeningQuestionnaireName), screeningQuestionnaire());
        builder.add(fhirResourceUuid(checkInQuestionnaireName), checkInQuestionnaire());
    }

    for (const Session& session : sessions) {
        const QString name = sessionName(session);
        const QUuid procedure = fhirResourceUuid(name);
        builder.add(procedure, builder.procedure(procedure, session));
        if (!session.screening.isEmpty()) {
            const QUuid uuid = fhirResourceUuid(name + QStringLiteral("/screening"));
            builder.add(uuid, builder.screeningResponse(uuid, session, procedure));
        }

        for (const BaselineEntry& entry : session.baseline) {
            const QUuid uuid = fhirResourceUuid(name + QStringLiteral("/baseline/") + entry.region);
            builder.add(uuid, builder.painObservation(
                                  uuid, fhirDateTime(session.start), entry.intensity, entry.region,
                                  {}, {QStringLiteral("Before the session (baseline)")}, nullptr));
        }

        QList<const CheckIn*> checkIns;
        for (const CheckIn& checkIn : session.checkIns)
            checkIns << &checkIn;
        std::stable_sort(checkIns.begin(), checkIns.end(), [](const CheckIn* a, const CheckIn* b) {
            return a->at.utcMicros < b->at.utcMicros;
        });
        for (const CheckIn* checkIn : checkIns) {
            const QString checkInName =
                name + QStringLiteral("/check-in/") + QString::number(checkIn->at.utcMicros);
            const QString effective = fhirDateTime(checkIn->at);
            if (checkIn->symptoms.isEmpty()) {
                const QUuid uuid = fhirResourceUuid(checkInName + QStringLiteral("/no-soreness"));
                builder.add(uuid, builder.painObservation(uuid, effective, 0, {}, {},
                                                          {checkIn->note}, &procedure));
            }
            for (const Symptom& symptom : checkIn->symptoms) {
                const QUuid uuid =
                    fhirResourceUuid(checkInName + QStringLiteral("/pain/") + symptom.region);
                builder.add(uuid, builder.painObservation(uuid, effective, symptom.intensity,
                                                          symptom.region, symptom.qualities,
                                                          {checkIn->note}, &procedure));
            }
            // A flag listed twice is one observation (its id is made from its name).
            QSet<QString> flagsDone;
            for (const QString& redFlag : checkIn->redFlags) {
                if (flagsDone.contains(redFlag))
                    continue;
                flagsDone.insert(redFlag);
                const QUuid uuid =
                    fhirResourceUuid(checkInName + QStringLiteral("/red-flag/") + redFlag);
                builder.add(uuid, builder.redFlagObservation(uuid, effective, redFlag, procedure));
            }
            if (hasCheckInAnswers(*checkIn)) {
                const QUuid uuid = fhirResourceUuid(checkInName + QStringLiteral("/answers"));
                builder.add(uuid, builder.checkInResponse(uuid, *checkIn, procedure));
            }
        }
        if (const std::optional<analysis::Grade> grade = analysis::analyze(session).grade) {
            const QUuid uuid = fhirResourceUuid(name + QStringLiteral("/grade"));
            builder.add(
                uuid, builder.gradeObservation(uuid, analysis::gradeId(*grade), gradeLabel(*grade),
                                               fhirDateTime(checkIns.last()->at), procedure));
        }
    }

    if (writing)
        writing = sink(entries > 0 ? QByteArrayLiteral("\n  ]\n}\n") : QByteArrayLiteral("\n}\n"));
    return writing;
}

QByteArray writeFhirBundle(const QList<Session>& sessions, const Timestamp& generatedAt)
{
    QByteArray bundle;
    writeFhirBundle(sessions, generatedAt, [&bundle](const QByteArray& chunk) {
        bundle += chunk;
        return true;
    });
    return bundle;
}

} // namespace aftercare::exchange
