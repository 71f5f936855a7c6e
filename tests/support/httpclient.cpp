#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace hookline::test {

HttpReply HttpClient::get(const QUrl &url, int timeoutMs)
{
    return send("GET", url, {}, {}, timeoutMs);
}

HttpReply HttpClient::post(const QUrl &url, const QByteArray &body, const Headers &headers,
                           int timeoutMs)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", url, body, all, timeoutMs);
}

HttpReply HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                           const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (verb == "HEAD") {
        // As its own operation, or Qt would wait for the body a HEAD answer never has.
        reply = m_manager.head(request);
    } else {
        QBuffer *buffer = new QBuffer;
        buffer->setData(body);
        reply = m_manager.sendCustomRequest(request, verb, buffer);
        buffer->setParent(reply);
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        HttpReply timedOut;
        timedOut.error = QStringLiteral("timed out");
        reply->deleteLater();
        return timedOut;
    }
    return finish(reply);
}

HttpReply HttpClient::finish(QNetworkReply *reply)
{
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.allow = reply->rawHeader("Allow");
    result.contentTypeOptions = reply->rawHeader("X-Content-Type-Options");
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace hookline::test
