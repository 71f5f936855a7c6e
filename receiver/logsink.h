#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <functional>

class QDebug;

namespace hookline {

// Ids that matter for a log line, written after its message as " [delivery=12 line=1065...]"
// and lifted into fields of their own by the structured formats:
//     qCInfo(lcProcessing) << "dead letter" << LogIds{{"delivery", 12}, {"dead_letter", 3}};
struct LogIds
{
    QList<QPair<const char *, QVariant>> fields;
    LogIds(std::initializer_list<QPair<const char *, QVariant>> list)
        : fields(list)
    {}
};
QDebug operator<<(QDebug debug, const LogIds &ids);

// One log line as the sink saw it.
struct LogRecord
{
    QDateTime time;
    QtMsgType level = QtInfoMsg;
    QString category;
    QString message;            // without the ids
    QMap<QString, QString> ids; // delivery, line, app, item, dead_letter, ...
    static QString levelName(QtMsgType type);
};

struct LogOptions
{
    enum Format
    {
        Text,
        Json,
    };
    Format format = Text;
    bool toStderr = true;
    QString filePath;              // empty: no log file
    qint64 maxFileBytes = 5 << 20; // rotated beyond this
    int keepFiles = 3;             // hookline.log.1 .. .3
};

// Hookline's message handler: every Qt log line goes to stderr and to a size-rotated file, as
// text or as JSON lines (time, level, category, message and the ids), and to listeners (the
// console's log panel). Thread-safe. Bodies, secrets and tokens are never passed to it.
namespace LogSink {
void install(const LogOptions &options);
void uninstall();
// "debug", "info", "warning" or "error": the least severe level written for hookline.*;
// QT_LOGGING_RULES still applies on top. False for an unknown name.
bool setLevel(const QString &level);
// Called for every record, from the thread that logged it; returns an id for removeListener.
int addListener(std::function<void(const LogRecord &)> listener);
void removeListener(int id);
LogRecord parse(QtMsgType type, const QMessageLogContext &context, const QString &message);
QByteArray formatJson(const LogRecord &record);
QByteArray formatText(const LogRecord &record);
} // namespace LogSink

} // namespace hookline
