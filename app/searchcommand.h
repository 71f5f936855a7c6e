#pragma once

#include <QStringList>

namespace hookline {

// `hookline search QUERY [--line ID] [--format json] [--limit N]`: messages and contacts whose
// words match, grouped by conversation, newest first.
class SearchCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
