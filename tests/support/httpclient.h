#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace hookline::test {

struct HttpReply
{
    int status = 0; // 0 when no HTTP answer came
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;
    QByteArray contentTypeOptions; // X-Content-Type-Options
    QString error;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A real HTTP client (QNetworkAccessManager) with a blocking call for tests.
class HttpClient
{
public:
    HttpReply get(const QUrl &url, int timeoutMs = 10'000);
    HttpReply post(const QUrl &url, const QByteArray &body, const Headers &headers,
                   int timeoutMs = 10'000);
    HttpReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                   const Headers &headers, int timeoutMs = 10'000);

    QNetworkAccessManager &manager() { return m_manager; }

    static HttpReply finish(class QNetworkReply *reply);

private:
    QNetworkAccessManager m_manager;
};

} // namespace hookline::test
