#pragma once

#include "expected.h"

#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

class QSqlDatabase;

namespace hookline {

class GraphClient;

// One message template of a WhatsApp business account, as the Graph API lists it.
struct MessageTemplate
{
    QString name;
    QString language;
    QString category;  // MARKETING | UTILITY | AUTHENTICATION
    QString status;    // APPROVED | PENDING | REJECTED | PAUSED | DISABLED
    QString body;      // the BODY component's text, with its {{1}}, {{2}}...
    int variables = 0; // the highest {{n}} of the body

    bool isApproved() const { return status == QLatin1String("APPROVED"); }
};

// The templates of each WABA: listed from the Graph API (GET /<waba>/message_templates, page
// after page), kept in main.templates so the console's picker and `hookline templates` read
// them without a call, and refreshed on request.
class TemplateCatalog
{
public:
    static constexpr int PageSize = 100;
    static constexpr int MostPages = 50;

    // The templates of one page's "data".
    static QList<MessageTemplate> parse(const QJsonArray &data);
    // The highest {{n}} in a text.
    static int variablesIn(const QString &body);

    // Every template of waba, from the Graph API.
    static Expected<QList<MessageTemplate>> fetch(GraphClient &client, const QByteArray &token,
                                                  const QString &waba);
    // Lists line's WABA again (with its app's token) and keeps what it found.
    static Expected<QList<MessageTemplate>> refresh(QSqlDatabase &db, GraphClient &client,
                                                    const QString &line);
    // What was kept for line's WABA, by name and language.
    static Expected<QList<MessageTemplate>> cached(const QSqlDatabase &db, const QString &line);

private:
    static Status keep(QSqlDatabase &db, const QString &waba,
                       const QList<MessageTemplate> &templates);
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::MessageTemplate)
