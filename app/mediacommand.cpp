#include "mediacommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "logsink.h"
#include "media/medialog.h"
#include "media/mediastore.h"
#include "media/mediaworker.h"
#include "storage/clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hookline {

namespace {

void addStoreOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("media-dir"),
                      Cli::tr("Where downloaded media are kept (default: beside the database)."),
                      QStringLiteral("dir")});
}

// What a customer wrote (a file name) or a server said, on one line without control characters.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'?';
    }
    return text;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("-");
    if (bytes < 1024)
        return Cli::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Cli::tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return Cli::tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QJsonObject toJson(const MediaItem &m, const MediaStore &store)
{
    QJsonObject o{{QStringLiteral("line"), m.line},         {QStringLiteral("wamid"), m.wamid},
                  {QStringLiteral("type"), m.type},         {QStringLiteral("mime_type"), m.mime},
                  {QStringLiteral("media_id"), m.mediaId},  {QStringLiteral("state"), m.state},
                  {QStringLiteral("attempts"), m.attempts}, {QStringLiteral("pinned"), m.pinned}};
    if (!m.fileName.isEmpty())
        o.insert(QStringLiteral("filename"), m.fileName);
    if (!m.error.isEmpty())
        o.insert(QStringLiteral("error"), m.error);
    if (m.size >= 0)
        o.insert(QStringLiteral("size"), double(m.size));
    else if (m.declaredSize >= 0)
        o.insert(QStringLiteral("declared_size"), double(m.declaredSize));
    if (m.isStored()) {
        o.insert(QStringLiteral("sha256"), m.sha256);
        o.insert(QStringLiteral("path"), store.pathOf(m.sha256, m.mime));
    }
    return o;
}

} // namespace

int MediaCommand::run(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("hookline media ") + verb;
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("fetch"))
        return fetch(rest);
    return CommandSupport::usage(Cli::tr("media takes 'list' or 'fetch'"));
}

int MediaCommand::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the media customers sent (newest first) and where each download stands: "
                "pending, stored, failed, expired (Meta no longer serves it), too_large (over "
                "the cap) or evicted (removed to keep under the cap)."));
    CommandSupport::addCommonOptions(parser);
    addStoreOptions(parser);
    parser.addOptions({
        {QStringLiteral("line"), Cli::tr("Only this line's."), QStringLiteral("id")},
        {QStringLiteral("state"), Cli::tr("Only those in this state."), QStringLiteral("state")},
        {QStringLiteral("limit"), Cli::tr("At most this many (default 1000)."), QStringLiteral("n"),
         QStringLiteral("1000")},
        {QStringLiteral("format"), Cli::tr("text or json."), QStringLiteral("format"),
         QStringLiteral("text")},
    });
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    bool numeric = false;
    MediaLog::Filter filter;
    filter.line = parser.value(QStringLiteral("line"));
    filter.state = parser.value(QStringLiteral("state"));
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || filter.limit <= 0 || !parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("media list takes --line, --state, --limit N and "
                                             "--format"),
                                     QStringLiteral("media"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    // What processing found since the last look is listed too.
    if (const auto found = MediaLog::discover((*db)->handle(), 0, 100000, Clock::nowMicros());
        !found)
        return CommandSupport::fail(found.error());
    const auto rows = MediaLog::list((*db)->handle(), filter);
    if (!rows)
        return CommandSupport::fail(rows.error());
    const MediaStore store(parser.isSet(QStringLiteral("media-dir"))
                               ? parser.value(QStringLiteral("media-dir"))
                               : MediaStore::rootFor(CommandSupport::databaseOptions(parser)));
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const MediaItem &m : *rows)
            array.append(toJson(m, store));
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (rows->isEmpty()) {
        CommandSupport::out(Cli::tr("No media here yet.\n"));
        return 0;
    }
    QString text;
    for (const MediaItem &m : *rows) {
        text +=
            QStringLiteral("%1  %2  %3  %4  %5")
                .arg(m.wamid.leftJustified(28), m.type.leftJustified(8), m.state.leftJustified(9),
                     sizeText(m.size >= 0 ? m.size : m.declaredSize).rightJustified(9),
                     printable(m.fileName.isEmpty() ? m.mime : m.fileName));
        if (!m.error.isEmpty() && !m.isStored())
            text += QStringLiteral("  (") + printable(m.error) + u')';
        text += u'\n';
    }
    CommandSupport::out(text);
    return 0;
}

int MediaCommand::fetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Downloads the media of message WAMID now, with the line's app's access token, "
                "verifies its SHA-256, keeps it and prints where. Exit status 1 when it could not "
                "be kept, with the reason."));
    CommandSupport::addCommonOptions(parser);
    CommandSupport::addGraphOptions(parser);
    addStoreOptions(parser);
    parser.addOptions({
        {QStringLiteral("line"), Cli::tr("The line, when the wamid is on more than one."),
         QStringLiteral("id")},
        {QStringLiteral("cap-mb"),
         Cli::tr("The most the media folder may hold; past it, the files viewed longest ago "
                 "go (default: no cap here; the console keeps its own)."),
         QStringLiteral("mb")},
    });
    parser.addPositionalArgument(QStringLiteral("wamid"), Cli::tr("The message's id."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    bool numeric = true;
    const qint64 capMb = parser.isSet(QStringLiteral("cap-mb"))
                             ? parser.value(QStringLiteral("cap-mb")).toLongLong(&numeric)
                             : qint64(1) << 40;
    if (parser.positionalArguments().size() != 1 || !numeric || capMb <= 0)
        return CommandSupport::usage(Cli::tr("media fetch wants one WAMID"),
                                     QStringLiteral("media"));
    const auto endpoint = CommandSupport::graphEndpoint(parser);
    if (!endpoint)
        return CommandSupport::usage(endpoint.error(), QStringLiteral("media"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    LogSink::setLevel(QStringLiteral("error"));
    MediaOptions options;
    options.database = CommandSupport::databaseOptions(parser);
    options.endpoint = *endpoint;
    options.root = parser.value(QStringLiteral("media-dir"));
    options.capBytes = capMb << 20;
    MediaWorker worker(options);
    if (const Status opened = worker.open(false); !opened)
        return CommandSupport::fail(opened.error());
    const QString wamid = parser.positionalArguments().constFirst();
    QString line = parser.value(QStringLiteral("line"));
    QEventLoop loop;
    bool settled = false; // changed() may come at once, before the loop runs
    QObject::connect(
        &worker, &MediaWorker::changed, &loop,
        [&loop, &line, &wamid, &settled](const QString &l, const QString &w, const QString &) {
            if (w == wamid) {
                line = l;
                settled = true;
                loop.quit();
            }
        });
    if (const Status started = worker.fetchNow(line, wamid); !started)
        return CommandSupport::fail(started.error());
    if (!settled)
        loop.exec();
    const auto item = MediaLog::find((*db)->handle(), wamid, line);
    if (!item)
        return CommandSupport::fail(item.error());
    if (item->isStored()) {
        CommandSupport::out(worker.store().pathOf(item->sha256, item->mime) + u'\n');
        return 0;
    }
    return CommandSupport::fail(Cli::tr("%1 is %2: %3").arg(wamid, item->state, item->error));
}

} // namespace hookline
