#include "checkinform.h"

#include "analysis/analysis.h"
#include "appcontroller.h"
#include "formatting.h"
#include "formrules.h"
#include "model/vocabulary.h"
#include "regionlistmodel.h"
#include "selfcareanswermodel.h"
#include "termlistmodel.h"

namespace aftercare {

namespace {
// The warning signs in three plain groups, as the person would think of them.
QString redFlagGroup(const QString& id)
{
    static const QStringList backLegs{
        QStringLiteral("saddle-numbness"), QStringLiteral("bladder-bowel-change"),
        QStringLiteral("leg-weakness"), QStringLiteral("calf-swelling")};
    static const QStringList breathing{QStringLiteral("breathlessness"),
                                       QStringLiteral("chest-pain"),
                                       QStringLiteral("coughing-blood")};
    if (backLegs.contains(id))
        return CheckInForm::tr("Back, legs and bladder");
    if (breathing.contains(id))
        return CheckInForm::tr("Breathing and chest");
    if (id == QLatin1String("stroke-signs"))
        return CheckInForm::tr("Head, face and speech");
    return CheckInForm::tr("Skin and fever");
}

QString qualityKindId(const QString& id)
{
    switch (vocabulary::qualityKind(id)) {
    case QualityKind::Nerve:
        return QStringLiteral("nerve");
    case QualityKind::Sharp:
        return QStringLiteral("sharp");
    case QualityKind::Other:
        break;
    }
    return QStringLiteral("other");
}
} // namespace

CheckInForm::CheckInForm(AppController* app, const QString& sessionId,
                         std::optional<qint64> editingAtUtcMicros, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_sessionId(sessionId)
    , m_editingAt(editingAtUtcMicros)
    , m_regions(new RegionListModel(this))
    , m_qualities(new TermListModel(vocabulary::qualities(), this))
    , m_redFlags(new TermListModel(vocabulary::redFlags(), this))
    , m_impacts(new TermListModel(vocabulary::impacts(), this))
    , m_reactions(new TermListModel(vocabulary::reactions(), this))
    , m_benefits(new TermListModel(vocabulary::benefits(), this))
    , m_selfCare(new TermListModel(vocabulary::selfCareKinds(), this))
    , m_earlierSelfCare(new SelfCareAnswerModel(this))
    , m_selfCareAnswers(new TermListModel(vocabulary::selfCareAnswers(), this))
{
    m_qualities->setKinds(&qualityKindId);
    m_redFlags->setGroups(&redFlagGroup);
    for (TermListModel* answers : {m_impacts, m_reactions, m_benefits, m_selfCare})
        connect(answers, &TermListModel::checkedChanged, this, &CheckInForm::answersChanged);
    m_at = QDateTime::currentDateTime();
    if (m_app && m_app->isReady())
        m_session = m_app->repository().session(sessionId).orEmpty();
    if (!m_session)
        return;

    // The check-in being edited, and the latest one before it ("last time").
    const CheckIn* edited = nullptr;
    for (const CheckIn& c : m_session->checkIns) {
        if (m_editingAt && c.at.utcMicros == *m_editingAt) {
            edited = &c;
            continue;
        }
        if (m_editingAt && c.at.utcMicros > *m_editingAt)
            continue;
        if (!m_last || c.at.utcMicros > m_last->at.utcMicros)
            m_last = c;
    }
    if (m_editingAt && !edited)
        m_editingAt.reset(); // gone meanwhile: record a new one instead
    if (m_last) {
        for (const Symptom& s : m_last->symptoms)
            m_regions->setPrevious(s.region, s.intensity);
    }
    if (edited) {
        m_at = edited->at.toDateTime();
        m_atChosen = true;
        m_note = edited->note;
        for (const Symptom& s : edited->symptoms) {
            m_regions->setMarked(s.region, true);
            m_regions->setValue(s.region, s.intensity);
            m_regions->setQualities(s.region, s.qualities);
        }
        m_redFlags->setCheckedIds(edited->redFlags);
        m_impacts->setCheckedIds({edited->impact});
        m_reactions->setCheckedIds(edited->reactions);
        m_benefits->setCheckedIds(edited->benefits);
        m_editedSelfCare = edited->selfCare;
        QStringList kinds;
        for (const SelfCare& s : edited->selfCare)
            kinds << s.kind;
        m_selfCare->setCheckedIds(kinds);
    } else if (m_last) {
        m_earlierSelfCare->askAbout(m_last->selfCare);
    }
    m_opened = checkIn();
}

CheckInForm::~CheckInForm() = default;

QString CheckInForm::sessionText() const
{
    if (!m_session)
        return tr("This session is not in your log.");
    return tr("%1 massage, %2")
        .arg(vocabulary::label(vocabulary::techniques(), m_session->technique),
             format::when(m_session->start, now()));
}

QString CheckInForm::notADiagnosis() const
{
    return analysis::notADiagnosis();
}

void CheckInForm::setAt(const QDateTime& at)
{
    if (!at.isValid())
        return;
    m_atChosen = true;
    if (m_at == at)
        return;
    m_at = at;
    emit atChanged();
}

QString CheckInForm::atText() const
{
    if (!m_atChosen)
        return tr("Now");
    return format::when(m_at, now());
}

void CheckInForm::setNote(const QString& note)
{
    if (m_note == note)
        return;
    m_note = note;
    emit noteChanged();
}

QString CheckInForm::selectedLabel() const
{
    return m_regions->labelOf(m_selected);
}

int CheckInForm::selectedIntensity() const
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    return e ? e->value : -1;
}

int CheckInForm::selectedPrevious() const
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    return e ? e->previous : -1;
}

