#pragma once

#include <QStringList>

namespace hookline {

// `hookline templates --line ID [--refresh] [--format json]`: the message templates of the
// line's WhatsApp business account (TemplateCatalog), as last listed, or listed again from the
// Graph API with --refresh.
class TemplatesCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
