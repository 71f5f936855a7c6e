#include "templatecatalog.h"

#include "graphclient.h"
#include "storage/clock.h"
#include "storage/configstore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace hookline {

namespace {

// The line's WABA; with token, also its app's access token and the app's id.
Expected<QString> wabaOf(QSqlDatabase &db, const QString &line, QByteArray *token = nullptr,
                         QString *appId = nullptr)
{
    const auto trust = ConfigStore(db).load();
    if (!trust)
        return Error{trust.error()};
    const LineRecord *record = trust->line(line);
    if (!record)
        return Error{QStringLiteral("no line %1 here; see: hookline lines list").arg(line)};
    if (record->wabaId.isEmpty())
        return Error{QStringLiteral("line %1 has no WhatsApp business account id; set it with "
                                    "the line's --waba-id (or in Settings)")
                         .arg(line)};
    if (token)
        *token = trust->accessToken(record->appId);
    if (appId)
        *appId = record->appId;
    return record->wabaId;
}

} // namespace

int TemplateCatalog::variablesIn(const QString &body)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*(\\d+)\\s*\\}\\}"));
    int most = 0;
    for (auto it = variable.globalMatch(body); it.hasNext();)
        most = qMax(most, it.next().captured(1).toInt());
    return most;
}

QList<MessageTemplate> TemplateCatalog::parse(const QJsonArray &data)
{
    QList<MessageTemplate> templates;
    for (const QJsonValue &value : data) {
        const QJsonObject object = value.toObject();
        MessageTemplate t;
        t.name = object.value(QLatin1String("name")).toString();
        t.language = object.value(QLatin1String("language")).toString();
        t.category = object.value(QLatin1String("category")).toString();
        t.status = object.value(QLatin1String("status")).toString();
        for (const QJsonValue &component : object.value(QLatin1String("components")).toArray()) {
            if (component[QLatin1String("type")].toString().compare(QLatin1String("BODY"),
                                                                    Qt::CaseInsensitive) == 0)
                t.body = component[QLatin1String("text")].toString();
        }
        t.variables = variablesIn(t.body);
        if (!t.name.isEmpty() && !t.language.isEmpty())
            templates.append(t);
    }
    return templates;
}

Expected<QList<MessageTemplate>>
TemplateCatalog::fetch(GraphClient &client, const QByteArray &token, const QString &waba)
{
    QList<MessageTemplate> all;
    QString after;
    for (int page = 0; page < MostPages; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fields"),
                           QStringLiteral("name,language,status,category,components"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        const GraphClient::Answer answer =
            client.getNow(QStringLiteral("/%1/message_templates?%2")
                              .arg(waba, query.toString(QUrl::FullyEncoded)),
                          token);
        if (answer.error.isError())
            return Error{answer.error.describe()};
        all += parse(answer.body.value(QLatin1String("data")).toArray());
        const QJsonObject paging = answer.body.value(QLatin1String("paging")).toObject();
        after = paging.value(QLatin1String("cursors"))[QLatin1String("after")].toString();
        // Meta gives a "next" link while there is more; the cursor is what is followed (the
        // link names Meta's host, not necessarily the one configured).
        if (!paging.contains(QLatin1String("next")) || after.isEmpty())
            return all;
    }
    return all;
}

Status TemplateCatalog::keep(QSqlDatabase &db, const QString &waba,
                             const QList<MessageTemplate> &templates)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return Error{query.lastError().text()};
    auto fail = [&] {
        const QString error = query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status(Error{QStringLiteral("cannot keep the templates: %1").arg(error)});
    };
    query.prepare(QStringLiteral("DELETE FROM main.templates WHERE waba = ?"));
    query.addBindValue(waba);
    if (!query.exec())
        return fail();
    const qint64 now = Clock::nowMicros();
    query.prepare(QStringLiteral("INSERT INTO main.templates (waba, name, language, category, "
                                 "status, body, variables, fetched_at_us) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?) ON CONFLICT (waba, name, language) DO NOTHING"));
    for (const MessageTemplate &t : templates) {
        for (const QVariant &value :
             QVariantList{waba, t.name, t.language, t.category, t.status, t.body, t.variables, now})
            query.addBindValue(value);
        if (!query.exec())
            return fail();
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail();
    return ok();
}

Expected<QList<MessageTemplate>> TemplateCatalog::refresh(QSqlDatabase &db, GraphClient &client,
                                                          const QString &line)
{
    QByteArray token;
    QString appId;
    const auto waba = wabaOf(db, line, &token, &appId);
    if (!waba)
        return Error{waba.error()};
    if (token.isEmpty())
        return Error{QStringLiteral("the app of line %1 has no access token here; keep one with: "
                                    "hookline apps token --app-id %2")
                         .arg(line, appId)};
    auto fetched = fetch(client, token, *waba);
    if (!fetched)
        return fetched;
    if (const Status kept = keep(db, *waba, *fetched); !kept)
        return Error{kept.error()};
    return cached(db, line);
}

Expected<QList<MessageTemplate>> TemplateCatalog::cached(const QSqlDatabase &db,
                                                         const QString &line)
{
    QSqlDatabase handle = db;
    const auto waba = wabaOf(handle, line);
    if (!waba)
        return Error{waba.error()};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, language, category, status, body, variables FROM "
                                 "main.templates WHERE waba = ? ORDER BY name, language"));
    query.addBindValue(*waba);
    if (!query.exec())
        return Error{QStringLiteral("cannot read the templates: %1").arg(query.lastError().text())};
    QList<MessageTemplate> templates;
    while (query.next())
        templates.append({query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toInt()});
    return templates;
}

} // namespace hookline
