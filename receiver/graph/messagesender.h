#pragma once

#include "graphclient.h"
#include "sendrequest.h"

#include <QSqlDatabase>

#include <functional>

namespace hookline {

// Sends an operator's message through the Graph API from the line that received the
// conversation: checks it (the request, the line, its app's access token, the
// customer-service window for free-form messages), records it with its audit line, posts it
// with the send's own id as biz_opaque_callback_data, and records Meta's answer. Never sends
// the same request twice: a lost answer leaves the send "unknown".
class MessageSender
{
public:
    struct Outcome
    {
        qint64 sendId = 0; // 0: refused before anything was recorded or sent
        QString state;     // refused | accepted | failed | unknown
        QString wamid;
        QString reason; // a refusal's or failure's sentence for people
        GraphError graph;
    };
    using Done = std::function<void(const Outcome &)>;

    MessageSender(QSqlDatabase db, GraphClient &client);

    // done is called once, on the client's thread.
    void send(const SendRequest &request, Done done);
    // Called with the send's id once it is recorded, before the request goes out.
    void setRecorded(std::function<void(qint64)> recorded) { m_recorded = std::move(recorded); }
    Outcome sendNow(const SendRequest &request);

private:
    QSqlDatabase m_db;
    GraphClient &m_client;
    std::function<void(qint64)> m_recorded;
};

} // namespace hookline
