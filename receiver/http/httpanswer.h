#pragma once

#include <QByteArray>
#include <QHttpServerResponder>

namespace hookline {

// A complete HTTP answer, ready to be written when its turn comes.
struct HttpAnswer
{
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QByteArray allow; // the Allow header of a 405

    static HttpAnswer text(QHttpServerResponder::StatusCode status, QByteArray body)
    {
        HttpAnswer answer;
        answer.status = status;
        answer.body = std::move(body);
        return answer;
    }
    static HttpAnswer json(QHttpServerResponder::StatusCode status, QByteArray body)
    {
        HttpAnswer answer;
        answer.status = status;
        answer.contentType = "application/json";
        answer.body = std::move(body);
        return answer;
    }

    // The reason phrase of every status the receiver answers with.
    static QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 100:
            return "Continue";
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 408:
            return "Request Timeout";
        case 413:
            return "Payload Too Large";
        case 431:
            return "Request Header Fields Too Large";
        case 500:
            return "Internal Server Error";
        case 501:
            return "Not Implemented";
        case 503:
            return "Service Unavailable";
        default:
            return "Error";
        }
    }
};

} // namespace hookline
