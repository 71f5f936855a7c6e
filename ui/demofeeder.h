#pragma once

#include "expected.h"

#include <QList>
#include <QObject>
#include <QString>

namespace hookline {

class ConsoleEngine;
class TestWebhookSender;

// "Try it with sample data": two demo apps and lines in a scratch database, then realistic
// webhooks signed with the demo apps' secrets and POSTed to the console's own receiver, as Meta
// would: conversations of every message type (text, image, location, document, voice note,
// sticker, contact card, button reply; Spanish and Arabic customers), an outbound message whose
// status moves from sent to delivered to read, a reaction, a failed delivery, a template event
// and a delivery for a number nobody configured, which becomes a dead letter to look at and
// retry. Never used on a person's own database (ConsoleCommand gives it a scratch one).
class DemoFeeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFeeder)

public:
    static constexpr const char *shopLine = "100000000000001";
    static constexpr const char *clinicLine = "100000000000002";
    static constexpr const char *strangerLine = "100000000000009"; // configured nowhere

    explicit DemoFeeder(ConsoleEngine *engine, QObject *parent = nullptr);
    ~DemoFeeder() override;

    // Adds the demo apps (fresh random secrets) and lines.
    Status seed();
    // Sends the webhooks, a few at a time, the statuses of one message a second apart.
    void start();
    int total() const { return int(m_steps.size()); }

signals:
    // Each answered POST; then finished once all are (status 200 counted in accepted).
    void progress(int answered, int total);
    void finished(int accepted, int total);

private:
    struct Step
    {
        int atMs;
        QString line;
        QByteArray body;
    };
    void plan();
    void sendNext();

    ConsoleEngine *m_engine;
    TestWebhookSender *m_sender;
    QList<Step> m_steps;
    QByteArray m_shopSecret;
    QByteArray m_clinicSecret;
    qsizetype m_next = 0;
    int m_answered = 0;
    int m_accepted = 0;
};

} // namespace hookline
