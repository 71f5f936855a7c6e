#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QUrl>

#include <utility>

namespace hookline {

// One request as the receiver's own framer read it off a connection: the only parse its bytes
// get. Names and values are as sent (values without surrounding blanks).
struct HttpRequest
{
    QByteArray method; // a token, case as sent: "POST"
    QByteArray target; // the request target as sent: "/webhook/123?x=1"
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;       // de-chunked
    bool keepAlive = true; // false: answer with "Connection: close", then close

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QUrl url() const { return QUrl::fromEncoded(target); }
};

} // namespace hookline
