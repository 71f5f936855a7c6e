#include "logsink.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace hookline {

QDebug operator<<(QDebug debug, const LogIds &ids)
{
    QDebugStateSaver saver(debug);
    QString text = QStringLiteral("[");
    for (const auto &[name, value] : ids.fields) {
        if (text.size() > 1)
            text += u' ';
        QString v = value.toString();
        v.replace(u' ', u'_');
        v.replace(u']', u'_');
        text += QLatin1String(name) + u'=' + (v.isEmpty() ? QStringLiteral("-") : v);
    }
    text += u']';
    debug.noquote() << text;
    return debug;
}

QString LogRecord::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

namespace LogSink {

namespace {

struct State
{
    QMutex mutex;
    LogOptions options;
    QFile file;
    bool installed = false;
    QtMessageHandler previous = nullptr;
    QMap<int, std::function<void(const LogRecord &)>> listeners;
    int nextListener = 1;
};

State &state()
{
    static State s;
    return s;
}

void rotate(State &s)
{
    s.file.close();
    const QString path = s.options.filePath;
    QFile::remove(path + u'.' + QString::number(s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 1; --i)
        QFile::rename(path + u'.' + QString::number(i), path + u'.' + QString::number(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
    s.file.setFileName(path);
    if (s.file.open(QIODevice::WriteOnly | QIODevice::Append))
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const LogRecord record = parse(type, context, message);
    State &s = state();
    QList<std::function<void(const LogRecord &)>> listeners;
    {
        QMutexLocker lock(&s.mutex);
        const QByteArray line =
            (s.options.format == LogOptions::Json ? formatJson(record) : formatText(record)) + '\n';
        if (s.options.toStderr) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        if (s.file.isOpen()) {
            // The file always holds JSON lines: one format for tools, whatever the terminal shows.
            const QByteArray json =
                s.options.format == LogOptions::Json ? line : formatJson(record) + '\n';
            s.file.write(json);
            s.file.flush();
            if (s.file.size() > s.options.maxFileBytes)
                rotate(s);
        }
        listeners = s.listeners.values();
    }
    for (const auto &listener : listeners)
        listener(record);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

LogRecord parse(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QRegularExpression idsAtEnd(
        QStringLiteral(R"(\s*\[((?:[a-z_]+=[^\s\]]+)(?: [a-z_]+=[^\s\]]+)*)\]\s*$)"));
    LogRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.level = type;
    record.category = QString::fromLatin1(context.category ? context.category : "default");
    record.message = message;
    const QRegularExpressionMatch match = idsAtEnd.match(message);
    if (match.hasMatch()) {
        record.message = message.left(match.capturedStart());
        for (const QString &pair : match.captured(1).split(u' ')) {
            const qsizetype equals = pair.indexOf(u'=');
            record.ids.insert(pair.left(equals), pair.mid(equals + 1));
        }
    }
    return record;
}

QByteArray formatJson(const LogRecord &record)
{
    QJsonObject object{{QStringLiteral("time"), record.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("level"), LogRecord::levelName(record.level)},
                       {QStringLiteral("category"), record.category},
                       {QStringLiteral("message"), record.message}};
    for (auto it = record.ids.cbegin(); it != record.ids.cend(); ++it) {
        bool number = false;
        const qint64 value = it.value().toLongLong(&number);
        // Ids that are numbers in the schema stay numbers; phone number ids stay text.
        const bool numeric =
            number &&
            (it.key() == QLatin1String("delivery") || it.key() == QLatin1String("dead_letter") ||
             it.key() == QLatin1String("attempt") || it.key() == QLatin1String("status"));
        object.insert(it.key(), numeric ? QJsonValue(value) : QJsonValue(it.value()));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray formatText(const LogRecord &record)
{
    QString ids;
    for (auto it = record.ids.cbegin(); it != record.ids.cend(); ++it)
        ids += u' ' + it.key() + u'=' + it.value();
    return QStringLiteral("%1 %2 %3: %4%5")
        .arg(record.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
             LogRecord::levelName(record.level).toUpper(), record.category, record.message, ids)
        .toUtf8();
}

void install(const LogOptions &options)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.file.close();
        if (!options.filePath.isEmpty()) {
            QDir().mkpath(QFileInfo(options.filePath).absolutePath());
            s.file.setFileName(options.filePath);
            if (s.file.open(QIODevice::WriteOnly | QIODevice::Append))
                s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        if (s.installed)
            return;
        s.installed = true;
    }
    s.previous = qInstallMessageHandler(handler);
}

void uninstall()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.close();
}

bool setLevel(const QString &level)
{
    static const QStringList order = {QStringLiteral("debug"), QStringLiteral("info"),
                                      QStringLiteral("warning"), QStringLiteral("error")};
    const qsizetype at = order.indexOf(level.toLower());
    if (at < 0)
        return false;
    QStringList rules;
    const char *kinds[] = {"debug", "info", "warning", "critical"};
    for (int i = 0; i < 4; ++i)
        rules << QStringLiteral("hookline.*.%1=%2")
                     .arg(QLatin1String(kinds[i]),
                          i >= at ? QStringLiteral("true") : QStringLiteral("false"));
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    return true;
}

int addListener(std::function<void(const LogRecord &)> listener)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const int id = s.nextListener++;
    s.listeners.insert(id, std::move(listener));
    return id;
}

void removeListener(int id)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.listeners.remove(id);
}

} // namespace LogSink

} // namespace hookline
