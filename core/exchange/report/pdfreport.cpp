#include "exchange/report/pdfreport.h"

#include "analysis/analysis.h"
#include "analysis/reaction.h"
#include "exchange/report/reportfont.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace aftercare::report {

namespace {

// This file's texts. Named as its translation context, which lupdate files them under.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// --- What a page holds ------------------------------------------------------------------

struct TextRun
{
    QRectF rect; // relative to the block's top-left
    QString text;
    QFont font;
    QColor color;
    int flags = Qt::AlignLeft | Qt::AlignTop;
};

struct Fill
{
    QRectF rect;
    QColor color;
};

struct Rule
{
    QLineF line;
    QColor color;
    qreal width = 0; // device units
};

// A piece of content measured for the page: text runs, fills and rules relative to its
// top-left corner, or a drawing of fixed size. A splittable block may continue on the
// next page between two lines of text.
struct Block
{
    qreal height = 0;
    std::vector<TextRun> texts;
    std::vector<Fill> fills;
    std::vector<Rule> rules;
    std::function<void(QPainter*, const QRectF&)> drawing; // gets the block's rectangle
    qreal width = 0;
    bool splittable = false;
    bool keepTogether = false; // split only when it would not fit even on an empty page
    // Shown at the top of each part after a split (e.g. "19:00 (continued)"), with the
    // padding kept above the continued lines.
    std::optional<TextRun> continuation;
    qreal continuationPad = 0;

    // The first `cut` device units, and the rest moved up.
    Block head(qreal cut) const
    {
        Block b;
        b.height = cut;
        b.width = width;
        for (const TextRun& t : texts) {
            if (t.rect.bottom() <= cut + 0.01)
                b.texts.push_back(t);
        }
        for (Fill f : fills) {
            f.rect.setBottom(std::min(f.rect.bottom(), cut));
            if (f.rect.height() > 0)
                b.fills.push_back(f);
        }
        for (const Rule& r : rules) {
            if (std::max(r.line.y1(), r.line.y2()) <= cut + 0.01)
                b.rules.push_back(r);
        }
        return b;
    }
    Block tail(qreal cut) const
    {
        const qreal pad = continuation ? continuationPad : 0;
        const qreal shift = pad - cut;
        Block b;
        b.height = height + shift;
        b.width = width;
        b.splittable = true;
        b.keepTogether = keepTogether;
        b.continuation = continuation;
        b.continuationPad = continuationPad;
        if (continuation)
            b.texts.push_back(*continuation);
        for (TextRun t : texts) {
            if (t.rect.top() >= cut - 0.01) {
                t.rect.translate(0, shift);
                b.texts.push_back(t);
            }
        }
        for (Fill f : fills) {
            f.rect.setTop(std::max(f.rect.top(), cut));
            f.rect.translate(0, shift);
            f.rect.setTop(std::min(f.rect.top(), 0.0)); // the padding keeps the row's colour
            if (f.rect.height() > 0)
                b.fills.push_back(f);
        }
        for (Rule r : rules) {
            if (std::min(r.line.y1(), r.line.y2()) >= cut - 0.01) {
                r.line.translate(0, shift);
                b.rules.push_back(r);
            }
        }
        return b;
    }
    // The lowest position at most `available` where no text line is cut in two; 0 when
    // not even the first line fits.
    qreal cutAt(qreal available) const
    {
        std::vector<qreal> candidates{available};
        for (const TextRun& t : texts) {
            if (t.rect.top() <= available)
                candidates.push_back(t.rect.top());
        }
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        qreal firstText = std::numeric_limits<qreal>::max();
        for (const TextRun& t : texts)
            firstText = std::min(firstText, t.rect.bottom());
        for (const qreal y : candidates) {
            if (y <= 0 || y < firstText - 0.01) // the part that stays must hold some text
                break;
            const bool clean = std::all_of(texts.begin(), texts.end(), [y](const TextRun& t) {
                return t.rect.bottom() <= y + 0.01 || t.rect.top() >= y - 0.01;
            });
            if (clean)
                return y;
        }
        return 0;
    }
};

struct Placed
{
    Block block;
    QPointF origin;
};

struct Page
{
    QString runningTitle;
    std::vector<Placed> content;
};

// Stacks blocks down the content area, starting new pages as needed; repeats a table
// header at the top of each page the table continues on.
class Pager
{
public:
    explicit Pager(const QRectF& area)
        : m_area(area)
    {}

    void startSection(const QString& runningTitle)
    {
        if (m_pages.empty() || !m_pages.back().content.empty())
            m_pages.emplace_back();
        m_pages.back().runningTitle = runningTitle;
        m_title = runningTitle;
        m_y = m_area.top();
        m_repeat.reset();
    }
    qreal remaining() const { return m_area.bottom() - m_y; }
    bool atTop() const { return m_y <= m_area.top() + 0.01; }
    void space(qreal height)
    {
        if (!atTop())
            m_y = std::min(m_y + height, m_area.bottom());
    }
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height)
    {
        if (height > remaining() && !atTop())
            newPage();
    }
    void setRepeatedHeader(std::optional<Block> header) { m_repeat = std::move(header); }
    int pageCount() const { return int(m_pages.size()); }
    void breakPage()
    {
        if (!atTop())
            newPage();
    }

    void add(Block block)
    {
        const qreal emptyPage = m_area.height() - (m_repeat ? m_repeat->height : 0);
        if (block.keepTogether && block.height > remaining() && block.height <= emptyPage &&
            !atTop())
            newPage();
        if (!block.splittable || block.height <= remaining()) {
            ensure(block.height);
            place(std::move(block));
            return;
        }
        while (block.height > remaining()) {
            qreal cut = block.cutAt(remaining());
            if (cut <= 0) {
                if (!atTop()) {
                    newPage();
                    continue;
                }
                cut = remaining(); // a single line taller than a page: cut it anyway
            }
            place(block.head(cut));
            block = block.tail(cut);
            newPage();
        }
        if (block.height > 0)
            place(std::move(block));
    }

