// hookline-searchbench: builds a database of a million messages in three languages over three
// lines (projections written directly, as processing would leave them; the schema's triggers
// index them) and measures MessageSearch: p50, p95 and the slowest of each kind of query an
// agent types (a common word, a rare one, two words, a three-letter prefix, an accented word
// typed without its accent, a name, a number), on every line and on one.
// Run by hand (see README); never a timed test.

#include "search/messagesearch.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hookline;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

const char *const lines[] = {"106540352242922", "107711223344556", "108877665544332"};

// Words agents and customers write, in English, Spanish and Portuguese; the first are the
// commonest (drawn with a Zipf-like skew), and a long tail of order and product codes.
const QStringList &vocabulary()
{
    static const QStringList words =
        QStringLiteral(
            "the is my order please hola gracias obrigado you not when pedido where está "
            "reembolso refund delivery entrega envío canción kettle tetera chaleira pago "
            "pagamento factura invoice broken roto quebrado cambio troca address dirección "
            "endereço tomorrow mañana amanhã today hoy hoje photo foto price precio preço "
            "size talla tamanho color cor return devolución devolução coupon cupón cupom "
            "warranty garantía garantia café açúcar maçã pão coração acción opción información "
            "atención ubicación número teléfono correo compra tienda loja horário horario "
            "sábado domingo lunes martes segunda terça quinta sexta viernes jueves miércoles "
            "schedule appointment cita consulta dentista limpeza limpieza urgent urgente "
            "thanks great perfect vale perfeito ótimo genial")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList &firstNames()
{
    static const QStringList names =
        QStringLiteral("Ana Bruno Lucía João Inês José María Émile Gabriela Farah Chen Gus "
                       "Dana Otto Sofía Tomás Raúl Núria Conceição Estêvão")
            .split(QLatin1Char(' '));
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names =
        QStringLiteral("Souza Keller Núñez Ferreira Durand Okafor Lindqvist Pérez García "
                       "Gonçalves Martín Araújo López Muñoz Brandão")
            .split(QLatin1Char(' '));
    return names;
}

QString sentence(QRandomGenerator &random)
{
    const QStringList &words = vocabulary();
    const int count = 4 + int(random.bounded(12));
    QStringList out;
    for (int i = 0; i < count; ++i) {
        // Zipf-like: the square of a uniform draw favours the first words.
        const double u = random.generateDouble();
        if (random.bounded(20) == 0)
            out << QStringLiteral("ORD-%1").arg(random.bounded(1'000'000));
        else
            out << words.at(int(u * u * words.size()));
    }
    return out.join(QLatin1Char(' '));
}

QString build(const QString &path, int messages)
{
    DatabaseOptions options;
    options.path = path;
    options.synchronousFull = false;
    auto db = Database::open(options, QStringLiteral("search-bench-build"));
    if (!db)
        return db.error();
    QSqlDatabase &handle = (*db)->handle();
    QRandomGenerator random(20261201);
    SqlStatement message;
    SqlStatement contact;
    SqlStatement conversation;
    if (!message.prepare(handle, "INSERT INTO proj.messages (wamid, line, direction, type, "
                                 "customer, timestamp, text, content) VALUES (?, ?, ?, 'text', ?, "
                                 "?, ?, '{}')") ||
        !contact.prepare(handle, "INSERT OR IGNORE INTO proj.contacts (line, customer, wa_id, "
                                 "name, seen_ts) VALUES (?, ?, ?, ?, ?)") ||
        !conversation.prepare(handle,
                              "INSERT INTO proj.conversations (line, customer, last_ts, "
                              "last_wamid, last_inbound_ts) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                              "(line, customer) DO UPDATE SET last_ts = excluded.last_ts, "
                              "last_wamid = excluded.last_wamid"))
        return message.lastError() + contact.lastError() + conversation.lastError();
    constexpr int customers = 20'000;
    QSqlQuery q(handle);
    const qint64 start = 1'700'000'000;
    for (int i = 0; i < messages; ++i) {
        if (i % 50'000 == 0) {
            if (i > 0 && !q.exec(QStringLiteral("COMMIT")))
                return q.lastError().text();
            if (!q.exec(QStringLiteral("BEGIN")))
                return q.lastError().text();
        }
        const int who = int(random.bounded(customers));
        const QString line = QLatin1String(lines[who % 3]);
        const QString customer = QStringLiteral("5511%1").arg(who, 7, 10, QLatin1Char('0'));
        const QString name = firstNames().at(who % firstNames().size()) + QLatin1Char(' ') +
                             lastNames().at((who / 7) % lastNames().size());
        const qint64 timestamp = start + i * 30;
        const QString wamid = QStringLiteral("wamid.search.%1").arg(i);
        const bool inbound = random.bounded(10) < 6;
        if (!message.exec({wamid, line,
                           inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                           customer, timestamp, sentence(random)}) ||
            !contact.exec({line, customer, customer, name, timestamp}) ||
            !conversation.exec({line, customer, timestamp, wamid, timestamp}))
            return message.lastError() + contact.lastError() + conversation.lastError();
    }
    if (!q.exec(QStringLiteral("COMMIT")) || !q.exec(QStringLiteral("ANALYZE")))
        return q.lastError().text();
    return {};
}

struct Kind
{
    QString name;
    QStringList queries;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures search on a large database."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("Database to use; built when missing (default: a temporary one)."),
         QStringLiteral("path")},
        {QStringLiteral("messages"), QStringLiteral("Messages to build (default 1000000)."),
         QStringLiteral("n"), QStringLiteral("1000000")},
        {QStringLiteral("repeat"), QStringLiteral("Times each query runs (default 5)."),
         QStringLiteral("n"), QStringLiteral("5")},
    });
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("search-bench.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer building;
        building.start();
        print(QStringLiteral("building %1 messages into %2 ...\n")
                  .arg(parser.value(QStringLiteral("messages")), path));
        if (const QString error = build(path, parser.value(QStringLiteral("messages")).toInt());
            !error.isEmpty()) {
            print(QStringLiteral("cannot build the database: %1\n").arg(error));
            return 1;
        }
        print(QStringLiteral("built in %1 s\n\n").arg(building.elapsed() / 1000.0, 0, 'f', 1));
    }
    DatabaseOptions options;
    options.path = path;
    auto db = Database::open(options, QStringLiteral("search-bench"));
    if (!db) {
        print(QStringLiteral("cannot open: %1\n").arg(db.error()));
        return 1;
    }
    const MessageSearch search((*db)->handle());
    const QList<Kind> kinds = {
        {QStringLiteral("common word"),
         {QStringLiteral("order"), QStringLiteral("hola"), QStringLiteral("please"),
          QStringLiteral("the")}},
        {QStringLiteral("rare word"),
         {QStringLiteral("genial"), QStringLiteral("ótimo"), QStringLiteral("perfeito"),
          QStringLiteral("ORD-123456")}},
        {QStringLiteral("two words"),
         {QStringLiteral("refund order"), QStringLiteral("reembolso pedido"),
          QStringLiteral("entrega amanhã"), QStringLiteral("kettle broken")}},
        {QStringLiteral("3-letter prefix"),
         {QStringLiteral("ref"), QStringLiteral("ent"), QStringLiteral("gar"),
          QStringLiteral("cup")}},
        {QStringLiteral("accent left out"),
         {QStringLiteral("cancion"), QStringLiteral("devolucao"), QStringLiteral("informacion"),
          QStringLiteral("acucar")}},
        {QStringLiteral("a name"),
         {QStringLiteral("nunez"), QStringLiteral("Conceição Araújo"), QStringLiteral("jose"),
          QStringLiteral("estevao brandao")}},
        {QStringLiteral("a number"),
         {QStringLiteral("+55 11 0012345"), QStringLiteral("5511001"), QStringLiteral("0019999"),
          QStringLiteral("55110000042")}},
    };
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QList<double> all;
    print(QStringLiteral("%1  %2  %3  %4  %5\n")
              .arg(QStringLiteral("kind"), -18)
              .arg(QStringLiteral("scope"), -10)
              .arg(QStringLiteral("p50 ms"), 8)
              .arg(QStringLiteral("p95 ms"), 8)
              .arg(QStringLiteral("max ms"), 8));
    for (const Kind &kind : kinds) {
        for (const QString &scope : QStringList{QString(), QLatin1String(lines[0])}) {
            QList<double> times;
            for (int r = 0; r < repeat; ++r) {
                for (const QString &query : kind.queries) {
                    QElapsedTimer timer;
                    timer.start();
                    const auto found = search.find(query, scope, 200);
                    times << timer.nsecsElapsed() / 1e6;
                    if (!found) {
                        print(QStringLiteral("search failed: %1\n").arg(found.error()));
                        return 1;
                    }
                }
            }
            std::sort(times.begin(), times.end());
            all << times;
            print(
                QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(kind.name, -18)
                    .arg(scope.isEmpty() ? QStringLiteral("all lines") : QStringLiteral("one line"),
                         -10)
                    .arg(times.at(times.size() / 2), 8, 'f', 1)
                    .arg(times.at(std::min<qsizetype>(times.size() - 1, times.size() * 95 / 100)),
                         8, 'f', 1)
                    .arg(times.last(), 8, 'f', 1));
        }
    }
    std::sort(all.begin(), all.end());
    print(QStringLiteral("\nevery query: p50 %1 ms, p95 %2 ms, max %3 ms over %4 searches "
                         "(target p95 < 100 ms)\n")
              .arg(all.at(all.size() / 2), 0, 'f', 1)
              .arg(all.at(all.size() * 95 / 100), 0, 'f', 1)
              .arg(all.last(), 0, 'f', 1)
              .arg(all.size()));
    return 0;
}
