#pragma once

#include "exchange/sessioncard.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("regionlistmodel.h")
Q_MOC_INCLUDE("termlistmodel.h")

namespace aftercare {

class RegionListModel;
class TermListModel;

// For therapists: the "Give a session card" page. The form's values make the same link as
// `aftercare card` (exchange::sessionCardLink, every value through the card's own rules);
// the page shows it as a QR code and saves it as PNG, SVG or a printable PDF card.
// Nothing of it is stored in the person's log.
class SessionCardForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by AppController.sessionCardForm()")
    Q_PROPERTY(bool startGiven READ startGiven WRITE setStartGiven NOTIFY changed)
    Q_PROPERTY(QDateTime start READ start WRITE setStart NOTIFY changed)
    Q_PROPERTY(QString startText READ startText NOTIFY changed)
    Q_PROPERTY(int durationMinutes READ durationMinutes WRITE setDurationMinutes NOTIFY changed)
    Q_PROPERTY(int minDurationMinutes READ minDurationMinutes CONSTANT)
    Q_PROPERTY(int maxDurationMinutes READ maxDurationMinutes CONSTANT)
    Q_PROPERTY(QString technique READ technique WRITE setTechnique NOTIFY changed)
    Q_PROPERTY(QString pressure READ pressure WRITE setPressure NOTIFY changed)
    Q_PROPERTY(QString therapist READ therapist WRITE setTherapist NOTIFY changed)
    Q_PROPERTY(QString advice READ advice WRITE setAdvice NOTIFY changed)
    Q_PROPERTY(int maxAdviceLength READ maxAdviceLength CONSTANT)
    Q_PROPERTY(int maxTherapistLength READ maxTherapistLength CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* techniques READ techniques CONSTANT)
    Q_PROPERTY(aftercare::TermListModel* pressures READ pressures CONSTANT)
    Q_PROPERTY(aftercare::RegionListModel* regions READ regions CONSTANT)
    Q_PROPERTY(QString areasText READ areasText NOTIFY changed)
    // The link for the values, empty while problem() says what is wrong.
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // Saving: png, svg or pdf.
    Q_PROPERTY(aftercare::TermListModel* formats READ formats CONSTANT)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY formatChanged)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QString savedText READ savedText NOTIFY resultChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY resultChanged)
public:
    explicit SessionCardForm(QObject* parent = nullptr);
    ~SessionCardForm() override;

    bool startGiven() const { return m_startGiven; }
    void setStartGiven(bool given);
    QDateTime start() const { return m_start; }
    void setStart(const QDateTime& start);
    QString startText() const;
    int durationMinutes() const { return m_durationMinutes; }
    void setDurationMinutes(int minutes);
    int minDurationMinutes() const { return exchange::sessioncard::minDurationMinutes; }
    int maxDurationMinutes() const { return exchange::sessioncard::maxDurationMinutes; }
    QString technique() const { return m_technique; }
    void setTechnique(const QString& technique);
    QString pressure() const { return m_pressure; }
    void setPressure(const QString& pressure);
    QString therapist() const { return m_therapist; }
    void setTherapist(const QString& therapist);
    QString advice() const { return m_advice; }
    void setAdvice(const QString& advice);
    int maxAdviceLength() const { return int(exchange::sessioncard::maxAdviceCodePoints); }
    int maxTherapistLength() const { return int(exchange::sessioncard::maxTherapistCodePoints); }
    TermListModel* techniques() const { return m_techniques; }
    TermListModel* pressures() const { return m_pressures; }
    RegionListModel* regions() const { return m_regions; }
    QString areasText() const;
    QString link() const { return m_link; }
    QString problem() const { return m_problem; }

    TermListModel* formats() const { return m_formats; }
    QString format() const { return m_format; }
    void setFormat(const QString& format);
    QString suggestedFileName() const;
    QUrl defaultFolder() const;
    QString savedText() const { return m_savedText; }
    QString saveError() const { return m_saveError; }

    // Marks or unmarks an area the therapist worked on.
    Q_INVOKABLE void toggleArea(const QString& regionId);
    // Writes the card in the chosen format to a local file (readable by its owner only).
    Q_INVOKABLE bool saveTo(const QUrl& file);

    // The card the values make (valid or not).
    exchange::SessionCard card() const;
    void setNow(const QDateTime& now);

signals:
    void changed();
    void formatChanged();
    void resultChanged();

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    void update();
    void setResult(const QString& error, const QString& saved);

    bool m_startGiven = true;
    QDateTime m_start;
    int m_durationMinutes = 60;
    QString m_technique;
    QString m_pressure;
    QString m_therapist;
    QString m_advice;
    TermListModel* m_techniques = nullptr;
    TermListModel* m_pressures = nullptr;
    RegionListModel* m_regions = nullptr;
    TermListModel* m_formats = nullptr;
    QString m_format = QStringLiteral("pdf");
    QString m_link;
    QString m_problem;
    QString m_savedText;
    QString m_saveError;
    QDateTime m_now;
};

} // namespace aftercare
