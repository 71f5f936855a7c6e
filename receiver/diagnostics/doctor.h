#pragma once

#include "graph/graphendpoint.h"
#include "storage/database.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace hookline {

// One check of `hookline doctor`: what was checked, whether it passed, what was found, and what
// to do when it did not pass.
struct DoctorCheck
{
    QString name;
    bool passed = false;
    QString detail;
    QString fix; // empty when passed
};

struct DoctorOptions
{
    DatabaseOptions database;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString tlsCertificate; // PEM; empty: plain HTTP
    QString tlsKey;
    int certificateWarningDays = 14;
    qint64 nowUs = 0; // 0: the clock
    // Where to check the apps' access tokens; unset: not checked.
    std::optional<GraphEndpoint> graph;
};

// Finds a broken set-up before Meta does: the database opens and is intact; every app has a
// secret and a verify token; every active line has an owning app; the listen address is free
// (or a Hookline answers there); the TLS certificate parses, matches its key and is not about
// to expire; a receiver with this configuration answers a signed test delivery and the GET
// handshake over HTTP; no line has been quiet far longer than its usual rhythm; and each app's
// Graph API access token, where one is kept, is accepted for its lines.
class Doctor
{
public:
    static QList<DoctorCheck> run(const DoctorOptions &options);
    static bool allPassed(const QList<DoctorCheck> &checks);
};

} // namespace hookline
