#pragma once

#include "http/signatureverifier.h"

#include <QByteArray>

namespace hookline::test {

// The app secrets and verify tokens of the test world. Tests sign fixture bytes with them.
inline const QByteArray northwindSecret = "test-secret-northwind-2f8c1e";
inline const QByteArray northwindToken = "verify-northwind-71d2";
inline const QByteArray lumenSecret = "test-secret-lumen-9a44b0";
inline const QByteArray lumenToken = "verify-lumen-0c3e";

inline QByteArray sign(const QByteArray &secret, const QByteArray &body)
{
    return SignatureVerifier::headerFor(secret, body);
}

} // namespace hookline::test
