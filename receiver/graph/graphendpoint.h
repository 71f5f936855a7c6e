#pragma once

#include <QString>
#include <QUrl>

namespace hookline {

// Where the Graph API is and how long to wait for it. The base URL is Meta's Graph host unless
// an operator (or a test's mock server) names another with --graph-url.
struct GraphEndpoint
{
    static constexpr const char *DefaultBase = "https://graph.facebook.com";
    static constexpr const char *DefaultVersion = "v24.0";

    QUrl base = QUrl(QString::fromLatin1(DefaultBase));
    QString version = QString::fromLatin1(DefaultVersion);
    // A request with no answer after this long is given up (a send's outcome is then unknown).
    int timeoutMs = 30000;
    // Rate limits: the first wait when Meta gives no Retry-After, doubled at each attempt, and
    // the longest wait Hookline accepts before it gives up and says so.
    int retryBaseMs = 1000;
    int longestWaitMs = 60000;
    int attempts = 4;

    // base/version/path, with path's own query kept.
    QUrl url(const QString &path) const;
    // "v24.0" and "24.0" are the same version; anything else is not one.
    static bool isVersion(const QString &text);
};

} // namespace hookline
