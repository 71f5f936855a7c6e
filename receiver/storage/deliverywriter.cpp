#include "deliverywriter.h"

#include "logsink.h"

#include "http/receivermetrics.h"
#include "logging.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/deliverylog.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSqlError>
#include <QTimer>

namespace hookline {

DeliveryWriter::DeliveryWriter(WriterOptions options, ReceiverMetrics *metrics)
    : m_options(std::move(options))
    , m_metrics(metrics)
{}

DeliveryWriter::~DeliveryWriter()
{
    close();
}

void DeliveryWriter::submit(IncomingDelivery delivery)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(delivery));
    scheduleFlushLocked();
    if (m_gathering && everyConnectionWaitsLocked())
        m_arrived.wakeOne();
}

bool DeliveryWriter::everyConnectionWaitsLocked() const
{
    return m_pending.size() >= m_metrics->openConnections();
}

void DeliveryWriter::record(RejectionRecord rejection)
{
    QMutexLocker lock(&m_mutex);
    m_pendingRejections.append(std::move(rejection));
    scheduleFlushLocked();
}

qsizetype DeliveryWriter::backlog() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.size();
}

void DeliveryWriter::scheduleFlushLocked()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &DeliveryWriter::flush, Qt::QueuedConnection);
}

Status DeliveryWriter::open()
{
    auto db = Database::open(m_options.database, QStringLiteral("writer"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);

    m_insertDelivery.emplace();
    m_insertRejection.emplace(m_db->handle());
    const bool prepared =
        m_insertDelivery->prepare(m_db->handle(),
                                  DeliveryLog::insertStatement().toLatin1().constData()) &&
        m_insertRejection->prepare(QStringLiteral(
            "INSERT INTO rejections (at_us, peer, method, route, reason, status, size, "
            "body_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return Error{QStringLiteral("cannot prepare the delivery log: %1")
                         .arg(m_db->handle().lastError().text())};

    ConfigStore config(m_db->handle());
    auto directory = config.load();
    if (!directory)
        return Error{directory.error()};
    m_directory = *directory;
    if (auto version = config.configVersion())
        m_configVersion = *version;

    m_configTimer = new QTimer(this);
    m_configTimer->setInterval(m_options.configPollMs);
    connect(m_configTimer, &QTimer::timeout, this, &DeliveryWriter::pollConfig);
    m_configTimer->start();
    return ok();
}

void DeliveryWriter::drain()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.isEmpty() && m_pendingRejections.isEmpty())
                return;
        }
        flush();
    }
}

void DeliveryWriter::close()
{
    if (!m_db)
        return;
    drain();
    delete m_configTimer;
    m_configTimer = nullptr;
    m_insertDelivery.reset();
    m_insertRejection.reset();
    m_db.reset();
}

void DeliveryWriter::flush()
{
    if (m_lastBatchSize > 1 && m_sinceCommit.isValid()) {
        // Requests are arriving together: let the ones on their way join this commit.
        const qint64 remainingUs = m_options.commitIntervalUs - m_sinceCommit.nsecsElapsed() / 1000;
        if (remainingUs > 0) {
            const QDeadlineTimer deadline(std::chrono::microseconds(remainingUs), Qt::PreciseTimer);
            QMutexLocker lock(&m_mutex);
            m_gathering = true;
            while (!everyConnectionWaitsLocked() && m_arrived.wait(&m_mutex, deadline)) {
            }
            m_gathering = false;
        }
    }
    QList<IncomingDelivery> batch;
    QList<RejectionRecord> rejections;
    {
        QMutexLocker lock(&m_mutex);
        m_flushQueued = false;
        if (m_pending.size() <= m_options.maxBatch) {
            batch.swap(m_pending);
        } else {
            batch = m_pending.mid(0, m_options.maxBatch);
            m_pending.remove(0, m_options.maxBatch);
            scheduleFlushLocked();
        }
        rejections.swap(m_pendingRejections);
    }
    if (!m_db) {
        QList<CommitOutcome> outcomes;
        for (const IncomingDelivery &d : std::as_const(batch))
            outcomes.append({d.ticket, 0, false});
        if (!outcomes.isEmpty())
            emit
        committed(outcomes);
        return;
    }

    if (!batch.isEmpty()) {
        QList<CommitOutcome> outcomes;
        outcomes.reserve(batch.size());
        QElapsedTimer timer;
        timer.start();
        m_sinceCommit.start();
        m_lastBatchSize = batch.size();
        const bool stored = writeBatch(batch, outcomes);
        const qint64 commitMicros = timer.nsecsElapsed() / 1000;
        if (stored) {
            m_metrics->recordCommit(int(batch.size()), commitMicros);
            const qint64 now = Clock::nowMicros();
            for (const IncomingDelivery &d : std::as_const(batch))
                m_metrics->recordLatency(now - d.receivedAtUs);
        }
        emit
        committed(outcomes);
        if (stored) {
            QList<qint64> ids;
            ids.reserve(outcomes.size());
            for (const CommitOutcome &o : std::as_const(outcomes))
                ids.append(o.deliveryId);
            emit
            deliveriesStored(ids);
        }
    }
    if (!rejections.isEmpty())
        writeRejections(rejections);
}

