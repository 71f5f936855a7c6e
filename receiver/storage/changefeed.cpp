#include "changefeed.h"

#include "logging.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

template <typename Container> QJsonArray strings(const Container &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(value);
    return array;
}

template <typename Container> QJsonArray numbers(const Container &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(double(value));
    return array;
}

} // namespace

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{}

ChangeFeed::~ChangeFeed()
{
    if (m_db)
        m_db->handle().driver()->unsubscribeFromNotification(QLatin1String(channel));
}

Status ChangeFeed::publish(QSqlDatabase &db, const ChangeSet &changes)
{
    if (changes.isEmpty() || !SqlDialect::of(db).isPostgres())
        return ok();
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QLatin1String(channel));
    notify.addBindValue(QString::fromUtf8(encode(changes)));
    if (!notify.exec())
        return Error{notify.lastError().text()};
    return ok();
}

QByteArray ChangeFeed::encode(const ChangeSet &changes)
{
    QJsonObject object{{QStringLiteral("lines"), strings(changes.lines)},
                       {QStringLiteral("conversations"), strings(changes.conversations)},
                       {QStringLiteral("messages"), strings(changes.messages)},
                       {QStringLiteral("dead_letters"), numbers(changes.deadLetters)},
                       {QStringLiteral("deliveries"), numbers(changes.deliveries)}};
    QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (payload.size() > maxPayload) {
        // Too much to say: which lines changed is enough for a console to look again.
        object = QJsonObject{{QStringLiteral("lines"), strings(changes.lines)},
                             {QStringLiteral("partial"), true}};
        payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return payload;
}

std::optional<ChangeSet> ChangeFeed::decode(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(payload, &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    ChangeSet changes;
    for (const QJsonValue &v : object.value(u"lines").toArray())
        changes.lines.insert(v.toString());
    for (const QJsonValue &v : object.value(u"conversations").toArray())
        changes.conversations.insert(v.toString());
    for (const QJsonValue &v : object.value(u"messages").toArray())
        changes.messages.insert(v.toString());
    for (const QJsonValue &v : object.value(u"dead_letters").toArray())
        changes.deadLetters.insert(qint64(v.toDouble()));
    for (const QJsonValue &v : object.value(u"deliveries").toArray())
        changes.deliveries.append(qint64(v.toDouble()));
    return changes;
}

Status ChangeFeed::start(const DatabaseOptions &options)
{
    if (!options.server.isPostgres())
        return Error{QStringLiteral("live changes between processes need PostgreSQL")};
    auto db = Database::open(options, QStringLiteral("change-feed"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);
    QSqlDriver *driver = m_db->handle().driver();
    if (!driver->subscribeToNotification(QLatin1String(channel)))
        return Error{
            QStringLiteral("cannot listen for changes: %1").arg(driver->lastError().text())};
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != QLatin1String(channel))
                    return;
                const auto changes = decode(payload.toString().toUtf8());
                if (!changes) {
                    qCWarning(lcStorage) << "unreadable change notification ignored";
                    return;
                }
                emit
                changed(*changes);
            });
    return ok();
}

} // namespace hookline
