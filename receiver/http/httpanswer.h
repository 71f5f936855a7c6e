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
};

} // namespace hookline
