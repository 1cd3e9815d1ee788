#pragma once

#include "model/session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

Q_MOC_INCLUDE("regionlistmodel.h")
Q_MOC_INCLUDE("termlistmodel.h")
Q_MOC_INCLUDE("selfcareanswermodel.h")

namespace aftercare {

class AppController;
class RegionListModel;
class SelfCareAnswerModel;
class TermListModel;

// The check-in page: where it hurts (per region 0..10 and qualities), how much it gets in
// the way, other reactions, benefits, what the person did for it (and whether what they
// did last time helped), the warning signs, a note and the time. save() checks the rules, writes
// through the repository and runs the analysis; the result says whether the person must act now.
class CheckInForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.checkInForm() or SessionDetails.editForm()")
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(bool sessionExists READ sessionExists CONSTANT)
    Q_PROPERTY(QString sessionText READ sessionText CONSTANT)
    // When the session started (invalid when there is none): no check-in comes before.
    Q_PROPERTY(QDateTime sessionStart READ sessionStart CONSTANT)
    Q_PROPERTY(bool editing READ editing CONSTANT)
    Q_PROPERTY(QDateTime at READ at WRITE setAt NOTIFY atChanged)
    Q_PROPERTY(QString atText READ atText NOTIFY atChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(aftercare::RegionListModel* regions READ regions CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* qualities READ qualities CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* redFlags READ redFlags CONSTANT)
    // Log v2: one impact at most (tap the chosen one again to clear it); reactions,
    // benefits and self-care kinds, any of them (TermListModel::toggle).
    Q_PROPERTY(aftercare::TermListModel* impacts READ impacts CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* reactions READ reactions CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* benefits READ benefits CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* selfCare READ selfCare CONSTANT)
    // What the v2 answers say in a few words (the folded section's header); empty: none.
    Q_PROPERTY(QString moreText READ moreText NOTIFY answersChanged)
    // "Did it help?" about the self-care the previous check-in noted, asked once.
    Q_PROPERTY(aftercare::SelfCareAnswerModel* earlierSelfCare READ earlierSelfCare CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* selfCareAnswers READ selfCareAnswers CONSTANT)
    Q_PROPERTY(QString earlierSelfCareText READ earlierSelfCareText CONSTANT)
    Q_PROPERTY(QString selectedRegion READ selectedRegion NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedLabel READ selectedLabel NOTIFY selectionChanged)
    Q_PROPERTY(int selectedIntensity READ selectedIntensity NOTIFY selectionChanged)
    Q_PROPERTY(int selectedPrevious READ selectedPrevious NOTIFY selectionChanged)
    Q_PROPERTY(bool hasLast READ hasLast CONSTANT)
    Q_PROPERTY(QString lastText READ lastText CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY resultChanged)
    Q_PROPERTY(QString resultStatus READ resultStatus NOTIFY resultChanged)
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY resultChanged)
    Q_PROPERTY(QString resultAdvice READ resultAdvice NOTIFY resultChanged)
    Q_PROPERTY(QStringList resultMessages READ resultMessages NOTIFY resultChanged)
    Q_PROPERTY(bool resultUrgent READ resultUrgent NOTIFY resultChanged)
    Q_PROPERTY(QString notADiagnosis READ notADiagnosis CONSTANT)
    // Saved with "No soreness" (the session page then offers Undo and the warning signs).
    Q_PROPERTY(bool savedNoSoreness READ savedNoSoreness NOTIFY resultChanged)
public:
    CheckInForm(AppController* app, const QString& sessionId,
                std::optional<qint64> editingAtUtcMicros = std::nullopt, QObject* parent = nullptr);
    ~CheckInForm() override;

