#pragma once

#include <QObject>
#include <QString>

namespace hookline {

class MainWindow;

// Walks through the console's main views and saves a picture of each ("<prefix>-<view>.png"):
// the README's screenshots and a way to look at every view as a user would.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow *window, QString directory, QString prefix,
                   QObject *parent = nullptr);
    void start(int delayMs);

signals:
    void finished();

private:
    void step();

    MainWindow *m_window;
    QString m_directory;
    QString m_prefix;
    int m_step = 0;
};

} // namespace hookline
