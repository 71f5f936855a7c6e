#include "deliveriescommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "processing/deliverytrail.h"
#include "processingcommands.h"
#include "storage/deliverylog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

namespace {

QString isoTime(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const StoredDelivery &d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("received_at"), isoTime(d.receivedAtUs)},
        {QStringLiteral("received_at_us"), d.receivedAtUs},
        {QStringLiteral("source"), d.source},
        {QStringLiteral("route"), d.route},
        {QStringLiteral("route_line"),
         d.routeLine.isEmpty() ? QJsonValue() : QJsonValue(d.routeLine)},
        {QStringLiteral("lines"), QJsonArray::fromStringList(d.lines)},
        {QStringLiteral("app_id"), d.appId.isEmpty() ? QJsonValue() : QJsonValue(d.appId)},
        {QStringLiteral("peer"), d.peer},
        {QStringLiteral("verdict"), d.verdict},
        {QStringLiteral("flags"), QJsonArray::fromStringList(d.flags)},
        {QStringLiteral("state"), d.state},
        {QStringLiteral("size"), d.size},
        {QStringLiteral("sha256"), d.sha256},
    };
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists stored deliveries, newest first, with their verdict and processing state."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("format"), Cli::tr("text or json."),
                        QStringLiteral("format"), QStringLiteral("text")},
                       {QStringLiteral("limit"), Cli::tr("How many, newest first (default 100)."),
                        QStringLiteral("n"), QStringLiteral("100")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return CommandSupport::usage(Cli::tr("--limit wants a positive number"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto rows = DeliveryLog((*db)->handle()).list(limit);
    if (!rows)
        return CommandSupport::fail(rows.error());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const StoredDelivery &d : *rows)
            array.append(toJson(d));
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (rows->isEmpty()) {
        CommandSupport::out(Cli::tr("No deliveries yet.\n"));
        return 0;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                       .arg(QStringLiteral("ID"), 8)
                       .arg(Cli::tr("RECEIVED (UTC)"), -23)
                       .arg(Cli::tr("ROUTE"), -26)
                       .arg(Cli::tr("LINES"), -20)
                       .arg(Cli::tr("APP"), -16)
                       .arg(Cli::tr("VERDICT"), -9)
                       .arg(Cli::tr("STATE"), -9)
                       .arg(Cli::tr("SIZE"), 8)
                       .arg(QStringLiteral("SHA256"));
    for (const StoredDelivery &d : *rows) {
        QString lines = d.lines.join(u',');
        if (!d.flags.isEmpty())
            lines = d.flags.join(u',');
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                    .arg(d.id, 8)
                    .arg(isoTime(d.receivedAtUs), -23)
                    .arg(d.route, -26)
                    .arg(lines.isEmpty() ? QStringLiteral("-") : lines, -20)
                    .arg(d.appId.isEmpty() ? QStringLiteral("-") : d.appId, -16)
                    .arg(d.verdict, -9)
                    .arg(d.state, -9)
                    .arg(d.size, 8)
                    .arg(d.sha256.left(16));
    }
    CommandSupport::out(text);
    return 0;
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows one delivery: its headers, body and processing trail."));
    CommandSupport::addCommonOptions(parser);
    parser.addOption({QStringLiteral("raw"), Cli::tr("Write the exact stored body bytes.")});
    parser.addOption(
        {QStringLiteral("trail"), Cli::tr("Only the delivery's history, one step per line.")});
    parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("The delivery id."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const auto parsedId = CommandSupport::singleId(parser, QStringLiteral("deliveries show"));
    if (!parsedId)
        return 2;
    const qint64 id = *parsedId;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    DeliveryLog log((*db)->handle());
    if (parser.isSet(QStringLiteral("raw"))) {
        const auto body = log.rawBody(id);
        if (!body)
            return CommandSupport::fail(body.error());
        CommandSupport::out(*body);
        return 0;
    }
    const auto delivery = log.find(id);
    if (!delivery)
        return CommandSupport::fail(delivery.error());
    const auto body = log.rawBody(id);
    QJsonObject object = toJson(*delivery);
    object.insert(QStringLiteral("headers"),
                  QJsonDocument::fromJson(delivery->headersJson).object());
    const QJsonDocument parsed = QJsonDocument::fromJson(body ? *body : QByteArray());
    if (!parsed.isNull())
        object.insert(QStringLiteral("body"),
                      parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array()));
    else
        object.insert(QStringLiteral("body_text"), QString::fromUtf8(body ? *body : QByteArray()));
    const auto trail = DeliveryTrail::build((*db)->handle(), id);
    if (!trail)
        return CommandSupport::fail(trail.error());
    object.insert(QStringLiteral("trail"), DeliveryTrail::toJson(*trail));
    if (parser.isSet(QStringLiteral("trail"))) {
        QString text;
        for (const TrailStep &step : *trail)
            text += QDateTime::fromMSecsSinceEpoch(step.atUs / 1000)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
                    QStringLiteral("  %1  %2\n").arg(step.step, -11).arg(step.detail);
        CommandSupport::out(text);
        return 0;
    }
    CommandSupport::out(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int DeliveriesCommand::run(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("hookline deliveries ") + verb;
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("show"))
        return show(rest);
    if (verb == QLatin1String("reprocess"))
        return ProcessingCommands::runReprocess(rest);
    return CommandSupport::usage(Cli::tr("deliveries takes 'list', 'show' or 'reprocess'"));
}

} // namespace hookline
