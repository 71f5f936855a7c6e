#pragma once

#include <QObject>

class QSocketNotifier;

namespace hookline {

// Turns SIGINT and SIGTERM into a Qt signal delivered in the main thread (self-pipe trick).
// On platforms without POSIX signals it does nothing.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hookline
