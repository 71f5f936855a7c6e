#include "jsoneditordialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookline {

JsonEditorDialog::JsonEditorDialog(const QString &title, const QString &json, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(json);
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_verdict->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::validate);
    resize(720, 560);
    validate();
}

QByteArray JsonEditorDialog::body() const
{
    return m_editor->toPlainText().toUtf8();
}

void JsonEditorDialog::validate()
{
    QJsonParseError error;
    const QByteArray bytes = body();
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    m_valid = error.error == QJsonParseError::NoError && document.isObject();
    if (m_valid) {
        m_verdict->setText(tr("✓ Valid JSON"));
    } else if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        m_verdict->setText(
            tr("✗ Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
    } else {
        m_verdict->setText(tr("✗ A webhook body is a JSON object"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace hookline