    std::vector<Page> takePages() { return std::move(m_pages); }

private:
    void place(Block block)
    {
        const qreal height = block.height;
        m_pages.back().content.push_back({std::move(block), QPointF(m_area.left(), m_y)});
        m_y += height;
    }
    void newPage()
    {
        m_pages.emplace_back();
        m_pages.back().runningTitle = m_title;
        m_y = m_area.top();
        if (m_repeat)
            place(*m_repeat);
    }

    QRectF m_area;
    std::vector<Page> m_pages;
    QString m_title;
    qreal m_y = 0;
    std::optional<Block> m_repeat;
};

// --- Measuring text -------------------------------------------------------------------------

class Typesetter
{
public:
    explicit Typesetter(QPaintDevice* device)
        : m_device(device)
        , m_unit(device->logicalDpiY() / 72.0)
    {}
    qreal pt(qreal points) const { return points * m_unit; }
    QPaintDevice* device() const { return m_device; }

    // Wraps `text` into `width`, adding one run per line from `top`; returns the height.
    qreal paragraph(Block* block, const QString& text, const QFont& font, const QColor& color,
                    qreal left, qreal top, qreal width, int align = Qt::AlignLeft) const
    {
        const QFontMetricsF fm(font, m_device);
        if (text.isEmpty())
            return 0;
        QString prepared = text;
        prepared.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
        prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
        prepared.replace(QLatin1Char('\r'), QChar::LineSeparator);
        prepared.replace(QLatin1Char('\t'), QLatin1Char(' '));
        QTextLayout layout(prepared, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal lineHeight = fm.lineSpacing();
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            QString part = prepared.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() &&
                   (part.back().isSpace() || part.back() == QChar::LineSeparator))
                part.chop(1);
            block->texts.push_back({QRectF(left, top + y, width, lineHeight), part, font, color,
                                    align | Qt::AlignTop | Qt::TextSingleLine});
            y += lineHeight;
        }
        layout.endLayout();
        return y;
    }

    qreal lineHeight(const QFont& font) const
    {
        return QFontMetricsF(font, m_device).lineSpacing();
    }
    qreal advance(const QFont& font, const QString& text) const
    {
        return QFontMetricsF(font, m_device).horizontalAdvance(text);
    }

private:
    QPaintDevice* m_device;
    qreal m_unit;
};

// --- Words and colours ----------------------------------------------------------------------

const QColor ink(0x21, 0x21, 0x21);
const QColor muted(0x5f, 0x63, 0x68);
const QColor hairline(0xc8, 0xcc, 0xd0);
const QColor zebra(0xf4, 0xf6, 0xf8);
const QColor headerFill(0xe3, 0xe8, 0xee);
const QColor alarm(0xb7, 0x1c, 0x1c);

