#include "logging.h"
#include "logsink.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;

class TestLogSink : public QObject
{
    Q_OBJECT

private slots:
    void idsBecomeFields();
    void textShowsTheIdsAfterTheMessage();
    void fileRotatesBySize();
    void levelsFilterHooklineCategories();
    void cleanup() { LogSink::uninstall(); }
};

void TestLogSink::idsBecomeFields()
{
    QString message;
    QDebug(&message) << "dead letter:"
                     << LogIds{{"delivery", 12},
                               {"line", QStringLiteral("1065")},
                               {"item", QStringLiteral("m:wamid.A B")}};
    QMessageLogContext context(nullptr, 0, nullptr, "hookline.processing");
    const LogRecord record = LogSink::parse(QtInfoMsg, context, message.trimmed());
    QCOMPARE(record.message, QStringLiteral("dead letter:"));
    QCOMPARE(record.ids.value(QStringLiteral("delivery")), QStringLiteral("12"));
    QCOMPARE(record.ids.value(QStringLiteral("item")), QStringLiteral("m:wamid.A_B"));
    const QJsonObject json = QJsonDocument::fromJson(LogSink::formatJson(record)).object();
    QCOMPARE(json.value(QStringLiteral("delivery")).toInteger(), 12);
    QCOMPARE(json.value(QStringLiteral("line")).toString(), QStringLiteral("1065")); // text
    QCOMPARE(json.value(QStringLiteral("category")).toString(),
             QStringLiteral("hookline.processing"));
    QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("info"));

    // A message without ids keeps its brackets.
    const LogRecord plain = LogSink::parse(QtWarningMsg, context, QStringLiteral("array [1, 2]"));
    QCOMPARE(plain.message, QStringLiteral("array [1, 2]"));
    QVERIFY(plain.ids.isEmpty());
}

void TestLogSink::textShowsTheIdsAfterTheMessage()
{
    QMessageLogContext context(nullptr, 0, nullptr, "hookline.receiver");
    const LogRecord record =
        LogSink::parse(QtWarningMsg, context, QStringLiteral("refused [status=401 peer=1.2.3.4]"));
    const QByteArray text = LogSink::formatText(record);
    QVERIFY2(text.endsWith("WARNING hookline.receiver: refused peer=1.2.3.4 status=401"),
             text.constData());
}

void TestLogSink::fileRotatesBySize()
{
    QTemporaryDir dir;
    LogOptions options;
    options.format = LogOptions::Json;
    options.toStderr = false;
    options.filePath = dir.filePath(QStringLiteral("hookline.log"));
    options.maxFileBytes = 2000;
    options.keepFiles = 2;
    LogSink::install(options);
    for (int i = 0; i < 100; ++i)
        qCWarning(lcStorage) << "line" << i << LogIds{{"delivery", i}};
    LogSink::uninstall();
    QVERIFY(QFile::exists(options.filePath));
    QVERIFY(QFile::exists(options.filePath + QStringLiteral(".1")));
    QVERIFY(QFile::exists(options.filePath + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(options.filePath + QStringLiteral(".3")));
    QFile current(options.filePath);
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.size() <= options.maxFileBytes + 200);
    QCOMPARE(current.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const QList<QByteArray> lines = current.readAll().trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(QStringLiteral("delivery")).toInteger(), 99);
}

void TestLogSink::levelsFilterHooklineCategories()
{
    QVERIFY(!LogSink::setLevel(QStringLiteral("loud")));
    QVERIFY(LogSink::setLevel(QStringLiteral("warning")));
    QVERIFY(!lcProcessing().isInfoEnabled());
    QVERIFY(lcProcessing().isWarningEnabled());
    QVERIFY(LogSink::setLevel(QStringLiteral("debug")));
    QVERIFY(lcProcessing().isDebugEnabled());
    QVERIFY(LogSink::setLevel(QStringLiteral("info")));
    QVERIFY(!lcProcessing().isDebugEnabled());
}

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