bool DeliveryWriter::writeBatch(const QList<IncomingDelivery> &batch,
                                QList<CommitOutcome> &outcomes)
{
    QSqlDatabase &db = m_db->handle();
    auto fail = [&](const QString &error) {
        db.rollback();
        qCWarning(lcStorage) << "commit of" << batch.size() << "deliveries failed:" << error;
        outcomes.clear();
        for (const IncomingDelivery &d : batch)
            outcomes.append({d.ticket, 0, false});
        return false;
    };

    if (!db.transaction())
        return fail(db.lastError().text());
    SqlStatement &insert = *m_insertDelivery;
    for (const IncomingDelivery &d : batch) {
        if (!insert.exec(DeliveryLog::insertValues(d)) || !insert.next())
            return fail(insert.lastError());
        const qint64 id = insert.value(0).toLongLong();
        insert.finish(); // a statement with RETURNING holds the transaction until reset
        outcomes.append({d.ticket, id, true});
    }
    if (!db.commit())
        return fail(db.lastError().text());
    if (lcStorage().isDebugEnabled()) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const IncomingDelivery &d = batch.at(i);
            qCDebug(lcStorage) << "delivery committed" << d.route << d.body.size() << "bytes"
                               << LogIds{{"delivery", outcomes.at(i).deliveryId},
                                         {"app", d.appId},
                                         {"line", d.routing.lines.join(u',')},
                                         {"source", d.source}};
        }
    }
    return true;
}

void DeliveryWriter::writeRejections(const QList<RejectionRecord> &rejections)
{
    QSqlDatabase &db = m_db->handle();
    if (!db.transaction())
        return;
    QSqlQuery &insert = *m_insertRejection;
    for (const RejectionRecord &r : rejections) {
        qCInfo(lcReceiver).noquote() << "request refused:" << r.method << r.route << r.reason
                                     << LogIds{{"status", r.status}, {"peer", r.peer}};
        insert.bindValue(0, r.atUs);
        insert.bindValue(1, r.peer);
        insert.bindValue(2, r.method);
        insert.bindValue(3, r.route);
        insert.bindValue(4, r.reason);
        insert.bindValue(5, r.status);
        insert.bindValue(6, r.size);
        insert.bindValue(7, r.sha256Hex.isEmpty() ? QVariant()
                                                  : QVariant(QString::fromLatin1(r.sha256Hex)));
        if (!insert.exec()) {
            qCWarning(lcStorage) << "cannot record a rejection:" << insert.lastError().text();
            db.rollback();
            return;
        }
    }
    m_rejectionsSinceTrim += rejections.size();
    if (m_rejectionsSinceTrim >= qMax(1, m_options.rejectionCap / 10)) {
        m_rejectionsSinceTrim = 0;
        QSqlQuery trim(db);
        trim.prepare(QStringLiteral(
            "DELETE FROM rejections WHERE id <= (SELECT max(id) FROM rejections) - ?"));
        trim.addBindValue(m_options.rejectionCap);
        trim.exec();
    }
    if (!db.commit()) {
        qCWarning(lcStorage) << "cannot record rejections:" << db.lastError().text();
        db.rollback();
    }
}

void DeliveryWriter::pollConfig()
{
    ConfigStore config(m_db->handle());
    const auto version = config.configVersion();
    if (!version || *version == m_configVersion)
        return;
    auto directory = config.load();
    if (!directory) {
        qCWarning(lcStorage) << "cannot reload apps and lines:" << directory.error();
        return;
    }
    m_configVersion = *version;
    m_directory = *directory;
    qCInfo(lcStorage) << "apps and lines reloaded:" << m_directory.apps().size() << "apps,"
                      << m_directory.lines().size() << "lines";
    emit
    directoryChanged(m_directory);
}

} // namespace hookline
