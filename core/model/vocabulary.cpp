#include "model/vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace aftercare {

QString Term::translatedLabel() const
{
    return QCoreApplication::translate("Vocabulary", label);
}

namespace vocabulary {

const std::vector<Term>& regions()
{
    static const std::vector<Term> terms{
        {"head", QT_TRANSLATE_NOOP("Vocabulary", "Head")},
        {"neck", QT_TRANSLATE_NOOP("Vocabulary", "Neck")},
        {"shoulder-left", QT_TRANSLATE_NOOP("Vocabulary", "Left shoulder")},
        {"shoulder-right", QT_TRANSLATE_NOOP("Vocabulary", "Right shoulder")},
        {"upper-back", QT_TRANSLATE_NOOP("Vocabulary", "Upper back")},
        {"mid-back", QT_TRANSLATE_NOOP("Vocabulary", "Mid back")},
        {"lower-back", QT_TRANSLATE_NOOP("Vocabulary", "Lower back")},
        {"gluteal-left", QT_TRANSLATE_NOOP("Vocabulary", "Left buttock")},
        {"gluteal-right", QT_TRANSLATE_NOOP("Vocabulary", "Right buttock")},
        {"hip-left", QT_TRANSLATE_NOOP("Vocabulary", "Left hip")},
        {"hip-right", QT_TRANSLATE_NOOP("Vocabulary", "Right hip")},
        {"thigh-front-left", QT_TRANSLATE_NOOP("Vocabulary", "Left thigh (front)")},
        {"thigh-front-right", QT_TRANSLATE_NOOP("Vocabulary", "Right thigh (front)")},
        {"thigh-back-left", QT_TRANSLATE_NOOP("Vocabulary", "Left thigh (back)")},
        {"thigh-back-right", QT_TRANSLATE_NOOP("Vocabulary", "Right thigh (back)")},
        {"calf-left", QT_TRANSLATE_NOOP("Vocabulary", "Left calf")},
        {"calf-right", QT_TRANSLATE_NOOP("Vocabulary", "Right calf")},
        {"shin-left", QT_TRANSLATE_NOOP("Vocabulary", "Left shin")},
        {"shin-right", QT_TRANSLATE_NOOP("Vocabulary", "Right shin")},
        {"foot-left", QT_TRANSLATE_NOOP("Vocabulary", "Left foot")},
        {"foot-right", QT_TRANSLATE_NOOP("Vocabulary", "Right foot")},
        {"arm-left", QT_TRANSLATE_NOOP("Vocabulary", "Left arm")},
        {"arm-right", QT_TRANSLATE_NOOP("Vocabulary", "Right arm")},
        {"chest", QT_TRANSLATE_NOOP("Vocabulary", "Chest")},
        {"abdomen", QT_TRANSLATE_NOOP("Vocabulary", "Abdomen")},
    };
    return terms;
}

const std::vector<Term>& qualities()
{
    static const std::vector<Term> terms{
        {"aching", QT_TRANSLATE_NOOP("Vocabulary", "Aching")},
        {"stiff", QT_TRANSLATE_NOOP("Vocabulary", "Stiff")},
        {"tender", QT_TRANSLATE_NOOP("Vocabulary", "Tender")},
        {"throbbing", QT_TRANSLATE_NOOP("Vocabulary", "Throbbing")},
        {"cramping", QT_TRANSLATE_NOOP("Vocabulary", "Cramping")},
        {"dull", QT_TRANSLATE_NOOP("Vocabulary", "Dull")},
        {"sharp", QT_TRANSLATE_NOOP("Vocabulary", "Sharp")},
        {"stabbing", QT_TRANSLATE_NOOP("Vocabulary", "Stabbing")},
        {"shooting", QT_TRANSLATE_NOOP("Vocabulary", "Shooting")},
        {"electric", QT_TRANSLATE_NOOP("Vocabulary", "Electric")},
        {"radiating", QT_TRANSLATE_NOOP("Vocabulary", "Radiating")},
        {"burning", QT_TRANSLATE_NOOP("Vocabulary", "Burning")},
        {"tingling", QT_TRANSLATE_NOOP("Vocabulary", "Tingling")},
        {"numb", QT_TRANSLATE_NOOP("Vocabulary", "Numb")},
    };
    return terms;
}

const std::vector<Term>& redFlags()
{
    static const std::vector<Term> terms{
        {"saddle-numbness",
         QT_TRANSLATE_NOOP("Vocabulary",
                           "Numbness between the legs, around the genitals or back passage")},
        {"bladder-bowel-change",
         QT_TRANSLATE_NOOP("Vocabulary", "New trouble passing or holding urine or stool")},
        {"leg-weakness",
         QT_TRANSLATE_NOOP("Vocabulary", "New weakness in one or both legs: the foot catches, the "
                                         "leg gives way (not just tired legs)")},
        {"calf-swelling",
         QT_TRANSLATE_NOOP("Vocabulary", "Swelling, warmth or throbbing pain in one calf")},
        {"breathlessness", QT_TRANSLATE_NOOP("Vocabulary", "Sudden breathlessness, or fainting")},
        {"chest-pain",
         QT_TRANSLATE_NOOP("Vocabulary", "Sudden or tight chest pain, or pain worse on breathing "
                                         "in (not tenderness where you were massaged)")},
        {"coughing-blood", QT_TRANSLATE_NOOP("Vocabulary", "Coughing up blood")},
        {"fever", QT_TRANSLATE_NOOP("Vocabulary", "Fever or feeling hot and shivery")},
        {"spreading-redness",
         QT_TRANSLATE_NOOP("Vocabulary", "Red, hot, swollen skin that is spreading")},
        {"bruising", QT_TRANSLATE_NOOP("Vocabulary", "Bruising where you were massaged")},
        {"stroke-signs",
         QT_TRANSLATE_NOOP("Vocabulary",
                           "A sudden severe headache unlike any before, a drooping face, weakness "
                           "or numbness on one side, slurred speech, double or lost vision, or "
                           "loss of balance")},
    };
    return terms;
}

const std::vector<Term>& screening()
{
    static const std::vector<Term> terms{
        {"dvt-history-or-signs",
         QT_TRANSLATE_NOOP("Vocabulary", "A blood clot in a leg (DVT), now or before, or a "
                                         "leg that is swollen, painful and warm")},
        {"recent-fracture-sprain-dislocation",
         QT_TRANSLATE_NOOP("Vocabulary", "A recent fracture, severe sprain or dislocation")},
        {"fever-or-infection",
         QT_TRANSLATE_NOOP("Vocabulary", "A fever or an infection right now")},
        {"cauda-equina-symptoms",
         QT_TRANSLATE_NOOP(
             "Vocabulary",
             "Numbness between the legs, new bladder or bowel trouble, or weak legs")},
        {"active-cancer-or-undiagnosed-mass",
         QT_TRANSLATE_NOOP("Vocabulary", "Cancer being treated, or a lump not yet checked")},
        {"disc-herniation", QT_TRANSLATE_NOOP("Vocabulary", "A known slipped (herniated) disc")},
        {"blood-thinners-or-bleeding-disorder",
         QT_TRANSLATE_NOOP("Vocabulary", "Blood thinners or a bleeding disorder")},
        {"pregnancy", QT_TRANSLATE_NOOP("Vocabulary", "Pregnancy")},
    };
    return terms;
}

const std::vector<Term>& techniques()
{
    static const std::vector<Term> terms{
        {"swedish", QT_TRANSLATE_NOOP("Vocabulary", "Swedish")},
        {"deep-tissue", QT_TRANSLATE_NOOP("Vocabulary", "Deep tissue")},
        {"sports", QT_TRANSLATE_NOOP("Vocabulary", "Sports")},
        {"trigger-point", QT_TRANSLATE_NOOP("Vocabulary", "Trigger point")},
        {"myofascial", QT_TRANSLATE_NOOP("Vocabulary", "Myofascial release")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return terms;
}

const std::vector<Term>& pressures()
{
    static const std::vector<Term> terms{
        {"light", QT_TRANSLATE_NOOP("Vocabulary", "Light")},
        {"medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium")},
        {"firm", QT_TRANSLATE_NOOP("Vocabulary", "Firm")},
        {"deep", QT_TRANSLATE_NOOP("Vocabulary", "Deep")},
    };
    return terms;
}

const std::vector<Term>& impacts()
{
    static const std::vector<Term> terms{
        {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not at all")},
        {"a-little", QT_TRANSLATE_NOOP("Vocabulary", "A little")},
        {"a-lot", QT_TRANSLATE_NOOP("Vocabulary", "A lot")},
        {"unable", QT_TRANSLATE_NOOP("Vocabulary", "I could not do them")},
    };
    return terms;
}

const std::vector<Term>& reactions()
{
    static const std::vector<Term> terms{
        {"headache", QT_TRANSLATE_NOOP("Vocabulary", "Headache")},
        {"tiredness", QT_TRANSLATE_NOOP("Vocabulary", "Tiredness")},
        {"nausea", QT_TRANSLATE_NOOP("Vocabulary", "Feeling sick")},
        {"dizziness", QT_TRANSLATE_NOOP("Vocabulary", "Dizziness")},
        {"poor-sleep", QT_TRANSLATE_NOOP("Vocabulary", "Poor sleep")},
    };
    return terms;
}

const std::vector<Term>& benefits()
{
    static const std::vector<Term> terms{
        {"relaxed", QT_TRANSLATE_NOOP("Vocabulary", "Relaxed")},
        {"moving-more-easily", QT_TRANSLATE_NOOP("Vocabulary", "Moving more easily")},
        {"less-pain-than-before", QT_TRANSLATE_NOOP("Vocabulary", "Less pain than before")},
        {"slept-better", QT_TRANSLATE_NOOP("Vocabulary", "Slept better")},
        {"more-energy", QT_TRANSLATE_NOOP("Vocabulary", "More energy")},
        {"better-mood", QT_TRANSLATE_NOOP("Vocabulary", "Better mood")},
    };
    return terms;
}

const std::vector<Term>& selfCareKinds()
{
    static const std::vector<Term> terms{
        {"water", QT_TRANSLATE_NOOP("Vocabulary", "Drank water")},
        {"walk", QT_TRANSLATE_NOOP("Vocabulary", "Gentle walk")},
        {"stretching", QT_TRANSLATE_NOOP("Vocabulary", "Stretching")},
        {"heat", QT_TRANSLATE_NOOP("Vocabulary", "Heat")},
        {"cold", QT_TRANSLATE_NOOP("Vocabulary", "Cold")},
        {"bath", QT_TRANSLATE_NOOP("Vocabulary", "Bath")},
        {"rest", QT_TRANSLATE_NOOP("Vocabulary", "Rest")},
        {"painkiller", QT_TRANSLATE_NOOP("Vocabulary", "Painkiller")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Something else")},
    };
    return terms;
}

const std::vector<Term>& selfCareAnswers()
{
    static const std::vector<Term> terms{
        {"yes", QT_TRANSLATE_NOOP("Vocabulary", "It helped")},
        {"a-little", QT_TRANSLATE_NOOP("Vocabulary", "It helped a little")},
        {"no", QT_TRANSLATE_NOOP("Vocabulary", "It did not help")},
        {"not-sure", QT_TRANSLATE_NOOP("Vocabulary", "Not sure")},
    };
    return terms;
}

const std::vector<Term>& sources()
{
    static const std::vector<Term> terms{
        {"manual", QT_TRANSLATE_NOOP("Vocabulary", "Entered by you")},
        {"session-card", QT_TRANSLATE_NOOP("Vocabulary", "From the therapist's session card")},
    };
    return terms;
}

bool contains(const std::vector<Term>& terms, const QString& id)
{
    return std::any_of(terms.begin(), terms.end(),
                       [&](const Term& t) { return id == QLatin1String(t.id); });
}

QStringList ids(const std::vector<Term>& terms)
{
    QStringList result;
    result.reserve(int(terms.size()));
    for (const Term& t : terms)
        result << QString::fromLatin1(t.id);
    return result;
}

QString label(const std::vector<Term>& terms, const QString& id)
{
    for (const Term& t : terms) {
        if (id == QLatin1String(t.id))
            return t.translatedLabel();
    }
    return id;
}

QualityKind qualityKind(const QString& qualityId)
{
    static const QStringList nerve{QStringLiteral("shooting"),  QStringLiteral("electric"),
                                   QStringLiteral("radiating"), QStringLiteral("burning"),
                                   QStringLiteral("tingling"),  QStringLiteral("numb")};
    static const QStringList sharp{QStringLiteral("sharp"), QStringLiteral("stabbing")};
    if (nerve.contains(qualityId))
        return QualityKind::Nerve;
    if (sharp.contains(qualityId))
        return QualityKind::Sharp;
    return QualityKind::Other;
}

LegSide legSide(const QString& regionId)
{
    static const QStringList legParts{QStringLiteral("gluteal-"),     QStringLiteral("hip-"),
                                      QStringLiteral("thigh-front-"), QStringLiteral("thigh-back-"),
                                      QStringLiteral("calf-"),        QStringLiteral("shin-"),
                                      QStringLiteral("foot-")};
    for (const QString& part : legParts) {
        if (!regionId.startsWith(part))
            continue;
        const QStringView side = QStringView(regionId).mid(part.size());
        if (side == QLatin1String("left"))
            return LegSide::Left;
        if (side == QLatin1String("right"))
            return LegSide::Right;
    }
    return LegSide::None;
}

namespace {
// The screening advice's texts. Named as their translation context, which lupdate files them under.
struct Screening
{
    Q_DECLARE_TR_FUNCTIONS(Screening)
};
} // namespace

QString screeningAdvice(const QString& screeningId)
{
    if (screeningId == QLatin1String("dvt-history-or-signs"))
        return Screening::tr(
            "Do not have a massage while a clot is possible: pressure can move it to the "
            "lungs. See a doctor first.");
    if (screeningId == QLatin1String("recent-fracture-sprain-dislocation"))
        return Screening::tr("No massage on the injured area. Tell your therapist where it is.");
    if (screeningId == QLatin1String("fever-or-infection"))
        return Screening::tr("Postpone the massage until the fever or infection has gone.");
    if (screeningId == QLatin1String("cauda-equina-symptoms"))
        return Screening::tr(
            "These signs need urgent medical care, not massage. Go to an emergency "
            "department now.");
    if (screeningId == QLatin1String("active-cancer-or-undiagnosed-mass"))
        return Screening::tr(
            "Ask your doctor first. Oncology massage therapists offer lighter work.");
    if (screeningId == QLatin1String("disc-herniation"))
        return Screening::tr("Tell your therapist: no vigorous work or spinal manipulation.");
    if (screeningId == QLatin1String("blood-thinners-or-bleeding-disorder"))
        return Screening::tr(
            "Ask your doctor first, and tell your therapist: firm pressure can bruise.");
    if (screeningId == QLatin1String("pregnancy"))
        return Screening::tr("Ask your midwife or doctor first, and tell your therapist.");
    return {};
}

} // namespace vocabulary
} // namespace aftercare
