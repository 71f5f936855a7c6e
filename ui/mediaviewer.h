#pragma once

#include <QDialog>

class QLabel;

namespace hookline {

class ThumbnailCache;

// A customer's picture at the size of the screen (decoded off the GUI thread), with Open in the
// system's viewer and Save as…; Esc closes it.
class MediaViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaViewer)

public:
    MediaViewer(const QString &path, const QString &title, ThumbnailCache *pictures,
                QWidget *parent = nullptr);

signals:
    void openRequested();
    void saveRequested();

private:
    void showPicture();

    QString m_path;
    QSize m_box;
    ThumbnailCache *m_pictures;
    QLabel *m_picture;
};

} // namespace hookline
