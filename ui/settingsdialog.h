#pragma once

#include "expected.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace hookline {

class ConsoleEngine;
struct AppRecord;
struct LineRecord;

// Apps and lines (add; secrets masked with reveal; a verify-token generator), the callback
// URLs to paste into Meta's dashboard with copy buttons, and where the receiver listens.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(ConsoleEngine *engine, QWidget *parent = nullptr);

    void addApp();
    // The line form, with the phone number id filled in when given; true once the line is added.
    bool addLine(const QString &phoneNumberId = {});
    void editApp();
    void editLine();
    static QString generateToken();

private:
    void reload();
    void save();
    // The app and line forms, filled with app or line. OK hands what was typed to apply; on an
    // error the form stays open with it. False when cancelled.
    bool appForm(const AppRecord &app, bool adding,
                 const std::function<Status(const AppRecord &)> &apply);
    bool lineForm(const LineRecord &line, bool adding,
                  const std::function<Status(const LineRecord &)> &apply);

    ConsoleEngine *m_engine;
    QTableWidget *m_apps;
    QTableWidget *m_lines;
    QLineEdit *m_listen;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QSpinBox *m_bodyCap;
    QSpinBox *m_retryBase;
    QSpinBox *m_retryAttempts;
    QSpinBox *m_retainDays;
    QSpinBox *m_mediaCap;
    QCheckBox *m_notifications;
    QComboBox *m_language;
};

} // namespace hookline