QString CheckInForm::lastText() const
{
    if (!m_last)
        return tr("No earlier check-in");
    return tr("Last time (%1): %2")
        .arg(format::when(m_last->at, now()), format::symptoms(m_last->symptoms));
}

void CheckInForm::selectRegion(const QString& regionId)
{
    if (m_regions->indexOf(regionId) < 0)
        return;
    m_regions->setMarked(regionId, true);
    if (m_selected != regionId) {
        m_selected = regionId;
        syncQualities();
    }
    emit selectionChanged();
}

void CheckInForm::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    syncQualities();
    emit selectionChanged();
}

void CheckInForm::setIntensity(int intensity)
{
    if (m_selected.isEmpty() || intensity < limits::minIntensity ||
        intensity > limits::maxIntensity)
        return;
    m_regions->setValue(m_selected, intensity);
    emit selectionChanged();
}

void CheckInForm::toggleQuality(const QString& qualityId)
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    if (!e || !vocabulary::contains(vocabulary::qualities(), qualityId))
        return;
    QStringList qualities = e->qualities;
    if (qualities.contains(qualityId))
        qualities.removeAll(qualityId);
    else
        qualities << qualityId;
    m_regions->setQualities(m_selected, qualities);
    syncQualities();
}

void CheckInForm::removeRegion(const QString& regionId)
{
    m_regions->setMarked(regionId, false);
    m_regions->setValue(regionId, -1);
    m_regions->setQualities(regionId, {});
    if (regionId == m_selected)
        clearSelection();
}

void CheckInForm::setRedFlag(const QString& redFlagId, bool yes)
{
    m_redFlags->setChecked(redFlagId, yes);
}

void CheckInForm::setImpact(const QString& impactId)
{
    if (!vocabulary::contains(vocabulary::impacts(), impactId))
        return;
    m_impacts->setCheckedIds(m_impacts->checkedIds().contains(impactId) ? QStringList()
                                                                        : QStringList{impactId});
}

void CheckInForm::answerEarlierSelfCare(const QString& kind, const QString& answer)
{
    m_earlierSelfCare->toggleAnswer(kind, answer);
}

QString CheckInForm::earlierSelfCareText() const
{
    if (!m_last || m_earlierSelfCare->rowCount() == 0)
        return {};
    return tr("At your last check-in (%1) you noted what you did for it. Did it help?")
        .arg(format::when(m_last->at, now()));
}

QString CheckInForm::moreText() const
{
    QStringList parts;
    if (const QStringList impact = m_impacts->checkedIds(); !impact.isEmpty()) {
        parts << tr("In the way of usual activities: %1")
                     .arg(vocabulary::label(vocabulary::impacts(), impact.constFirst()));
    }
    const auto labels = [&parts](const std::vector<Term>& terms, const QStringList& ids) {
        for (const QString& id : ids)
            parts << vocabulary::label(terms, id);
    };
    labels(vocabulary::reactions(), m_reactions->checkedIds());
    labels(vocabulary::benefits(), m_benefits->checkedIds());
    labels(vocabulary::selfCareKinds(), m_selfCare->checkedIds());
    return parts.join(QStringLiteral(", "));
}

bool CheckInForm::repeatLast()
{
    if (!m_last)
        return false;
    m_impacts->setCheckedIds({m_last->impact});
    m_regions->clearAnswers();
    for (const Symptom& s : m_last->symptoms) {
        m_regions->setMarked(s.region, true);
        m_regions->setValue(s.region, s.intensity);
        m_regions->setQualities(s.region, s.qualities);
    }
    m_selected.clear();
    syncQualities();
    emit selectionChanged();
    setError({});
    return true;
}

