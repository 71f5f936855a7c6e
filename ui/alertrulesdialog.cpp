#include "alertrulesdialog.h"

#include "alerts/alertrules.h"
#include "consoleengine.h"
#include "runtime/operatorservice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace hookline {

AlertRulesDialog::AlertRulesDialog(ConsoleEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_quality(new QCheckBox(tr("A line's &quality drops (flagged or downgraded)"), this))
    , m_templates(new QCheckBox(tr("A &template is paused, disabled or rejected"), this))
    , m_account(new QCheckBox(tr("An &account restriction or violation"), this))
    , m_failures(new QCheckBox(tr("&Failed messages with one error code exceed"), this))
    , m_failureShare(new QDoubleSpinBox(this))
    , m_failureWindow(new QSpinBox(this))
    , m_failureMinimum(new QSpinBox(this))
    , m_silence(new QCheckBox(tr("A line is &silent for longer than"), this))
    , m_silenceFactor(new QDoubleSpinBox(this))
    , m_silenceMinimum(new QSpinBox(this))
    , m_deadLetters(new QCheckBox(tr("&Dead letters grow by"), this))
    , m_deadLetterThreshold(new QSpinBox(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
{
    setWindowTitle(tr("Alert rules"));
    const auto loaded = engine->alertRules();
    const AlertRules rules = loaded ? *loaded : AlertRules{};
    m_quality->setChecked(rules.qualityDrop);
    m_templates->setChecked(rules.templateStatus);
    m_account->setChecked(rules.accountRestriction);
    m_failures->setChecked(rules.failureShare);
    m_failureShare->setRange(0.1, 100);
    m_failureShare->setDecimals(1);
    m_failureShare->setSuffix(tr(" %"));
    m_failureShare->setValue(rules.failureShareThreshold * 100);
    m_failureWindow->setRange(1, 24 * 60);
    m_failureWindow->setSuffix(tr(" min"));
    m_failureWindow->setValue(rules.failureShareWindowMinutes);
    m_failureMinimum->setRange(1, 1'000'000);
    m_failureMinimum->setValue(rules.failureShareMinimum);
    m_silence->setChecked(rules.silentLine);
    m_silenceFactor->setRange(1, 1000);
    m_silenceFactor->setDecimals(0);
    m_silenceFactor->setSuffix(tr(" × its usual gap"));
    m_silenceFactor->setValue(rules.silenceFactor);
    m_silenceMinimum->setRange(1, 7 * 24 * 60);
    m_silenceMinimum->setSuffix(tr(" min"));
    m_silenceMinimum->setValue(rules.silenceMinimumMinutes);
    m_deadLetters->setChecked(rules.deadLetterGrowth);
    m_deadLetterThreshold->setRange(1, 1'000'000);
    m_deadLetterThreshold->setSuffix(tr(" within an hour"));
    m_deadLetterThreshold->setValue(rules.deadLetterThreshold);
    m_url->setText(rules.webhookUrl);
    m_url->setPlaceholderText(tr("https://chat.example/hooks/… (optional)"));
    m_key->setReadOnly(true);
    m_key->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(m_quality);
    form->addRow(m_templates);
    form->addRow(m_account);
    auto *failures = new QHBoxLayout;
    failures->addWidget(m_failures);
    failures->addWidget(m_failureShare);
    failures->addWidget(new QLabel(tr("over"), this));
    failures->addWidget(m_failureWindow);
    failures->addStretch(1);
    form->addRow(failures);
    form->addRow(tr("    with at least (messages)"), m_failureMinimum);
    auto *silence = new QHBoxLayout;
    silence->addWidget(m_silence);
    silence->addWidget(m_silenceFactor);
    silence->addStretch(1);
    form->addRow(silence);
    form->addRow(tr("    and at least"), m_silenceMinimum);
    auto *deadLetters = new QHBoxLayout;
    deadLetters->addWidget(m_deadLetters);
    deadLetters->addWidget(m_deadLetterThreshold);
    deadLetters->addStretch(1);
    form->addRow(deadLetters);
    form->addRow(new QLabel(tr("Every alert shows in the Alerts tab, as a notification and as a "
                               "warning in the log. It can also be POSTed as JSON, signed like "
                               "Meta's webhooks (X-Hookline-Signature-256), to a URL of yours:"),
                            this));
    form->addRow(tr("&Webhook URL"), m_url);
    auto *key = new QHBoxLayout;
    key->addWidget(m_key, 1);
    auto *reveal = new QPushButton(tr("Show"), this);
    auto *copy = new QPushButton(tr("Copy"), this);
    key->addWidget(reveal);
    key->addWidget(copy);
    form->addRow(tr("Signing key"), key);
    connect(reveal, &QPushButton::clicked, this, [this] {
        const auto secret = m_engine->alertWebhookSecret();
        if (!secret) {
            QMessageBox::warning(this, windowTitle(), secret.error());
            return;
        }
        m_key->setText(QString::fromUtf8(*secret));
        m_key->setEchoMode(QLineEdit::Normal);
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        const auto secret = m_engine->alertWebhookSecret();
        if (secret)
            QGuiApplication::clipboard()->setText(QString::fromUtf8(*secret));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString url = m_url->text().trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") &&
                                                     parsed.scheme() != QLatin1String("http")))) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The webhook URL must be an http or https address."));
            return;
        }
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void AlertRulesDialog::save()
{
    // Settings this dialog does not show (set with `hookline alerts set`) stay as they are.
    const auto loaded = m_engine->alertRules();
    AlertRules rules = loaded ? *loaded : AlertRules{};
    rules.qualityDrop = m_quality->isChecked();
    rules.templateStatus = m_templates->isChecked();
    rules.accountRestriction = m_account->isChecked();
    rules.failureShare = m_failures->isChecked();
    rules.failureShareThreshold = m_failureShare->value() / 100;
    rules.failureShareWindowMinutes = m_failureWindow->value();
    rules.failureShareMinimum = m_failureMinimum->value();
    rules.silentLine = m_silence->isChecked();
    rules.silenceFactor = m_silenceFactor->value();
    rules.silenceMinimumMinutes = m_silenceMinimum->value();
    rules.deadLetterGrowth = m_deadLetters->isChecked();
    rules.deadLetterThreshold = m_deadLetterThreshold->value();
    rules.webhookUrl = m_url->text().trimmed();
    m_engine->operations()->saveAlertRules(QJsonDocument(rules.toJson()).toJson(), {});
}

} // namespace hookline
