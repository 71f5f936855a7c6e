#include "messagedelegate.h"

#include "consolecolors.h"
#include "displaytime.h"
#include "graph/errorcatalogue.h"
#include "messagecard.h"
#include "messagelistmodel.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

#include <limits>

namespace hookline {

namespace {

constexpr int padding = 8;
constexpr int margin = 6;

QString linkified(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://[^\s<>"]+))"));
    QString escaped = text.toHtmlEscaped();
    escaped.replace(url, QStringLiteral("<a href=\"\\1\">\\1</a>"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// The local calendar day of a time, as a Julian day number. Laying out a thousand bubbles asks
// for it thousands of times, and a QDateTime in local time costs a time-zone lookup each: the
// zone's offset is looked up once per hour of time instead (GUI thread only).
qint64 localDay(qint64 unixSeconds)
{
    static QHash<qint64, int> offsets; // hour since the epoch -> offset from UTC, seconds
    const qint64 hour = unixSeconds >= 0 ? unixSeconds / 3600 : (unixSeconds - 3599) / 3600;
    constexpr int unknown = std::numeric_limits<int>::min();
    int offset = offsets.value(hour, unknown);
    if (offset == unknown) {
        if (offsets.size() > 100'000)
            offsets.clear();
        offset = QDateTime::fromSecsSinceEpoch(hour * 3600).offsetFromUtc();
        offsets.insert(hour, offset);
    }
    const qint64 local = unixSeconds + offset;
    constexpr qint64 unixEpochJulianDay = 2440588;
    return (local >= 0 ? local / 86400 : (local - 86399) / 86400) + unixEpochJulianDay;
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_documents(400)
{}

// Sent from Hookline, and Meta has not reported on it yet: what became of the request.
QString MessageDelegate::sendState(const QString &state, const QPalette &palette)
{
    const QString words = state == QLatin1String("sending")    ? tr("sending…")
                          : state == QLatin1String("accepted") ? tr("accepted by Meta")
                          : state == QLatin1String("unknown")
                              ? tr("⚠ unknown whether Meta took it; not sent again")
                              : QString();
    if (words.isEmpty())
        return {};
    const QColor color = state == QLatin1String("unknown") ? ConsoleColors::windowClosing(palette)
                                                           : ConsoleColors::muted(palette);
    return QStringLiteral("<span style=\"color:%1\">%2</span> · ")
        .arg(color.name(), words.toHtmlEscaped());
}

QString MessageDelegate::ticks(const QString &status)
{
    if (status == QLatin1String("sent"))
        return QStringLiteral("✓");
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return QStringLiteral("✓✓");
    if (status == QLatin1String("played"))
        return QStringLiteral("▶ ✓✓");
    if (status == QLatin1String("failed"))
        return QStringLiteral("⚠ ") + tr("failed");
    return {};
}

QString MessageDelegate::pricingText(const QVariantMap &pricing)
{
    const QString category = pricing.value(QStringLiteral("category")).toString();
    const QString type = pricing.value(QStringLiteral("type")).toString();
    QString how;
    if (type == QLatin1String("regular"))
        how = tr("charged");
    else if (type == QLatin1String("free_customer_service"))
        how = tr("free (customer service window)");
    else if (type == QLatin1String("free_entry_point"))
        how = tr("free (entry point window)");
    else if (!type.isEmpty())
        how = type;
    else if (pricing.contains(QStringLiteral("billable")))
        how = pricing.value(QStringLiteral("billable")).toBool() ? tr("charged") : tr("free");
    if (how.isEmpty())
        return tr("pricing: %1").arg(category);
    return category.isEmpty() ? tr("pricing: %1").arg(how)
                              : tr("pricing: %1, %2").arg(category, how);
}

QString MessageDelegate::timeline(const QModelIndex &index)
{
    QStringList lines;
    const QVariantList history = index.data(MessageListModel::StatusHistoryRole).toList();
    for (const QVariant &step : history) {
        const QVariantMap s = step.toMap();
        const QVariantMap payment = s.value(QStringLiteral("payment")).toMap();
        if (!payment.isEmpty()) {
            // A payment for this order: its status, amount and reference, apart from delivery.
            const double offset =
                std::max(1.0, payment.value(QStringLiteral("amount_offset")).toDouble());
            lines << tr("payment %1 — Meta %2")
                         .arg(payment.value(QStringLiteral("status")).toString(),
                              DisplayTime::fromSeconds(
                                  s.value(QStringLiteral("timestamp")).toLongLong()));
            lines << tr("    %1 %2, reference %3")
                         .arg(QLocale().toString(
                                  payment.value(QStringLiteral("amount_value")).toDouble() / offset,
                                  'f', 2),
                              payment.value(QStringLiteral("currency")).toString(),
                              payment.value(QStringLiteral("reference_id")).toString());
            continue;
        }
        lines << tr("%1 — Meta %2, received %3")
                     .arg(s.value(QStringLiteral("status")).toString(),
                          DisplayTime::fromSeconds(
                              s.value(QStringLiteral("timestamp")).toLongLong()),
                          DisplayTime::fromMicros(
                              s.value(QStringLiteral("received_at_us")).toLongLong()));
        const QVariantMap pricing = s.value(QStringLiteral("pricing")).toMap();
        if (!pricing.isEmpty())
            lines << QStringLiteral("    ") + pricingText(pricing);
        for (const QVariant &e : s.value(QStringLiteral("errors")).toList()) {
            const QVariantMap error = e.toMap();
            const int code = error.value(QStringLiteral("code")).toInt();
            lines << tr("    error %1: %2")
                         .arg(code)
                         .arg(error.value(QStringLiteral("title")).toString());
            const QString hint = ErrorCatalogue::hint(code);
            if (!hint.isEmpty())
                lines << QStringLiteral("    ") + hint;
        }
    }
    if (lines.isEmpty())
        return {};
    return tr("Delivery timeline\n") + lines.join(u'\n');
}

// Why a message the business sent failed, under its bubble: Meta's code and title, and what
// to do about it, from the last failed step of its timeline.
QString MessageDelegate::failureHtml(const QModelIndex &index, const QPalette &palette)
{
    const QString red = colour(ConsoleColors::failure(palette));
    QVariantList errors;
    const QVariantList history = index.data(MessageListModel::StatusHistoryRole).toList();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QVariantMap step = it->toMap();
        if (step.value(QStringLiteral("status")).toString() == u"failed") {
            errors = step.value(QStringLiteral("errors")).toList();
            break;
        }
    }
    if (errors.isEmpty())
        return QStringLiteral("<div style=\"color:%1\"><b>⚠ %2</b></div>")
            .arg(red, tr("Not delivered. Meta gave no reason."));
    QString html;
    for (const QVariant &e : std::as_const(errors)) {
        const QVariantMap error = e.toMap();
        const int code = error.value(QStringLiteral("code")).toInt();
        QString title = error.value(QStringLiteral("title")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        if (title.isEmpty())
            title = message;
        html +=
            QStringLiteral("<div style=\"color:%1\"><b>⚠ %2</b></div>")
                .arg(red, tr("Not delivered — error %1: %2").arg(code).arg(title.toHtmlEscaped()));
        const QString hint = ErrorCatalogue::hint(code);
        if (!hint.isEmpty())
            html +=
                QStringLiteral("<div style=\"color:%1\">%2</div>").arg(red, hint.toHtmlEscaped());
    }
    return html;
}

void MessageDelegate::waitForPicture(const QString &path, const QModelIndex &index) const
{
    QList<QPersistentModelIndex> rows = m_waiting.value(path);
    if (!rows.contains(QPersistentModelIndex(index))) {
        rows.append(QPersistentModelIndex(index));
        m_waiting.insert(path, rows);
    }
}

void MessageDelegate::pictureReady(const QString &path)
{
    // The bubble kept the picture's room: it is drawn again, the list is not laid out again.
    const QList<QPersistentModelIndex> rows = m_waiting.value(path);
    m_waiting.remove(path);
    auto *view = qobject_cast<QAbstractItemView *>(parent());
    for (const QPersistentModelIndex &index : rows) {
        if (index.isValid() && view)
            view->update(index);
    }
}

QImage MessageDelegate::placeholder(const QSize &box, const QPalette &palette) const
{
    const QColor colour = palette.color(QPalette::AlternateBase);
    if (m_placeholder.size() != box || m_placeholder.pixelColor(0, 0) != colour) {
        m_placeholder = QImage(box, QImage::Format_RGB32);
        m_placeholder.fill(colour);
    }
    return m_placeholder;
}

void MessageDelegate::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    connect(thumbnails, &ThumbnailCache::ready, this, &MessageDelegate::pictureReady);
}

QString MessageDelegate::mediaHtml(const QModelIndex &index, const QPalette &palette,
                                   const QImage &thumbnail)
{
    const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
    if (media.isEmpty())
        return {};
    const QString muted = colour(ConsoleColors::muted(palette));
    const QString state = media.value(QStringLiteral("state")).toString();
    const QString type = index.data(MessageListModel::TypeRole).toString();
    const QString path = media.value(QStringLiteral("path")).toString();
    const QString error = media.value(QStringLiteral("error")).toString();
    const qint64 size = media.value(QStringLiteral("size"), -1).toLongLong();
    const qint64 declared = media.value(QStringLiteral("declared_size"), -1).toLongLong();
    const QLocale locale;
    auto link = [](const QString &action, const QString &label) {
        return QStringLiteral("<a href=\"hookline-media:%1\">%2</a>").arg(action, label);
    };
    const bool picture = type == QLatin1String("image") || type == QLatin1String("sticker");
    if (state == QLatin1String("stored") && !path.isEmpty()) {
        QString html;
        if (picture && !thumbnail.isNull())
            html += QStringLiteral("<div><a href=\"hookline-media:view\"><img "
                                   "src=\"hookline-thumb:picture\" width=\"%1\" "
                                   "height=\"%2\"></a></div>")
                        .arg(thumbnail.width())
                        .arg(thumbnail.height());
        else if (picture)
            html += QStringLiteral("<div style=\"color:%1\">%2</div>")
                        .arg(muted, tr("Loading the picture…"));
        QStringList parts;
        if (!picture)
            parts << locale.formattedDataSize(size);
        parts << (picture ? link(QStringLiteral("view"), tr("View")) : QString())
              << link(QStringLiteral("open"), tr("Open"))
              << link(QStringLiteral("save"), tr("Save as…"));
        parts.removeAll(QString());
        if (media.value(QStringLiteral("pinned")).toBool())
            parts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(muted, tr("kept past the cap"));
        html += QStringLiteral("<div>%1</div>").arg(parts.join(QStringLiteral(" · ")));
        return html;
    }
    if (state == QLatin1String("stored"))
        // Kept by another machine (a shared database), or its file was removed by hand.
        return QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
            .arg(muted, tr("The file is not on this computer."),
                 link(QStringLiteral("retry"), tr("Download")));
    if (state == QLatin1String("pending")) {
        const qint64 received = media.value(QStringLiteral("received"), -1).toLongLong();
        const qint64 total = media.value(QStringLiteral("total"), -1).toLongLong();
        if (received >= 0 && total > 0)
            return QStringLiteral("<div style=\"color:%1\">↓ %2</div>")
                .arg(muted,
                     tr("Downloading… %1% (%2 of %3)")
                         .arg(received * 100 / total)
                         .arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
        if (!error.isEmpty())
            return QStringLiteral("<div style=\"color:%1\">↓ %2</div>")
                       .arg(muted,
                            tr("Not downloaded yet; trying again: %1").arg(error.toHtmlEscaped())) +
                   QStringLiteral("<div>%1</div>")
                       .arg(link(QStringLiteral("retry"), tr("Try now")));
        return QStringLiteral("<div style=\"color:%1\">↓ %2</div>").arg(muted, tr("Downloading…"));
    }
    if (state == QLatin1String("expired"))
        return QStringLiteral("<div style=\"color:%1\">%2</div>")
            .arg(muted, tr("Expired: Meta no longer serves this file"));
    if (state == QLatin1String("too_large"))
        return QStringLiteral("<div style=\"color:%1\">⚠ %2</div>")
            .arg(muted, declared > 0 ? tr("Not downloaded: %1 is over the media cap (Settings)")
                                           .arg(locale.formattedDataSize(declared))
                                     : tr("Not downloaded: over the media cap (Settings)"));
    if (state == QLatin1String("evicted"))
        return QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
            .arg(muted, tr("Removed to keep the media folder under its cap."),
                 link(QStringLiteral("retry"), tr("Download again")));
    // failed
    return QStringLiteral("<div style=\"color:%1\">⚠ %2</div><div>%3</div>")
        .arg(colour(ConsoleColors::failure(palette)),
             tr("Could not download: %1").arg(error.toHtmlEscaped()),
             link(QStringLiteral("retry"), tr("Retry")));
}

QString MessageDelegate::html(const QModelIndex &index, const QPalette &palette, bool continued,
                              const QImage &thumbnail)
{
    const QString type = index.data(MessageListModel::TypeRole).toString();
    MessageCard card =
        MessageCard::describe(type, index.data(MessageListModel::TextRole).toString(),
                              index.data(MessageListModel::ContentRole));
    if (type == QLatin1String("unknown") &&
        index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound")) {
        // Known only from its statuses: the business sent it through the API.
        card = MessageCard{};
        card.kind = tr("Business message");
    }
    const QString muted = colour(ConsoleColors::muted(palette));
    QString html;
    const QString sender = index.data(MessageListModel::SenderRole).toString();
    if (!sender.isEmpty() && !continued &&
        index.data(MessageListModel::DirectionRole).toString() == QLatin1String("inbound"))
        html += QStringLiteral("<div style=\"color:%1\"><b>%2</b></div>")
                    .arg(colour(palette.color(QPalette::Link)), sender.toHtmlEscaped());
    if (!index.data(MessageListModel::HistoryStatusRole).toString().isEmpty())
        html += QStringLiteral("<div style=\"color:%1\"><i>%2</i></div>")
                    .arg(muted, tr("From the chat history"));
    const int forwarded = index.data(MessageListModel::ForwardedRole).toInt();
    if (forwarded)
        html += QStringLiteral("<div style=\"color:%1\"><i>↪ %2</i></div>")
                    .arg(muted, forwarded == 2 ? tr("Forwarded many times") : tr("Forwarded"));
    const QString reply = index.data(MessageListModel::ReplyToRole).toString();
    if (!reply.isEmpty()) {
        QColor quote = palette.color(QPalette::Text);
        quote.setAlpha(24);
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"background-color:"
                               "%1\"><tr><td><span style=\"color:%2\">▍%3</span><br>%4</td></tr>"
                               "</table>")
                    .arg(colour(palette.color(QPalette::AlternateBase)), muted,
                         tr("Reply — double-click to open"),
                         index.data(MessageListModel::ReplyPreviewRole).toString().toHtmlEscaped());
    }
    const QVariantMap referral = index.data(MessageListModel::ReferralRole).toMap();
    if (!referral.isEmpty()) {
        // The ad or post the customer came from, as a card above what they wrote.
        const QString source = referral.value(QStringLiteral("source_type")).toString();
        const QString url = referral.value(QStringLiteral("source_url")).toString();
        QStringList lines;
        lines << QStringLiteral("<span style=\"color:%1\">📣 %2</span>")
                     .arg(muted, source == u"post" ? tr("From a post") : tr("From an ad"));
        const QString headline = referral.value(QStringLiteral("headline")).toString();
        if (!headline.isEmpty())
            lines << QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
        const QString body = referral.value(QStringLiteral("body")).toString();
        if (!body.isEmpty())
            lines << body.toHtmlEscaped();
        const QString media = referral.value(QStringLiteral("media_type")).toString();
        if (!url.isEmpty())
            lines << linkified(url) + (media.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" <span style=\"color:%1\">· %2</span>")
                                                 .arg(muted, media.toHtmlEscaped()));
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"background-color:"
                               "%1\"><tr><td>%2</td></tr></table>")
                    .arg(colour(palette.color(QPalette::AlternateBase)),
                         lines.join(QStringLiteral("<br>")));
    }
    if (index.data(MessageListModel::RevokedRole).toBool())
        html += QStringLiteral("<div style=\"color:%1\"><i>🚫 %2</i></div>")
                    .arg(muted, tr("Deleted by the sender"));
    if (!card.kind.isEmpty())
        html += QStringLiteral("<div><b>%1</b></div>").arg(card.kind.toHtmlEscaped());
    html += mediaHtml(index, palette, thumbnail);
    if (!card.text.isEmpty()) {
        const QString text = linkified(card.text);
        html += index.data(MessageListModel::RevokedRole).toBool()
                    ? QStringLiteral("<div><s>%1</s></div>").arg(text)
                    : QStringLiteral("<div>%1</div>").arg(text);
    }
    for (const QString &detail : card.details)
        html += QStringLiteral("<div style=\"color:%1\">%2</div>").arg(muted, linkified(detail));
    if (!card.rawJson.isEmpty())
        html += QStringLiteral("<pre style=\"font-size:small\">%1</pre>")
                    .arg(card.rawJson.toHtmlEscaped());
    for (const QVariant &e : index.data(MessageListModel::ErrorsRole).toList()) {
        const QVariantMap error = e.toMap();
        html += QStringLiteral("<div style=\"color:%1\">%2 %3: %4</div>")
                    .arg(colour(ConsoleColors::failure(palette)), tr("Error"),
                         error.value(QStringLiteral("code")).toString(),
                         error.value(QStringLiteral("title")).toString().toHtmlEscaped());
    }

    if (index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound") &&
        index.data(MessageListModel::StatusRole).toString() == QLatin1String("failed"))
        html += failureHtml(index, palette);

    QString meta =
        QDateTime::fromSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong())
            .toString(QStringLiteral("HH:mm"));
    if (index.data(MessageListModel::EditedRole).toBool())
        meta = tr("edited") + QStringLiteral(" · ") + meta;
    // An operator's replay, not Meta's delivery: never mistaken for what the customer sent.
    if (index.data(MessageListModel::OriginRole).toString() == QLatin1String("replay"))
        meta = QStringLiteral("<span style=\"color:%1\">⟲ %2</span> · ")
                   .arg(colour(ConsoleColors::readTicks(palette)), tr("replayed")) +
               meta;
    if (index.data(MessageListModel::OriginRole).toString() == QLatin1String("send"))
        meta = sendState(index.data(MessageListModel::StatusRole).toString(), palette) + meta;
    if (index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound")) {
        const QString status = index.data(MessageListModel::StatusRole).toString();
        const QString mark = ticks(status);
        if (!mark.isEmpty()) {
            QColor tick = ConsoleColors::muted(palette);
            if (status == QLatin1String("read") || status == QLatin1String("played"))
                tick = ConsoleColors::readTicks(palette);
            else if (status == QLatin1String("failed"))
                tick = ConsoleColors::failure(palette);
            meta += QStringLiteral(" <span style=\"color:%1\">%2</span>").arg(colour(tick), mark);
        }
    }
    html += QStringLiteral("<div align=\"right\" style=\"color:%1;font-size:small\">%2</div>")
                .arg(muted, meta);
    return html;
}

bool MessageDelegate::isCompact(const QModelIndex &index)
{
    return index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound") &&
           index.data(MessageListModel::TypeRole).toString() == QLatin1String("unknown") &&
           index.data(MessageListModel::StatusRole).toString() != QLatin1String("failed") &&
           !index.data(MessageListModel::RevokedRole).toBool() &&
           index.data(MessageListModel::ReactionsRole).toList().isEmpty();
}

QString MessageDelegate::dayName(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    const QLocale locale;
    return day.year() == today.year() ? locale.toString(day, QStringLiteral("ddd d MMM"))
                                      : locale.toString(day, QStringLiteral("ddd d MMM yyyy"));
}

QString MessageDelegate::dayLabel(const QModelIndex &index, const QDate &today)
{
    const qint64 day = localDay(index.data(MessageListModel::TimeRole).toLongLong());
    if (index.row() > 0) {
        const QModelIndex previous = index.siblingAtRow(index.row() - 1);
        if (localDay(previous.data(MessageListModel::TimeRole).toLongLong()) == day)
            return {};
    }
    return dayName(QDate::fromJulianDay(day), today);
}

bool MessageDelegate::continues(const QModelIndex &index)
{
    if (index.row() == 0)
        return false;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    const QString type = index.data(MessageListModel::TypeRole).toString();
    const QString previousType = previous.data(MessageListModel::TypeRole).toString();
    if (MessageCard::isNotice(type) || MessageCard::isNotice(previousType) || isCompact(index) ||
        isCompact(previous))
        return false;
    const qint64 time = index.data(MessageListModel::TimeRole).toLongLong();
    const qint64 previousTime = previous.data(MessageListModel::TimeRole).toLongLong();
    return index.data(MessageListModel::DirectionRole) ==
               previous.data(MessageListModel::DirectionRole) &&
           index.data(MessageListModel::SenderRole) ==
               previous.data(MessageListModel::SenderRole) &&
           time - previousTime >= 0 && time - previousTime < 10 * 60 &&
           localDay(time) == localDay(previousTime);
}

int MessageDelegate::collapsedRun(const QModelIndex &index) const
{
    return m_runs.value(index.data(MessageListModel::WamidRole).toString(), 0);
}

QString MessageDelegate::compactHtml(const QModelIndex &index, const QPalette &palette, int run)
{
    const QString muted = colour(ConsoleColors::muted(palette));
    const QString time =
        QDateTime::fromSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong())
            .toString(QStringLiteral("HH:mm"));
    if (run > 1)
        return QStringLiteral("<span style=\"color:%1\">↗ <b>%2</b> · %3 ▸</span>")
            .arg(muted, tr("%n business message(s)", nullptr, run), tr("click to show them"));
    QString line = QStringLiteral("↗ ") + tr("Business message");
    // Its pricing category, from the newest step that has one.
    const QVariantList history = index.data(MessageListModel::StatusHistoryRole).toList();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString category = it->toMap()
                                     .value(QStringLiteral("pricing"))
                                     .toMap()
                                     .value(QStringLiteral("category"))
                                     .toString();
        if (!category.isEmpty()) {
            line += QStringLiteral(" · ") + category;
            break;
        }
    }
    QString meta = time;
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (const QString mark = ticks(status); !mark.isEmpty()) {
        const QColor tick = status == QLatin1String("read") || status == QLatin1String("played")
                                ? ConsoleColors::readTicks(palette)
                                : ConsoleColors::muted(palette);
        meta += QStringLiteral(" <span style=\"color:%1\">%2</span>").arg(colour(tick), mark);
    }
    return QStringLiteral("<span style=\"color:%1\">%2 · %3</span>")
        .arg(muted, line.toHtmlEscaped(), meta);
}

namespace {

// What of a media download changes its bubble: its state, the file, and progress by the percent.
QString mediaKey(const QModelIndex &index)
{
    const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
    if (media.isEmpty())
        return {};
    const qint64 total = media.value(QStringLiteral("total"), -1).toLongLong();
    const qint64 received = media.value(QStringLiteral("received"), -1).toLongLong();
    return media.value(QStringLiteral("state")).toString() + u':' +
           media.value(QStringLiteral("path")).toString() + u':' +
           media.value(QStringLiteral("attempts")).toString() + u':' +
           QString::number(media.value(QStringLiteral("pinned")).toBool()) + u':' +
           QString::number(total > 0 && received >= 0 ? received * 100 / total : -1);
}

} // namespace

QString MessageDelegate::cacheKey(const QModelIndex &index, const QPalette &palette, int width,
                                  const Layout &l)
{
    // Everything that changes how the bubble reads.
    return index.data(MessageListModel::WamidRole).toString() + u'|' + QString::number(width) +
           u'|' + index.data(MessageListModel::StatusRole).toString() + u'|' +
           QString::number(index.data(MessageListModel::EditedRole).toBool()) +
           QString::number(index.data(MessageListModel::RevokedRole).toBool()) + u'|' +
           index.data(MessageListModel::OriginRole).toString() + u'|' +
           index.data(MessageListModel::TextRole).toString().left(64) + u'|' +
           QString::number(ConsoleColors::isDark(palette)) + u'|' + QString::number(l.compact) +
           QString::number(l.continued) + u'|' + QString::number(l.run) + u'|' + mediaKey(index) +
           u'|' + QString::number(l.thumbnail.width()) + QString::number(l.pictureReady);
}

QSize MessageDelegate::contentSize(const QModelIndex &index, const QPalette &palette, int width,
                                   const Layout &l) const
{
    const QString key = cacheKey(index, palette, width, l);
    if (const auto it = m_sizes.constFind(key); it != m_sizes.constEnd())
        return *it;
    const QSize size = document(index, palette, width, l)->size().toSize();
    if (m_sizes.size() > 200'000)
        m_sizes.clear();
    m_sizes.insert(key, size);
    return size;
}

QTextDocument *MessageDelegate::document(const QModelIndex &index, const QPalette &palette,
                                         int width, const Layout &l) const
{
    const QString key = cacheKey(index, palette, width, l);
    if (QTextDocument *cached = m_documents.object(key))
        return cached;
    auto *doc = new QTextDocument;
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }").arg(colour(palette.color(QPalette::Link))));
    if (!l.thumbnail.isNull())
        doc->addResource(QTextDocument::ImageResource,
                         QUrl(QStringLiteral("hookline-thumb:picture")), l.thumbnail);
    doc->setHtml(l.compact ? compactHtml(index, palette, l.run)
                           : html(index, palette, l.continued, l.thumbnail));
    doc->setTextWidth(width);
    const qreal ideal = doc->idealWidth();
    if (ideal < width)
        doc->setTextWidth(std::max<qreal>(ideal + 1, 80));
    m_documents.insert(key, doc);
    return doc;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    Layout l;
    const QRect row = option.rect;
    const QFontMetrics metrics(option.font);
    l.dayText = dayLabel(index, QDate::currentDate());
    int top = row.top();
    if (!l.dayText.isEmpty()) {
        const int width = metrics.horizontalAdvance(l.dayText) + 24;
        l.day = QRect(row.left() + (row.width() - width) / 2, top + 8, width, metrics.height() + 6);
        top = l.day.bottom() + 4;
    }
    l.compact = isCompact(index);
    l.run = l.compact ? collapsedRun(index) : 0;
    l.continued = l.dayText.isEmpty() && continues(index);
    const int maxWidth = std::clamp(int(row.width() * 0.72), 160, 620);
    const int pad = l.compact ? 3 : padding;
    l.textWidth = maxWidth - 2 * pad;
    if (m_thumbnails) {
        const QString type = index.data(MessageListModel::TypeRole).toString();
        const QString path = index.data(MessageListModel::MediaRole)
                                 .toMap()
                                 .value(QStringLiteral("path"))
                                 .toString();
        if (!path.isEmpty() &&
            (type == QLatin1String("image") || type == QLatin1String("sticker"))) {
            const bool sticker = type == QLatin1String("sticker");
            const QSize box = sticker ? QSize(160, 160) : QSize(qMin(l.textWidth, 280), 210);
            l.thumbnail = m_thumbnails->find(
                path, box, sticker ? ThumbnailCache::Shape::Fit : ThumbnailCache::Shape::Fill);
            l.pictureReady = !l.thumbnail.isNull();
            if (!l.pictureReady) {
                waitForPicture(path, index);
                l.thumbnail = placeholder(box, option.palette);
            }
        }
    }
    const QSize content = contentSize(index, option.palette, l.textWidth, l);
    const int width = content.width() + 2 * pad;
    const int height = content.height() + 2 * pad;
    const QString type = index.data(MessageListModel::TypeRole).toString();
    l.system = MessageCard::isNotice(type);
    const bool outbound =
        index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound");
    int left = row.left() + 12;
    if (l.system)
        left = row.left() + (row.width() - width) / 2;
    else if (outbound)
        left = row.right() - 12 - width;
    // Consecutive bubbles of one sender sit close together, as in a chat app.
    l.bubble = QRect(left, top + (l.continued || l.compact ? 1 : margin), width, height);
    if (!index.data(MessageListModel::ReactionsRole).toList().isEmpty())
        l.chips = QRect(left + 8, l.bubble.bottom() - 2, width, metrics.height() + 6);
    return l;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (l.day.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::AlternateBase));
        painter->drawRoundedRect(l.day, l.day.height() / 2.0, l.day.height() / 2.0);
        painter->setPen(ConsoleColors::muted(option.palette));
        painter->drawText(l.day, Qt::AlignCenter, l.dayText);
    }
    const bool outbound =
        index.data(MessageListModel::DirectionRole).toString() == QLatin1String("outbound");
    const bool selected = option.state & QStyle::State_Selected;
    if (!l.compact || selected) {
        QColor fill = outbound ? ConsoleColors::outboundBubble(option.palette)
                               : ConsoleColors::inboundBubble(option.palette);
        if (l.system || l.compact)
            fill = option.palette.color(QPalette::AlternateBase);
        QColor border = option.palette.color(QPalette::Mid);
        if (selected)
            border = option.palette.color(QPalette::Highlight);
        painter->setPen(QPen(border, selected ? 2 : 0.6));
        painter->setBrush(fill);
        painter->drawRoundedRect(l.bubble, 8, 8);
    }

    const int pad = l.compact ? 3 : padding;
    painter->translate(l.bubble.topLeft() + QPoint(pad, pad));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    document(index, option.palette, l.textWidth, l)->documentLayout()->draw(painter, context);
    painter->restore();

    if (l.chips.isValid()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics(option.font);
        int x = l.chips.left();
        QMap<QString, int> counts;
        for (const QVariant &r : index.data(MessageListModel::ReactionsRole).toList())
            ++counts[r.toMap().value(QStringLiteral("emoji")).toString()];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QString label =
                it.value() > 1 ? it.key() + u' ' + QString::number(it.value()) : it.key();
            const int w = metrics.horizontalAdvance(label) + 14;
            const QRect chip(x, l.chips.top(), w, l.chips.height());
            painter->setPen(QPen(option.palette.color(QPalette::Mid), 0.6));
            painter->setBrush(option.palette.color(QPalette::Base));
            painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(chip, Qt::AlignCenter, label);
            x += w + 4;
        }
        painter->restore();
    }
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.font != m_rowSizesFont) {
        m_rowSizes.clear();
        m_rowSizesFont = option.font;
    }
    // The view asks at more than one width (its viewport's, and narrower while it lays out).
    if (m_rowSizes.size() > 8 && !m_rowSizes.contains(option.rect.width()))
        m_rowSizes.clear();
    QHash<QString, QSize> &sizes = m_rowSizes[option.rect.width()];
    const QString id = index.data(KeyedPageModel::IdentityRole).toString();
    if (const auto it = sizes.constFind(id); it != sizes.constEnd())
        return *it;
    const Layout l = layout(option, index);
    const int bottom = l.chips.isValid() ? l.chips.bottom() : l.bubble.bottom();
    const QSize size(l.bubble.width(), bottom - option.rect.top() + (l.compact ? 1 : margin) + 2);
    if (!id.isEmpty())
        sizes.insert(id, size);
    return size;
}

