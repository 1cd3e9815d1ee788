#include "newsessionform.h"

#include "appcontroller.h"
#include "formatting.h"
#include "formrules.h"
#include "model/vocabulary.h"
#include "regionlistmodel.h"
#include "termlistmodel.h"

namespace aftercare {

QString cardProblemInPlainWords(const exchange::CardError& error)
{
    // NewSessionForm's context: the page that shows the problem asked for it.
    const QString& p = error.parameter;
    QString what;
    if (p == QLatin1String("v"))
        what = NewSessionForm::tr(
            "It was made for another version of Aftercare, or it is incomplete.");
    else if (p == QLatin1String("start"))
        what = NewSessionForm::tr("The time the session started is not a valid date and time.");
    else if (p == QLatin1String("duration"))
        what = NewSessionForm::tr(
            "The length of the session is not valid: it must be 1 to 600 minutes.");
    else if (p == QLatin1String("technique"))
        what = NewSessionForm::tr("It names a massage technique that Aftercare does not know.");
    else if (p == QLatin1String("pressure"))
        what = NewSessionForm::tr("It names a pressure that Aftercare does not know.");
    else if (p == QLatin1String("areas"))
        what = NewSessionForm::tr("It names a body area that Aftercare does not know.");
    else if (p == QLatin1String("therapist"))
        what = NewSessionForm::tr("The therapist's name is too long or damaged.");
    else if (p == QLatin1String("advice"))
        what = NewSessionForm::tr("The therapist's advice is too long or damaged.");
    else
        what = NewSessionForm::tr(
            "The link is damaged: it may have been cut off or changed when it was "
            "copied.");
    return what + QLatin1Char(' ') +
           NewSessionForm::tr("Nothing was saved. Ask your therapist to show you the card again.");
}

NewSessionForm::NewSessionForm(AppController* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_start(QDateTime::currentDateTime())
    , m_techniques(new TermListModel(vocabulary::techniques(), this))
    , m_pressures(new TermListModel(vocabulary::pressures(), this))
    , m_regions(new RegionListModel(this))
    , m_screening(new TermListModel(vocabulary::screening(), this))
{
    m_screening->setDetails(&vocabulary::screeningAdvice);
    m_pressures->insertFirst(QString(), tr("Not noted"));
}

NewSessionForm::NewSessionForm(AppController* app, const Session& stored, QObject* parent)
    : NewSessionForm(app, parent)
{
    m_stored = stored;
    m_start = stored.start.toDateTime();
    m_startChosen = true;
    m_durationMinutes = stored.durationMinutes;
    m_technique = stored.technique;
    m_pressure = stored.pressure;
    m_therapist = stored.therapist;
    m_notes = stored.notes;
    for (const QString& area : stored.areasWorked)
        m_regions->setMarked(area, true);
    for (const BaselineEntry& entry : stored.baseline)
        m_regions->setValue(entry.region, entry.intensity);
    for (const QString& item : stored.screening)
        m_screening->setChecked(item, true);
    m_advice = stored.advice;
}

NewSessionForm::~NewSessionForm() = default;

QDateTime NewSessionForm::start() const
{
    return m_startChosen ? m_start : now().addSecs(-qint64(m_durationMinutes) * 60);
}

void NewSessionForm::setStart(const QDateTime& start)
{
    if (!start.isValid())
        return;
    m_startChosen = true;
    if (m_start == start)
        return;
    m_start = start;
    emit startChanged();
}

QString NewSessionForm::startText() const
{
    if (!m_startChosen)
        return tr("%1 (it ended just now)").arg(format::when(start(), now()));
    return format::when(m_start, now());
}

void NewSessionForm::setDurationMinutes(int minutes)
{
    if (m_durationMinutes == minutes)
        return;
    m_durationMinutes = minutes;
    emit durationMinutesChanged();
    if (!m_startChosen)
        emit startChanged(); // "ended just now" moves the start
}

void NewSessionForm::setTechnique(const QString& technique)
{
    if (m_technique == technique)
        return;
    m_technique = technique;
    emit techniqueChanged();
}

void NewSessionForm::setPressure(const QString& pressure)
{
    if (m_pressure == pressure)
        return;
    m_pressure = pressure;
    emit pressureChanged();
}

void NewSessionForm::setTherapist(const QString& therapist)
{
    if (m_therapist == therapist)
        return;
    m_therapist = therapist;
    emit therapistChanged();
}

void NewSessionForm::setNotes(const QString& notes)
{
    if (m_notes == notes)
        return;
    m_notes = notes;
    emit notesChanged();
}

QString NewSessionForm::selectedLabel() const
{
    return m_regions->labelOf(m_selected);
}

bool NewSessionForm::selectedWorked() const
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    return e && e->marked;
}

int NewSessionForm::selectedBaseline() const
{
    const RegionListModel::Entry* e = m_regions->entry(m_selected);
    return e ? qMax(0, e->value) : 0;
}

void NewSessionForm::selectRegion(const QString& regionId)
{
    if (m_regions->indexOf(regionId) < 0 || m_selected == regionId)
        return;
    m_selected = regionId;
    // A region one taps is usually one the therapist worked on.
    m_regions->setMarked(regionId, true);
    emit selectionChanged();
}

void NewSessionForm::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    emit selectionChanged();
}

