#include "demodatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hookline::DemoDatabase {

Expected<QString> prepare()
{
    QDir demos(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
               QStringLiteral("/demo"));
    if (!demos.mkpath(QStringLiteral(".")))
        return Error{QStringLiteral("cannot create %1").arg(demos.path())};
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    // A demo folder is old when nothing in it changed for a day (a demo still open writes).
    for (const QFileInfo &old : demos.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDateTime newest = old.lastModified();
        for (const QFileInfo &file : QDir(old.filePath()).entryInfoList(QDir::Files))
            newest = qMax(newest, file.lastModified());
        if (newest < dayAgo)
            QDir(old.filePath()).removeRecursively();
    }
    const QString run =
        QStringLiteral("run-%1-%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(QCoreApplication::applicationPid());
    if (!demos.mkpath(run))
        return Error{QStringLiteral("cannot create %1").arg(demos.filePath(run))};
    return demos.filePath(run + QStringLiteral("/hookline-demo.sqlite"));
}

} // namespace hookline::DemoDatabase
