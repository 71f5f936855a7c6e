#pragma once

#include <QStringList>

namespace hookline {

// `hookline send --line PNID --to ID (--text T | --template NAME --lang CODE [--param V]... |
// --react EMOJI) [--reply-to WAMID]`: one message through the Graph API (MessageSender), the
// same checks and records as the console's composer; prints the wamid Meta gave it.
class SendCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
