#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

typedef struct evp_mac_ctx_st EVP_MAC_CTX;

namespace hookline {

// One secret made ready for HMAC-SHA256 once: OpenSSL's context keyed with it, copied for each
// body. Keying a context (fetching SHA-256 by name, hashing the padded key twice) cost more
// than the HMAC of a typical webhook body. Immutable after construction, so one key may be
// used from several threads.
class HmacKey
{
    Q_DISABLE_COPY_MOVE(HmacKey)

public:
    explicit HmacKey(QByteArrayView secret);
    ~HmacKey();

    // The raw 32-byte HMAC-SHA256 of data; empty if OpenSSL failed.
    QByteArray sign(QByteArrayView data) const;
    // As SignatureVerifier::matches, for this key.
    bool matches(QByteArrayView body, QByteArrayView digest) const;

private:
    EVP_MAC_CTX *m_context = nullptr;
    bool m_empty = true;
};

// HMAC-SHA256 signatures as Meta sends them in X-Hub-Signature-256, computed with OpenSSL over
// the exact body bytes and compared in constant time.
class SignatureVerifier
{
public:
    static constexpr int DigestSize = 32;

    // The raw 32-byte HMAC-SHA256 of data under key.
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

    // The header value Meta would send for body under secret: "sha256=<lowercase hex>".
    static QByteArray headerFor(QByteArrayView secret, QByteArrayView body);

    // Decodes "sha256=<64 hex digits>" (hex in either case) to the 32 digest bytes; nullopt
    // when the value is malformed.
    static std::optional<QByteArray> parseHeader(QByteArrayView headerValue);

    // True when digest (32 bytes) is the HMAC of body under secret. Constant time in the
    // digest's content. An empty secret never matches.
    static bool matches(QByteArrayView secret, QByteArrayView body, QByteArrayView digest);

    // Constant-time equality of two secrets of any length (compares their SHA-256 digests).
    // Empty values never match.
    static bool secretsEqual(QByteArrayView a, QByteArrayView b);

    // Lowercase hex SHA-256 of data.
    static QByteArray sha256Hex(QByteArrayView data);
};

} // namespace hookline
