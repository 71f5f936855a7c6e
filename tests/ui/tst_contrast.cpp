#include "consolecolors.h"
#include "consoletheme.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace hookline;

// Every text the console draws reads at WCAG AA (4.5:1) against what it is drawn on, and the
// edges of controls stand out from the window (3:1), in the light and the dark theme. Measured
// from the palettes the themes install and the colours the console derives from them.
class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void textReadsInEitherTheme_data();
    void textReadsInEitherTheme();
};

void TestContrast::textReadsInEitherTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestContrast::textReadsInEitherTheme()
{
    QFETCH(QString, theme);
    QVERIFY(ConsoleTheme::apply(theme));
    const QPalette p = QApplication::palette();
    using R = QPalette::ColorRole;
    const QColor base = p.color(R::Base);
    const QColor alternate = p.color(R::AlternateBase);
    const QColor inbound = ConsoleColors::inboundBubble(p);
    const QColor outbound = ConsoleColors::outboundBubble(p);
    struct Pair
    {
        const char *what;
        QColor text;
        QColor background;
        double least;
    };
    const QColor muted = ConsoleColors::muted(p);
    const QList<Pair> pairs = {
        {"window text", p.color(R::WindowText), p.color(R::Window), 4.5},
        {"text", p.color(R::Text), base, 4.5},
        {"text on alternate rows", p.color(R::Text), alternate, 4.5},
        {"button text", p.color(R::ButtonText), p.color(R::Button), 4.5},
        {"selected text", p.color(R::HighlightedText), p.color(R::Highlight), 4.5},
        {"tooltip", p.color(R::ToolTipText), p.color(R::ToolTipBase), 4.5},
        {"placeholder", p.color(R::PlaceholderText), base, 4.5},
        {"link", p.color(R::Link), base, 4.5},
        {"text in an inbound bubble", p.color(R::Text), inbound, 4.5},
        {"text in an outbound bubble", p.color(R::Text), outbound, 4.5},
        {"link in an inbound bubble", p.color(R::Link), inbound, 4.5},
        {"muted on base", muted, base, 4.5},
        {"muted on alternate rows", muted, alternate, 4.5},
        {"muted in an inbound bubble", muted, inbound, 4.5},
        {"muted in an outbound bubble", muted, outbound, 4.5},
        {"muted on the window", muted, p.color(R::Window), 4.5},
        {"failure on base", ConsoleColors::failure(p), base, 4.5},
        {"failure in an outbound bubble", ConsoleColors::failure(p), outbound, 4.5},
        {"failure in an inbound bubble", ConsoleColors::failure(p), inbound, 4.5},
        {"read ticks in an outbound bubble", ConsoleColors::readTicks(p), outbound, 4.5},
        {"failure on the window", ConsoleColors::failure(p), p.color(R::Window), 4.5},
        {"read ticks on base", ConsoleColors::readTicks(p), base, 4.5},
        {"an empty state on base", ConsoleColors::mutedLabel(p, R::Base).color(R::WindowText), base,
         4.5},
        {"an empty state on the window",
         ConsoleColors::mutedLabel(p, R::Window).color(R::WindowText), p.color(R::Window), 4.5},
        {"control edges", ConsoleColors::controlEdge(p), p.color(R::Window), 3.0},
    };
    QStringList failing;
    for (const Pair &pair : pairs) {
        const double ratio = ConsoleColors::contrast(
            ConsoleColors::over(pair.text, pair.background), pair.background);
        if (ratio < pair.least)
            failing << QStringLiteral("%1 %2:1 (%3 on %4)")
                           .arg(QLatin1String(pair.what))
                           .arg(ratio, 0, 'f', 2)
                           .arg(pair.text.name(QColor::HexArgb), pair.background.name());
    }
    QVERIFY2(failing.isEmpty(), qPrintable(failing.join(QStringLiteral("; "))));
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(ConsoleColors::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(ConsoleColors::contrast(base, base), 1.0);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