void NewSessionForm::setSelectedWorked(bool worked)
{
    if (m_selected.isEmpty())
        return;
    m_regions->setMarked(m_selected, worked);
    emit selectionChanged();
}

void NewSessionForm::setSelectedBaseline(int intensity)
{
    if (m_selected.isEmpty() || intensity < limits::minIntensity ||
        intensity > limits::maxIntensity)
        return;
    m_regions->setValue(m_selected, intensity == 0 ? -1 : intensity);
    emit selectionChanged();
}

void NewSessionForm::setScreeningAnswer(const QString& screeningId, bool yes)
{
    m_screening->setChecked(screeningId, yes);
}

bool NewSessionForm::applyLink(const QString& link)
{
    const exchange::CardParseResult read = exchange::parseSessionCard(link.trimmed().toUtf8());
    if (!read.ok()) {
        m_linkProblem = cardProblemInPlainWords(read.error);
        m_linkProblemDetail = read.error.toString();
        emit cardChanged();
        return false;
    }
    m_linkProblem.clear();
    m_linkProblemDetail.clear();
    applyCard(*read.card);
    return true;
}

void NewSessionForm::applyCard(const exchange::SessionCard& card)
{
    if (card.durationMinutes)
        setDurationMinutes(*card.durationMinutes);
    if (card.start)
        setStart(card.start->toDateTime());
    else
        setStart(now().addSecs(-qint64(m_durationMinutes) * 60));
    if (card.technique)
        setTechnique(*card.technique);
    if (card.pressure)
        setPressure(*card.pressure);
    if (card.therapist)
        setTherapist(*card.therapist);
    if (card.areas) {
        for (const RegionListModel::Entry& e : m_regions->entries())
            m_regions->setMarked(e.id, card.areas->contains(e.id));
    }
    m_fromCard = true;
    m_advice = card.advice.value_or(QString());
    emit cardChanged();
}

Session NewSessionForm::session() const
{
    Session s;
    s.start = format::timestamp(start());
    s.durationMinutes = m_durationMinutes;
    s.technique = m_technique;
    s.pressure = m_pressure;
    s.therapist = m_therapist.trimmed();
    s.notes = m_notes.trimmed();
    for (const RegionListModel::Entry& e : m_regions->entries()) {
        if (e.marked)
            s.areasWorked << e.id;
        if (e.value > 0)
            s.baseline << BaselineEntry{e.id, e.value};
    }
    s.screening = m_screening->checkedIds();
    if (m_stored) {
        s.id = m_stored->id;
        s.source = m_stored->source;
        s.advice = m_stored->advice;
    }
    if (m_fromCard) {
        s.source = QStringLiteral("session-card");
        s.advice = m_advice.trimmed();
    }
    return s;
}

QString NewSessionForm::freshId(const Timestamp& start) const
{
    const QString base = QStringLiteral("s-") + start.toDateTime().toLocalTime().toString(
                                                    QStringLiteral("yyyy-MM-dd-HHmm"));
    QString id = base;
    for (int n = 2; m_app && m_app->hasSession(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString NewSessionForm::checkAgainstStored(const Session& edited) const
{
    if (!m_stored)
        return {};
    for (const CheckIn& checkIn : m_stored->checkIns) {
        if (checkIn.at.utcMicros < edited.start.utcMicros)
            return tr("The session cannot start after its first check-in (%1). Choose an "
                      "earlier time, or delete that check-in first.")
                .arg(format::when(checkIn.at.toDateTime(), now()));
    }
    return {};
}

storage::StoreResult NewSessionForm::write(const Session& session)
{
    storage::Repository& repository = m_app->repository();
    return m_stored ? repository.replaceSessionDetails(session) : repository.addSession(session);
}

bool NewSessionForm::save()
{
    if (!m_app || !m_app->isReady()) {
        setError(tr("Your log cannot be used right now."));
        return false;
    }
    Session s = session();
    if (!m_stored)
        s.id = freshId(s.start);
    QString problem = rules::checkSession(s, now());
    if (problem.isEmpty())
        problem = checkAgainstStored(s);
    if (!problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (const storage::StoreResult written = write(s); !written) {
        setError(tr("The session could not be saved: %1").arg(written.message));
        return false;
    }
    setError({});
    m_savedId = s.id;
    emit savedChanged();
    m_app->notifyContentChanged();
    return true;
}

void NewSessionForm::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace aftercare
