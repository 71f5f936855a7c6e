#pragma once

#include "expected.h"
#include "processing/changeset.h"
#include "storage/database.h"

#include <QObject>

#include <memory>
#include <optional>

namespace hookline {

// Live changes between processes on one PostgreSQL database: a processor publishes what each
// commit changed with NOTIFY, and every console listening with a ChangeFeed hears it, whichever
// machine it runs on (PostgreSQL's LISTEN/NOTIFY through QSqlDriver; no polling).
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr const char *channel = "hookline_changes";
    // NOTIFY payloads are capped at 8000 bytes: a bigger change set is sent as its lines only.
    static constexpr int maxPayload = 7900;

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Opens a connection of its own (in the calling thread, which needs an event loop) and
    // listens.
    Status start(const DatabaseOptions &options);

    // Tells every console on the database what a transaction of db changed, when (and only if)
    // it commits: NOTIFY on PostgreSQL; nothing on SQLite, where one process holds the file.
    static Status publish(QSqlDatabase &db, const ChangeSet &changes);

    static QByteArray encode(const ChangeSet &changes);
    static std::optional<ChangeSet> decode(const QByteArray &payload);

signals:
    void changed(const hookline::ChangeSet &changes);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace hookline
