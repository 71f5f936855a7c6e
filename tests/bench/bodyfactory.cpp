#include "bodyfactory.h"

#include "http/signatureverifier.h"

namespace hookline::bench {

namespace {

QByteArray wamid(quint64 n, char direction)
{
    return "wamid.HBgLMTU1NTAwMDExMTEVAg" + QByteArray(1, direction) +
           QByteArray::number(n, 16).rightJustified(20, '0').toUpper() + "AA==";
}

QByteArray envelope(const BenchLine &line, const QByteArray &valueRest)
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":")" + line.wabaId +
           R"(","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":")" +
           line.display + R"(","phone_number_id":")" + line.phoneNumberId + "\"}," + valueRest +
           R"(},"field":"messages"}]}]})";
}

} // namespace

BodyFactory::BodyFactory(QList<BenchLine> lines, QByteArray host)
    : m_lines(std::move(lines))
    , m_host(std::move(host))
{}

QByteArray BodyFactory::body(quint64 n, const BenchLine &line) const
{
    const QByteArray customer = "1555" + QByteArray::number(1000000 + n % 500000);
    const QByteArray timestamp = QByteArray::number(1767261600 + n);
    const QByteArray contacts = R"("contacts":[{"profile":{"name":"Customer )" +
                                QByteArray::number(n % 500000) + R"("},"wa_id":")" + customer +
                                "\"}],";
    const int kind = int(n % 100);
    if (kind < 70) {
        static const char *const statuses[] = {"sent", "delivered", "read"};
        const QByteArray status = statuses[n % 3];
        return envelope(
            line, R"("statuses":[{"id":")" + wamid(n, 'R') + R"(","status":")" + status +
                      R"(","timestamp":")" + timestamp + R"(","recipient_id":")" + customer +
                      R"(","conversation":{"id":"CONVERSATION_ID_)" + QByteArray::number(n % 9973) +
                      R"(","origin":{"type":"utility"}},"pricing":{"billable":true,)"
                      R"("pricing_model":"PMP","category":"utility","type":"regular"}}])");
    }
    if (kind < 95) {
        return envelope(line, contacts + R"("messages":[{"from":")" + customer + R"(","id":")" +
                                  wamid(n, 'S') + R"(","timestamp":")" + timestamp +
                                  R"(","type":"text","text":{"body":"Hello, is order A-)" +
                                  QByteArray::number(n) + R"( on its way? \u00e9\ud83d\ude00"}}])");
    }
    if (kind < 97) {
        return envelope(line, contacts + R"("messages":[{"from":")" + customer + R"(","id":")" +
                                  wamid(n, 'S') + R"(","timestamp":")" + timestamp +
                                  R"(","type":"image","image":{"caption":"Photo )" +
                                  QByteArray::number(n) +
                                  R"(","mime_type":"image/jpeg","sha256":"d2hhdGV2ZXI=","id":")" +
                                  QByteArray::number(1000000000000000 + n) + "\"}}]");
    }
    if (kind < 99) {
        return envelope(line, contacts + R"("messages":[{"from":")" + customer + R"(","id":")" +
                                  wamid(n, 'S') + R"(","timestamp":")" + timestamp +
                                  R"(","type":"reaction","reaction":{"message_id":")" +
                                  wamid(n / 2, 'R') + R"(","emoji":"\u2764\ufe0f"}}])");
    }
    return envelope(
        line,
        contacts + R"("messages":[{"from":")" + customer + R"(","id":")" + wamid(n, 'S') +
            R"(","timestamp":")" + timestamp +
            R"(","type":"location","location":{"latitude":38.7223,"longitude":-9.1393,"name":"Shop )" +
            QByteArray::number(n) + R"("}}])");
}

PreparedRequest BodyFactory::next()
{
    const quint64 n = m_counter++;
    const BenchLine &line = m_lines.at(qsizetype(n % quint64(m_lines.size())));
    const QByteArray payload = body(n, line);
    PreparedRequest request;
    request.sha256Hex = SignatureVerifier::sha256Hex(payload);
    request.bytes = "POST /webhook HTTP/1.1\r\nHost: " + m_host +
                    "\r\nUser-Agent: facebookexternalua\r\nContent-Type: application/json\r\n"
                    "X-Hub-Signature-256: " +
                    SignatureVerifier::headerFor(line.secret, payload) +
                    "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" +
                    payload;
    return request;
}

} // namespace hookline::bench
