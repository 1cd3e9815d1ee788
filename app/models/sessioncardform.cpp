#include "sessioncardform.h"

#include "cli/cardrequest.h"
#include "cli/qrcode.h"
#include "exportform.h"
#include "formatting.h"
#include "gui/cardimage.h"
#include "model/vocabulary.h"
#include "regionlistmodel.h"
#include "termlistmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace aftercare {

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

SessionCardForm::SessionCardForm(QObject* parent)
    : QObject(parent)
    , m_techniques(new TermListModel(vocabulary::techniques(), this))
    , m_pressures(new TermListModel(vocabulary::pressures(), this))
    , m_regions(new RegionListModel(this))
    , m_formats(new TermListModel(this))
{
    m_techniques->insertFirst(QString(), tr("Not noted"));
    m_pressures->insertFirst(QString(), tr("Not noted"));
    m_formats->append(QStringLiteral("pdf"), tr("Printable card (PDF)"),
                      tr("One page with the code, the link in text and the advice."));
    m_formats->append(QStringLiteral("png"), tr("Picture (PNG)"),
                      tr("The code alone, for a screen or a message."));
    m_formats->append(QStringLiteral("svg"), tr("Drawing (SVG)"),
                      tr("The code alone, sharp at any size."));
    m_formats->setChecked(m_format, true);
    setNow({});
}

SessionCardForm::~SessionCardForm() = default;

void SessionCardForm::setNow(const QDateTime& now)
{
    m_now = now;
    // The card is usually given as the session ends.
    QDateTime start = this->now().addSecs(-qint64(m_durationMinutes) * 60);
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    m_start = start;
    update();
}

void SessionCardForm::setStartGiven(bool given)
{
    if (m_startGiven == given)
        return;
    m_startGiven = given;
    update();
}

void SessionCardForm::setStart(const QDateTime& start)
{
    if (!start.isValid() || m_start == start)
        return;
    m_start = start;
    update();
}

QString SessionCardForm::startText() const
{
    return format::when(m_start, now());
}

void SessionCardForm::setDurationMinutes(int minutes)
{
    if (m_durationMinutes == minutes)
        return;
    m_durationMinutes = minutes;
    update();
}

void SessionCardForm::setTechnique(const QString& technique)
{
    if (m_technique == technique)
        return;
    m_technique = technique;
    update();
}

void SessionCardForm::setPressure(const QString& pressure)
{
    if (m_pressure == pressure)
        return;
    m_pressure = pressure;
    update();
}

void SessionCardForm::setTherapist(const QString& therapist)
{
    if (m_therapist == therapist)
        return;
    m_therapist = therapist;
    update();
}

void SessionCardForm::setAdvice(const QString& advice)
{
    if (m_advice == advice)
        return;
    m_advice = advice;
    update();
}

void SessionCardForm::toggleArea(const QString& regionId)
{
    const RegionListModel::Entry* e = m_regions->entry(regionId);
    if (!e)
        return;
    m_regions->setMarked(regionId, !e->marked);
    update();
}

QString SessionCardForm::areasText() const
{
    QStringList labels;
    for (const RegionListModel::Entry& e : m_regions->entries()) {
        if (e.marked)
            labels << e.label;
    }
    return labels.isEmpty() ? tr("None chosen") : QLocale().createSeparatedList(labels);
}

exchange::SessionCard SessionCardForm::card() const
{
    exchange::SessionCard card;
    if (m_startGiven)
        card.start = format::timestamp(m_start);
    card.durationMinutes = m_durationMinutes;
    if (!m_technique.isEmpty())
        card.technique = m_technique;
    if (!m_pressure.isEmpty())
        card.pressure = m_pressure;
    QStringList areas;
    for (const RegionListModel::Entry& e : m_regions->entries()) {
        if (e.marked)
            areas << e.id;
    }
    if (!areas.isEmpty())
        card.areas = areas;
    if (const QString name = m_therapist.trimmed(); !name.isEmpty())
        card.therapist = name;
    if (const QString advice = m_advice.trimmed(); !advice.isEmpty())
        card.advice = advice;
    return card;
}

