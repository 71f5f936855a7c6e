#pragma once

#include "graphendpoint.h"
#include "messagesender.h"
#include "runtime/workerthread.h"
#include "storage/database.h"
#include "templatecatalog.h"

#include <QObject>

#include <memory>

namespace hookline {

class SendWorker;

// The console's sends, off the GUI thread: a thread of its own with its own connection to the
// database, a GraphClient and a MessageSender. send() returns at once; recorded() says the
// send is in the database (its bubble can show "sending…"), finished() how it went.
class SendService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendService)

public:
    SendService(DatabaseOptions database, GraphEndpoint endpoint, QObject *parent = nullptr);
    ~SendService() override;

    // A request number, named again by recorded() and finished().
    int send(const SendRequest &request);
    // The templates of line's WABA as kept, or listed again from the Graph API: templates().
    void listTemplates(const QString &line, bool refresh);

signals:
    void recorded(int request, qint64 sendId);
    void finished(int request, const hookline::MessageSender::Outcome &outcome);
    // Sends were settled by Meta's statuses, or found stuck: conversations may show them anew.
    void reconciled();
    // error is empty when the list is what was asked for.
    void templates(const QString &line, const QList<hookline::MessageTemplate> &templates,
                   const QString &error);

private:
    std::unique_ptr<WorkerThread<SendWorker>> m_thread; // SendWorker lives in the .cpp
    int m_next = 1;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::MessageSender::Outcome)
