// Fuzzes what the receiver parses from the network before anything is stored: the HTTP
// framing (request line, headers, Content-Length and chunked bodies, fed in random pieces), the
// X-Hub-Signature-256 header, the GET handshake's query, and the routing of a body to lines
// (where the one-pass envelope scanner is compared with QJsonDocument).
// The first byte picks the parser; the rest is its input.
#include "http/requestframer.h"
#include "http/signatureverifier.h"
#include "routing/deliveryclassifier.h"
#include "trustdirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

using namespace hookline;

namespace {

const TrustDirectory &directory()
{
    static const TrustDirectory d(
        {{QStringLiteral("northwind"), {}, "fuzz-secret-northwind", "fuzz-token-northwind"},
         {QStringLiteral("lumen"), {}, "fuzz-secret-lumen", "fuzz-token-lumen"}},
        {{QStringLiteral("106540352242922"),
          QStringLiteral("102290129340398"),
          {},
          {},
          QStringLiteral("northwind"),
          true},
         {QStringLiteral("107711223344556"),
          QStringLiteral("102290129340398"),
          {},
          {},
          QStringLiteral("northwind"),
          true},
         {QStringLiteral("108877665544332"),
          QStringLiteral("109988776655443"),
          {},
          {},
          QStringLiteral("lumen"),
          true}});
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        // Framing, in pieces whose sizes come from the input itself.
        FramerLimits limits;
        limits.maxBodyBytes = 64 * 1024;
        limits.maxHeaderBytes = 8 * 1024;
        RequestFramer framer(limits);
        qsizetype at = 0;
        int step = 1 + data[0] / 4;
        while (at < input.size() && !framer.failed()) {
            const qsizetype piece = std::min<qsizetype>(step, input.size() - at);
            const RequestFramer::Progress progress = framer.feed(input.sliced(at, piece));
            if (progress.failure != RequestFramer::Failure::None && progress.reason.isEmpty())
                std::abort(); // every refusal says why
            at += piece;
            step = step * 3 % 61 + 1;
        }
        break;
    }
    case 1: {
        const auto digest = SignatureVerifier::parseHeader(input);
        if (digest && digest->size() != SignatureVerifier::DigestSize)
            std::abort();
        if (digest)
            directory().appForSignature(input, *digest);
        break;
    }
    case 2: {
        const QUrlQuery query(QString::fromUtf8(input));
        const QString token =
            query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded);
        directory().appForVerifyToken(token.toUtf8());
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
        break;
    }
    case 3: {
        const DeliveryRouting routing =
            DeliveryClassifier::classify(input, QStringLiteral("northwind"), directory());
        for (const QString &line : routing.lines) {
            if (!directory().line(line))
                std::abort(); // only configured lines are routable
        }
        routing.problemsJson();
        DeliveryClassifier::classify(input, QString(), directory());
        // Differential: where the one-pass scanner answers, QJsonDocument accepts the body
        // and reads the same envelope from it.
        if (const auto scanned = RoutingEnvelope::scan(input)) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(input.toByteArray(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject() ||
                RoutingEnvelope::fromObject(document.object()) != *scanned)
                std::abort();
        }
        break;
    }
    }
    return 0;
}