    QString sessionId() const { return m_sessionId; }
    bool sessionExists() const { return m_session.has_value(); }
    QString sessionText() const;
    QDateTime sessionStart() const
    {
        return m_session ? m_session->start.toDateTime() : QDateTime();
    }
    bool editing() const { return m_editingAt.has_value(); }
    QDateTime at() const { return m_at; }
    void setAt(const QDateTime& at);
    QString atText() const;
    QString note() const { return m_note; }
    void setNote(const QString& note);
    RegionListModel* regions() const { return m_regions; }
    TermListModel* qualities() const { return m_qualities; }
    TermListModel* redFlags() const { return m_redFlags; }
    TermListModel* impacts() const { return m_impacts; }
    TermListModel* reactions() const { return m_reactions; }
    TermListModel* benefits() const { return m_benefits; }
    TermListModel* selfCare() const { return m_selfCare; }
    QString moreText() const;
    SelfCareAnswerModel* earlierSelfCare() const { return m_earlierSelfCare; }
    TermListModel* selfCareAnswers() const { return m_selfCareAnswers; }
    QString earlierSelfCareText() const;
    QString selectedRegion() const { return m_selected; }
    QString selectedLabel() const;
    int selectedIntensity() const;
    int selectedPrevious() const;
    bool hasLast() const { return m_last.has_value(); }
    QString lastText() const;
    QString error() const { return m_error; }
    bool saved() const { return m_saved; }
    bool savedNoSoreness() const { return m_savedNoSoreness; }
    // The instant of the check-in this form saved (or edits); nullopt before a save.
    std::optional<qint64> savedAtUtcMicros() const { return m_saved ? m_editingAt : std::nullopt; }
    // Whether the person has answered anything not yet saved (Back then asks first).
    Q_INVOKABLE bool hasChanges() const;
    QString resultStatus() const { return m_resultStatus; }
    QString resultTitle() const { return m_resultTitle; }
    QString resultAdvice() const { return m_resultAdvice; }
    QStringList resultMessages() const { return m_resultMessages; }
    bool resultUrgent() const { return m_resultUrgent; }
    QString notADiagnosis() const;

    // Tapping a region on the body map: selects it and marks it as sore.
    Q_INVOKABLE void selectRegion(const QString& regionId);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void setIntensity(int intensity);             // of the selected region
    Q_INVOKABLE void toggleQuality(const QString& qualityId); // of the selected region
    Q_INVOKABLE void removeRegion(const QString& regionId);
    Q_INVOKABLE void setRedFlag(const QString& redFlagId, bool yes);
    Q_INVOKABLE void setImpact(const QString& impactId); // the chosen one again: not answered
    Q_INVOKABLE void answerEarlierSelfCare(const QString& kind, const QString& answer);
    // Fills in what the latest check-in said (regions, intensities, qualities, impact).
    Q_INVOKABLE bool repeatLast();
    // Saves "no soreness anywhere" right away.
    Q_INVOKABLE bool saveNoSoreness();
    Q_INVOKABLE bool save();
    // What save() would tell the person, without saving (`saved` stays false): the
    // screenshot tour's urgent page. False when the session is gone.
    Q_INVOKABLE bool preview();

    // The check-in as it would be saved (tests, save()).
    CheckIn checkIn() const;
    // Fixes the clock (tests).
    void setNow(const QDateTime& now) { m_now = now; }

signals:
    void atChanged();
    void noteChanged();
    void selectionChanged();
    void errorChanged();
    void resultChanged();
    void answersChanged();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    bool write(const CheckIn& checkIn);
    void setResult(const std::optional<Session>& session);
    void setError(const QString& error);
    void syncQualities();

    QPointer<AppController> m_app;
    QString m_sessionId;
    std::optional<Session> m_session;
    std::optional<qint64> m_editingAt;
    std::optional<CheckIn> m_last;
    QDateTime m_at;
    bool m_atChosen = false;
    QString m_note;
    RegionListModel* m_regions = nullptr;
    TermListModel* m_qualities = nullptr;
    TermListModel* m_redFlags = nullptr;
    TermListModel* m_impacts = nullptr;
    TermListModel* m_reactions = nullptr;
    TermListModel* m_benefits = nullptr;
    TermListModel* m_selfCare = nullptr;
    SelfCareAnswerModel* m_earlierSelfCare = nullptr;
    TermListModel* m_selfCareAnswers = nullptr;
    QList<SelfCare> m_editedSelfCare; // of the check-in being edited: keeps its answers
    QString m_selected;
    QString m_error;
    bool m_saved = false;
    QString m_resultStatus;
    QString m_resultTitle;
    QString m_resultAdvice;
    QStringList m_resultMessages;
    bool m_resultUrgent = false;
    QDateTime m_now;
    bool m_savedNoSoreness = false;
    CheckIn m_opened; // the answers as the form opened, for hasChanges()
};

} // namespace aftercare
