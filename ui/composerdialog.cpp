#include "composerdialog.h"

#include "composer/samplewebhooks.h"
#include "composer/testwebhooksender.h"
#include "consoleengine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hookline {

ComposerDialog::ComposerDialog(ConsoleEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_sender(new TestWebhookSender(this))
    , m_line(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_customer(new QLineEdit(QStringLiteral("15550009999"), this))
    , m_text(new QLineEdit(tr("Hello from the composer"), this))
    , m_target(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send signed"), this))
    , m_answer(new QLabel(this))
    , m_editedNote(new QLabel(this))
{
    setWindowTitle(tr("Test webhook composer"));
    if (const auto trust = engine->trust()) {
        for (const LineRecord &line : trust->lines()) {
            if (line.active)
                m_line->addItem(line.label.isEmpty()
                                    ? line.phoneNumberId
                                    : line.label + QStringLiteral(" — ") + line.phoneNumberId,
                                line.phoneNumberId);
        }
    }
    m_kind->addItems(SampleWebhooks::kindNames());
    m_target->setPlaceholderText(tr("wamid a status or reaction is about (empty: a new one)"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setObjectName(QStringLiteral("composerBody"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setObjectName(QStringLiteral("composerAnswer"));

    m_editedNote->setObjectName(QStringLiteral("composerEditedNote"));
    m_editedNote->setWordWrap(true);
    m_editedNote->setText(tr("You edited the body: it is sent exactly as shown, and the fields "
                             "above no longer change it. Generate body starts again from them."));
    m_editedNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Line"), m_line);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Customer wa_id"), m_customer);
    form->addRow(tr("&Text"), m_text);
    form->addRow(tr("&About message"), m_target);
    auto *generateButton = new QPushButton(tr("&Generate body"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_answer, 1);
    buttons->addWidget(generateButton);
    buttons->addWidget(m_send);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_editedNote);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(generateButton, &QPushButton::clicked, this, &ComposerDialog::generate);
    connect(m_send, &QPushButton::clicked, this, &ComposerDialog::send);
    // The body follows the fields as they are typed, until the operator edits the body itself.
    auto follow = [this] {
        if (!m_bodyEdited)
            generate();
    };
    for (QComboBox *box : {m_line, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, follow);
    for (QLineEdit *edit : {m_customer, m_text, m_target})
        connect(edit, &QLineEdit::textChanged, this, follow);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_generating || m_bodyEdited)
            return;
        m_bodyEdited = true;
        m_editedNote->show();
    });
    connect(m_sender, &TestWebhookSender::answered, this,
            [this](int status, const QByteArray &body, const QString &error) {
                m_send->setEnabled(true);
                m_answer->setText(
                    status == 0
                        ? tr("No answer: %1").arg(error)
                        : tr("HTTP %1 — %2").arg(status).arg(QString::fromUtf8(body.left(200))));
                emit
                answered(status);
            });
    if (m_line->count() == 0) {
        m_answer->setText(tr("No active line yet — add one in Settings."));
        m_send->setEnabled(false);
    }
    resize(760, 640);
    generate();
}

void ComposerDialog::generate()
{
    const auto trust = m_engine->trust();
    const QString line = m_line->currentData().toString();
    SampleWebhooks::Params p;
    p.phoneNumberId = line;
    if (trust) {
        if (const LineRecord *record = trust->line(line)) {
            p.wabaId = record->wabaId;
            QString digits = record->display;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            p.displayDigits = digits;
        }
    }
    p.customer = m_customer->text().trimmed();
    p.text = m_text->text();
    p.target = m_target->text().trimmed();
    m_generating = true;
    m_body->setPlainText(QString::fromUtf8(
        SampleWebhooks::build(SampleWebhooks::Kind(std::max(0, m_kind->currentIndex())), p)));
    m_generating = false;
    m_bodyEdited = false;
    m_editedNote->hide();
}

void ComposerDialog::send()
{
    const QString line = m_line->currentData().toString();
    const QString url = m_engine->callbackUrl(line);
    if (url.isEmpty()) {
        m_answer->setText(
            tr("The embedded receiver is not running: %1").arg(m_engine->stats().listening));
        return;
    }
    const auto trust = m_engine->trust();
    const LineRecord *record = trust ? trust->line(line) : nullptr;
    const AppRecord *app = record ? trust->app(record->appId) : nullptr;
    if (!app) {
        m_answer->setText(tr("The line has no app to sign with."));
        return;
    }
    if (app->secret.isEmpty()) {
        // Secrets live on each machine (never in the shared database): this one lacks it.
        m_answer->setText(
            tr("This computer does not have the secret of app %1, so it cannot "
               "sign. Enter it in Settings (Edit app); it will be kept in %2.")
                .arg(app->appId, trust->secretStore() == u"keyring"
                                     ? tr("the desktop keyring")
                                     : tr("the credentials file %1").arg(trust->secretFile())));
        return;
    }
    m_send->setEnabled(false);
    m_answer->setText(tr("Sending…"));
    m_sender->send(url, m_body->toPlainText().toUtf8(), app->secret);
}

} // namespace hookline
