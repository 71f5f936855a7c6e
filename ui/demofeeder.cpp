#include "demofeeder.h"

#include "composer/samplewebhooks.h"
#include "composer/testwebhooksender.h"
#include "consoleengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace hookline {

namespace {

constexpr const char *shopWaba = "200000000000001";
constexpr const char *clinicWaba = "200000000000002";

QByteArray randomSecret()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toHex();
}

SampleWebhooks::Params customer(const char *line, const char *waba, const char *display,
                                const QString &waId, const QString &name, qint64 timestamp)
{
    SampleWebhooks::Params p;
    p.phoneNumberId = QString::fromLatin1(line);
    p.wabaId = QString::fromLatin1(waba);
    p.displayDigits = QString::fromLatin1(display);
    p.customer = waId;
    p.name = name;
    p.timestamp = timestamp;
    return p;
}

} // namespace

DemoFeeder::DemoFeeder(ConsoleEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sender(new TestWebhookSender(this))
{
    connect(m_sender, &TestWebhookSender::answered, this, [this](int status) {
        ++m_answered;
        m_accepted += status == 200 ? 1 : 0;
        emit
        progress(m_answered, total());
        if (m_answered == total())
            emit
        finished(m_accepted, total());
    });
}

DemoFeeder::~DemoFeeder() = default;

Status DemoFeeder::seed()
{
    m_shopSecret = randomSecret();
    m_clinicSecret = randomSecret();
    const QList<AppRecord> apps = {
        {QStringLiteral("demo-shop"), tr("Demo shop"), m_shopSecret, randomSecret()},
        {QStringLiteral("demo-clinic"), tr("Demo clinic"), m_clinicSecret, randomSecret()},
    };
    for (const AppRecord &app : apps) {
        if (Status added = m_engine->addApp(app); !added)
            return added;
    }
    const QList<LineRecord> lines = {
        {QString::fromLatin1(shopLine), QString::fromLatin1(shopWaba), tr("Shop support"),
         QStringLiteral("+1 555 010 1001"), QStringLiteral("demo-shop"), true},
        {QString::fromLatin1(clinicLine), QString::fromLatin1(clinicWaba), tr("Clinic"),
         QStringLiteral("+1 555 010 1002"), QStringLiteral("demo-clinic"), true},
    };
    for (const LineRecord &line : lines) {
        if (Status added = m_engine->addLine(line); !added)
            return added;
    }
    plan();
    return ok();
}

void DemoFeeder::plan()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString shop = QString::fromLatin1(shopLine);
    const QString clinic = QString::fromLatin1(clinicLine);
    int at = 0;
    auto add = [&](const QString &line, const QByteArray &body, int gapMs = 150) {
        at += gapMs;
        m_steps.append({at, line, body});
    };
    auto ana = customer(shopLine, shopWaba, "15550101001", QStringLiteral("5511987650001"),
                        QStringLiteral("Ana Souza"), now - 3600);
    ana.text = tr("Hi! Is the blue kettle back in stock?");
    add(shop, SampleWebhooks::build(SampleWebhooks::Text, ana, false));
    ana.timestamp += 60;
    ana.text = tr("This one, in blue");
    add(shop, SampleWebhooks::build(SampleWebhooks::Image, ana, false));

    auto dana = customer(shopLine, shopWaba, "15550101001", QStringLiteral("447700900123"),
                         QStringLiteral("Dana Okafor"), now - 2700);
    add(shop, SampleWebhooks::inbound(QStringLiteral("location"),
                                      {{QStringLiteral("latitude"), 51.5072},
                                       {QStringLiteral("longitude"), -0.1276},
                                       {QStringLiteral("name"), tr("Where I am")},
                                       {QStringLiteral("address"), QStringLiteral("London")}},
                                      dana));
    dana.timestamp += 30;
    add(shop,
        SampleWebhooks::inbound(QStringLiteral("document"),
                                {{QStringLiteral("filename"), QStringLiteral("invoice-2291.pdf")},
                                 {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                 {QStringLiteral("caption"), tr("The invoice you asked for")},
                                 {QStringLiteral("id"), QStringLiteral("1029384756102938")}},
                                dana));

    auto chen = customer(shopLine, shopWaba, "15550101001", QStringLiteral("8613800138000"),
                         QStringLiteral("Chen Wei"), now - 1800);
    add(shop, SampleWebhooks::inbound(
                  QStringLiteral("audio"),
                  {{QStringLiteral("mime_type"), QStringLiteral("audio/ogg; codecs=opus")},
                   {QStringLiteral("voice"), true},
                   {QStringLiteral("id"), QStringLiteral("1122334455667788")}},
                  chen));

    auto bruno = customer(shopLine, shopWaba, "15550101001", QStringLiteral("4915112345678"),
                          QStringLiteral("Bruno Keller"), now - 1200);
    add(shop, SampleWebhooks::inbound(
                  QStringLiteral("interactive"),
                  {{QStringLiteral("type"), QStringLiteral("button_reply")},
                   {QStringLiteral("button_reply"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("confirm")},
                                {QStringLiteral("title"), tr("Yes, confirm my order")}}}},
                  bruno));
    // A message the business sent Bruno more than a day after his last reply: Meta refuses it.
    bruno.wamid = SampleWebhooks::freshWamid();
    bruno.timestamp = now - 600;
    add(shop, SampleWebhooks::build(SampleWebhooks::StatusFailed, bruno, false));

    auto maria = customer(clinicLine, clinicWaba, "15550101002", QStringLiteral("5215512345678"),
                          QStringLiteral("María José"), now - 900);
    maria.text = QStringLiteral("¿Puedo cambiar mi cita al jueves por la tarde?");
    add(clinic, SampleWebhooks::build(SampleWebhooks::Text, maria, false));
    auto farah = customer(clinicLine, clinicWaba, "15550101002", QStringLiteral("971501234567"),
                          QStringLiteral("فرح المصري"), now - 840);
    farah.text = QStringLiteral("هل يمكنني تغيير موعدي إلى يوم الخميس؟");
    add(clinic, SampleWebhooks::build(SampleWebhooks::Text, farah, false));
    auto ines = customer(clinicLine, clinicWaba, "15550101002", QStringLiteral("351912345678"),
                         QStringLiteral("Inês Ferreira"), now - 780);
    const QJsonObject card{
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("formatted_name"), QStringLiteral("Rui Ferreira")},
                     {QStringLiteral("first_name"), QStringLiteral("Rui")}}},
        {QStringLiteral("phones"),
         QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("+351 912 345 679")},
                                {QStringLiteral("type"), QStringLiteral("CELL")},
                                {QStringLiteral("wa_id"), QStringLiteral("351912345679")}}}}};
    add(clinic, SampleWebhooks::inbound(QStringLiteral("contacts"), QJsonArray{card}, ines));
    auto gus = customer(clinicLine, clinicWaba, "15550101002", QStringLiteral("46701234567"),
                        QStringLiteral("Gus Lindqvist"), now - 700);
    add(clinic,
        SampleWebhooks::inbound(QStringLiteral("sticker"),
                                {{QStringLiteral("mime_type"), QStringLiteral("image/webp")},
                                 {QStringLiteral("animated"), false},
                                 {QStringLiteral("id"), QStringLiteral("5566778899001122")}},
                                gus));

    // A template approved for the shop's account.
    add(shop, SampleWebhooks::build(SampleWebhooks::TemplateUpdate, ana, false));
    // A delivery for a number no app of this console owns: kept, and a dead letter.
    auto stranger = customer(strangerLine, shopWaba, "15550101009", QStringLiteral("15550100000"),
                             QStringLiteral("Unknown"), now - 300);
    stranger.text = tr("Hello? Is this the right number?");
    add(shop, SampleWebhooks::build(SampleWebhooks::Text, stranger, false));

    // Ana's answer from the business moves from sent to delivered to read, then she reacts.
    auto reply = ana;
    reply.wamid = SampleWebhooks::freshWamid();
    reply.timestamp = now - 120;
    add(shop, SampleWebhooks::build(SampleWebhooks::StatusSent, reply, false), 600);
    reply.timestamp += 2;
    add(shop, SampleWebhooks::build(SampleWebhooks::StatusDelivered, reply, false), 1200);
    reply.timestamp += 30;
    add(shop, SampleWebhooks::build(SampleWebhooks::StatusRead, reply, false), 1200);
    auto reaction = ana;
    reaction.wamid.clear();
    reaction.target = reply.wamid;
    reaction.timestamp = now - 60;
    add(shop, SampleWebhooks::build(SampleWebhooks::Reaction, reaction, false), 800);
}

void DemoFeeder::start()
{
    m_next = 0;
    m_answered = 0;
    m_accepted = 0;
    sendNext();
}

void DemoFeeder::sendNext()
{
    if (m_next >= m_steps.size())
        return;
    const Step &step = m_steps.at(m_next++);
    const QByteArray secret =
        step.line == QLatin1String(clinicLine) ? m_clinicSecret : m_shopSecret;
    // The unified route, as an app that subscribes once for all its numbers.
    m_sender->send(m_engine->callbackUrl(), step.body, secret);
    if (m_next < m_steps.size())
        QTimer::singleShot(m_steps.at(m_next).atMs - step.atMs, this, &DemoFeeder::sendNext);
}

} // namespace hookline
