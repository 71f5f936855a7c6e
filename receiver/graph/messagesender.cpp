#include "messagesender.h"

#include "graphlogging.h"
#include "sendlog.h"
#include "servicewindow.h"
#include "storage/clock.h"
#include "storage/configstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>

namespace hookline {

MessageSender::MessageSender(QSqlDatabase db, GraphClient &client)
    : m_db(std::move(db))
    , m_client(client)
{}

namespace {

// The recipient as the conversation knows them (so an erasure of the person finds their
// sends); a number typed with punctuation as its digits; anything else as typed.
QString recipientKey(const QSqlDatabase &db, const QString &line, const QString &typed)
{
    const QString known = ServiceWindow::customerKey(db, line, typed);
    if (!known.isEmpty())
        return known;
    static const QRegularExpression phone(QStringLiteral("^[+\\d\\s().-]+$"));
    QString digits = typed;
    if (phone.match(typed.trimmed()).hasMatch())
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
    return digits.trimmed();
}

} // namespace

void MessageSender::send(const SendRequest &asked, Done done)
{
    auto refuse = [&](const QString &reason) {
        Outcome outcome;
        outcome.state = QStringLiteral("refused");
        outcome.reason = reason;
        done(outcome);
    };
    if (const Status checked = asked.check(); !checked)
        return refuse(checked.error());
    SendRequest request = asked;
    request.to = recipientKey(m_db, request.line, asked.to);
    const auto trust = ConfigStore(m_db).load();
    if (!trust)
        return refuse(trust.error());
    const LineRecord *line = trust->line(request.line);
    if (!line)
        return refuse(
            SendRequest::tr("no line %1 here; see: hookline lines list").arg(request.line));
    const AppRecord *app = trust->app(line->appId);
    const QByteArray token = trust->accessToken(line->appId);
    if (!app || token.isEmpty())
        return refuse(GraphError::noToken(line->appId).describe());
    if (request.needsWindow()) {
        const auto window = ServiceWindow::of(m_db, request.line, request.to);
        if (!window)
            return refuse(window.error());
        const qint64 now = Clock::nowMicros() / 1000000;
        if (!window->isOpenAt(now))
            return refuse(SendRequest::tr("the customer-service window is %1; only a template "
                                          "can be sent (--template)")
                              .arg(window->describe(now)));
    }

    auto id = SendLog::begin(m_db, request);
    if (!id)
        return refuse(id.error());
    const qint64 sendId = *id;
    if (m_recorded)
        m_recorded(sendId);
    QSqlDatabase db = m_db;
    m_client.post(
        QStringLiteral("/%1/messages").arg(request.line), token,
        request.body(SendLog::callbackData(sendId)),
        [db, sendId, done](const GraphClient::Answer &answer) mutable {
            Outcome outcome;
            outcome.sendId = sendId;
            outcome.graph = answer.error;
            const GraphError::Kind kind = answer.error.kind;
            if (!answer.error.isError()) {
                outcome.state = QStringLiteral("accepted");
                outcome.wamid = answer.body.value(QLatin1String("messages"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
                if (outcome.wamid.isEmpty()) {
                    outcome.state = QStringLiteral("unknown");
                    outcome.reason =
                        SendRequest::tr("Meta answered without a message id; whether it was "
                                        "accepted is unknown, and it is not sent again");
                }
            } else if (kind == GraphError::Kind::AnswerLost ||
                       kind == GraphError::Kind::ServerError) {
                outcome.state = QStringLiteral("unknown");
                outcome.reason = answer.error.describe();
            } else {
                outcome.state = QStringLiteral("failed");
                outcome.reason = answer.error.describe();
            }
            if (const Status settled = SendLog::settle(
                    db, sendId, outcome.state, outcome.wamid,
                    outcome.state == QLatin1String("accepted") ? QString() : outcome.reason);
                !settled)
                qCWarning(lcGraph).noquote() << settled.error();
            qCInfo(lcGraph).noquote()
                << "send" << sendId << outcome.state
                << (outcome.wamid.isEmpty() ? answer.error.word() : outcome.wamid);
            done(outcome);
        });
}

MessageSender::Outcome MessageSender::sendNow(const SendRequest &request)
{
    Outcome result;
    QEventLoop loop;
    bool over = false;
    send(request, [&](const Outcome &outcome) {
        result = outcome;
        over = true;
        loop.quit();
    });
    if (!over)
        loop.exec();
    return result;
}

} // namespace hookline
