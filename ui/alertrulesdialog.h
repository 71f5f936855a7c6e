#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hookline {

class ConsoleEngine;

// The alert rules: which are on, their thresholds, and the optional URL alerts are POSTed to
// with the key that signs them. `hookline serve` evaluates the same rules.
class AlertRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesDialog)

public:
    explicit AlertRulesDialog(ConsoleEngine *engine, QWidget *parent = nullptr);

    void save();

private:
    ConsoleEngine *m_engine;
    QCheckBox *m_quality;
    QCheckBox *m_templates;
    QCheckBox *m_account;
    QCheckBox *m_failures;
    QDoubleSpinBox *m_failureShare;
    QSpinBox *m_failureWindow;
    QSpinBox *m_failureMinimum;
    QCheckBox *m_silence;
    QDoubleSpinBox *m_silenceFactor;
    QSpinBox *m_silenceMinimum;
    QCheckBox *m_deadLetters;
    QSpinBox *m_deadLetterThreshold;
    QLineEdit *m_url;
    QLineEdit *m_key;
};

} // namespace hookline
