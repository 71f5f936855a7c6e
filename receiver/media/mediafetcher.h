#pragma once

#include "graph/graphclient.h"
#include "mediaitem.h"
#include "mediastore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookline {

// Downloads one message's media: asks the Graph API for the media id's short-lived URL, then
// streams the file from it with the access token into the store's partial folder, hashing as it
// goes; never holds the file in memory. The file is kept only when its SHA-256 is the one the
// webhook (and the Graph API) named and it is whole.
class MediaFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaFetcher)

public:
    struct Result
    {
        enum class Outcome
        {
            Stored,   // kept: sha256 and size
            Retry,    // worth another attempt later: error says why
            Expired,  // Meta no longer serves this media id
            TooLarge, // over the size cap: not downloaded
            Refused,  // not worth asking again (a file that is not the one named, an unsafe URL)
        };
        Outcome outcome = Outcome::Retry;
        QString error;
        QString sha256;
        qint64 size = 0;
        qint64 declaredSize = -1;
        QString mime;
        // The line's app has no access token here: a set-up to finish, not the media's
        // failure; it waits without using up attempts.
        bool noToken = false;
    };

    MediaFetcher(GraphClient &client, QNetworkAccessManager &network, const MediaStore &store,
                 qint64 capBytes, QObject *parent = nullptr);

    // Why a download waits: its line's app has no access token here.
    static QString noTokenText();
    void fetch(const MediaItem &item, const QByteArray &token);

    // The webhook's sha256 (base64) or the Graph API's (hex or base64), as hex; empty if neither.
    static QString hexDigest(const QString &text);

signals:
    void progress(const QString &line, const QString &wamid, qint64 received, qint64 total);
    void finished(const hookline::MediaFetcher::Result &result);

private:
    void resolved(const GraphClient::Answer &answer);
    void download(const QUrl &url);
    void received();
    void downloaded();
    void finish(Result result);

    GraphClient &m_client;
    QNetworkAccessManager &m_network;
    const MediaStore &m_store;
    qint64 m_cap;
    MediaItem m_item;
    QByteArray m_token;
    QString m_expected; // hex
    QString m_partialPath;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QPointer<QNetworkReply> m_reply;
    qint64 m_received = 0;
    qint64 m_lastProgressAt = -1;
    Result m_result;
    bool m_done = false;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::MediaFetcher::Result)
