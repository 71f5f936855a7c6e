#include "grapherror.h"

#include "errorcatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

GraphError GraphError::fromAnswer(int httpStatus, const QByteArray &body,
                                  const QByteArray &retryAfter)
{
    GraphError error;
    error.httpStatus = httpStatus;
    if (httpStatus >= 200 && httpStatus < 300)
        return error;
    const QJsonObject object =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    error.code = object.value(QLatin1String("code")).toInt();
    error.subcode = object.value(QLatin1String("error_subcode")).toInt();
    error.metaMessage = object.value(QLatin1String("message")).toString().left(500);
    error.fbtraceId = object.value(QLatin1String("fbtrace_id")).toString().left(64);
    bool isNumber = false;
    const int seconds = retryAfter.trimmed().toInt(&isNumber);
    if (isNumber && seconds >= 0)
        error.retryAfterSeconds = seconds;

    const int code = error.code;
    if (code == 190)
        error.kind = Kind::TokenExpired;
    else if (code == 10 || (code >= 200 && code <= 299) || code == 131005)
        error.kind = Kind::Permission;
    else if (code == 4 || code == 80007 || code == 130429 || code == 131056 || httpStatus == 429)
        error.kind = Kind::RateLimited;
    else if (code == 131047)
        error.kind = Kind::OutsideWindow;
    else if (httpStatus == 404 || (code == 100 && error.subcode == 33))
        error.kind = Kind::NotFound;
    else if (httpStatus == 401)
        error.kind = Kind::TokenExpired;
    else if (httpStatus >= 500)
        error.kind = Kind::ServerError; // with or without a code (1, 2, 131000): it may have worked
    else
        error.kind = Kind::Rejected;
    return error;
}

GraphError GraphError::noToken(const QString &appId)
{
    GraphError error;
    error.kind = Kind::NoToken;
    error.metaMessage = appId;
    return error;
}

QString GraphError::word() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::NoToken:
        return QStringLiteral("no_access_token");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::AnswerLost:
        return QStringLiteral("answer_lost");
    case Kind::TokenExpired:
        return QStringLiteral("token_expired");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::OutsideWindow:
        return QStringLiteral("outside_window");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    }
    return QStringLiteral("error");
}

QString GraphError::describe() const
{
    QString what;
    switch (kind) {
    case Kind::None:
        return tr("no error");
    case Kind::NoToken:
        return tr("app %1 has no access token here; keep one with: hookline apps token --app-id "
                  "%1")
            .arg(metaMessage);
    case Kind::Unreachable:
        return tr("cannot reach the Graph API (%1); nothing was sent").arg(networkError);
    case Kind::AnswerLost:
        return tr("the Graph API's answer was lost (%1); whether Meta accepted it is unknown, "
                  "and it is not sent again")
            .arg(networkError.isEmpty() ? tr("no usable answer") : networkError);
    case Kind::TokenExpired:
        what = tr("the access token was refused");
        break;
    case Kind::Permission:
        what = tr("the access token lacks a permission");
        break;
    case Kind::RateLimited:
        what = retryAfterSeconds >= 0
                   ? tr("rate limited; Meta asks to wait %1 s").arg(retryAfterSeconds)
                   : tr("rate limited");
        break;
    case Kind::NotFound:
        what = tr("not found");
        break;
    case Kind::OutsideWindow:
        what = tr("outside the customer-service window");
        break;
    case Kind::Rejected:
        what = tr("refused");
        break;
    case Kind::ServerError:
        what = tr("Meta's server failed (HTTP %1)").arg(httpStatus);
        break;
    }
    QString line = code != 0 ? tr("%1 (Meta code %2)").arg(what).arg(code) : what;
    if (!metaMessage.isEmpty())
        line += QStringLiteral(": ") + metaMessage;
    const QString hint = code != 0 ? ErrorCatalogue::hint(code) : QString();
    if (!hint.isEmpty())
        line += (line.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) + hint;
    if (!fbtraceId.isEmpty())
        line += QStringLiteral(" [fbtrace_id %1]").arg(fbtraceId);
    return line;
}

} // namespace hookline