CheckIn CheckInForm::checkIn() const
{
    CheckIn c;
    c.at = format::timestamp(m_atChosen ? m_at : now());
    for (const RegionListModel::Entry& e : m_regions->entries()) {
        if (e.marked)
            c.symptoms << Symptom{e.id, e.value, e.qualities};
    }
    c.redFlags = m_redFlags->checkedIds();
    c.note = m_note.trimmed();
    if (const QStringList impact = m_impacts->checkedIds(); !impact.isEmpty())
        c.impact = impact.constFirst();
    c.reactions = m_reactions->checkedIds();
    c.benefits = m_benefits->checkedIds();
    for (const QString& kind : m_selfCare->checkedIds()) {
        SelfCare done{kind, {}};
        // An edit keeps what was answered about a kind still noted.
        for (const SelfCare& before : std::as_const(m_editedSelfCare)) {
            if (before.kind == kind)
                done.helped = before.helped;
        }
        c.selfCare << done;
    }
    return c;
}

bool CheckInForm::saveNoSoreness()
{
    // Whatever else was answered stays (warning signs, reactions, what was done, the note).
    CheckIn c = checkIn();
    c.symptoms.clear();
    if (!write(c))
        return false;
    m_savedNoSoreness = true;
    emit resultChanged();
    return true;
}

bool CheckInForm::hasChanges() const
{
    if (m_saved)
        return false;
    CheckIn now = checkIn();
    const bool movedInTime = m_atChosen && now.at.utcMicros != m_opened.at.utcMicros;
    now.at = m_opened.at; // "now" moves on while the page is open
    return movedInTime || now != m_opened || !m_earlierSelfCare->answered().isEmpty();
}

bool CheckInForm::save()
{
    const CheckIn c = checkIn();
    for (const Symptom& s : c.symptoms) {
        if (s.intensity < 0) {
            setError(tr("How strong is the pain in %1? Choose a number from 0 to 10, or remove "
                        "the region.")
                         .arg(m_regions->labelOf(s.region)));
            return false;
        }
    }
    return write(c);
}

bool CheckInForm::write(const CheckIn& checkIn)
{
    if (!m_app || !m_app->isReady() || !m_session) {
        setError(tr("This session is not in your log any more."));
        return false;
    }
    if (const QString problem = rules::checkCheckIn(*m_session, checkIn, m_editingAt, now());
        !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    // When it was entered (log v2): now, or its own time when that is a moment ahead (the
    // rules allow a little clock skew); never earlier than `at`.
    CheckIn stamped = checkIn;
    const Timestamp entered = format::timestamp(now());
    stamped.recordedAt = entered.utcMicros >= checkIn.at.utcMicros ? entered : checkIn.at;
    // Answers about the previous check-in's self-care go in the same write.
    const storage::SelfCareAnswers earlier{m_last ? m_last->at.utcMicros : 0,
                                           m_earlierSelfCare->answered()};
    const storage::StoreResult saved =
        m_editingAt ? m_app->repository().replaceCheckIn(m_sessionId, *m_editingAt, stamped)
                    : m_app->repository().addCheckIn(m_sessionId, stamped, earlier);
    if (!saved) {
        setError(tr("The check-in could not be saved: %1").arg(saved.message));
        return false;
    }
    setError({});

    // The session as now stored decides what the person is told.
    m_session = m_app->repository().session(m_sessionId).orEmpty();
    m_editingAt = checkIn.at.utcMicros;
    m_saved = true;
    setResult(m_session);
    m_app->notifyContentChanged();
    return true;
}

bool CheckInForm::preview()
{
    if (!m_session)
        return false;
    Session session = *m_session;
    if (m_editingAt) {
        session.checkIns.removeIf(
            [this](const CheckIn& c) { return c.at.utcMicros == *m_editingAt; });
    }
    session.checkIns << checkIn();
    setResult(session);
    return true;
}

void CheckInForm::setResult(const std::optional<Session>& session)
{
    m_resultMessages.clear();
    if (session) {
        const analysis::Result result = analysis::analyze(*session);
        m_resultStatus = analysis::statusId(result.status);
        m_resultTitle = analysis::statusTitle(result.status);
        m_resultAdvice = analysis::statusAdvice(result.status);
        m_resultUrgent = result.status == analysis::Status::Emergency ||
                         result.status == analysis::Status::SeeDoctorToday;
        for (const analysis::Flag& f : result.flags) {
            if (f.severity == analysis::Severity::Emergency ||
                f.severity == analysis::Severity::SeeDoctorToday)
                m_resultMessages << f.message;
        }
    }
    emit resultChanged();
}

void CheckInForm::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void CheckInForm::syncQualities()
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    m_qualities->setCheckedIds(e ? e->qualities : QStringList());
}

} // namespace aftercare
