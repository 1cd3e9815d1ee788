#include "sessiondetails.h"

#include "analysis/analysis.h"
#include "appcontroller.h"
#include "checkinform.h"
#include "checkinlistmodel.h"
#include "flaglistmodel.h"
#include "formatting.h"
#include "model/vocabulary.h"
#include "promptwatcher.h"
#include "regionlistmodel.h"
#include "termlistmodel.h"

#include <QQmlEngine>

#include <algorithm>

namespace aftercare {

SessionDetails::SessionDetails(AppController* app, const QString& sessionId, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_sessionId(sessionId)
    , m_screening(new TermListModel(vocabulary::screening(), this))
    , m_flags(new FlagListModel(this))
    , m_checkIns(new CheckInListModel(this))
    , m_latestRegions(new RegionListModel(this))
    , m_selfCare(new TermListModel(this))
    , m_reactions(new TermListModel(this))
    , m_benefits(new TermListModel(this))
{
    m_screening->setDetails(&vocabulary::screeningAdvice);
    if (m_app)
        connect(m_app, &AppController::contentChanged, this, &SessionDetails::reload);
    if (m_app && m_app->prompts())
        connect(m_app->prompts(), &PromptWatcher::changed, this, &SessionDetails::promptDueChanged);
    reload();
}

SessionDetails::~SessionDetails() = default;

bool SessionDetails::promptDue() const
{
    return m_app && m_app->prompts() && m_app->prompts()->isDue(m_sessionId);
}

void SessionDetails::reload()
{
    m_session.reset();
    if (m_app && m_app->isReady())
        m_session = m_app->repository().session(m_sessionId).orEmpty();

    QList<CheckInListModel::Row> rows;
    QList<analysis::Flag> flags;
    m_latestRegions->clearAnswers();
    m_latestText.clear();
    if (m_session) {
        const analysis::Result result = analysis::analyze(*m_session);
        m_status = analysis::statusId(result.status);
        m_statusTitle = analysis::statusTitle(result.status);
        m_statusAdvice = analysis::statusAdvice(result.status);
        m_urgent = result.status == analysis::Status::Emergency ||
                   result.status == analysis::Status::SeeDoctorToday;
        flags = result.flags;
        m_grade = result.grade ? analysis::gradeId(*result.grade) : QString();
        m_gradeText = describeGrade(result.grade);
        QList<TermListModel::Entry> selfCare;
        for (const analysis::SelfCareTally& t : analysis::selfCareTallies(*m_session)) {
            TermListModel::Entry e;
            e.id = t.kind;
            e.label = vocabulary::label(vocabulary::selfCareKinds(), t.kind);
            e.detail = describeSelfCare(t);
            selfCare << e;
        }
        m_selfCare->setEntries(selfCare);
        const auto reports = [this](const QList<analysis::ReportTally>& tallies,
                                    const std::vector<Term>& terms) {
            QList<TermListModel::Entry> entries;
            for (const analysis::ReportTally& t : tallies) {
                TermListModel::Entry e;
                e.id = t.id;
                e.label = vocabulary::label(terms, t.id);
                e.detail = describeReport(*m_session, t);
                entries << e;
            }
            return entries;
        };
        m_reactions->setEntries(
            reports(analysis::reactionTallies(*m_session), vocabulary::reactions()));
        m_benefits->setEntries(
            reports(analysis::benefitTallies(*m_session), vocabulary::benefits()));
        m_chartSummary.clear();
        if (result.peak && !m_session->checkIns.isEmpty()) {
            int highest = 0;
            for (const Symptom& sym : m_session->checkIns.at(result.peak->checkInIndex).symptoms)
                highest = qMax(highest, sym.intensity);
            m_chartSummary =
                tr("Soreness chart. Largest rise over the pain before the session: %1 points, "
                   "%2; highest pain then %3 of 10.")
                    .arg(result.peak->excess)
                    .arg(format::hoursAfter(result.peak->hours))
                    .arg(highest);
        }
        const qint64 end = m_session->endUtcMicros();
        for (int i = 0; i < m_session->checkIns.size(); ++i) {
            const CheckIn& c = m_session->checkIns.at(i);
            CheckInListModel::Row row{c, qMax(0.0, hoursBetween(end, c.at.utcMicros)), {}};
            for (const analysis::Flag& f : result.flags) {
                if (f.checkInIndex == i)
                    row.flagTitles << f.message;
            }
            rows << row;
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            return a.checkIn.at.utcMicros > b.checkIn.at.utcMicros;
        });
        m_screening->setCheckedIds(m_session->screening);
        if (!rows.isEmpty()) {
            const CheckIn& latest = rows.constFirst().checkIn;
            for (const Symptom& s : latest.symptoms) {
                m_latestRegions->setValue(s.region, s.intensity);
                m_latestRegions->setMarked(s.region, true);
                m_latestRegions->setQualities(s.region, s.qualities);
            }
            m_latestText = tr("Latest check-in: %1")
                               .arg(format::when(latest.at, QDateTime::currentDateTime()));
        }
    } else {
        m_chartSummary.clear();
        m_status.clear();
        m_statusTitle = tr("This session is not in your log");
        m_statusAdvice = tr("It may have been deleted. Go back to the list of sessions.");
        m_urgent = false;
        m_grade.clear();
        m_gradeText.clear();
        m_selfCare->setEntries({});
        m_reactions->setEntries({});
        m_benefits->setEntries({});
        m_screening->setCheckedIds({});
    }
    m_checkIns->setRows(rows);
    m_flags->setFlags(flags);
    emit changed();
}

QString SessionDetails::title() const
{
    if (!m_session)
        return tr("Session not found");
    return tr("%1 massage").arg(vocabulary::label(vocabulary::techniques(), m_session->technique));
}

QString SessionDetails::whenText() const
{
    return m_session ? format::when(m_session->start, QDateTime::currentDateTime()) : QString();
}

QString SessionDetails::durationText() const
{
    if (!m_session)
        return {};
    if (m_session->durationMinutes == 1)
        return tr("1 minute");
    return tr("%1 minutes").arg(m_session->durationMinutes);
}

QString SessionDetails::techniqueText() const
{
    return m_session ? vocabulary::label(vocabulary::techniques(), m_session->technique)
                     : QString();
}

QString SessionDetails::pressureText() const
{
    if (!m_session || m_session->pressure.isEmpty())
        return tr("Not noted");
    return vocabulary::label(vocabulary::pressures(), m_session->pressure);
}

QString SessionDetails::therapist() const
{
    return m_session ? m_session->therapist : QString();
}

QString SessionDetails::areasText() const
{
    if (!m_session || m_session->areasWorked.isEmpty())
        return tr("Not noted");
    QStringList labels;
    for (const QString& id : m_session->areasWorked)
        labels << vocabulary::label(vocabulary::regions(), id);
    return labels.join(tr(", "));
}

QString SessionDetails::baselineText() const
{
    if (!m_session || m_session->baseline.isEmpty())
        return tr("No pain noted before the session");
    QStringList parts;
    for (const BaselineEntry& b : m_session->baseline)
        parts
            << tr("%1 %2").arg(vocabulary::label(vocabulary::regions(), b.region)).arg(b.intensity);
    return parts.join(tr(" · "));
}

QString SessionDetails::notes() const
{
    return m_session ? m_session->notes : QString();
}

QString SessionDetails::advice() const
{
    return m_session ? m_session->advice : QString();
}

QString SessionDetails::notADiagnosis() const
{
    return analysis::notADiagnosis();
}

QString SessionDetails::describeGrade(std::optional<analysis::Grade> grade)
{
    if (!grade)
        return {};
    switch (*grade) {
    case analysis::Grade::None:
        return tr("No reaction: nothing you logged points to a reaction to this massage.");
    case analysis::Grade::Mild:
        return tr("Mild reaction: some soreness or other effects that did not stop your day.");
    case analysis::Grade::Moderate:
        return tr("Moderate reaction: it got in the way of your day, or a doctor should look "
                  "at it.");
    case analysis::Grade::Severe:
        return tr("Severe reaction: it needs medical care soon.");
    }
    return {};
}

QString SessionDetails::describeSelfCare(const analysis::SelfCareTally& tally)
{
    // English has its own text for 1 (the source language has no plural forms file).
    const QString done =
        tally.times == 1 ? tr("done 1 time") : tr("done %n times", nullptr, tally.times);
    const int answered = tally.helped + tally.helpedALittle + tally.didNotHelp + tally.notSure;
    if (answered == 0)
        return tr("%1, not said whether it helped").arg(done);
    const int helped = tally.helped + tally.helpedALittle;
    if (helped == 0) {
        return (tally.didNotHelp > 0 ? tr("%1, did not help")
                                     : tr("%1, not sure whether it helped"))
            .arg(done);
    }
    return (helped == 1 ? tr("%1, helped 1 time") : tr("%1, helped %n times", nullptr, helped))
        .arg(done);
}

QString SessionDetails::describeReport(const Session& session, const analysis::ReportTally& tally)
{
    const double hours = qMax(0.0, hoursBetween(session.endUtcMicros(), tally.first.utcMicros));
    return (tally.checkIns == 1 ? tr("1 check-in, first %1")
                                : tr("%n check-ins, first %1", nullptr, tally.checkIns))
        .arg(format::hoursAfter(hours));
}

QString SessionDetails::undoText() const
{
    if (m_justSaved)
        return tr("No soreness saved (%1)")
            .arg(format::when(m_justSaved->at, QDateTime::currentDateTime()));
    if (!m_removed)
        return {};
    return tr("Check-in of %1 deleted")
        .arg(format::when(m_removed->at, QDateTime::currentDateTime()));
}

bool SessionDetails::removeCheckIn(int row)
{
    const CheckInListModel::Row* r = m_checkIns->row(row);
    if (!r || !m_app || !m_app->isReady()) {
        setError(tr("That check-in is no longer there."));
        return false;
    }
    const CheckIn removed = r->checkIn;
    if (const storage::StoreResult done =
            m_app->repository().removeCheckIn(m_sessionId, removed.at.utcMicros);
        !done) {
        setError(tr("The check-in could not be deleted: %1").arg(done.message));
        return false;
    }
    m_removed = removed;
    m_justSaved.reset();
    setError({});
    emit undoChanged();
    m_app->notifyContentChanged();
    return true;
}

bool SessionDetails::undoRemove()
{
    if (!canUndo() || !m_app || !m_app->isReady())
        return false;
    if (m_justSaved) {
        if (const storage::StoreResult done =
                m_app->repository().removeCheckIn(m_sessionId, m_justSaved->at.utcMicros);
            !done) {
            setError(tr("The check-in could not be removed: %1").arg(done.message));
            return false;
        }
    } else if (const storage::StoreResult done =
                   m_app->repository().addCheckIn(m_sessionId, *m_removed);
               !done) {
        setError(tr("The check-in could not be restored: %1").arg(done.message));
        return false;
    }
    m_removed.reset();
    m_justSaved.reset();
    setError({});
    emit undoChanged();
    m_app->notifyContentChanged();
    return true;
}

void SessionDetails::discardUndo()
{
    if (!canUndo())
        return;
    m_removed.reset();
    m_justSaved.reset();
    emit undoChanged();
}

void SessionDetails::offerUndoOfSave(CheckInForm* form)
{
    const std::optional<qint64> at = form ? form->savedAtUtcMicros() : std::nullopt;
    if (!at || !form->savedNoSoreness() || !m_session || form->sessionId() != m_sessionId)
        return;
    for (const CheckIn& checkIn : m_session->checkIns) {
        if (checkIn.at.utcMicros == *at) {
            m_justSaved = checkIn;
            m_removed.reset();
            emit undoChanged();
            return;
        }
    }
}

CheckInForm* SessionDetails::justSavedForm()
{
    if (!m_justSaved || !m_app)
        return nullptr;
    auto* form = new CheckInForm(m_app, m_sessionId, m_justSaved->at.utcMicros);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    discardUndo();
    return form;
}

CheckInForm* SessionDetails::editForm(int row)
{
    const CheckInListModel::Row* r = m_checkIns->row(row);
    if (!r || !m_app)
        return nullptr;
    auto* form = new CheckInForm(m_app, m_sessionId, r->checkIn.at.utcMicros);
    QQmlEngine::setObjectOwnership(form, QQmlEngine::JavaScriptOwnership);
    return form;
}

void SessionDetails::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace aftercare
