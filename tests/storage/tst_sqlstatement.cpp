// SqlStatement on a real SQLite file: the values it binds in place (not copied by SQLite) are
// what the statement reads, run after run, and a run that would leave a parameter bound to
// bytes of an earlier run is refused.

#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;

class TestSqlStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void boundValuesAreReadRunAfterRun();
    void everyParameterNeedsAValue();

private:
    QTemporaryDir m_dir;
    QString m_name = QStringLiteral("tst_sqlstatement");
};

void TestSqlStatement::init()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("statement.sqlite")));
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec(
        QStringLiteral("CREATE TABLE t (n INTEGER, word TEXT, bytes BLOB, other TEXT)")));
}

void TestSqlStatement::cleanup()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        QSqlQuery(db).exec(QStringLiteral("DROP TABLE t"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void TestSqlStatement::boundValuesAreReadRunAfterRun()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    {
        SqlStatement insert;
        QVERIFY(insert.prepare(db, "INSERT INTO t (n, word, bytes, other) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < 50; ++i) {
            // Every value is a temporary, gone once exec returns; the next run's are new ones.
            const QVariantList values = {i, QString(QStringLiteral("wörd ") + QString::number(i)),
                                         QByteArray(QByteArray("bytes ") + QByteArray::number(i)),
                                         i % 2 ? QVariant(QStringLiteral("odd"))
                                               : QVariant(QString())};
            QVERIFY2(insert.exec(values), qPrintable(insert.lastError()));
        }
    }
    SqlStatement select;
    QVERIFY(select.prepare(db, "SELECT word, bytes, other FROM t WHERE n = ?"));
    for (int i = 0; i < 50; ++i) {
        QVERIFY(select.exec({i}));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), QStringLiteral("wörd %1").arg(i));
        QCOMPARE(select.value(1).toByteArray(), QByteArray("bytes ") + QByteArray::number(i));
        QCOMPARE(select.value(2).isNull(), i % 2 == 0);
        select.finish();
    }
}

void TestSqlStatement::everyParameterNeedsAValue()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    SqlStatement insert;
    QVERIFY(insert.prepare(db, "INSERT INTO t (n, word) VALUES (?, ?)"));
    QVERIFY(insert.exec({1, QStringLiteral("first")}));
    // One value short: the second parameter would still point at the first run's text.
    QVERIFY(!insert.exec({2}));
    QCOMPARE(insert.lastError(), QStringLiteral("1 values for a statement of 2 parameters"));
    QVERIFY(!insert.exec({3, QStringLiteral("x"), 4}));
    QSqlQuery count(db);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM t")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

QTEST_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
