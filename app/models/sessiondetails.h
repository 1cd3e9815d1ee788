#pragma once

#include "analysis/analysis.h"
#include "analysis/reaction.h"
#include "model/session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

Q_MOC_INCLUDE("checkinform.h")
Q_MOC_INCLUDE("checkinlistmodel.h")
Q_MOC_INCLUDE("flaglistmodel.h")
Q_MOC_INCLUDE("regionlistmodel.h")
Q_MOC_INCLUDE("termlistmodel.h")

namespace aftercare {

class AppController;
class CheckInForm;
class CheckInListModel;
class FlagListModel;
class RegionListModel;
class TermListModel;

// One session for the session page: its details, its status from the
// analysis, its flags and check-ins, and the intent methods on check-ins
// (edit, delete with undo). Reloads whenever the app writes.
class SessionDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.sessionDetails()")
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(QString durationText READ durationText NOTIFY changed)
    Q_PROPERTY(QString techniqueText READ techniqueText NOTIFY changed)
    Q_PROPERTY(QString pressureText READ pressureText NOTIFY changed)
    Q_PROPERTY(QString therapist READ therapist NOTIFY changed)
    Q_PROPERTY(QString areasText READ areasText NOTIFY changed)
    Q_PROPERTY(QString baselineText READ baselineText NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    // What the therapist advised for afterwards (from a session card), empty when none.
    Q_PROPERTY(QString advice READ advice NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusTitle READ statusTitle NOTIFY changed)
    Q_PROPERTY(QString statusAdvice READ statusAdvice NOTIFY changed)
    Q_PROPERTY(QString notADiagnosis READ notADiagnosis CONSTANT)
    // The reaction's grade ("moderate", analysis::gradeId), empty without check-ins.
    Q_PROPERTY(QString grade READ grade NOTIFY changed)
    // The grade in one plain sentence, empty without check-ins.
    Q_PROPERTY(QString gradeText READ gradeText NOTIFY changed)
    // What was done for the soreness: label the kind, detail "done 3 times, helped 2 times".
    Q_PROPERTY(aftercare::TermListModel* selfCare READ selfCare CONSTANT)
    // Other reactions and benefits: label the reaction, detail "2 check-ins, first 5 h after
    // the session".
    Q_PROPERTY(aftercare::TermListModel* reactions READ reactions CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* benefits READ benefits CONSTANT)
    Q_PROPERTY(bool needsUrgentAction READ needsUrgentAction NOTIFY changed)
    Q_PROPERTY(aftercare::TermListModel* screening READ screening CONSTANT)
    Q_PROPERTY(aftercare::FlagListModel* flags READ flags CONSTANT)
    Q_PROPERTY(aftercare::CheckInListModel* checkIns READ checkIns CONSTANT)
    Q_PROPERTY(aftercare::RegionListModel* latestRegions READ latestRegions CONSTANT)
    Q_PROPERTY(QString latestText READ latestText NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    // The undo is of a "No soreness" save, which skipped the warning signs.
    Q_PROPERTY(bool undoAsksWarningSigns READ undoAsksWarningSigns NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY changed)
    // A check-in prompt of this session is due now (PromptWatcher).
    Q_PROPERTY(bool promptDue READ promptDue NOTIFY promptDueChanged)
public:
    SessionDetails(AppController* app, const QString& sessionId, QObject* parent = nullptr);
    ~SessionDetails() override;

    QString sessionId() const { return m_sessionId; }
    bool exists() const { return m_session.has_value(); }
    QString title() const;
    QString whenText() const;
    QString durationText() const;
    QString techniqueText() const;
    QString pressureText() const;
    QString therapist() const;
    QString areasText() const;
    QString baselineText() const;
    QString notes() const;
    QString advice() const;
    QString status() const { return m_status; }
    QString statusTitle() const { return m_statusTitle; }
    QString statusAdvice() const { return m_statusAdvice; }
    QString notADiagnosis() const;
    QString grade() const { return m_grade; }
    QString gradeText() const { return m_gradeText; }
    TermListModel* selfCare() const { return m_selfCare; }
    TermListModel* reactions() const { return m_reactions; }
    TermListModel* benefits() const { return m_benefits; }
    bool needsUrgentAction() const { return m_urgent; }
    TermListModel* screening() const { return m_screening; }
    FlagListModel* flags() const { return m_flags; }
    CheckInListModel* checkIns() const { return m_checkIns; }
    RegionListModel* latestRegions() const { return m_latestRegions; }
    QString latestText() const { return m_latestText; }
    bool canUndo() const { return m_removed.has_value() || m_justSaved.has_value(); }
    bool undoAsksWarningSigns() const { return m_justSaved.has_value(); }
    QString undoText() const;
    QString error() const { return m_error; }
    QString chartSummary() const { return m_chartSummary; }
    bool promptDue() const;
    // The session as stored (the chart paints it); nullopt when not found.
    const std::optional<Session>& session() const { return m_session; }

    // Rows of `checkIns` (newest first).
    Q_INVOKABLE bool removeCheckIn(int row);
    // Undo: brings a deleted check-in back, or removes the one just saved.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void discardUndo();
    Q_INVOKABLE aftercare::CheckInForm* editForm(int row);
    // After a "No soreness" save: Undo removes it, and the warning signs can be answered.
    Q_INVOKABLE void offerUndoOfSave(aftercare::CheckInForm* form);
    // The check-in just saved with "No soreness", to answer its warning signs.
    Q_INVOKABLE aftercare::CheckInForm* justSavedForm();

    Q_INVOKABLE void reload();

    // The texts of the page, pure (tst_sessiondetails).
    // One plain sentence for a grade; empty for nullopt (no check-ins).
    static QString describeGrade(std::optional<analysis::Grade> grade);
    // "done 3 times, helped 2 times" ("a-little" counts as helped).
    static QString describeSelfCare(const analysis::SelfCareTally& tally);
    // "2 check-ins, first 5 h after the session".
    static QString describeReport(const Session& session, const analysis::ReportTally& tally);

signals:
    void changed();
    void promptDueChanged();
    void undoChanged();
    void errorChanged();

private:
    void setError(const QString& error);

    QPointer<AppController> m_app;
    QString m_sessionId;
    std::optional<Session> m_session;
    QString m_status;
    QString m_statusTitle;
    QString m_statusAdvice;
    QString m_grade;
    QString m_gradeText;
    bool m_urgent = false;
    QString m_latestText;
    QString m_chartSummary;
    TermListModel* m_screening = nullptr;
    FlagListModel* m_flags = nullptr;
    CheckInListModel* m_checkIns = nullptr;
    RegionListModel* m_latestRegions = nullptr;
    TermListModel* m_selfCare = nullptr;
    TermListModel* m_reactions = nullptr;
    TermListModel* m_benefits = nullptr;
    std::optional<CheckIn> m_removed;
    std::optional<CheckIn> m_justSaved;
    QString m_error;
};

} // namespace aftercare
