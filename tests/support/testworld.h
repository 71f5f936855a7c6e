#pragma once

#include "storage/database.h"

#include <memory>

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace hookline::test {

// The fixture world in a real SQLite file inside a temporary folder: app "northwind" owns the
// lines Support and Sales, app "lumen" owns Clinic (see fixtures/whatsapp/README.md).
class TestWorld
{
public:
    static constexpr const char *support = "106540352242922";
    static constexpr const char *sales = "107711223344556";
    static constexpr const char *clinic = "108877665544332";
    static constexpr const char *unconfigured = "199900011122233";

    // With HOOKLINE_TEST_ENGINE=postgres, the world's database is a fresh one on the server
    // HOOKLINE_TEST_PG names (dropped with the world) instead of a SQLite file.
    TestWorld();
    ~TestWorld();
    TestWorld(const TestWorld &) = delete;
    TestWorld &operator=(const TestWorld &) = delete;

    bool isPostgres() const { return m_server.isPostgres(); }
    // Why the PostgreSQL database could not be made, or an empty string.
    QString serverError() const { return m_serverError; }

    bool isValid() const { return m_dir.isValid(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("hookline.sqlite")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Creates the schema and the apps and lines; returns an error message or an empty string.
    QString seed() const;

    DatabaseOptions databaseOptions() const;
    // Every byte of the SQLite files (the log, the projections and their WALs), to check that
    // nothing erased is left in them (not the credentials file beside them).
    QByteArray databaseBytes() const;
    // A connection of the test's own to the world's database.
    Expected<std::unique_ptr<Database>> open(const QString &tag) const;

    // Blanks one of an app's secrets ("secret" or "verify_token") in the world's credentials
    // file, as a hand edit would; returns an error message or an empty string.
    QString blankSecret(const QString &appId, const QString &field) const;

    // The first column of the first row of sql, or an invalid QVariant.
    static QVariant scalar(Database &db, const QString &sql, const QVariantList &bind = {});

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_server;
    QString m_adminConnection;
    QString m_serverError;
};

} // namespace hookline::test
