#include "http/signatureverifier.h"

#include <QTest>

using hookline::SignatureVerifier;

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

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