void SessionCardForm::update()
{
    const exchange::SessionCard values = card();
    // Every value through the card's own rules, as `aftercare card` does.
    exchange::SessionCard checked;
    QString problem;
    if (values.durationMinutes &&
        exchange::setSessionCardValue(checked, QStringLiteral("duration"),
                                      QString::number(*values.durationMinutes)))
        problem = tr("The length must be %1 to %2 minutes.")
                      .arg(minDurationMinutes())
                      .arg(maxDurationMinutes());
    else if (values.therapist &&
             exchange::setSessionCardValue(checked, QStringLiteral("therapist"), *values.therapist))
        problem = tr("Your name is too long: at most %1 characters.").arg(maxTherapistLength());
    else if (values.advice &&
             exchange::setSessionCardValue(checked, QStringLiteral("advice"), *values.advice))
        problem = tr("The advice is too long: at most %1 characters.").arg(maxAdviceLength());
    QByteArray link;
    if (problem.isEmpty()) {
        link = exchange::sessionCardLink(values);
        if (link.size() > exchange::sessioncard::maxLinkBytes) {
            problem = tr("The card holds too much for its code: shorten the advice.");
            link.clear();
        }
    }
    m_link = QString::fromLatin1(link);
    m_problem = problem;
    emit changed();
}

void SessionCardForm::setFormat(const QString& format)
{
    if (m_formats->switchChecked(&m_format, format))
        emit formatChanged();
}

QString SessionCardForm::suggestedFileName() const
{
    return QStringLiteral("session-card-") + now().toString(QStringLiteral("yyyy-MM-dd")) +
           QLatin1Char('.') + m_format;
}

QUrl SessionCardForm::defaultFolder() const
{
    return defaultSaveFolder();
}

bool SessionCardForm::saveTo(const QUrl& file)
{
    if (!file.isLocalFile()) {
        setResult(tr("Choose a file on this device."), {});
        return false;
    }
    if (m_link.isEmpty()) {
        setResult(m_problem, {});
        return false;
    }
    const QByteArray link = m_link.toLatin1();
    const std::optional<cli::QrCode> code = cli::encodeQrCode(link);
    if (!code) {
        setResult(tr("The card holds too much for its code: shorten the advice."), {});
        return false;
    }
    QByteArray bytes;
    if (m_format == QLatin1String("png")) {
        bytes = qrCodePng(*code);
    } else if (m_format == QLatin1String("svg")) {
        bytes = cli::qrCodeSvg(*code, cli::cardTitle());
    } else {
        const exchange::SessionCard c = card();
        QStringList details;
        if (c.therapist)
            details << tr("Therapist: %1").arg(*c.therapist);
        QStringList session;
        if (c.start) // printed: a date that stays true, not "today"
            session << QLocale().toString(c.start->toDateTime().toLocalTime(),
                                          QLocale::ShortFormat);
        session << tr("%n minutes", nullptr, m_durationMinutes);
        if (c.technique)
            session << vocabulary::label(vocabulary::techniques(), *c.technique);
        if (c.pressure)
            session << vocabulary::label(vocabulary::pressures(), *c.pressure);
        details << tr("Session: %1").arg(session.join(QStringLiteral(", ")));
        if (c.areas)
            details << tr("Areas worked on: %1").arg(areasText());
        if (c.advice)
            details << tr("Advice: %1").arg(*c.advice);
        bytes = sessionCardPdf(*code, link, details);
    }
    const QString path = file.toLocalFile();
    QSaveFile out(path);
    const bool ok = !bytes.isEmpty() && out.open(QIODevice::WriteOnly) &&
                    out.setPermissions(ownerOnly) && out.write(bytes) == bytes.size() &&
                    out.commit();
    if (!ok) {
        setResult(tr("The file could not be written: %1")
                      .arg(bytes.isEmpty() ? tr("the card could not be made") : out.errorString()),
                  {});
        return false;
    }
    setResult({}, tr("Saved the card to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void SessionCardForm::setResult(const QString& error, const QString& saved)
{
    m_saveError = error;
    m_savedText = saved;
    emit resultChanged();
}

} // namespace aftercare
