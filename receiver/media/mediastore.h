#pragma once

#include "expected.h"

#include <QSet>
#include <QString>

namespace hookline {

struct DatabaseOptions;

// The files of downloaded media, named by their content (SHA-256, hex) under a folder beside the
// database: the same file sent twice is kept once, and a name never comes from what a customer
// sent. A download is written to partial/ first and moved into place only once verified, so a
// file in place is always whole.
class MediaStore
{
public:
    explicit MediaStore(QString root);

    // Beside a SQLite file ("hookline.db" keeps "hookline-media/"); for PostgreSQL, under this
    // user's data folder, one folder per server and database.
    static QString rootFor(const DatabaseOptions &options);

    const QString &root() const { return m_root; }
    Status ensure() const;

    // Where a file is kept: root/ab/<sha256>.<extension the mime type suggests>.
    QString pathOf(const QString &sha256, const QString &mime) const;
    bool contains(const QString &sha256, const QString &mime) const;
    // A private place to write one download to: named for the message and this attempt, so
    // two processes fetching the same message never write one file.
    QString partialPath(const QString &line, const QString &wamid) const;
    // Moves a verified download into place (or drops it when the same file is already kept).
    Status adopt(const QString &partial, const QString &sha256, const QString &mime) const;
    bool remove(const QString &sha256, const QString &mime) const;

    // The file name's extension: the mime type's usual one when it is a kind of file people
    // open to look at (pictures, sound, video, documents), else "bin", so that Open never hands
    // the system something it would run.
    static QString extensionFor(const QString &mime);
    // Removes the files no stored row names (erased, pruned or evicted ones) and downloads cut
    // short more than an hour ago; returns how many files went.
    int sweep(const QSet<QString> &kept) const;

private:
    QString m_root;
};

} // namespace hookline
