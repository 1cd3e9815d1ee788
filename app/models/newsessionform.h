#pragma once

#include "exchange/sessioncard.h"
#include "model/session.h"
#include "storage/storeresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

Q_MOC_INCLUDE("regionlistmodel.h")
Q_MOC_INCLUDE("termlistmodel.h")

namespace aftercare {

class AppController;
class RegionListModel;
class TermListModel;

// The new-session page: when, how long, which technique and pressure, who,
// the areas worked and the pain before (per region, on the body map), and
// the screening questions. save() checks the rules and writes the session.
// A therapist's session card (applyLink) fills in what the therapist knows and
// adds their advice; the person adds the rest and saves.
class NewSessionForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.newSessionForm()")
    Q_PROPERTY(QDateTime start READ start WRITE setStart NOTIFY startChanged)
    Q_PROPERTY(QString startText READ startText NOTIFY startChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes WRITE setDurationMinutes NOTIFY
                   durationMinutesChanged)
    Q_PROPERTY(int minDurationMinutes READ minDurationMinutes CONSTANT)
    Q_PROPERTY(int maxDurationMinutes READ maxDurationMinutes CONSTANT)
    Q_PROPERTY(QString technique READ technique WRITE setTechnique NOTIFY techniqueChanged)
    Q_PROPERTY(QString pressure READ pressure WRITE setPressure NOTIFY pressureChanged)
    Q_PROPERTY(QString therapist READ therapist WRITE setTherapist NOTIFY therapistChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY notesChanged)
    Q_PROPERTY(aftercare::TermListModel* techniques READ techniques CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* pressures READ pressures CONSTANT)
    Q_PROPERTY(aftercare::RegionListModel* regions READ regions CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* screening READ screening CONSTANT)
    Q_PROPERTY(QString selectedRegion READ selectedRegion NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedLabel READ selectedLabel NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedWorked READ selectedWorked NOTIFY selectionChanged)
    Q_PROPERTY(int selectedBaseline READ selectedBaseline NOTIFY selectionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString savedSessionId READ savedSessionId NOTIFY savedChanged)
    // Filled in from a therapist's session card; its advice, if any.
    Q_PROPERTY(bool fromCard READ fromCard NOTIFY cardChanged)
    Q_PROPERTY(QString advice READ advice NOTIFY cardChanged)
    // Why the last link given to applyLink() was refused, in plain words, and the
    // exact place for the therapist (`duration: "0" is outside 1..600`).
    Q_PROPERTY(QString linkProblem READ linkProblem NOTIFY cardChanged)
    Q_PROPERTY(QString linkProblemDetail READ linkProblemDetail NOTIFY cardChanged)
    // Editing a stored session (AppController::editSessionForm) rather than making one.
    Q_PROPERTY(bool editing READ editing CONSTANT)
public:
    explicit NewSessionForm(AppController* app, QObject* parent = nullptr);
    // A form that edits `stored`: save() rewrites its details and keeps its check-ins.
    NewSessionForm(AppController* app, const Session& stored, QObject* parent = nullptr);
    ~NewSessionForm() override;

    // Until the person picks a time, the session is taken to have ended just now.
    QDateTime start() const;
    void setStart(const QDateTime& start);
    QString startText() const;
    int durationMinutes() const { return m_durationMinutes; }
    void setDurationMinutes(int minutes);
    int minDurationMinutes() const { return limits::minDurationMinutes; }
    int maxDurationMinutes() const { return limits::maxDurationMinutes; }
    QString technique() const { return m_technique; }
    void setTechnique(const QString& technique);
    QString pressure() const { return m_pressure; }
    void setPressure(const QString& pressure);
    QString therapist() const { return m_therapist; }
    void setTherapist(const QString& therapist);
    QString notes() const { return m_notes; }
    void setNotes(const QString& notes);
    TermListModel* techniques() const { return m_techniques; }
    TermListModel* pressures() const { return m_pressures; }
    RegionListModel* regions() const { return m_regions; }
    TermListModel* screening() const { return m_screening; }
    QString selectedRegion() const { return m_selected; }
    QString selectedLabel() const;
    bool selectedWorked() const;
    int selectedBaseline() const;
    QString error() const { return m_error; }
    QString savedSessionId() const { return m_savedId; }
    bool fromCard() const { return m_fromCard; }
    QString advice() const { return m_advice; }
    QString linkProblem() const { return m_linkProblem; }
    QString linkProblemDetail() const { return m_linkProblemDetail; }
    bool editing() const { return m_stored.has_value(); }

    Q_INVOKABLE void selectRegion(const QString& regionId);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void setSelectedWorked(bool worked);
    Q_INVOKABLE void setSelectedBaseline(int intensity); // 0 = no pain before
    Q_INVOKABLE void setScreeningAnswer(const QString& screeningId, bool yes);
    // Fills the form from a session-card link (core/exchange/README.md, "The session-card
    // link"). Saves nothing. False when the link is refused: linkProblem() says why, and
    // the form is left as it was.
    Q_INVOKABLE bool applyLink(const QString& link);
    // What the card holds replaces the form's values; a card without a start proposes a
    // session that has just ended.
    void applyCard(const exchange::SessionCard& card);
    // Checks and writes; the new (or edited) session's id lands in savedSessionId.
    Q_INVOKABLE bool save();

    Session session() const; // as it would be saved (without a fresh id)
    void setNow(const QDateTime& now) { m_now = now; }

signals:
    void startChanged();
    void durationMinutesChanged();
    void techniqueChanged();
    void pressureChanged();
    void therapistChanged();
    void notesChanged();
    void selectionChanged();
    void errorChanged();
    void savedChanged();
    void cardChanged();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    QString freshId(const Timestamp& start) const;
    QString checkAgainstStored(const Session& edited) const;
    storage::StoreResult write(const Session& session);
    void setError(const QString& error);

    QPointer<AppController> m_app;
    QDateTime m_start;
    bool m_startChosen = false;
    int m_durationMinutes = limits::defaultDurationMinutes;
    QString m_technique = QStringLiteral("other");
    QString m_pressure;
    QString m_therapist;
    QString m_notes;
    TermListModel* m_techniques = nullptr;
    TermListModel* m_pressures = nullptr;
    RegionListModel* m_regions = nullptr;
    TermListModel* m_screening = nullptr;
    QString m_selected;
    QString m_error;
    QString m_savedId;
    QDateTime m_now;
    bool m_fromCard = false;
    QString m_advice;
    QString m_linkProblem;
    QString m_linkProblemDetail;
    std::optional<Session> m_stored;
};

// A refused session card in plain words: what part of it is wrong and what to do.
QString cardProblemInPlainWords(const exchange::CardError& error);

} // namespace aftercare
