#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace hookline {

class ConsoleEngine;
class DeliveryLogModel;
class OperatorService;
struct OperatorResult;

// The delivery log with filters, one delivery's details (headers, signature verdict, pretty
// JSON, processing trail), and the integrator's tools: reprocess, replay an edited copy,
// import files and paste.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    // The log is the engine's; a delivery's details are read through it.
    explicit InspectorPanel(ConsoleEngine *engine, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    qint64 currentId() const;
    void reprocessCurrent();
    void replayEditedCopy();
    // Replays the body as an operator's delivery (no signature; marked replay).
    void replayBody(const QByteArray &body, const QString &origin);
    void importFiles();
    void paste();
    // Clears the filters and selects that delivery (loading older pages as needed).
    void showDelivery(qint64 id);

signals:
    void message(const QString &text);

private:
    void applyFilter();
    void showCurrent();
    void onFinished(const OperatorResult &result);

    ConsoleEngine *m_engine;
    DeliveryLogModel *m_model;
    OperatorService *m_operations;
    QLineEdit *m_text;
    QLineEdit *m_line;
    QLineEdit *m_route;
    QComboBox *m_verdict;
    QComboBox *m_state;
    QComboBox *m_since;
    QTableView *m_table;
    QTextBrowser *m_details;
    QList<int> m_requests;
};

} // namespace hookline
