#include "operatorworker.h"

#include "processing/contacteraser.h"

#include "alerts/alertrules.h"
#include "alerts/alertstore.h"
#include "logging.h"
#include "processing/deadletterqueue.h"
#include "processing/projectionrebuild.h"
#include "processing/replayinjector.h"
#include "storage/changefeed.h"
#include "storage/clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

constexpr int chunk = 250;

} // namespace

OperatorWorker::OperatorWorker(DatabaseOptions options, QString operatorName,
                               std::atomic<int> *cancelRequest)
    : m_options(std::move(options))
    , m_operator(std::move(operatorName))
    , m_cancelRequest(cancelRequest)
{}

OperatorWorker::~OperatorWorker() = default;

void OperatorWorker::open()
{
    auto db = Database::open(m_options, QStringLiteral("operator"));
    if (!db) {
        m_openError = db.error();
        emit
        opened(m_openError);
        return;
    }
    m_db = std::move(*db);
    emit
    opened({});
}

bool OperatorWorker::ready(OperatorResult &result)
{
    if (m_db)
        return true;
    result.error = m_openError.isEmpty() ? tr("the database is not open") : m_openError;
    emit
    finished(result);
    return false;
}

void OperatorWorker::retry(int request, const QList<qint64> &ids)
{
    inChunks(request, OperatorResult::Retry, ids,
             [](DeadLetterQueue &queue, const QList<qint64> &some) { return queue.retry(some); });
}

void OperatorWorker::discard(int request, const QList<qint64> &ids)
{
    inChunks(request, OperatorResult::Discard, ids,
             [](DeadLetterQueue &queue, const QList<qint64> &some) { return queue.discard(some); });
}

void OperatorWorker::inChunks(
    int request, OperatorResult::Action action, const QList<qint64> &ids,
    const std::function<Expected<int>(DeadLetterQueue &, const QList<qint64> &)> &apply)
{
    OperatorResult result;
    result.request = request;
    result.action = action;
    if (!ready(result))
        return;
    DeadLetterQueue queue(m_db->handle());
    // A chunk at a time: each its own transaction, with progress, and room to cancel between.
    for (qsizetype done = 0; done < ids.size(); done += chunk) {
        if (m_cancelRequest->load() == request) {
            result.cancelled = true;
            break;
        }
        const auto count = apply(queue, ids.mid(done, chunk));
        if (!count) {
            result.error = count.error();
            break;
        }
        result.count += *count;
        ChangeSet changes;
        for (qint64 id : ids.mid(done, chunk)) {
            changes.deadLetters.insert(id);
            record(action == OperatorResult::Retry ? QStringLiteral("retry")
                                                   : QStringLiteral("discard"),
                   {}, id, {});
        }
        publish(changes);
        emit
        progress(request, int(std::min(done + chunk, ids.size())), int(ids.size()));
    }
    emit
    finished(result);
}

void OperatorWorker::record(const QString &action, const QVariant &deliveryId,
                            const QVariant &deadLetterId, const QString &detail)
{
    // A dead letter's delivery is looked up, so the delivery's trail shows the action too.
    QSqlQuery insert(m_db->handle());
    insert.prepare(QStringLiteral(
        "INSERT INTO operator_actions (at_us, operator, action, delivery_id, dead_letter_id, "
        "detail) VALUES (?, ?, ?, COALESCE(?, (SELECT delivery_id FROM proj.dead_letters "
        "WHERE id = ?)), ?, COALESCE(?, ''))"));
    insert.addBindValue(Clock::nowMicros());
    insert.addBindValue(m_operator);
    insert.addBindValue(action);
    insert.addBindValue(deliveryId.isValid() ? deliveryId
                                             : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(deadLetterId.isValid() ? deadLetterId
                                               : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(deadLetterId.isValid() ? deadLetterId
                                               : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(detail);
    if (!insert.exec())
        qCWarning(lcRuntime) << "cannot record the operator's action:" << insert.lastError().text();
}

void OperatorWorker::publish(const ChangeSet &changes)
{
    // On a shared PostgreSQL database the other consoles hear of an operator's action at once
    // (what processing then does, they hear from it).
    if (const Status published = ChangeFeed::publish(m_db->handle(), changes); !published)
        qCWarning(lcRuntime) << "cannot tell the other consoles:" << published.error();
}

void OperatorWorker::reprocess(int request, qint64 deliveryId)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::Reprocess;
    result.deliveryId = deliveryId;
    if (!ready(result))
        return;
    if (Status status = ProjectionRebuild::reprocess(m_db->handle(), deliveryId); !status) {
        result.error = status.error();
    } else {
        result.count = 1;
        record(QStringLiteral("reprocess"), deliveryId, {}, {});
    }
    emit
    finished(result);
}

void OperatorWorker::replay(int request, const QByteArray &body, const QString &origin)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::Replay;
    if (!ready(result))
        return;
    const auto id = ReplayInjector(m_db->handle()).inject(body, origin);
    if (!id) {
        result.error = id.error();
    } else {
        result.deliveryId = *id;
        result.count = 1;
        record(QStringLiteral("replay"), *id, {}, origin);
    }
    emit
    finished(result);
}

void OperatorWorker::acknowledgeAlerts(int request, const QList<qint64> &ids)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::AcknowledgeAlerts;
    if (!ready(result))
        return;
    const AlertStore store(m_db->handle());
    for (qint64 id : ids) {
        if (Status done = store.acknowledge(id, m_operator); !done)
            result.error = done.error();
        else
            ++result.count;
    }
    emit
    finished(result);
}

void OperatorWorker::saveAlertRules(int request, const QByteArray &rulesJson,
                                    const QByteArray &webhookSecret)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::SaveAlertRules;
    if (!ready(result))
        return;
    const AlertRules rules = AlertRules::fromJson(QJsonDocument::fromJson(rulesJson).object());
    if (Status saved = rules.save(m_db->handle()); !saved)
        result.error = saved.error();
    else if (!webhookSecret.isEmpty()) {
        if (Status stored = AlertRules::setWebhookSecret(m_db->handle(), webhookSecret); !stored)
            result.error = stored.error();
    }
    result.count = result.error.isEmpty() ? 1 : 0;
    emit
    finished(result);
}

void OperatorWorker::eraseContact(int request, const QString &line, const QString &customer)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::EraseContact;
    result.subject = line + u'/' + customer;
    if (!ready(result))
        return;
    const auto report = ContactEraser(m_db->handle()).erase(customer, line, m_operator);
    if (!report)
        result.error = report.error();
    else
        result.count = report->messages;
    emit
    finished(result);
}

void OperatorWorker::markRead(int request, const QString &line, const QString &customer,
                              qint64 readTs)
{
    OperatorResult result;
    result.request = request;
    result.action = OperatorResult::MarkRead;
    result.subject = line + u'/' + customer;
    if (!ready(result))
        return;
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("INSERT INTO proj.read_markers (line, customer, read_ts) "
                             "VALUES (?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
                             "read_ts = GREATEST(read_markers.read_ts, excluded.read_ts)"));
    q.addBindValue(line);
    q.addBindValue(customer);
    q.addBindValue(readTs);
    if (!q.exec())
        result.error = q.lastError().text();
    else
        result.count = 1;
    emit
    finished(result);
}

} // namespace hookline
