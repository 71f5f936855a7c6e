#include "signatureverifier.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/sha.h>

namespace hookline {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// OpenSSL 3 looks algorithms up by name on every one-shot call; fetch them once.
EVP_MD *sha256Digest()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
               &length, sha256Digest(), nullptr);
    return out;
}

} // namespace

QByteArray SignatureVerifier::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(DigestSize, Qt::Uninitialized);
    static const unsigned char emptyKey = 0;
    const auto *keyData =
        key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digestName, 0),
                                 OSSL_PARAM_construct_end()};
    EVP_MAC_CTX *context = EVP_MAC_CTX_new(hmacAlgorithm());
    size_t length = 0;
    const bool done = context && EVP_MAC_init(context, keyData, size_t(key.size()), params) == 1 &&
                      EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(data.data()),
                                     size_t(data.size())) == 1 &&
                      EVP_MAC_final(context, reinterpret_cast<unsigned char *>(out.data()), &length,
                                    size_t(out.size())) == 1;
    EVP_MAC_CTX_free(context);
    if (!done)
        return {};
    out.resize(qsizetype(length));
    return out;
}

QByteArray SignatureVerifier::headerFor(QByteArrayView secret, QByteArrayView body)
{
    return QByteArray("sha256=").append(hmacSha256(secret, body).toHex());
}

std::optional<QByteArray> SignatureVerifier::parseHeader(QByteArrayView headerValue)
{
    static constexpr QByteArrayView prefix("sha256=");
    const QByteArrayView value = headerValue.trimmed();
    if (value.size() != prefix.size() + 2 * DigestSize)
        return std::nullopt;
    if (value.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QByteArray digest(DigestSize, Qt::Uninitialized);
    const QByteArrayView hex = value.sliced(prefix.size());
    for (int i = 0; i < DigestSize; ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        digest[i] = char((hi << 4) | lo);
    }
    return digest;
}

bool SignatureVerifier::matches(QByteArrayView secret, QByteArrayView body, QByteArrayView digest)
{
    if (secret.isEmpty() || digest.size() != DigestSize)
        return false;
    const QByteArray expected = hmacSha256(secret, body);
    return CRYPTO_memcmp(expected.constData(), digest.data(), DigestSize) == 0;
}

bool SignatureVerifier::secretsEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QByteArray da = sha256(a);
    const QByteArray db = sha256(b);
    return CRYPTO_memcmp(da.constData(), db.constData(), SHA256_DIGEST_LENGTH) == 0;
}

QByteArray SignatureVerifier::sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

} // namespace hookline
