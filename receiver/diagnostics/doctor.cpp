#include "doctor.h"

#include "graph/graphclient.h"
#include "http/signatureverifier.h"
#include "receiver.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#endif

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

namespace hookline {

namespace {

DoctorCheck pass(const QString &name, const QString &detail)
{
    return {name, true, detail, {}};
}

DoctorCheck fail(const QString &name, const QString &detail, const QString &fix)
{
    return {name, false, detail, fix};
}

QString hostText(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

// One HTTP/1.1 request over a blocking socket; returns "status\nbody" or an empty string.
QByteArray exchange(const QHostAddress &address, quint16 port, bool tls, const QByteArray &request)
{
    std::unique_ptr<QTcpSocket> socket;
#if QT_CONFIG(ssl)
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->connectToHostEncrypted(address.toString(), port);
        if (!ssl->waitForEncrypted(3000))
            return {};
        socket = std::move(ssl);
    }
#endif
    if (!socket) {
        if (tls)
            return {};
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(address, port);
        if (!socket->waitForConnected(3000))
            return {};
    }
    socket->write(request);
    QByteArray answer;
    while (socket->waitForReadyRead(5000)) {
        answer += socket->readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const qsizetype lengthAt = answer.toLower().indexOf("content-length:");
        const qsizetype length =
            lengthAt < 0 ? 0
                         : answer.mid(lengthAt + 15, answer.indexOf('\r', lengthAt) - lengthAt - 15)
                               .trimmed()
                               .toLongLong();
        if (answer.size() >= end + 4 + length)
            break;
    }
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 ") || end < 0)
        return {};
    return answer.mid(9, 3) + '\n' + answer.mid(end + 4);
}

DoctorCheck checkDatabase(const DoctorOptions &options, std::unique_ptr<Database> &db)
{
    const QString name = QStringLiteral("database");
    if (!QFile::exists(options.database.path))
        return fail(name, QStringLiteral("%1 does not exist").arg(options.database.path),
                    QStringLiteral("add an app and a line (hookline apps add, hookline lines add) "
                                   "or point --db at the right file"));
    auto opened = Database::open(options.database, QStringLiteral("doctor"));
    if (!opened)
        return fail(name, opened.error(),
                    QStringLiteral("check the file's permissions; if it is damaged, restore it "
                                   "from a backup"));
    db = std::move(*opened);
    for (const char *schema : {"main", "proj"}) {
        QSqlQuery q(db->handle());
        if (!q.exec(QStringLiteral("PRAGMA %1.quick_check").arg(QLatin1String(schema))) ||
            !q.next() || q.value(0).toString() != QLatin1String("ok")) {
            const QString problem =
                q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            return fail(name,
                        QStringLiteral("the %1 fails its integrity check: %2")
                            .arg(schema == QByteArray("main") ? QStringLiteral("delivery log")
                                                              : QStringLiteral("projections"),
                                 problem),
                        schema == QByteArray("main")
                            ? QStringLiteral("restore the database from a backup")
                            : QStringLiteral("delete %1 and run 'hookline rebuild': the "
                                             "projections are derived from the delivery log")
                                  .arg(db->projectionsPath()));
        }
    }
    return pass(
        name, QStringLiteral("%1 opens and passes its integrity check").arg(options.database.path));
}

QList<DoctorCheck> checkConfiguration(const TrustDirectory &trust)
{
    QList<DoctorCheck> checks;
    QStringList problems;
    QStringList notes;
    const QString newSecrets = SecretStore::describe(trust.secretStore(), trust.secretFile());
    for (const AppRecord &app : trust.apps()) {
        if (app.secret.isEmpty())
            problems << QStringLiteral("app %1 has no app secret in %2").arg(app.appId, newSecrets);
        else if (trust.secretPlace(app.appId) != trust.secretStore())
            notes << QStringLiteral("app %1's secret is in %2")
                         .arg(app.appId, SecretStore::describe(trust.secretPlace(app.appId),
                                                               trust.secretFile()));
        if (app.verifyToken.isEmpty())
            problems
                << QStringLiteral("app %1 has no verify token in %2").arg(app.appId, newSecrets);
    }
    if (trust.apps().isEmpty())
        checks << fail(QStringLiteral("apps"), QStringLiteral("no Meta app is configured"),
                       QStringLiteral("add one: hookline apps add --app-id ID (secret and token "
                                      "on stdin)"));
    else if (!problems.isEmpty())
        checks << fail(QStringLiteral("apps"), problems.join(QStringLiteral("; ")),
                       QStringLiteral("give every app its secret and verify token on this "
                                      "machine (console: Settings, Edit app; or hookline apps "
                                      "add on the host that serves; or --secrets-file)"));
    else
        checks << pass(
            QStringLiteral("apps"),
            QStringLiteral("%1 app(s), each with a secret and a verify token, kept in "
                           "%2 (not the database)%3")
                .arg(trust.apps().size())
                .arg(newSecrets, notes.isEmpty()
                                     ? QString()
                                     : QStringLiteral("; ") + notes.join(QStringLiteral("; "))));

    QStringList orphans;
    int active = 0;
    for (const LineRecord &line : trust.lines()) {
        if (!line.active)
            continue;
        ++active;
        if (!trust.app(line.appId))
            orphans << QStringLiteral("%1 (app %2)").arg(line.phoneNumberId, line.appId);
    }
    if (!orphans.isEmpty())
        checks << fail(QStringLiteral("lines"),
                       QStringLiteral("active line(s) without their app: %1")
                           .arg(orphans.join(QStringLiteral(", "))),
                       QStringLiteral("add the missing app, or give the line an existing app "
                                      "(console: Settings, Edit line)"));
    else if (active == 0)
        checks << fail(QStringLiteral("lines"), QStringLiteral("no active line"),
                       QStringLiteral("add one: hookline lines add --phone-number-id ID "
                                      "--app-id ID"));
    else
        checks << pass(
            QStringLiteral("lines"),
            QStringLiteral("%1 active line(s), each owned by a configured app").arg(active));
    return checks;
}

DoctorCheck checkListenAddress(const DoctorOptions &options, bool tls)
{
    const QString name = QStringLiteral("listen address");
    const QString where = hostText(options.address) + u':' + QString::number(options.port);
    QTcpServer probe;
    if (probe.listen(options.address, options.port)) {
        probe.close();
        return pass(name, QStringLiteral("%1 is free").arg(where));
    }
    const QByteArray answer =
        exchange(options.address, options.port, tls,
                 "GET /healthz HTTP/1.1\r\nHost: doctor\r\nConnection: close\r\n\r\n");
    if (answer.startsWith("200\n") && answer.contains("\"status\":\"ok\""))
        return pass(name, QStringLiteral("%1 is in use by a running Hookline").arg(where));
    return fail(
        name, QStringLiteral("%1 is taken by another program (%2)").arg(where, probe.errorString()),
        QStringLiteral("stop that program or choose another address with --listen"));
}

DoctorCheck checkCertificate(const DoctorOptions &options, qint64 nowUs)
{
    const QString name = QStringLiteral("TLS certificate");
    if (options.tlsCertificate.isEmpty() && options.tlsKey.isEmpty())
        return pass(name, QStringLiteral("not used (plain HTTP; put a TLS proxy in front when "
                                         "Meta reaches Hookline directly)"));
    auto readFile = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray certPem = readFile(options.tlsCertificate);
    const QByteArray keyPem = readFile(options.tlsKey);
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certPem.constData(), int(certPem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!cert)
        return fail(name, QStringLiteral("%1 holds no PEM certificate").arg(options.tlsCertificate),
                    QStringLiteral("give --tls-cert a PEM certificate chain"));
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    if (!key)
        return fail(name, QStringLiteral("%1 holds no PEM private key").arg(options.tlsKey),
                    QStringLiteral("give --tls-key the certificate's unencrypted PEM key"));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(name, QStringLiteral("the key does not match the certificate"),
                    QStringLiteral("use the key the certificate was issued for"));
    int days = 0;
    int seconds = 0;
    std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> now(
        ASN1_TIME_set(nullptr, time_t(nowUs / 1'000'000)), ASN1_TIME_free);
    if (!ASN1_TIME_diff(&days, &seconds, now.get(), X509_get0_notAfter(cert.get())))
        return fail(name, QStringLiteral("cannot read the certificate's expiry"),
                    QStringLiteral("check the certificate"));
    if (days < 0 || (days == 0 && seconds <= 0))
        return fail(name, QStringLiteral("the certificate has expired"),
                    QStringLiteral("renew it and restart Hookline"));
    if (days < options.certificateWarningDays)
        return fail(name, QStringLiteral("the certificate expires in %1 day(s)").arg(days),
                    QStringLiteral("renew it before it expires and restart Hookline"));
    return pass(name, QStringLiteral("parses, matches its key, valid for %1 more days").arg(days));
}

QList<DoctorCheck> checkEndToEnd(const DoctorOptions &options, const TrustDirectory &trust,
                                 bool certificateUsable)
{
    QList<DoctorCheck> checks;
    const QString name = QStringLiteral("end to end");
    if (trust.apps().isEmpty())
        return {fail(name, QStringLiteral("no app to test with"),
                     QStringLiteral("add a Meta app first"))};
    // A receiver with this configuration on its own database, so that the test deliveries
    // never enter the real log.
    QTemporaryDir dir;
    ReceiverOptions receiverOptions;
    receiverOptions.address = QHostAddress::LocalHost;
    receiverOptions.port = 0;
    receiverOptions.database.path = dir.filePath(QStringLiteral("doctor.sqlite"));
    receiverOptions.database.synchronousFull = false;
    {
        auto scratch = Database::open(receiverOptions.database, QStringLiteral("doctor-seed"));
        if (!scratch)
            return {fail(name, scratch.error(), QStringLiteral("check the temporary folder"))};
        ConfigStore store((*scratch)->handle());
        for (const AppRecord &app : trust.apps()) {
            AppRecord copy = app;
            if (copy.secret.isEmpty())
                copy.secret = "-";
            if (copy.verifyToken.isEmpty())
                copy.verifyToken = "-";
            store.addApp(copy);
        }
        for (const LineRecord &line : trust.lines())
            store.addLine(line);
    }
    bool tls = false;
#if QT_CONFIG(ssl)
    // Over HTTPS when the certificate is usable; over HTTP when it failed its own check above.
    if (certificateUsable && !options.tlsCertificate.isEmpty() && !options.tlsKey.isEmpty()) {
        QFile certFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        if (certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
            const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
            const QByteArray keyData = keyFile.readAll();
            QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
            if (!chain.isEmpty() && !key.isNull()) {
                QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                configuration.setLocalCertificateChain(chain);
                configuration.setPrivateKey(key);
                configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
                receiverOptions.tls = configuration;
                tls = true;
            }
        }
    }
#endif
    Receiver receiver(receiverOptions);
    const auto port = receiver.start();
    if (!port)
        return {fail(name,
                     QStringLiteral("a receiver with this configuration does not start: %1")
                         .arg(port.error()),
                     QStringLiteral("fix the problem above"))};
    for (const AppRecord &app : trust.apps()) {
        QString line;
        for (const LineRecord &l : trust.lines()) {
            if (l.appId == app.appId && l.active) {
                line = l.phoneNumberId;
                break;
            }
        }
        const QByteArray body =
            QByteArrayLiteral("{\"object\":\"whatsapp_business_account\",\"entry\":[]}");
        const QByteArray route = line.isEmpty() ? QByteArrayLiteral("/webhook")
                                                : QByteArrayLiteral("/webhook/") + line.toUtf8();
        const QByteArray post = "POST " + route +
                                " HTTP/1.1\r\nHost: doctor\r\nContent-Type: application/json\r\n"
                                "X-Hub-Signature-256: " +
                                SignatureVerifier::headerFor(app.secret, body) +
                                "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                "\r\nConnection: close\r\n\r\n" + body;
        const QByteArray posted = exchange(QHostAddress::LocalHost, *port, tls, post);
        const QByteArray challenge = QByteArray::number(QRandomGenerator::global()->generate());
        const QByteArray get =
            "GET " + route + "?hub.mode=subscribe&hub.challenge=" + challenge +
            "&hub.verify_token=" + QUrl::toPercentEncoding(QString::fromUtf8(app.verifyToken)) +
            " HTTP/1.1\r\nHost: doctor\r\nConnection: close\r\n\r\n";
        const QByteArray handshake = exchange(QHostAddress::LocalHost, *port, tls, get);
        const QString checkName = name + QStringLiteral(" (app %1)").arg(app.appId);
        if (!posted.startsWith("200\n"))
            checks << fail(checkName,
                           QStringLiteral("a delivery signed with the app's secret got %1")
                               .arg(posted.isEmpty() ? QStringLiteral("no answer")
                                                     : QString::fromUtf8(posted.left(3))),
                           QStringLiteral("check the app secret (Meta App Dashboard, App "
                                          "settings, Basic) and set it again"));
        else if (handshake != "200\n" + challenge)
            checks << fail(checkName,
                           QStringLiteral("the verification handshake with the app's token got "
                                          "%1")
                               .arg(handshake.isEmpty() ? QStringLiteral("no answer")
                                                        : QString::fromUtf8(handshake.left(3))),
                           QStringLiteral("set the verify token again; it must equal the one "
                                          "in Meta's webhook settings"));
        else
            checks << pass(checkName,
                           QStringLiteral("POST %1 signed with its secret got 200, and the GET "
                                          "handshake with its token echoed the challenge")
                               .arg(QString::fromUtf8(route)));
    }
    receiver.stop();
    return checks;
}

DoctorCheck checkQuietLines(Database &db, const TrustDirectory &trust, qint64 nowUs)
{
    const QString name = QStringLiteral("quiet lines");
    QStringList quiet;
    const qint64 now = nowUs / 1'000'000;
    for (const LineRecord &line : trust.lines()) {
        if (!line.active)
            continue;
        // The line's rhythm: the gaps between its latest twenty conversations' activity.
        QSqlQuery q(db.handle());
        q.prepare(QStringLiteral("SELECT last_ts FROM proj.conversations WHERE line = ? "
                                 "ORDER BY last_ts DESC LIMIT 21"));
        q.addBindValue(line.phoneNumberId);
        if (!q.exec())
            continue;
        QList<qint64> times;
        while (q.next())
            times << q.value(0).toLongLong();
        if (times.size() < 6)
            continue; // too little history to know its rhythm
        QList<qint64> gaps;
        for (qsizetype i = 1; i < times.size(); ++i)
            gaps << times.at(i - 1) - times.at(i);
        std::sort(gaps.begin(), gaps.end());
        const qint64 usual = std::max<qint64>(60, gaps.at(gaps.size() / 2));
        const qint64 silent = now - times.first();
        if (silent > std::max<qint64>(20 * usual, 6 * 3600))
            quiet << QStringLiteral("%1 (%2) silent for %3 h, usually every %4 min")
                         .arg(line.label.isEmpty() ? line.phoneNumberId : line.label,
                              line.phoneNumberId)
                         .arg(silent / 3600)
                         .arg(std::max<qint64>(1, usual / 60));
    }
    if (!quiet.isEmpty())
        return fail(name, quiet.join(QStringLiteral("; ")),
                    QStringLiteral("check the app's webhook subscription in Meta's dashboard "
                                   "(callback URL, verify token, the messages field) and that "
                                   "Meta can reach this address"));
    return pass(name, QStringLiteral("every line is within its usual rhythm (or too new to have "
                                     "one)"));
}

// One cheap Graph call per app with a token: its first line's number and name. Only the
// access token's kind of problem fails; apps without one are named (media and replies need it).
DoctorCheck checkAccessTokens(const TrustDirectory &trust, GraphEndpoint endpoint)
{
    const QString name = QStringLiteral("access tokens");
    endpoint.timeoutMs = qMin(endpoint.timeoutMs, 8000);
    endpoint.attempts = 1;
    GraphClient client(endpoint);
    QStringList good;
    QStringList without;
    QStringList problems;
    for (const AppRecord &app : trust.apps()) {
        const QByteArray token = trust.accessToken(app.appId);
        const LineRecord *line = nullptr;
        for (const LineRecord &candidate : trust.lines()) {
            if (candidate.appId == app.appId && candidate.active) {
                line = &candidate;
                break;
            }
        }
        if (token.isEmpty()) {
            without << app.appId;
            continue;
        }
        if (!line) {
            good << QStringLiteral("%1 (no active line to try it on)").arg(app.appId);
            continue;
        }
        const GraphClient::Answer answer =
            client.getNow(QStringLiteral("/%1?fields=display_phone_number,verified_name")
                              .arg(line->phoneNumberId),
                          token);
        if (answer.error.isError())
            problems << QStringLiteral("app %1 on line %2: %3")
                            .arg(app.appId, line->phoneNumberId, answer.error.describe());
        else
            good << QStringLiteral("%1 (line %2 is %3)")
                        .arg(app.appId, line->phoneNumberId,
                             answer.body.value(QLatin1String("verified_name"))
                                 .toString(answer.body.value(QLatin1String("display_phone_number"))
                                               .toString(line->phoneNumberId)));
    }
    QString detail = good.isEmpty()
                         ? QString()
                         : QStringLiteral("accepted for %1").arg(good.join(QStringLiteral(", ")));
    if (!without.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                  QStringLiteral("no token for %1, so no media downloads or replies there "
                                 "(hookline apps token --app-id ID)")
                      .arg(without.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        return fail(name, problems.join(QStringLiteral("; ")),
                    QStringLiteral("make a new system user token with whatsapp_business_messaging "
                                   "and whatsapp_business_management in Business Manager, then "
                                   "keep it with: hookline apps token --app-id ID"));
    return pass(name, detail.isEmpty() ? QStringLiteral("no apps") : detail);
}

} // namespace

QList<DoctorCheck> Doctor::run(const DoctorOptions &options)
{
    const qint64 nowUs = options.nowUs ? options.nowUs : Clock::nowMicros();
    QList<DoctorCheck> checks;
    std::unique_ptr<Database> db;
    checks << checkDatabase(options, db);
    const bool tls = !options.tlsCertificate.isEmpty() && !options.tlsKey.isEmpty();
    checks << checkListenAddress(options, tls);
    const DoctorCheck certificate = checkCertificate(options, nowUs);
    checks << certificate;
    if (!db)
        return checks;
    const auto trust = ConfigStore(db->handle()).load();
    if (!trust) {
        checks << fail(QStringLiteral("apps"), trust.error(),
                       QStringLiteral("restore the database from a backup"));
        return checks;
    }
    checks << checkConfiguration(*trust);
    checks << checkEndToEnd(options, *trust, certificate.passed);
    checks << checkQuietLines(*db, *trust, nowUs);
    if (options.graph)
        checks << checkAccessTokens(*trust, *options.graph);
    return checks;
}

bool Doctor::allPassed(const QList<DoctorCheck> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(),
                       [](const DoctorCheck &c) { return c.passed; });
}

} // namespace hookline
