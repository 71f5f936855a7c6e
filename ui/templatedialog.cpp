#include "templatedialog.h"

#include "consolecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline {

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_variables(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Send a template"));
    m_name->setPlaceholderText(tr("order_update"));
    m_language->setPlaceholderText(tr("en_US, es, pt_BR…"));
    m_variables->setPlaceholderText(tr("One per line: the first fills {{1}}, the next {{2}}…"));
    m_variables->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, ConsoleColors::failure(palette));
    m_problem->setPalette(palette);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Template name"), m_name);
    form->addRow(tr("&Language"), m_language);
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
    resize(460, 300);
}

SendRequest TemplateDialog::request() const
{
    SendRequest request;
    request.kind = SendRequest::Kind::Template;
    request.templateName = m_name->text().trimmed();
    request.language = m_language->text().trimmed();
    QStringList lines = m_variables->toPlainText().split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
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
    QDialog::accept();
}

} // namespace hookline
