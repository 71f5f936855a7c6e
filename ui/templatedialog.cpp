#include "templatedialog.h"

#include "consolecolors.h"
#include "graph/sendservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline {

TemplateDialog::TemplateDialog(SendService *sends, const QString &line, QWidget *parent)
    : QDialog(parent)
    , m_line(line)
    , m_picker(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh from Meta"), this))
    , m_listState(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_body(new QLabel(this))
    , m_variables(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Send a template"));
    m_picker->setObjectName(QStringLiteral("templatePicker"));
    m_picker->addItem(tr("Type a template's name below"));
    m_name->setPlaceholderText(tr("order_update"));
    m_language->setPlaceholderText(tr("en_US, es, pt_BR…"));
    m_variables->setPlaceholderText(tr("One per line: the first fills {{1}}, the next {{2}}…"));
    m_variables->setTabChangesFocus(true);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setPalette(ConsoleColors::mutedLabel(m_body->palette(), QPalette::Window));
    m_listState->setWordWrap(true);
    m_listState->setPalette(ConsoleColors::mutedLabel(m_listState->palette(), QPalette::Window));
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, ConsoleColors::failure(palette));
    m_problem->setPalette(palette);

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_picker, 1);
    pickerRow->addWidget(m_refresh);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *pickerLabel = new QLabel(tr("&Template"), this);
    pickerLabel->setBuddy(m_picker);
    form->addRow(pickerLabel, pickerRow);
    form->addRow(QString(), m_listState);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Text"), m_body);
    form->addRow(tr("&Variables"), m_variables);
    auto *hint = new QLabel(tr("Only templates Meta approved for this line's account can be "
                               "sent; their name and language are in WhatsApp Manager."),
                            this);
    hint->setWordWrap(true);
    hint->setPalette(ConsoleColors::mutedLabel(hint->palette(), QPalette::Window));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &TemplateDialog::pick);
    if (!sends) {
        m_picker->setEnabled(false);
        m_refresh->setEnabled(false);
        return;
    }
    connect(sends, &SendService::templates, this,
            [this](const QString &forLine, const QList<MessageTemplate> &templates,
                   const QString &error) {
                if (forLine == m_line)
                    showTemplates(templates, error);
            });
    connect(m_refresh, &QPushButton::clicked, this, [this, sends] {
        m_refresh->setEnabled(false);
        m_listState->setText(tr("Asking Meta for this line's templates…"));
        sends->listTemplates(m_line, true);
    });
    m_listState->setText(tr("Reading the templates kept for this line…"));
    sends->listTemplates(m_line, false);
}

void TemplateDialog::showTemplates(const QList<MessageTemplate> &templates, const QString &error)
{
    m_refresh->setEnabled(true);
    if (!error.isEmpty()) {
        m_listState->setText(tr("Could not list the templates: %1").arg(error));
        return;
    }
    m_templates = templates;
    m_picker->blockSignals(true);
    m_picker->clear();
    m_picker->addItem(templates.isEmpty() ? tr("No templates kept yet: Refresh from Meta")
                                          : tr("Type a template's name below"));
    int approved = 0;
    for (const MessageTemplate &t : templates) {
        m_picker->addItem(QStringLiteral("%1 · %2 · %3").arg(t.name, t.language, t.category) +
                          (t.isApproved() ? QString() : QStringLiteral(" (%1)").arg(t.status)));
        approved += t.isApproved() ? 1 : 0;
    }
    m_picker->blockSignals(false);
    m_listState->setText(tr("%n approved template(s)", nullptr, approved));
    if (approved > 0) {
        for (int i = 0; i < templates.size(); ++i) {
            if (templates.at(i).isApproved()) {
                m_picker->setCurrentIndex(i + 1);
                break;
            }
        }
    }
}

void TemplateDialog::pick(int index)
{
    if (index <= 0 || index > m_templates.size()) {
        m_body->clear();
        return;
    }
    const MessageTemplate &t = m_templates.at(index - 1);
    m_name->setText(t.name);
    m_language->setText(t.language);
    m_body->setText(t.body);
    m_variables->setPlaceholderText(
        t.variables == 0
            ? tr("This template has no variables")
            : tr("%n line(s): the first fills {{1}}, the next {{2}}…", nullptr, t.variables));
    m_variables->setEnabled(t.variables > 0);
}

int TemplateDialog::expectedVariables() const
{
    const int index = m_picker->currentIndex();
    if (index <= 0 || index > m_templates.size())
        return -1;
    const MessageTemplate &t = m_templates.at(index - 1);
    // Typed over: the name or language no longer the picked one's.
    if (t.name != m_name->text().trimmed() || t.language != m_language->text().trimmed())
        return -1;
    return t.variables;
}

SendRequest TemplateDialog::request() const
{
    SendRequest request;
    request.kind = SendRequest::Kind::Template;
    request.templateName = m_name->text().trimmed();
    request.language = m_language->text().trimmed();
    QStringList lines = m_variables->toPlainText().split(u'\n');
    const int expected = expectedVariables();
    if (expected >= 0) {
        // Exactly the template's variables: a missing one is an empty one.
        while (lines.size() < expected)
            lines.append(QString());
        lines = lines.mid(0, expected);
    } else {
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
    }
    request.params = lines;
    return request;
}

void TemplateDialog::accept()
{
    // What can be checked here is checked here; the line and recipient come from the
    // conversation.
    SendRequest checked = request();
    checked.line = QStringLiteral("-");
    checked.to = QStringLiteral("-");
    if (const Status ok = checked.check(); !ok) {
        m_problem->setText(ok.error());
        m_problem->show();
        return;
    }
    const int index = m_picker->currentIndex();
    if (expectedVariables() >= 0 && !m_templates.at(index - 1).isApproved()) {
        m_problem->setText(
            tr("Template %1 is %2 at Meta, not approved: it cannot be sent yet")
                .arg(m_templates.at(index - 1).name, m_templates.at(index - 1).status));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace hookline
