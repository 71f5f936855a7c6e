#pragma once

#include "http/requestframer.h"

namespace hookline {

// Limits the receiver's edge (GuardedTcpServer) enforces on every connection.
struct ConnectionLimits
{
    FramerLimits framing;
    int headerTimeoutMs = 10'000;  // first byte of a request to the end of its headers
    int requestTimeoutMs = 30'000; // first byte of a request to its last byte
    int idleTimeoutMs = 60'000;    // keep-alive connection with no request in progress
    int maxConnections = 4096;
    // Connections one client address may hold at once, so no single client can take every slot
    // (Meta's delivery uses a handful per receiver).
    int maxConnectionsPerPeer = 256;
    // Bytes of unfinished requests held across all connections; a request that would pass
    // this gets 503 (Meta retries), so many slow large bodies cannot exhaust memory. Qt holds
    // such bytes twice (socket buffer and parser) with growth slack, so they cost up to about
    // 3.5 times this in resident memory (measured with hookline-hostile).
    qint64 maxUnfinishedBytes = 64LL * 1024 * 1024;
};

} // namespace hookline
