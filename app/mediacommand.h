#pragma once

#include <QStringList>

namespace hookline {

// `hookline media list [--line ID] [--state S] [--format json]`: each inbound media message and
// where its download stands; `hookline media fetch WAMID`: downloads one now, with the line's
// app's access token, and prints where the file is kept.
class MediaCommand
{
public:
    static int run(const QStringList &args);

private:
    static int list(const QStringList &args);
    static int fetch(const QStringList &args);
};

} // namespace hookline
