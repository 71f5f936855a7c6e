#pragma once

#include <QDialog>

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
    void addLine();
    void editApp();
    void editLine();
    static QString generateToken();

private:
    void reload();
    void save();
    // The app form, empty for a new app; false when cancelled.
    bool appForm(AppRecord &app, bool adding);
    bool lineForm(LineRecord &line, bool adding);

    ConsoleEngine *m_engine;
    QTableWidget *m_apps;
    QTableWidget *m_lines;
    QLineEdit *m_listen;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QSpinBox *m_bodyCap;
    QSpinBox *m_retryBase;
    QSpinBox *m_retryAttempts;
    QCheckBox *m_notifications;
    QComboBox *m_language;
};

} // namespace hookline
