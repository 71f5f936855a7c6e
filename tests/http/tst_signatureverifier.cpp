#include "http/signatureverifier.h"
#include "trustdirectory.h"

#include <QTest>

#include <atomic>
#include <thread>

using hookline::AppRecord;
using hookline::HmacKey;
using hookline::SignatureVerifier;
using hookline::TrustDirectory;

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void hmacMatchesRfc4231();
    void headerRoundTrips();
    void parseHeader_data();
    void parseHeader();
    void matchesRejectsWrongInput();
    void secretsEqual_data();
    void secretsEqual();
    void keyedSecretSignsLikeTheOneShot();
    void directoryVerifiesWithItsKeyedSecrets();
};

void TestSignatureVerifier::hmacMatchesRfc4231()
{
    // RFC 4231, test case 2.
    QCOMPARE(SignatureVerifier::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestSignatureVerifier::headerRoundTrips()
{
    const QByteArray body = R"({"object":"whatsapp_business_account","text":"caf\u00e9 \/"})";
    const QByteArray header = SignatureVerifier::headerFor("s3cret", body);
    QVERIFY(header.startsWith("sha256="));
    QCOMPARE(header.size(), 7 + 64);
    const auto digest = SignatureVerifier::parseHeader(header);
    QVERIFY(digest);
    QVERIFY(SignatureVerifier::matches("s3cret", body, *digest));
}

void TestSignatureVerifier::parseHeader_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    const QByteArray hex(64, 'a');
    QTest::newRow("lowercase") << QByteArray("sha256=" + hex) << true;
    QTest::newRow("uppercase hex") << QByteArray("sha256=" + hex.toUpper()) << true;
    QTest::newRow("uppercase prefix") << QByteArray("SHA256=" + hex) << true;
    QTest::newRow("surrounding spaces") << QByteArray("  sha256=" + hex + " ") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no prefix") << hex << false;
    QTest::newRow("sha1 prefix") << QByteArray("sha1=" + QByteArray(40, 'a')) << false;
    QTest::newRow("truncated") << QByteArray("sha256=" + hex.left(63)) << false;
    QTest::newRow("too long") << QByteArray("sha256=" + hex + "a") << false;
    QTest::newRow("not hex") << QByteArray("sha256=" + hex.left(63) + "g") << false;
    QTest::newRow("prefix only") << QByteArray("sha256=") << false;
}

void TestSignatureVerifier::parseHeader()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const auto digest = SignatureVerifier::parseHeader(value);
    QCOMPARE(digest.has_value(), valid);
    if (valid)
        QCOMPARE(digest->size(), SignatureVerifier::DigestSize);
}

void TestSignatureVerifier::matchesRejectsWrongInput()
{
    const QByteArray body = "{\"a\":1}";
    const QByteArray digest = SignatureVerifier::hmacSha256("key", body);
    QVERIFY(SignatureVerifier::matches("key", body, digest));
    QVERIFY(!SignatureVerifier::matches("other", body, digest));
    QVERIFY(!SignatureVerifier::matches("key", "{\"a\":2}", digest));
    QVERIFY(!SignatureVerifier::matches("", body, SignatureVerifier::hmacSha256("", body)));
    QVERIFY(!SignatureVerifier::matches("key", body, digest.left(31)));
}

void TestSignatureVerifier::secretsEqual_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("token") << QByteArray("token") << true;
    QTest::newRow("different") << QByteArray("token") << QByteArray("tokem") << false;
    QTest::newRow("prefix") << QByteArray("token") << QByteArray("tok") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << false;
    QTest::newRow("one empty") << QByteArray("token") << QByteArray() << false;
}

void TestSignatureVerifier::secretsEqual()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SignatureVerifier::secretsEqual(a, b), equal);
}

void TestSignatureVerifier::keyedSecretSignsLikeTheOneShot()
{
    // RFC 4231 test case 2, then one key reused for bodies of every length up to two blocks,
    // and from two threads at once.
    const HmacKey jefe("Jefe");
    QCOMPARE(jefe.sign("what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    // Case 6: a key longer than a block (hashed first), the same key twice.
    const HmacKey large(QByteArray(131, char(0xaa)));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(large.sign("Test Using Larger Than Block-Size Key - Hash Key First").toHex(),
                 QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    QByteArray body;
    for (int i = 0; i < 160; ++i) {
        QCOMPARE(jefe.sign(body), SignatureVerifier::hmacSha256("Jefe", body));
        QVERIFY(jefe.matches(body, SignatureVerifier::hmacSha256("Jefe", body)));
        QVERIFY(!jefe.matches(body, SignatureVerifier::hmacSha256("jefe", body)));
        body += char('a' + i % 26);
    }
    std::atomic<int> wrong{0};
    auto work = [&] {
        for (int i = 0; i < 2000; ++i) {
            const QByteArray text = QByteArray::number(i);
            if (jefe.sign(text) != SignatureVerifier::hmacSha256("Jefe", text))
                ++wrong;
        }
    };
    std::thread other(work);
    work();
    other.join();
    QCOMPARE(wrong.load(), 0);
    // An empty secret never matches, even its own HMAC.
    const HmacKey empty("");
    QVERIFY(!empty.matches(body, SignatureVerifier::hmacSha256("", body)));
}

void TestSignatureVerifier::directoryVerifiesWithItsKeyedSecrets()
{
    const TrustDirectory directory({{QStringLiteral("a"), {}, "secret-a", "token-a"},
                                    {QStringLiteral("b"), {}, "secret-b", "token-b"}},
                                   {});
    const TrustDirectory copy = directory;
    const QByteArray body = "{\"object\":\"whatsapp_business_account\"}";
    const QByteArray byB = SignatureVerifier::hmacSha256("secret-b", body);
    QCOMPARE(copy.appForSignature(body, byB)->appId, QStringLiteral("b"));
    QVERIFY(copy.signedBy(*copy.app(QStringLiteral("b")), body, byB));
    QVERIFY(!copy.signedBy(*copy.app(QStringLiteral("a")), body, byB));
    QCOMPARE(copy.appForSignature(body, SignatureVerifier::hmacSha256("secret-c", body)), nullptr);
    // A record that is not the directory's own is checked against its own secret.
    const AppRecord stranger{QStringLiteral("b"), {}, "secret-c", {}};
    QVERIFY(!copy.signedBy(stranger, body, byB));
    QVERIFY(copy.signedBy(stranger, body, SignatureVerifier::hmacSha256("secret-c", body)));
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