void MessageDelegate::setCollapsedRuns(const QHash<QString, int> &runs)
{
    if (runs != m_runs)
        m_rowSizes.clear();
    m_runs = runs;
}

void MessageDelegate::forgetRows(const QAbstractItemModel *model, int first, int last)
{
    if (m_rowSizes.isEmpty())
        return;
    for (int row = std::max(first, 0); row <= std::min(last, model->rowCount() - 1); ++row) {
        const QString id = model->index(row, 0).data(KeyedPageModel::IdentityRole).toString();
        for (QHash<QString, QSize> &sizes : m_rowSizes)
            sizes.remove(id);
    }
}

void MessageDelegate::watch(QAbstractItemModel *model)
{
    const auto forgetAll = [this] { m_rowSizes.clear(); };
    // A changed row, and the row after it.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, model](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                forgetRows(model, topLeft.row(), bottomRight.row() + 1);
            });
    // Inserted rows (a row that moved comes back as one, with its new content), and the row
    // after them, whose previous row is now another.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, model](const QModelIndex &, int first, int last) {
                forgetRows(model, first, last + 1);
            });
    // Removed rows; the row that then follows them is forgotten once they are gone.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, model](const QModelIndex &, int first, int last) {
                forgetRows(model, first, last);
            });
    connect(
        model, &QAbstractItemModel::rowsRemoved, this,
        [this, model](const QModelIndex &, int first, int) { forgetRows(model, first, first); });
    connect(model, &QAbstractItemModel::rowsMoved, this, forgetAll);
    connect(model, &QAbstractItemModel::modelReset, this, forgetAll);
    connect(model, &QAbstractItemModel::layoutChanged, this, forgetAll);
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The full date and time first: the bubble shows only the time.
    QString tip = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong()),
        QStringLiteral("dddd d MMMM yyyy, HH:mm:ss"));
    if (const QString steps = timeline(index); !steps.isEmpty())
        tip += u'\n' + steps;
    const QVariantList reactions = index.data(MessageListModel::ReactionsRole).toList();
    for (const QVariant &r : reactions) {
        const QVariantMap reaction = r.toMap();
        tip += u'\n' + tr("%1 reacted %2")
                           .arg(reaction.value(QStringLiteral("from")).toString(),
                                reaction.value(QStringLiteral("emoji")).toString());
    }
    tip += u'\n' + index.data(MessageListModel::WamidRole).toString();
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Layout l = layout(option, index);
        const QPointF inside = mouse->position() - QPointF(l.bubble.topLeft()) -
                               QPointF(l.compact ? 3 : padding, l.compact ? 3 : padding);
        const QString anchor =
            document(index, option.palette, l.textWidth, l)->documentLayout()->anchorAt(inside);
        if (anchor.startsWith(QLatin1String("hookline-media:"))) {
            emit
            mediaActivated(QPersistentModelIndex(index), anchor.mid(15));
            return true;
        }
        if (!anchor.isEmpty()) {
            QDesktopServices::openUrl(QUrl(anchor));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hookline
