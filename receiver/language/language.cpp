#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace hookline::Language {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")};
}

QString nativeName(const QString &language)
{
    if (language == u"es")
        return QStringLiteral("Español");
    if (language == u"pt_BR")
        return QStringLiteral("Português (Brasil)");
    return QStringLiteral("English");
}

namespace {

QString match(QString language)
{
    language.replace(u'-', u'_');
    if (language.startsWith(u"es"))
        return QStringLiteral("es");
    if (language.startsWith(u"pt"))
        return QStringLiteral("pt_BR");
    if (language.startsWith(u"en"))
        return QStringLiteral("en");
    return {};
}

} // namespace

QString resolve(const QString &requested, const QStringList &systemLanguages)
{
    if (!requested.isEmpty() && requested != u"system") {
        if (const QString chosen = match(requested); !chosen.isEmpty())
            return chosen;
    }
    for (const QString &language : systemLanguages) {
        if (const QString chosen = match(language); !chosen.isEmpty())
            return chosen;
    }
    return QStringLiteral("en");
}

bool install(const QString &language)
{
    // What an earlier call installed goes first (a test switches languages in one process).
    static QList<QTranslator *> installed;
    for (QTranslator *translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
    // Spain's and Brazil's conventions unless the system names a country of that language.
    // The system's own locale when it is of that language (es_MX keeps Mexico's conventions),
    // else the language's main one.
    const QLocale system = QLocale::system();
    QLocale locale(language == u"es"   ? QStringLiteral("es_ES")
                   : language == u"en" ? QStringLiteral("en_US")
                                       : language);
    if (system.language() == locale.language())
        locale = system;
    QLocale::setDefault(locale);
    // English has a catalogue of its own too, for its plurals; Qt's buttons need none.
    const QStringList catalogues =
        language == u"en" ? QStringList{QStringLiteral("hookline")}
                          : QStringList{QStringLiteral("hookline"), QStringLiteral("qtbase")};
    bool loaded = true;
    for (const QString &catalogue : catalogues) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(catalogue, language))) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator;
            loaded = catalogue != u"hookline" && loaded;
        }
    }
    return loaded;
}

} // namespace hookline::Language
