#pragma once

#include <QString>
#include <QStringList>

namespace hookline::Language {

// The languages Hookline speaks (the console and every command), as Qt locale names: "en",
// "es", "pt_BR".
QStringList available();
// Its own name, for the Settings list ("Español").
QString nativeName(const QString &language);

// The language to use: the one asked for (--lang, then Settings) if it is available, else the
// first of the system's UI languages that is (Spanish of any country is "es", Portuguese is
// "pt_BR"), else English. An empty request means "follow the system".
QString resolve(const QString &requested, const QStringList &systemLanguages);

// Loads the console's translation and Qt's own (standard buttons and dialogs) for language
// into the application, and makes its locale the default one (dates, times, numbers).
// Returns false if a translation is missing from the build.
bool install(const QString &language);

} // namespace hookline::Language
