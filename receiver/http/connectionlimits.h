#pragma once

#include "http/requestframer.h"

namespace hookline {

// Limits the receiver enforces on every connection (QHttpServer 6.4 has none of its own).
struct ConnectionLimits
{
    FramerLimits framing;
    int headerTimeoutMs = 10'000;  // first byte of a request to the end of its headers
    int requestTimeoutMs = 30'000; // first byte of a request to its last byte
    int idleTimeoutMs = 60'000;    // keep-alive connection with no request in progress
    int maxConnections = 4096;
};

} // namespace hookline
