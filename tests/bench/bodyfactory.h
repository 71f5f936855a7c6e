#pragma once

#include <QByteArray>
#include <QList>

namespace hookline::bench {

// One signed request ready to send.
struct PreparedRequest
{
    QByteArray bytes;     // the whole HTTP/1.1 request
    QByteArray sha256Hex; // of its body
};

struct BenchLine
{
    QByteArray phoneNumberId;
    QByteArray display;
    QByteArray wabaId;
    QByteArray secret; // of the app owning the line
};

// Makes unique, realistic webhook bodies: about 70 % statuses, 25 % text messages, 5 % other
// types (image, reaction, location), spread over the lines, each signed with its app's secret.
class BodyFactory
{
public:
    explicit BodyFactory(QList<BenchLine> lines, QByteArray host);

    PreparedRequest next();

private:
    QByteArray body(quint64 n, const BenchLine &line) const;

    QList<BenchLine> m_lines;
    QByteArray m_host;
    quint64 m_counter = 0;
};

} // namespace hookline::bench
