#include "firstlinedialog.h"

#include "consoleengine.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace hookline {

namespace {

// A read-only field with a Copy button beside it.
QWidget *copyable(QLineEdit *field, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setReadOnly(true);
    auto *copy = new QPushButton(FirstLineDialog::tr("Copy"), row);
    QObject::connect(copy, &QPushButton::clicked, field,
                     [field] { QApplication::clipboard()->setText(field->text()); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

QGroupBox *step(int number, const QString &title, const QString &explanation, QWidget *parent,
                QFormLayout **form)
{
    auto *box = new QGroupBox(QStringLiteral("%1. %2").arg(number).arg(title), parent);
    // The explanation above the fields, not in the form: a wrapped label gets its full height
    // in a box layout (a form row would clip it).
    auto *layout = new QVBoxLayout(box);
    auto *text = new QLabel(explanation, box);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    *form = new QFormLayout;
    layout->addLayout(*form);
    return box;
}

} // namespace

QString FirstLineDialog::generateToken()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString token;
    for (int i = 0; i < 32; ++i)
        token +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

FirstLineDialog::FirstLineDialog(ConsoleEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_appId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_phoneNumberId(new QLineEdit(this))
    , m_wabaId(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_display(new QLineEdit(this))
    , m_callback(new QLineEdit(this))
    , m_token(new QLineEdit(generateToken(), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Set up your first line"));
    auto *digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,32}")), this);
    m_appId->setValidator(digits);
    m_phoneNumberId->setValidator(digits);
    m_wabaId->setValidator(digits);
    m_secret->setEchoMode(QLineEdit::Password);
    m_appId->setPlaceholderText(tr("e.g. 1234567890123456"));
    m_secret->setPlaceholderText(tr("32 characters, shown after you click Show"));
    m_phoneNumberId->setPlaceholderText(tr("e.g. 106540352242922"));
    m_wabaId->setPlaceholderText(tr("e.g. 102290129340398"));
    m_label->setPlaceholderText(tr("What your team calls it, e.g. Support"));
    m_display->setPlaceholderText(tr("e.g. +1 555 010 0001"));

    auto *layout = new QVBoxLayout(this);
    QFormLayout *form = nullptr;
    layout->addWidget(step(1, tr("Your Meta app"),
                           tr("In Meta's App Dashboard (developers.facebook.com), open the app "
                              "that has WhatsApp. Under <b>App settings → Basic</b>, copy the "
                              "<b>App ID</b> and the <b>App secret</b>. Hookline checks every "
                              "webhook's signature with this secret; it is kept in your keyring "
                              "or a file only you can read, never in the database."),
                           this, &form));
    form->addRow(tr("App &ID"), m_appId);
    form->addRow(tr("App &secret"), m_secret);

    layout->addWidget(step(2, tr("The phone number"),
                           tr("Under <b>WhatsApp → API Setup</b>, choose the number and copy its "
                              "<b>Phone number ID</b> and its <b>WhatsApp Business Account "
                              "ID</b>."),
                           this, &form));
    form->addRow(tr("&Phone number ID"), m_phoneNumberId);
    form->addRow(tr("&WhatsApp Business Account ID"), m_wabaId);
    form->addRow(tr("&Name"), m_label);
    form->addRow(tr("&Display number"), m_display);

    layout->addWidget(step(3, tr("Back in Meta: the webhook"),
                           tr("Under <b>WhatsApp → Configuration → Webhook</b>, choose "
                              "<b>Edit</b> and paste these two. Meta calls the URL once to check "
                              "the token; Hookline answers it. Meta only calls public HTTPS "
                              "addresses: put a tunnel or your reverse proxy in front of this "
                              "receiver and use its address. Then subscribe to the "
                              "<b>messages</b> field."),
                           this, &form));
    auto *newToken = new QPushButton(tr("&New token"), this);
    connect(newToken, &QPushButton::clicked, this, [this] { m_token->setText(generateToken()); });
    auto *tokenRow = copyable(m_token, this);
    tokenRow->layout()->addWidget(newToken);
    form->addRow(tr("Callback URL"), copyable(m_callback, this));
    form->addRow(tr("Verify token"), tokenRow);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add the line"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *field : {m_appId, m_secret, m_phoneNumberId, m_wabaId})
        connect(field, &QLineEdit::textChanged, this, &FirstLineDialog::update);
    update();
    // Wide enough that the explanations wrap into a few lines; tall enough for all of them.
    resize(760, 0);
    resize(760, layout->heightForWidth(760));
}

void FirstLineDialog::update()
{
    const QString line = m_phoneNumberId->text().trimmed();
    const QString url = m_engine->callbackUrl(line.isEmpty() ? QString() : line);
    m_callback->setText(url.isEmpty() ? tr("(the receiver is not running)") : url);
    m_add->setEnabled(!m_appId->text().isEmpty() && !m_secret->text().isEmpty() &&
                      !line.isEmpty() && !m_wabaId->text().isEmpty());
}

void FirstLineDialog::accept()
{
    const QString appId = m_appId->text().trimmed();
    const QString line = m_phoneNumberId->text().trimmed();
    const auto trust = m_engine->trust();
    if (!trust || !trust->app(appId)) {
        const AppRecord app{
            appId, {}, m_secret->text().trimmed().toUtf8(), m_token->text().toUtf8()};
        if (Status added = m_engine->addApp(app); !added) {
            m_problem->setText(added.error());
            return;
        }
    }
    const LineRecord record{line,
                            m_wabaId->text().trimmed(),
                            m_label->text().trimmed(),
                            m_display->text().trimmed(),
                            appId,
                            true};
    if (Status added = m_engine->addLine(record); !added) {
        m_problem->setText(added.error());
        return;
    }
    QDialog::accept();
}

} // namespace hookline
