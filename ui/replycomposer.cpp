#include "replycomposer.h"

#include "consolecolors.h"
#include "graph/sendservice.h"
#include "templatedialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookline {

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_replyStrip(new QWidget(this))
    , m_replyLabel(new QLabel(m_replyStrip))
    , m_field(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_template(new QToolButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("replyComposer"));
    m_field->setObjectName(QStringLiteral("replyField"));
    m_field->setAccessibleName(tr("Reply"));
    m_field->setMaxLength(4096);
    m_template->setText(tr("Template…"));
    m_template->setToolTip(tr("Send an approved template: the only kind of message that can "
                              "reach a customer outside the service window"));
    m_send->setDefault(false);
    m_send->setToolTip(tr("Send (Enter)"));
    auto *cancel = new QToolButton(m_replyStrip);
    cancel->setText(QStringLiteral("✕"));
    cancel->setToolTip(tr("Do not reply to this message"));
    cancel->setAutoRaise(true);
    m_replyLabel->setPalette(ConsoleColors::mutedLabel(m_replyLabel->palette(), QPalette::Window));
    auto *strip = new QHBoxLayout(m_replyStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(m_replyLabel, 1);
    strip->addWidget(cancel);
    m_replyStrip->hide();
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_problem->setObjectName(QStringLiteral("replyProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_send);
    row->addWidget(m_template);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 6);
    layout->setSpacing(3);
    layout->addWidget(m_replyStrip);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(cancel, &QToolButton::clicked, this, &ReplyComposer::clearReply);
    connect(m_field, &QLineEdit::returnPressed, this, &ReplyComposer::sendText);
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::sendText);
    connect(m_template, &QToolButton::clicked, this, &ReplyComposer::chooseTemplate);
    connect(m_field, &QLineEdit::textChanged, this, &ReplyComposer::updateEnabled);
    setWindow({}, 0);
}

void ReplyComposer::setSendService(SendService *sends, const QString &operatorName)
{
    m_sends = sends;
    m_operator = operatorName;
    connect(sends, &SendService::reconciled, this, &ReplyComposer::changed);
    connect(sends, &SendService::recorded, this, [this](int request) {
        if (m_pending.contains(request))
            emit
        changed();
    });
    connect(sends, &SendService::finished, this,
            [this](int request, const MessageSender::Outcome &outcome) {
                if (!m_pending.contains(request))
                    return;
                const Pending pending = m_pending.take(request);
                updateEnabled();
                // Another conversation is open now: its draft is not this send's business.
                if (pending.conversation != conversation()) {
                    emit
                    changed();
                    return;
                }
                const bool accepted = outcome.state == QLatin1String("accepted");
                // Refused or failed: nothing reached the customer, the text stays for another
                // try. Accepted, or unknown (Meta may have it): the text goes, so it is not
                // sent twice by an Enter too many.
                if (pending.typed && (accepted || outcome.state == QLatin1String("unknown"))) {
                    m_field->clear();
                    clearReply();
                }
                m_problem->setVisible(!accepted);
                if (!accepted) {
                    const bool unknown = outcome.state == QLatin1String("unknown");
                    m_problem->setPalette(QPalette());
                    QPalette palette = m_problem->palette();
                    palette.setColor(QPalette::WindowText,
                                     unknown ? ConsoleColors::windowClosing(palette)
                                             : ConsoleColors::failure(palette));
                    m_problem->setPalette(palette);
                    m_problem->setText(
                        unknown ? tr("Unknown whether Meta took it: %1").arg(outcome.reason)
                                : tr("Not sent: %1").arg(outcome.reason));
                }
                emit
                changed();
            });
}

void ReplyComposer::setConversation(const QString &line, const QString &customer)
{
    if (line == m_line && customer == m_customer)
        return;
    m_line = line;
    m_customer = customer;
    m_field->clear();
    m_problem->hide();
    clearReply();
}

void ReplyComposer::updateEnabled()
{
    const bool idle = m_pending.isEmpty();
    m_field->setEnabled(m_open);
    m_field->setReadOnly(!idle);
    m_send->setEnabled(idle && m_open && !m_field->text().trimmed().isEmpty());
    m_template->setEnabled(idle && m_sends != nullptr && !m_customer.isEmpty());
}

void ReplyComposer::setWindow(const ServiceWindow &window, qint64 nowSeconds)
{
    m_open = window.isOpenAt(nowSeconds) && m_sends;
    updateEnabled();
    m_field->setPlaceholderText(
        !m_sends            ? tr("Replies are not available in this console")
        : m_open            ? tr("Type a reply; Enter sends it")
        : window.closesAt() ? tr("The service window is closed: send a template (Template…)")
                            : tr("The customer has not written yet: send a template "
                                 "(Template…)"));
}

void ReplyComposer::replyTo(const QString &wamid, const QString &preview)
{
    m_replyTo = wamid;
    m_replyLabel->setText(tr("Replying to: %1").arg(preview.simplified().left(120)));
    m_replyStrip->show();
    m_field->setFocus();
}

void ReplyComposer::react(const QString &wamid, const QString &emoji)
{
    SendRequest request;
    request.kind = SendRequest::Kind::Reaction;
    request.replyTo = wamid;
    request.emoji = emoji;
    submit(request);
}

void ReplyComposer::clearReply()
{
    m_replyTo.clear();
    m_replyStrip->hide();
}

void ReplyComposer::sendText()
{
    if (!m_open || !m_pending.isEmpty() || m_field->text().trimmed().isEmpty())
        return;
    SendRequest request;
    request.kind = SendRequest::Kind::Text;
    request.text = m_field->text();
    request.replyTo = m_replyTo;
    submit(request);
}

void ReplyComposer::chooseTemplate()
{
    TemplateDialog dialog(m_sends, m_line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SendRequest request = dialog.request();
    request.replyTo = m_replyTo;
    submit(request);
}

void ReplyComposer::submit(SendRequest request)
{
    if (!m_sends || m_customer.isEmpty() || !m_pending.isEmpty())
        return;
    request.line = m_line;
    request.to = m_customer;
    request.by = m_operator;
    m_problem->hide();
    m_pending.insert(m_sends->send(request),
                     {conversation(), request.kind == SendRequest::Kind::Text});
    updateEnabled();
}

} // namespace hookline
