#include "mediaviewer.h"

#include "thumbnailcache.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hookline {

MediaViewer::MediaViewer(const QString &path, const QString &title, ThumbnailCache *pictures,
                         QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_pictures(pictures)
    , m_picture(new QLabel(this))
{
    setWindowTitle(title);
    const QRect screen =
        parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    m_box = QSize(screen.width() * 8 / 10, screen.height() * 8 / 10);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setText(tr("Loading the picture…"));
    m_picture->setAccessibleName(tr("Picture"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_picture);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, &MediaViewer::openRequested);
    connect(save, &QPushButton::clicked, this, &MediaViewer::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(qMin(m_box.width(), 900), qMin(m_box.height(), 700));
    connect(pictures, &ThumbnailCache::ready, this, [this](const QString &ready) {
        if (ready == m_path)
            showPicture();
    });
    showPicture();
}

void MediaViewer::showPicture()
{
    const QImage image = m_pictures->find(m_path, m_box);
    if (image.isNull()) {
        if (m_pictures->isUnreadable(m_path, m_box))
            m_picture->setText(tr("This picture cannot be shown here; Open shows it in the "
                                  "system's viewer."));
        return;
    }
    m_picture->setPixmap(QPixmap::fromImage(image));
    m_picture->setText({});
}

} // namespace hookline
