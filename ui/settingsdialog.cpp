#include "settingsdialog.h"

#include "consoleengine.h"
#include "consolesettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookline {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QWidget *copyRow(const QString &url, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit(url, row);
    field->setReadOnly(true);
    auto *copy = new QPushButton(QObject::tr("Copy"), row);
    QObject::connect(copy, &QPushButton::clicked, row,
                     [url] { QApplication::clipboard()->setText(url); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

} // namespace

QString SettingsDialog::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SettingsDialog::SettingsDialog(ConsoleEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_apps(table({tr("App id"), tr("Label"), tr("Secret"), tr("Verify token")}, this))
    , m_lines(table({tr("Phone number id"), tr("Label"), tr("Number"), tr("App"), tr("Active"),
                     tr("Callback URL")},
                    this))
    , m_listen(new QLineEdit(ConsoleSettings::listenAddress(), this))
{
    setWindowTitle(tr("Settings"));
    auto *reveal = new QCheckBox(tr("&Reveal secrets"), this);
    connect(reveal, &QCheckBox::toggled, this, [this](bool shown) {
        const auto trust = m_engine->trust();
        if (!trust)
            return;
        for (int row = 0; row < m_apps->rowCount() && row < trust->apps().size(); ++row) {
            const AppRecord &app = trust->apps().at(row);
            m_apps->item(row, 2)->setText(shown ? QString::fromUtf8(app.secret)
                                                : QStringLiteral("••••••••"));
            m_apps->item(row, 3)->setText(shown ? QString::fromUtf8(app.verifyToken)
                                                : QStringLiteral("••••••••"));
        }
    });
    auto *addApp = new QPushButton(tr("Add &app…"), this);
    auto *addLine = new QPushButton(tr("Add &line…"), this);
    connect(addApp, &QPushButton::clicked, this, &SettingsDialog::addApp);
    connect(addLine, &QPushButton::clicked, this, &SettingsDialog::addLine);

    auto *apps = new QGroupBox(tr("Meta apps"), this);
    auto *appsLayout = new QVBoxLayout(apps);
    appsLayout->addWidget(m_apps);
    auto *appButtons = new QHBoxLayout;
    appButtons->addWidget(reveal);
    appButtons->addStretch(1);
    appButtons->addWidget(addApp);
    appsLayout->addLayout(appButtons);

    auto *lines = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->addWidget(m_lines);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addStretch(1);
    lineButtons->addWidget(addLine);
    linesLayout->addLayout(lineButtons);

    auto *receiver = new QGroupBox(tr("Receiver"), this);
    auto *receiverLayout = new QFormLayout(receiver);
    receiverLayout->addRow(
        tr("Callback URL (all lines)"),
        copyRow(engine->callbackUrl().isEmpty() ? engine->stats().listening : engine->callbackUrl(),
                this));
    receiverLayout->addRow(tr("&Listen on (host:port, from the next start)"), m_listen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        ConsoleSettings::setListenAddress(m_listen->text().trimmed());
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(apps);
    layout->addWidget(lines, 1);
    layout->addWidget(receiver);
    layout->addWidget(buttons);
    resize(900, 620);
    reload();
}

void SettingsDialog::reload()
{
    const auto trust = m_engine->trust();
    if (!trust) {
        QMessageBox::warning(this, tr("Settings"), trust.error());
        return;
    }
    m_apps->setRowCount(int(trust->apps().size()));
    for (int row = 0; row < trust->apps().size(); ++row) {
        const AppRecord &app = trust->apps().at(row);
        m_apps->setItem(row, 0, new QTableWidgetItem(app.appId));
        m_apps->setItem(row, 1, new QTableWidgetItem(app.label));
        m_apps->setItem(row, 2, new QTableWidgetItem(QStringLiteral("••••••••")));
        m_apps->setItem(row, 3, new QTableWidgetItem(QStringLiteral("••••••••")));
    }
    m_lines->setRowCount(int(trust->lines().size()));
    for (int row = 0; row < trust->lines().size(); ++row) {
        const LineRecord &line = trust->lines().at(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(line.phoneNumberId));
        m_lines->setItem(row, 1, new QTableWidgetItem(line.label));
        m_lines->setItem(row, 2, new QTableWidgetItem(line.display));
        m_lines->setItem(row, 3, new QTableWidgetItem(line.appId));
        m_lines->setItem(row, 4, new QTableWidgetItem(line.active ? tr("yes") : tr("no")));
        const QString url = m_engine->callbackUrl(line.phoneNumberId);
        m_lines->setCellWidget(row, 5, copyRow(url, m_lines));
    }
    m_lines->resizeColumnsToContents();
}

void SettingsDialog::addApp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a Meta app"));
    auto *id = new QLineEdit(&dialog);
    auto *label = new QLineEdit(&dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    auto *token = new QLineEdit(generateToken(), &dialog);
    auto *regenerate = new QPushButton(tr("Generate"), &dialog);
    connect(regenerate, &QPushButton::clicked, &dialog,
            [token] { token->setText(generateToken()); });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(token, 1);
    tokenRow->addWidget(regenerate);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("App id"), id);
    form->addRow(tr("Label"), label);
    form->addRow(tr("App secret"), secret);
    form->addRow(tr("Verify token"), tokenRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status added = m_engine->addApp({id->text().trimmed(), label->text().trimmed(),
                                           secret->text().toUtf8(), token->text().toUtf8()});
    if (!added)
        QMessageBox::warning(this, tr("Add a Meta app"), added.error());
    reload();
}

void SettingsDialog::addLine()
{
    const auto trust = m_engine->trust();
    if (!trust || trust->apps().isEmpty()) {
        QMessageBox::information(this, tr("Add a line"),
                                 tr("Add the Meta app that owns it first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a line"));
    auto *id = new QLineEdit(&dialog);
    auto *waba = new QLineEdit(&dialog);
    auto *label = new QLineEdit(&dialog);
    auto *display = new QLineEdit(&dialog);
    display->setPlaceholderText(QStringLiteral("+1 555 010 0001"));
    auto *app = new QComboBox(&dialog);
    for (const AppRecord &record : trust->apps())
        app->addItem(record.label.isEmpty() ? record.appId : record.label, record.appId);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Phone number id"), id);
    form->addRow(tr("WABA id"), waba);
    form->addRow(tr("Label"), label);
    form->addRow(tr("Display number"), display);
    form->addRow(tr("Owning app"), app);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status added =
        m_engine->addLine({id->text().trimmed(), waba->text().trimmed(), label->text().trimmed(),
                           display->text().trimmed(), app->currentData().toString(), true});
    if (!added)
        QMessageBox::warning(this, tr("Add a line"), added.error());
    reload();
}

} // namespace hookline
