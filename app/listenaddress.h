#pragma once

#include "expected.h"

#include <QHostAddress>

namespace hookline {

// HOST:PORT as given to --listen ("127.0.0.1:8080", "[::1]:0", "localhost:8080").
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;

    static Expected<ListenAddress> parse(const QString &text);
};

} // namespace hookline
