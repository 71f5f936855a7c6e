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

HmacKey::HmacKey(QByteArrayView secret)
    : m_empty(secret.isEmpty())
{
    static const unsigned char emptyKey = 0;
    const auto *keyData =
        secret.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(secret.data());
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digestName, 0),
                                 OSSL_PARAM_construct_end()};
    m_context = EVP_MAC_CTX_new(hmacAlgorithm());
    if (m_context && EVP_MAC_init(m_context, keyData, size_t(secret.size()), params) != 1) {
        EVP_MAC_CTX_free(m_context);
        m_context = nullptr;
    }
}

HmacKey::~HmacKey()
{
    EVP_MAC_CTX_free(m_context);
}

QByteArray HmacKey::sign(QByteArrayView data) const
{
    if (!m_context)
        return {};
    QByteArray out(SignatureVerifier::DigestSize, Qt::Uninitialized);
    EVP_MAC_CTX *context = EVP_MAC_CTX_dup(m_context);
    size_t length = 0;
    const bool done = context &&
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

bool HmacKey::matches(QByteArrayView body, QByteArrayView digest) const
{
    // The HMAC is computed even for an empty secret, which never matches: the time taken
    // does not tell that a line's app has none.
    const QByteArray expected = sign(body);
    if (m_empty || digest.size() != SignatureVerifier::DigestSize)
        return false;
    return expected.size() == SignatureVerifier::DigestSize &&
           CRYPTO_memcmp(expected.constData(), digest.data(), SignatureVerifier::DigestSize) == 0;
}

QByteArray SignatureVerifier::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    return HmacKey(key).sign(data);
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
    return HmacKey(secret).matches(body, digest);
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
