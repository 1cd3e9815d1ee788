#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace aftercare {

// One entry of a fixed vocabulary: a stable id (written to files and the
// database) and an English label that the UI translates.
struct Term
{
    const char* id;
    const char* label; // marked with QT_TRANSLATE_NOOP("Vocabulary", …)
    QString translatedLabel() const;
};

enum class QualityKind
{
    Other,
    Nerve,
    Sharp
};

namespace vocabulary {

const std::vector<Term>& regions();
const std::vector<Term>& qualities();
const std::vector<Term>& redFlags();
const std::vector<Term>& screening();
const std::vector<Term>& techniques();
const std::vector<Term>& pressures();
// The vocabularies log v2 adds.
const std::vector<Term>& impacts();
const std::vector<Term>& reactions();
const std::vector<Term>& benefits();
const std::vector<Term>& selfCareKinds();
const std::vector<Term>& selfCareAnswers(); // whether a self-care kind helped
const std::vector<Term>& sources();

bool contains(const std::vector<Term>& terms, const QString& id);
QStringList ids(const std::vector<Term>& terms);
// The translated label for `id`, or the id itself when unknown.
QString label(const std::vector<Term>& terms, const QString& id);

QualityKind qualityKind(const QString& qualityId);

// Which leg a region belongs to (gluteal, hip, thigh, calf, shin and foot regions).
enum class LegSide
{
    None,
    Left,
    Right
};
LegSide legSide(const QString& regionId);

// Advice shown when a screening question is answered yes (clinical notes,
// "Before a session"), translated.
QString screeningAdvice(const QString& screeningId);

} // namespace vocabulary
} // namespace aftercare
