#include "consoleengine.h"
#include "language/language.h"
#include "mainwindow.h"
#include "testworld.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

// Words that read the same in English, Spanish and Portuguese, or are names.
bool sameInEveryLanguage(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
    static const QSet<QString> names = {
        QStringLiteral("Hookline"), QStringLiteral("WhatsApp"),  QStringLiteral("Meta"),
        QStringLiteral("JSON"),     QStringLiteral("WABA"),      QStringLiteral("HTTP"),
        QStringLiteral("HTTPS"),    QStringLiteral("URL"),       QStringLiteral("TLS"),
        QStringLiteral("PEM"),      QStringLiteral("KiB"),       QStringLiteral("MiB"),
        QStringLiteral("SQLite"),   QStringLiteral("sqlite"),    QStringLiteral("hookline"),
        QStringLiteral("webhook"),  QStringLiteral("Webhook"),   QStringLiteral("Status"),
        QStringLiteral("Total"),    QStringLiteral("Inspector"), QStringLiteral("tmp"),
    };
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        if (!names.contains(it.next().captured()))
            return false;
    }
    return true;
}

// Every string the main window shows a person: labels, buttons, tabs, group titles, field
// hints, column headers of the views on screen, the window title and every menu entry.
QStringList visibleStrings(QMainWindow &window)
{
    QStringList strings{window.windowTitle()};
    auto add = [&](const QString &text) {
        QString plain = text;
        plain.remove(u'&');
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (!plain.trimmed().isEmpty())
            strings << plain.trimmed();
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (QAbstractItemModel *model = view->model()) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(model->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    std::function<void(const QList<QAction *> &)> menu = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            add(action->text());
            if (action->menu())
                menu(action->menu()->actions());
        }
    };
    menu(window.menuBar()->actions());
    strings.removeDuplicates();
    return strings;
}

struct Shown
{
    QStringList strings;
    QStringList menus;
    QStringList tabs;
    int minimumWidth = 0; // the narrowest the window can be
    QStringList tooWide;  // pages that need more than a 1280-pixel screen gives them
};

Shown showConsole(const TestWorld &world)
{
    ConsoleOptions options;
    options.receiver.database = world.databaseOptions();
    options.embeddedReceiver = false;
    ConsoleEngine engine(options);
    if (!engine.open())
        return {};
    MainWindow window(&engine);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    Shown shown;
    shown.strings = visibleStrings(window);
    for (QAction *action : window.menuBar()->actions())
        shown.menus << action->text();
    for (int i = 0; i < window.tabs()->count(); ++i)
        shown.tabs << window.tabs()->tabText(i);
    shown.minimumWidth = window.minimumSizeHint().width();
    for (int i = 0; i < window.tabs()->count(); ++i) {
        const int width = window.tabs()->widget(i)->minimumSizeHint().width();
        if (width > 1280 - 260) // beside the lines pane
            shown.tooWide << QStringLiteral("%1 (%2 px)").arg(window.tabs()->tabText(i)).arg(width);
    }
    return shown;
}

} // namespace

// The console in each language it ships: started offscreen as a person would see it first (no
// lines yet), its menus, tabs and empty states are translated and nothing visible is left in
// English.
class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSystemLanguageChoosesUnlessOneIsAsked();
    void nothingVisibleIsLeftInEnglish_data();
    void nothingVisibleIsLeftInEnglish();
    void datesAndNumbersFollowTheLanguage();

private:
    Shown m_english;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Language::install(QStringLiteral("en")));
    TestWorld world;
    m_english = showConsole(world);
    QVERIFY(m_english.strings.size() > 20);
    QVERIFY(m_english.strings.contains(QStringLiteral("No lines yet — add one.")));
}

void TestLanguages::theSystemLanguageChoosesUnlessOneIsAsked()
{
    using Language::resolve;
    QCOMPARE(resolve({}, {QStringLiteral("es-MX"), QStringLiteral("en-US")}), u"es"_qs);
    QCOMPARE(resolve({}, {QStringLiteral("pt-PT")}), u"pt_BR"_qs);
    QCOMPARE(resolve({}, {QStringLiteral("de-DE"), QStringLiteral("pt-BR")}), u"pt_BR"_qs);
    QCOMPARE(resolve({}, {QStringLiteral("de-DE")}), u"en"_qs);
    QCOMPARE(resolve(QStringLiteral("en"), {QStringLiteral("es-ES")}), u"en"_qs);
    QCOMPARE(resolve(QStringLiteral("pt_BR"), {QStringLiteral("es-ES")}), u"pt_BR"_qs);
}

void TestLanguages::nothingVisibleIsLeftInEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR");
}

void TestLanguages::nothingVisibleIsLeftInEnglish()
{
    QFETCH(QString, language);
    QVERIFY2(Language::install(language), "the translation is not in the build");
    TestWorld world;
    const Shown shown = showConsole(world);
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(shown.menus.size(), m_english.menus.size());
    for (qsizetype i = 0; i < shown.menus.size(); ++i)
        QVERIFY2(shown.menus.at(i) != m_english.menus.at(i), qPrintable(shown.menus.at(i)));
    QCOMPARE(shown.tabs.size(), m_english.tabs.size());
    for (qsizetype i = 0; i < shown.tabs.size(); ++i)
        QVERIFY2(shown.tabs.at(i) != m_english.tabs.at(i) ||
                     sameInEveryLanguage(QString(shown.tabs.at(i)).remove(u'&')),
                 qPrintable(shown.tabs.at(i)));
    QVERIFY(!shown.strings.contains(QStringLiteral("No lines yet — add one.")));
    // Longer words never make the window wider than a 1280-pixel screen.
    QVERIFY2(shown.minimumWidth <= 1280 && shown.tooWide.isEmpty(),
             qPrintable(QStringLiteral("%1 px; %2")
                            .arg(shown.minimumWidth)
                            .arg(shown.tooWide.join(QStringLiteral(", ")))));

    QStringList english;
    for (const QString &text : shown.strings) {
        if (m_english.strings.contains(text) && !sameInEveryLanguage(text))
            english << text;
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("left in English: ") + english.join(QStringLiteral(" | "))));
}

void TestLanguages::datesAndNumbersFollowTheLanguage()
{
    // The tests run with an English system locale, so each language brings its own country's.
    const QDate date(2026, 3, 31);
    QVERIFY(Language::install(QStringLiteral("es")));
    // Decimal comma, dots between thousands (Qt 6.4 applies Spanish's minimum grouping its own
    // way: "1234.567,5").
    const QString spanish = QLocale().toString(1234567.5, 'f', 1);
    QVERIFY2(spanish.endsWith(u",5") && spanish.contains(u'.'), qPrintable(spanish));
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"31/3/26"_qs);
    QVERIFY(Language::install(QStringLiteral("pt_BR")));
    QCOMPARE(QLocale().toString(1234567.5, 'f', 1), u"1.234.567,5"_qs);
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"31/03/2026"_qs);
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QLocale().toString(1234567.5, 'f', 1), u"1,234,567.5"_qs);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
