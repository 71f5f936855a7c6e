#pragma once

#include <QDialog>

class QTableWidget;
class QLineEdit;

namespace hookline {

class ConsoleEngine;

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
    static QString generateToken();

private:
    void reload();

    ConsoleEngine *m_engine;
    QTableWidget *m_apps;
    QTableWidget *m_lines;
    QLineEdit *m_listen;
};

} // namespace hookline
