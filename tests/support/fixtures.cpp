#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace hookline::test {

QString Fixtures::directory()
{
    return QStringLiteral(HOOKLINE_FIXTURES_DIR);
}

QStringList Fixtures::bodies()
{
    QStringList files =
        QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("manifest.json"));
    return files;
}

QString Fixtures::notYetProjected(const QString &fileName)
{
    static const QHash<QString, QString> pending = {
        {QStringLiteral("calls_business_initiated_rejected.json"), QStringLiteral("calls")},
        {QStringLiteral("calls_user_initiated_connect.json"), QStringLiteral("calls")},
        {QStringLiteral("calls_user_initiated_terminate.json"), QStringLiteral("calls")},
        {QStringLiteral("contacts_shared_via_contact_request.json"),
         QStringLiteral("parent_user_id")},
        {QStringLiteral("text_bsuid_without_wa_id.json"), QStringLiteral("parent_user_id")},
        {QStringLiteral("group_lifecycle_create.json"), QStringLiteral("group events")},
        {QStringLiteral("group_participants_add_invite_link.json"), QStringLiteral("group events")},
        {QStringLiteral("group_settings_update.json"), QStringLiteral("group events")},
        {QStringLiteral("group_status_suspended.json"), QStringLiteral("group events")},
        {QStringLiteral("group_status_read_two_participants.json"),
         QStringLiteral("per-participant group statuses")},
        {QStringLiteral("history_chunk_phase0.json"), QStringLiteral("history import")},
        {QStringLiteral("payment_configuration_update.json"), QStringLiteral("payments")},
        {QStringLiteral("payment_status_captured.json"), QStringLiteral("payments")},
        {QStringLiteral("smb_app_state_sync_contact_add.json"),
         QStringLiteral("smb_app_state_sync")},
        {QStringLiteral("user_actions_link_click.json"), QStringLiteral("link clicks")},
        {QStringLiteral("user_preferences_marketing_stop.json"),
         QStringLiteral("user_preferences tied to a line and contact")},
    };
    const QString what = pending.value(fileName);
    return what.isEmpty() ? what : QStringLiteral("issue 15 (not projected yet): ") + what;
}

QStringList Fixtures::projectedBodies()
{
    QStringList files = bodies();
    files.removeIf([](const QString &file) { return !notYetProjected(file).isEmpty(); });
    return files;
}

QByteArray Fixtures::read(const QString &fileName)
{
    QFile file(QDir(directory()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(fileName));
    return file.readAll();
}

QJsonObject Fixtures::manifest()
{
    static const QJsonObject parsed =
        QJsonDocument::fromJson(read(QStringLiteral("manifest.json"))).object();
    return parsed;
}

QJsonObject Fixtures::facts(const QString &fileName)
{
    return manifest().value(QStringLiteral("fixtures")).toObject().value(fileName).toObject();
}

} // namespace hookline::test