QColor statusColour(analysis::Status status)
{
    switch (status) {
    case analysis::Status::Emergency:
        return QColor(0xb7, 0x1c, 0x1c);
    case analysis::Status::SeeDoctorToday:
        return QColor(0xc6, 0x3d, 0x0f);
    case analysis::Status::SeeDoctor:
        return QColor(0xb3, 0x50, 0x00);
    case analysis::Status::ContactTherapist:
        return QColor(0x8a, 0x5a, 0x00);
    case analysis::Status::Watch:
        return QColor(0x6d, 0x5d, 0x00);
    case analysis::Status::OnTrack:
    case analysis::Status::Resolved:
        return QColor(0x2e, 0x6b, 0x30);
    case analysis::Status::InsufficientData:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor severityColour(analysis::Severity severity)
{
    if (const std::optional<analysis::Status> status = analysis::statusFor(severity))
        return statusColour(*status);
    return muted;
}

QString severityLabel(analysis::Severity severity)
{
    switch (severity) {
    case analysis::Severity::Emergency:
        return Report::tr("Emergency");
    case analysis::Severity::SeeDoctorToday:
        return Report::tr("See a doctor today");
    case analysis::Severity::SeeDoctor:
        return Report::tr("See a doctor");
    case analysis::Severity::ContactTherapist:
        return Report::tr("Tell the therapist");
    case analysis::Severity::Watch:
        return Report::tr("Watch");
    case analysis::Severity::Info:
        break;
    }
    return Report::tr("For information");
}

QString flagTitle(analysis::FlagCode code)
{
    switch (code) {
    case analysis::FlagCode::ScreenedCaudaEquina:
        return Report::tr("Before the session: signs of cauda equina syndrome");
    case analysis::FlagCode::ScreenedInfection:
        return Report::tr("Before the session: a fever or an infection");
    case analysis::FlagCode::ScreenedDvt:
        return Report::tr("Before the session: a blood clot in a leg, or signs of one");
    case analysis::FlagCode::ScreenedInjury:
        return Report::tr("Before the session: a recent fracture, sprain or dislocation");
    case analysis::FlagCode::ScreenedCancer:
        return Report::tr("Before the session: cancer, or a lump not yet checked");
    case analysis::FlagCode::ScreenedDisc:
        return Report::tr("Before the session: a slipped disc");
    case analysis::FlagCode::ScreenedBleeding:
        return Report::tr("Before the session: blood thinners or a bleeding disorder");
    case analysis::FlagCode::ScreenedPregnancy:
        return Report::tr("Before the session: pregnancy");
    case analysis::FlagCode::Stroke:
        return Report::tr("Warning signs of a stroke");
    case analysis::FlagCode::BilateralNervePain:
        return Report::tr("Nerve-type pain in both legs");
    case analysis::FlagCode::NeckHeadache:
        return Report::tr("Headache with dizziness or nausea after neck work");
    case analysis::FlagCode::CaudaEquina:
        return Report::tr("Warning signs of cauda equina syndrome");
    case analysis::FlagCode::PulmonaryEmbolism:
        return Report::tr("Warning signs of a blood clot in the lungs");
    case analysis::FlagCode::Dvt:
        return Report::tr("Possible blood clot in a leg (DVT)");
    case analysis::FlagCode::Infection:
        return Report::tr("Possible infection");
    case analysis::FlagCode::Persistent:
        return Report::tr("Soreness beyond 3 days");
    case analysis::FlagCode::Worsening:
        return Report::tr("Worse after the first 2 days");
    case analysis::FlagCode::NerveIrritation:
        return Report::tr("Nerve-type pain");
    case analysis::FlagCode::SharpPain:
        return Report::tr("Sharp or stabbing pain");
    case analysis::FlagCode::EarlySevere:
        return Report::tr("Strong pain soon after the session");
    case analysis::FlagCode::Bruising:
        return Report::tr("Bruising");
    case analysis::FlagCode::LateOnset:
        return Report::tr("Soreness started late");
    case analysis::FlagCode::SlowResolution:
        return Report::tr("Slow to settle");
    case analysis::FlagCode::EarlyOnset:
        return Report::tr("Soreness started early");
    case analysis::FlagCode::NewRegion:
        return Report::tr("Soreness where no work was done");
    }
    return {};
}

QString offsetName(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The wall-clock time it was recorded at, to the minute: "2026-11-20 19:00".
QString wallTime(const Timestamp& t)
{
    return t.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString hoursText(double hours)
{
    return Report::tr("%1 h").arg(QLocale().toString(hours, 'f', 1)); // "0,6 h" in German
}

QString joinedLabels(const std::vector<Term>& terms, const QStringList& ids)
{
    QStringList labels;
    for (const QString& id : ids)
        labels << vocabulary::label(terms, id);
    return labels.join(QStringLiteral(", "));
}

QList<const CheckIn*> byInstant(const Session& session)
{
    QList<const CheckIn*> ordered;
    for (const CheckIn& c : session.checkIns)
        ordered << &c;
    std::stable_sort(ordered.begin(), ordered.end(), [](const CheckIn* a, const CheckIn* b) {
        return a->at.utcMicros < b->at.utcMicros;
    });
    return ordered;
}

// --- The report ------------------------------------------------------------------------------

class ReportBuilder
{
public:
    ReportBuilder(const Typesetter& type, const QRectF& content, const ReportOptions& options)
        : m_type(type)
        , m_width(content.width())
        , m_pager(content)
        , m_options(options)
        , m_body(reportFont(8.5))
        , m_bodyBold(reportFont(8.5, true))
        , m_small(reportFont(7.5))
        , m_smallBold(reportFont(7.5, true))
        , m_heading(reportFont(11, true))
        , m_title(reportFont(17, true))
    {}

    void addSession(const Session& session)
    {
        const analysis::Result result = analysis::analyze(session);
        const QString date =
            m_options.locale.toString(session.start.toDateTime().date(), QLocale::LongFormat);
        m_pager.startSection(Report::tr("Session of %1 (%2)").arg(date, session.id));

        Block title;
        title.height = m_type.paragraph(&title, Report::tr("Soreness after a massage"), m_title,
                                        ink, 0, 0, m_width);
        title.height += m_type.paragraph(
            &title, Report::tr("%1 · a summary for the therapist or doctor").arg(date), m_body,
            muted, 0, title.height, m_width);
        m_pager.add(title);
        m_pager.space(m_type.pt(8));

        // Page 1: what a clinician reads in a minute.
        addSummaryFacts(session);
        addStatusSummary(session, result);
        addChartAndMap(session, result);
        addReactionSummary(session);
        m_pager.breakPage();

        // The appendix: everything in full.
        Block appendix;
        appendix.height = m_type.paragraph(&appendix, Report::tr("Appendix: the session in full"),
                                           m_title, ink, 0, 0, m_width);
        m_pager.add(appendix);
        addDetails(session);
        addStatus(session, result);
        addBodyMap(session);
        addTable(session);
    }

    void addNothing()
    {
        m_pager.startSection(Report::tr("No sessions"));
        Block block;
        block.height = m_type.paragraph(&block, Report::tr("Soreness after a massage"), m_title,
                                        ink, 0, 0, m_width);
        block.height += m_type.paragraph(&block, Report::tr("No sessions recorded."), m_body, ink,
                                         0, block.height + m_type.pt(8), m_width) +
                        m_type.pt(8);
        m_pager.add(block);
    }

    std::vector<Page> takePages() { return m_pager.takePages(); }

private:
    void heading(const QString& text, qreal keepWith)
    {
        m_pager.space(m_type.pt(10));
        Block block;
        block.height = m_type.paragraph(&block, text, m_heading, ink, 0, 0, m_width) + m_type.pt(3);
        block.rules.push_back(
            {QLineF(0, block.height - m_type.pt(1.5), m_width, block.height - m_type.pt(1.5)),
             hairline, m_type.pt(0.6)});
        block.height += m_type.pt(3);
        m_pager.ensure(block.height + keepWith);
        m_pager.add(block);
    }

    // A label on the left, its value wrapped on the right.
    void detail(const QString& label, const QStringList& paragraphs)
    {
        m_pager.add(detailBlock(label, paragraphs));
    }

    Block detailBlock(const QString& label, const QStringList& paragraphs) const
    {
        const qreal labelWidth = m_type.pt(110);
        const qreal gap = m_type.pt(8);
        Block block;
        block.splittable = true;
        block.keepTogether = true;
        const qreal labelHeight =
            m_type.paragraph(&block, label, m_bodyBold, muted, 0, 0, labelWidth - gap);
        qreal y = 0;
        for (const QString& paragraph : paragraphs)
            y += m_type.paragraph(&block, paragraph, m_body, ink, labelWidth, y,
                                  m_width - labelWidth);
        block.height = std::max(labelHeight, y) + m_type.pt(2.5);
        return block;
    }

    void addSummaryFacts(const Session& session)
    {
        const QDateTime start = session.start.toDateTime();
        const QDateTime end =
            Timestamp::fromUtcMicros(session.endUtcMicros(), session.start.offsetSeconds)
                .toDateTime();
        QStringList massage{vocabulary::label(vocabulary::techniques(), session.technique),
                            Report::tr("%1–%2 (%3 min)")
                                .arg(start.time().toString(QStringLiteral("HH:mm")),
                                     end.time().toString(QStringLiteral("HH:mm")))
                                .arg(session.durationMinutes)};
        if (!session.pressure.isEmpty())
            massage << Report::tr("%1 pressure")
                           .arg(vocabulary::label(vocabulary::pressures(), session.pressure));
        if (!session.areasWorked.isEmpty())
            massage << joinedLabels(vocabulary::regions(), session.areasWorked);
        if (!session.therapist.isEmpty())
            massage << session.therapist;
        if (session.source == QLatin1String("session-card"))
            massage << Report::tr("set up from the therapist's session card");
        detail(Report::tr("Massage"), {massage.join(QStringLiteral(" · "))});
        detail(Report::tr("Pain before"), {painBeforeText(session)});
        const QList<const CheckIn*> checkIns = byInstant(session);
        detail(Report::tr("Check-ins"),
               {checkIns.isEmpty()
                    ? Report::tr("None yet")
                    : Report::tr("%1, from %2 to %3")
                          .arg(checkIns.size())
                          .arg(wallTime(checkIns.first()->at), wallTime(checkIns.last()->at))});
    }

    // Status and grade, the course, and every flag on one line (in full in the appendix).
    void addStatusSummary(const Session& session, const analysis::Result& result)
    {
        m_pager.space(m_type.pt(6));
        addStatusBlock(
            result, m_type.pt(2), false, [&](Block& block, qreal y, qreal inset, qreal textWidth) {
                y += m_type.paragraph(&block, gradeText(result.grade), m_bodyBold, ink, inset, y,
                                      textWidth);
                if (!session.checkIns.isEmpty())
                    y += m_type.paragraph(&block, courseText(result), m_body, ink, inset, y,
                                          textWidth);
                y += m_type.pt(3);
                if (result.flags.isEmpty())
                    y += m_type.paragraph(
                        &block, Report::tr("No warning signs or unusual patterns were found."),
                        m_body, ink, inset, y, textWidth);
                for (const analysis::Flag& flag : result.flags) {
                    const QString when = flag.hasTime()
                                             ? Report::tr("at %1, %2 after")
                                                   .arg(wallTime(flag.at), hoursText(flag.hours))
                                             : Report::tr("answered before the session");
                    y += m_type.paragraph(
                        &block,
                        Report::tr("%1 — %2 (%3)")
                            .arg(severityLabel(flag.severity), flagTitle(flag.code), when),
                        m_body, severityColour(flag.severity), inset, y, textWidth);
                }
                y += m_type.pt(2);
                y += m_type.paragraph(&block, analysis::notADiagnosis(), m_small, muted, inset, y,
                                      textWidth);
                return y;
            });
    }

    // The soreness chart and the body map of peak soreness, side by side.
    void addChartAndMap(const Session& session, const analysis::Result& result)
    {
        const qreal height = m_type.pt(165);
        const qreal chartWidth = m_width * 0.62;
        const QRectF chartRect(0, 0, chartWidth, height);
        const QRectF mapRect(chartWidth + m_type.pt(8), 0, m_width - chartWidth - m_type.pt(8),
                             height);
        const ChartStyle chartStyle = m_options.chartStyle;
        const BodyMapStyle mapStyle = m_options.bodyMapStyle;
        addFigure(Report::tr("Soreness over time, and where it was worst"), height,
                  [session, result, chartStyle, mapStyle, chartRect, mapRect](QPainter* painter,
                                                                              const QRectF& rect) {
                      ChartPainter::paint(painter, chartRect.translated(rect.topLeft()), session,
                                          result, chartStyle);
                      BodyMapPainter::paint(painter, mapRect.translated(rect.topLeft()), session,
                                            mapStyle);
                  });
    }

    // A drawing the width of the page, `height` high, under its heading.
    void addFigure(const QString& title, qreal height,
                   std::function<void(QPainter*, const QRectF&)> drawing)
    {
        heading(title, height);
        Block block;
        block.height = height;
        block.width = m_width;
        block.drawing = std::move(drawing);
        m_pager.add(block);
    }

    // The therapist's advice, other reactions and benefits, what the person did for it and
    // whether it helped, and their own notes as far as page 1 holds them.
    void addReactionSummary(const Session& session)
    {
        heading(Report::tr("Beyond soreness"), m_type.lineHeight(m_body) * 3);
        detail(Report::tr("Therapist's advice"),
               {session.advice.isEmpty() ? Report::tr("None recorded") : session.advice});
        detail(Report::tr("Other reactions"),
               {tallyText(analysis::reactionTallies(session), vocabulary::reactions(),
                          Report::tr("None reported"))});
        detail(Report::tr("Benefits"),
               {tallyText(analysis::benefitTallies(session), vocabulary::benefits(),
                          Report::tr("None reported"))});
        QStringList helped;
        for (const analysis::SelfCareTally& tally : analysis::selfCareTallies(session))
            helped << selfCareText(tally);
        detail(Report::tr("What they did for it"),
               {helped.isEmpty() ? Report::tr("Nothing recorded")
                                 : helped.join(QStringLiteral("; "))});
        QList<const CheckIn*> impacts;
        for (const CheckIn* checkIn : byInstant(session))
            if (checkIn->impact == QLatin1String("a-lot") ||
                checkIn->impact == QLatin1String("unable"))
                impacts << checkIn;
        if (!impacts.isEmpty()) {
            QStringList lines;
            for (const CheckIn* checkIn : impacts)
                lines << Report::tr("%1: %2").arg(
                    wallTime(checkIn->at),
                    vocabulary::label(vocabulary::impacts(), checkIn->impact));
            detail(Report::tr("In the way"), {lines.join(QStringLiteral("; "))});
        }

        // Their notes, as many as still fit on this page; the rest are in the table.
        // A long note is cut here; the appendix has every note in full.
        const auto cut = [](const QString& text) {
            constexpr int longest = 280;
            return text.size() <= longest ? text : text.left(longest).trimmed() + QChar(0x2026);
        };
        QStringList notes;
        if (!session.notes.trimmed().isEmpty())
            notes << cut(session.notes.trimmed());
        QStringList checkInNotes;
        for (const CheckIn* checkIn : byInstant(session))
            if (!checkIn->note.trimmed().isEmpty())
                checkInNotes << Report::tr("%1: %2").arg(wallTime(checkIn->at),
                                                         cut(checkIn->note.trimmed()));
        if (notes.isEmpty() && checkInNotes.isEmpty()) {
            detail(Report::tr("Their notes"), {Report::tr("None")});
            return;
        }
        const int firstPage = m_pager.pageCount();
        const auto fits = [&](const QStringList& paragraphs) {
            return detailBlock(Report::tr("Their notes"), paragraphs).height <=
                       m_pager.remaining() &&
                   m_pager.pageCount() == firstPage;
        };
        int shown = 0;
        while (shown < checkInNotes.size()) {
            QStringList candidate = notes + checkInNotes.mid(0, shown + 1);
            if (shown + 1 < checkInNotes.size())
                candidate << Report::tr("(%n more in the check-in table)", nullptr,
                                        int(checkInNotes.size()) - shown - 1);
            if (!fits(candidate))
                break;
            ++shown;
        }
        QStringList paragraphs = notes + checkInNotes.mid(0, shown);
        if (shown < checkInNotes.size())
            paragraphs << Report::tr("(%n more in the check-in table)", nullptr,
                                     int(checkInNotes.size()) - shown);
        detail(Report::tr("Their notes"), paragraphs);
    }

    QString gradeText(const std::optional<analysis::Grade>& grade) const
    {
        if (!grade)
            return Report::tr("Reaction: not graded yet (no check-ins).");
        switch (*grade) {
        case analysis::Grade::None:
            return Report::tr("Reaction: none (nothing beyond the level before, nothing unusual).");
        case analysis::Grade::Mild:
            return Report::tr(
                "Reaction: mild (soreness or other reactions that did not get much in "
                "the way).");
        case analysis::Grade::Moderate:
            return Report::tr(
                "Reaction: moderate (it got in the way of usual activities a lot, or it "
                "needs a doctor's appointment).");
        case analysis::Grade::Severe:
            return Report::tr("Reaction: severe (a warning sign that needs a doctor today or "
                              "emergency care).");
        }
        return {};
    }

    static QString painBeforeText(const Session& session)
    {
        QStringList baseline;
        for (const BaselineEntry& entry : session.baseline)
            baseline << Report::tr("%1: %2 of 10")
                            .arg(vocabulary::label(vocabulary::regions(), entry.region))
                            .arg(entry.intensity);
        return baseline.isEmpty() ? Report::tr("None reported")
                                  : baseline.join(QStringLiteral("; "));
    }

    QString courseText(const analysis::Result& result) const
    {
        QStringList course;
        if (result.onset)
            course << Report::tr("Onset %1 after the session").arg(hoursText(result.onset->hours));
        else
            course << Report::tr("No onset (never 2 or more above the level before)");
        if (result.peak)
            course << Report::tr("peak %1 above the level before, at %2")
                          .arg(result.peak->excess)
                          .arg(hoursText(result.peak->hours));
        if (result.resolved)
            course << Report::tr("settled at %1").arg(hoursText(result.resolved->hours));
        else if (result.onset)
            course << Report::tr("not settled yet");
        return course.join(QStringLiteral("; ")) + QLatin1Char('.');
    }

    static QString tallyText(const QList<analysis::ReportTally>& tallies,
                             const std::vector<Term>& terms, const QString& none)
    {
        QStringList parts;
        for (const analysis::ReportTally& tally : tallies)
            parts << Report::tr("%1 (%2, first at %3)")
                         .arg(vocabulary::label(terms, tally.id),
                              tally.checkIns == 1 ? Report::tr("1 check-in")
                                                  : Report::tr("%1 check-ins").arg(tally.checkIns),
                              wallTime(tally.first));
        return parts.isEmpty() ? none : parts.join(QStringLiteral("; "));
    }

    // "Heat: 3 times, helped twice, not at all once".
    static QString selfCareText(const analysis::SelfCareTally& tally)
    {
        const auto times = [](int n) {
            return n == 1   ? Report::tr("once")
                   : n == 2 ? Report::tr("twice")
                            : Report::tr("%1 times").arg(n);
        };
        QStringList parts{times(tally.times)};
        if (tally.helped > 0)
            parts << Report::tr("helped %1").arg(times(tally.helped));
        if (tally.helpedALittle > 0)
            parts << Report::tr("helped a little %1").arg(times(tally.helpedALittle));
        if (tally.didNotHelp > 0)
            parts << Report::tr("did not help %1").arg(times(tally.didNotHelp));
        if (tally.notSure > 0)
            parts << Report::tr("not sure %1").arg(times(tally.notSure));
        return Report::tr("%1: %2").arg(vocabulary::label(vocabulary::selfCareKinds(), tally.kind),
                                        parts.join(QStringLiteral(", ")));
    }

    void addDetails(const Session& session)
    {
        heading(Report::tr("The session"), m_type.lineHeight(m_body) * 3);
        const QDateTime start = session.start.toDateTime();
        const QDateTime end =
            Timestamp::fromUtcMicros(session.endUtcMicros(), session.start.offsetSeconds)
                .toDateTime();
        const QLocale& locale = m_options.locale;
        detail(Report::tr("Date and time"),
               {Report::tr("%1, %2–%3 (%4)")
                    .arg(locale.toString(start.date(), QLocale::LongFormat),
                         start.time().toString(QStringLiteral("HH:mm")),
                         end.time().toString(QStringLiteral("HH:mm")),
                         offsetName(session.start.offsetSeconds))});
        detail(Report::tr("Duration"),
               {session.durationMinutes == 1
                    ? Report::tr("1 minute")
                    : Report::tr("%1 minutes").arg(session.durationMinutes)});
        detail(Report::tr("Technique"),
               {vocabulary::label(vocabulary::techniques(), session.technique)});
        detail(Report::tr("Pressure"),
               {session.pressure.isEmpty()
                    ? Report::tr("Not recorded")
                    : vocabulary::label(vocabulary::pressures(), session.pressure)});
        detail(Report::tr("Areas worked"),
               {session.areasWorked.isEmpty()
                    ? Report::tr("Not recorded")
                    : joinedLabels(vocabulary::regions(), session.areasWorked)});
        detail(Report::tr("Therapist"),
               {session.therapist.isEmpty() ? Report::tr("Not recorded") : session.therapist});
        if (!session.advice.isEmpty())
            detail(Report::tr("Therapist's advice"), {session.advice});
        detail(Report::tr("Pain before"), {painBeforeText(session)});
        QStringList screening;
        for (const QString& id : session.screening)
            screening << Report::tr("Yes: %1. %2")
                             .arg(vocabulary::label(vocabulary::screening(), id),
                                  vocabulary::screeningAdvice(id));
        if (screening.isEmpty())
            screening << Report::tr("No to every screening question.");
        detail(Report::tr("Screening"), screening);
        if (!session.notes.isEmpty())
            detail(Report::tr("Session notes"), {session.notes});
        const QList<const CheckIn*> checkIns = byInstant(session);
        if (checkIns.isEmpty()) {
            detail(Report::tr("Check-ins"), {Report::tr("None yet")});
        } else {
            detail(Report::tr("Check-ins"),
                   {Report::tr("%1, from %2 to %3")
                        .arg(checkIns.size())
                        .arg(wallTime(checkIns.first()->at), wallTime(checkIns.last()->at))});
        }
        detail(Report::tr("Record"), {session.id});
    }

    void addStatus(const Session& session, const analysis::Result& result)
    {
        heading(Report::tr("Status"), m_type.lineHeight(m_heading) * 3);
        addStatusBlock(
            result, m_type.pt(3), true, [&](Block& block, qreal y, qreal inset, qreal textWidth) {
                y += m_type.pt(2);
                y += m_type.paragraph(&block, analysis::statusAdvice(result.status), m_body, ink,
                                      inset, y, textWidth);
                y += m_type.pt(4);

                if (!session.checkIns.isEmpty())
                    y += m_type.paragraph(&block, courseText(result), m_body, ink, inset, y,
                                          textWidth) +
                         m_type.pt(4);

                if (result.flags.isEmpty()) {
                    y += m_type.paragraph(
                             &block, Report::tr("No warning signs or unusual patterns were found."),
                             m_body, ink, inset, y, textWidth) +
                         m_type.pt(4);
                }
                for (const analysis::Flag& flag : result.flags) {
                    const QString head = Report::tr("%1 — %2").arg(severityLabel(flag.severity),
                                                                   flagTitle(flag.code));
                    y += m_type.paragraph(&block, head, m_bodyBold, severityColour(flag.severity),
                                          inset, y, textWidth);
                    y += m_type.paragraph(&block,
                                          flag.hasTime()
                                              ? Report::tr("At %1, %2 after the session.")
                                                    .arg(wallTime(flag.at), hoursText(flag.hours))
                                              : Report::tr("Answered before the session."),
                                          m_small, muted, inset, y, textWidth);
                    y += m_type.paragraph(&block, flag.message, m_body, ink, inset, y, textWidth);
                    y += m_type.pt(5);
                }
                y += m_type.paragraph(&block, analysis::notADiagnosis(), m_bodyBold, ink, inset, y,
                                      textWidth);
                return y;
            });
    }

    // How both status sections show the status: paragraphs beside a bar in its colour, its
    // title first, then what `writeRest` sets from y on (it returns where it ended);
    // `padding` above and below them.
    void
    addStatusBlock(const analysis::Result& result, qreal padding, bool splittable,
                   const std::function<qreal(Block&, qreal y, qreal inset, qreal width)>& writeRest)
    {
        const QColor colour = statusColour(result.status);
        const qreal bar = m_type.pt(4);
        const qreal inset = m_type.pt(10);
        const qreal textWidth = m_width - inset;
        Block block;
        block.splittable = splittable;
        qreal y = padding;
        y += m_type.paragraph(&block, analysis::statusTitle(result.status), reportFont(12, true),
                              colour, inset, y, textWidth);
        block.height = writeRest(block, y, inset, textWidth) + padding;
        block.fills.push_back({QRectF(0, 0, bar, block.height), colour});
        m_pager.add(block);
    }

    void addChart(const Session& session, const analysis::Result& result)
    {
        const ChartStyle style = m_options.chartStyle;
        addFigure(Report::tr("Soreness over time"), m_type.pt(190),
                  [session, result, style](QPainter* painter, const QRectF& rect) {
                      ChartPainter::paint(painter, rect, session, result, style);
                  });
    }

    void addBodyMap(const Session& session)
    {
        const qreal height = m_type.pt(210);
        heading(Report::tr("Where it was sore: highest score per region"), height);
        const qreal mapWidth = m_width * 0.48;
        const qreal listLeft = mapWidth + m_type.pt(16);
        const qreal listWidth = m_width - listLeft;
        Block block;
        block.width = m_width;
        const BodyMapStyle style = m_options.bodyMapStyle;
        const QRectF mapRect(0, 0, mapWidth, height);

        // Right of the figures: the legend, then the peak of every region reported.
        const qreal legendHeight = m_type.lineHeight(reportFont(7.5)) * 1.45 * 6;
        const QRectF legendRect(listLeft, 0, listWidth, legendHeight);
        qreal y = legendHeight + m_type.pt(8);
        y += m_type.paragraph(&block, Report::tr("Highest score per region (0–10):"), m_smallBold,
                              ink, listLeft, y, listWidth);
        const QHash<QString, int> peaks = BodyMapPainter::peakByRegion(session);
        QList<std::pair<int, QString>> ordered;
        int order = 0;
        for (const Term& region : vocabulary::regions()) {
            const auto it = peaks.constFind(QString::fromLatin1(region.id));
            if (it != peaks.constEnd())
                ordered.append({*it * 100 - order, QString::fromLatin1(region.id)});
            ++order;
        }
        std::sort(ordered.begin(), ordered.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        if (ordered.isEmpty())
            y += m_type.paragraph(&block, Report::tr("No soreness reported."), m_small, ink,
                                  listLeft, y, listWidth);
        for (const auto& [key, region] : ordered) {
            const int base = session.baselineFor(region);
            QString line = Report::tr("%1: %2")
                               .arg(vocabulary::label(vocabulary::regions(), region))
                               .arg(peaks.value(region));
            if (base > 0)
                line += Report::tr(" (%1 before)").arg(base);
            if (session.areasWorked.contains(region))
                line += Report::tr(", worked");
            y += m_type.paragraph(&block, line, m_small, ink, listLeft, y, listWidth);
        }
        block.height = std::max(height, y);
        block.drawing = [session, style, mapRect, legendRect](QPainter* painter,
                                                              const QRectF& rect) {
            BodyMapPainter::paint(painter, mapRect.translated(rect.topLeft()), session, style);
            BodyMapPainter::paintLegend(painter, legendRect.translated(rect.topLeft()), style);
        };
        m_pager.add(block);
    }

    struct Column
    {
        QString title;
        qreal left = 0;
        qreal width = 0;
    };

    void addTable(const Session& session)
    {
        const QList<const CheckIn*> checkIns = byInstant(session);
        const qreal pad = m_type.pt(3);
        // Fixed columns fit their widest content; the rest share what is left.
        const qreal timeWidth =
            m_type.advance(m_small, QStringLiteral("2026-11-20 00:00")) + 2 * pad + m_type.pt(1);
        // A header wider than its values (German "Danach") widens its column: not broken.
        const qreal hoursWidth = std::max(m_type.advance(m_small, hoursText(888.8)),
                                          m_type.advance(m_smallBold, Report::tr("After"))) +
                                 2 * pad;
        const qreal scoreWidth = m_type.advance(m_smallBold, Report::tr("Score")) + 2 * pad;
        const qreal rest = m_width - timeWidth - hoursWidth - scoreWidth;
        std::vector<Column> columns{
            {Report::tr("Time"), 0, timeWidth},        {Report::tr("After"), 0, hoursWidth},
            {Report::tr("Region"), 0, rest * 0.19},    {Report::tr("Score"), 0, scoreWidth},
            {Report::tr("Qualities"), 0, rest * 0.21}, {Report::tr("Red flags"), 0, rest * 0.25},
            {Report::tr("Note"), 0, rest * 0.35}};
        qreal x = 0;
        for (Column& c : columns) {
            c.left = x;
            x += c.width;
        }
        enum
        {
            Time,
            After,
            Region,
            Score,
            Qualities,
            RedFlags,
            Note
        };

        Block header;
        qreal headerHeight = 0;
        for (const Column& c : columns)
            headerHeight =
                std::max(headerHeight, m_type.paragraph(&header, c.title, m_smallBold, ink,
                                                        c.left + pad, pad, c.width - 2 * pad));
        header.height = headerHeight + 2 * pad;
        header.fills.insert(header.fills.begin(),
                            {QRectF(0, 0, m_width, header.height), headerFill});

        heading(Report::tr("All check-ins (%1)").arg(checkIns.size()), header.height * 3);
        if (checkIns.isEmpty()) {
            Block none;
            none.height = m_type.paragraph(&none, Report::tr("No check-ins yet."), m_body, ink, 0,
                                           0, m_width);
            m_pager.add(none);
            return;
        }
        Block intro;
        intro.height = m_type.paragraph(&intro,
                                        Report::tr("Times are local as recorded (%1 unless shown). "
                                                   "Score: 0 = no pain, 10 = worst imaginable.")
                                            .arg(offsetName(session.start.offsetSeconds)),
                                        m_small, muted, 0, 0, m_width) +
                       m_type.pt(3);
        m_pager.add(intro);
        m_pager.add(header);
        m_pager.setRepeatedHeader(header);

        const auto cell = [&](Block* row, int c, const QString& text, const QFont& font,
                              const QColor& colour, qreal top) {
            return m_type.paragraph(row, text, font, colour, columns[c].left + pad, top,
                                    columns[c].width - 2 * pad);
        };

        int index = 0;
        for (const CheckIn* checkIn : checkIns) {
            Block row;
            row.splittable = true;
            row.keepTogether = true;
            qreal timeHeight = cell(&row, Time, wallTime(checkIn->at), m_small, ink, pad);
            if (checkIn->at.offsetSeconds != session.start.offsetSeconds)
                timeHeight += cell(&row, Time, offsetName(checkIn->at.offsetSeconds), m_small,
                                   muted, pad + timeHeight);
            if (checkIn->enteredLater())
                timeHeight += cell(
                    &row, Time, Report::tr("entered later, %1").arg(wallTime(*checkIn->recordedAt)),
                    m_small, muted, pad + timeHeight);
            cell(&row, After, hoursText(analysis::hoursSinceEnd(session, checkIn->at.utcMicros)),
                 m_small, ink, pad);
            // One line group per symptom, aligned across region, score and qualities.
            qreal y = pad;
            if (checkIn->symptoms.isEmpty()) {
                const qreal h = cell(&row, Region, Report::tr("No soreness"), m_small, muted, y);
                cell(&row, Score, QStringLiteral("0"), m_small, ink, y);
                y += h;
            }
            for (const Symptom& symptom : checkIn->symptoms) {
                const qreal regionHeight =
                    cell(&row, Region, vocabulary::label(vocabulary::regions(), symptom.region),
                         m_small, ink, y);
                cell(&row, Score, QString::number(symptom.intensity),
                     symptom.intensity >= 7 ? m_smallBold : m_small, ink, y);
                const qreal qualitiesHeight =
                    cell(&row, Qualities, joinedLabels(vocabulary::qualities(), symptom.qualities),
                         m_small, ink, y);
                y += std::max({regionHeight, qualitiesHeight, m_type.lineHeight(m_small)});
            }
            qreal flagsHeight = 0;
            for (const QString& id : checkIn->redFlags)
                flagsHeight += cell(&row, RedFlags, vocabulary::label(vocabulary::redFlags(), id),
                                    m_smallBold, alarm, pad + flagsHeight);
            const qreal noteHeight = cell(&row, Note, checkIn->note, m_small, ink, pad);
            row.height = std::max({y, pad + timeHeight, pad + flagsHeight, pad + noteHeight}) + pad;
            if (index % 2 == 1)
                row.fills.push_back({QRectF(0, 0, m_width, row.height), zebra});
            row.continuationPad = pad;
            row.continuation =
                TextRun{QRectF(columns[Time].left + pad, pad, columns[Time].width - 2 * pad,
                               m_type.lineHeight(m_small) * 2),
                        Report::tr("%1 (continued)").arg(wallTime(checkIn->at)), m_small, muted,
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap};
            row.rules.push_back(
                {QLineF(0, row.height, m_width, row.height), hairline, m_type.pt(0.4)});
            m_pager.add(row);
            ++index;
        }
        m_pager.setRepeatedHeader(std::nullopt);
    }

    const Typesetter& m_type;
    qreal m_width;
    Pager m_pager;
    const ReportOptions& m_options;
    QFont m_body, m_bodyBold, m_small, m_smallBold, m_heading, m_title;
};

void paintBlock(QPainter* painter, const Placed& placed)
{
    const Block& block = placed.block;
    painter->save();
    painter->translate(placed.origin);
    for (const Fill& fill : block.fills)
        painter->fillRect(fill.rect, fill.color);
    if (block.drawing)
        block.drawing(painter, QRectF(0, 0, block.width, block.height));
    for (const Rule& rule : block.rules) {
        painter->setPen(QPen(rule.color, rule.width));
        painter->drawLine(rule.line);
    }
    for (const TextRun& run : block.texts) {
        painter->setFont(run.font);
        painter->setPen(run.color);
        painter->drawText(run.rect, run.flags, run.text);
    }
    painter->restore();
}

} // namespace

QPageSize::PageSizeId pageSizeFor(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

bool renderPdfReport(const QList<Session>& sessions, QIODevice* device,
                     const ReportOptions& options, QString* error, int* pageCount)
{
    QPdfWriter writer(device);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(options.pageSize.value_or(pageSizeFor(options.locale))));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QCoreApplication::translate("Report", "Soreness after a massage"));
    writer.setCreator(QStringLiteral("Aftercare %1").arg(options.appVersion));

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot start the PDF: %1")
                         .arg(device->errorString());
        return false;
    }
    const Typesetter type(&writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal marginX = type.pt(42);
    const qreal headerTop = type.pt(28);
    const qreal headerHeight = type.pt(22);
    const qreal footerHeight = type.pt(46);
    const QRectF content(marginX, headerTop + headerHeight, page.width() - 2 * marginX,
                         page.height() - headerTop - headerHeight - footerHeight - type.pt(20));

    ReportBuilder builder(type, content, options);
    for (const Session& session : sessions)
        builder.addSession(session);
    if (sessions.isEmpty())
        builder.addNothing();
    const std::vector<Page> pages = builder.takePages();

    const QFont small = reportFont(7.5);
    const QFont smallBold = reportFont(7.5, true);
    const qreal smallLine = type.lineHeight(small);
    const QString generated =
        QCoreApplication::translate("Report", "Aftercare %1 · generated %2 (%3)")
            .arg(options.appVersion, wallTime(options.generatedAt),
                 offsetName(options.generatedAt.offsetSeconds));
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        const Page& p = pages[size_t(i)];
        // Running header.
        painter.setFont(small);
        painter.setPen(muted);
        const QRectF headerRect(content.left(), headerTop, content.width(), smallLine);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop,
                         QCoreApplication::translate("Report", "Aftercare · soreness summary"));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, p.runningTitle);
        painter.setPen(QPen(hairline, type.pt(0.6)));
        painter.drawLine(QPointF(content.left(), headerTop + smallLine + type.pt(3)),
                         QPointF(content.right(), headerTop + smallLine + type.pt(3)));

        for (const Placed& placed : p.content)
            paintBlock(&painter, placed);

        // Footer: the one sentence, the version and time, the page number.
        const qreal footerTop = page.height() - footerHeight - type.pt(4);
        painter.setPen(QPen(hairline, type.pt(0.6)));
        painter.drawLine(QPointF(content.left(), footerTop), QPointF(content.right(), footerTop));
        const QRectF line1(content.left(), footerTop + type.pt(5), content.width(), smallLine);
        const QRectF line2 = line1.translated(0, smallLine * 1.2);
        painter.setFont(smallBold);
        painter.setPen(ink);
        painter.drawText(line1, Qt::AlignLeft | Qt::AlignTop, analysis::notADiagnosis());
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(line2, Qt::AlignLeft | Qt::AlignTop, generated);
        painter.setFont(smallBold);
        painter.setPen(ink);
        painter.drawText(
            line1, Qt::AlignRight | Qt::AlignTop,
            QCoreApplication::translate("Report", "Page %1 of %2").arg(i + 1).arg(total));
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot finish the PDF");
        return false;
    }
    if (pageCount)
        *pageCount = total;
    return true;
}

bool writePdfReport(const QList<Session>& sessions, const QString& path,
                    const ReportOptions& options, QString* error, int* pageCount)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // Health data: owner only, whatever the old file's mode was.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!renderPdfReport(sessions, &file, options, error, pageCount)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Report", "%1: cannot write: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace aftercare::report
