#include "settingsdialog.h"

#include "consolecolors.h"
#include "consoleengine.h"
#include "consolesettings.h"
#include "healthcheckdialog.h"
#include "language/language.h"

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
#include <QSpinBox>
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

// The height that shows a table's rows, at least least and at most most of them.
int heightFor(QTableWidget *table, int least, int most)
{
    const int rows = std::clamp(table->rowCount(), least, most);
    const int rowHeight =
        table->rowCount() > 0 ? table->rowHeight(0) : table->verticalHeader()->defaultSectionSize();
    return table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
           2 * table->frameWidth() + 2;
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

// An engine's error ("phone number id must be digits") as a sentence for a form.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}

// Adds an error line, OK and Cancel under the form and runs the dialog. OK calls apply, which
// returns an error message or an empty string: on an error the form stays open with what was
// typed and the error under it. True once applied.
bool acceptForm(QDialog &dialog, QFormLayout *form, const std::function<QString()> &apply)
{
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("formError"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, ConsoleColors::failure(dialog.palette()));
    error->setPalette(palette);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, error, apply] {
        const QString problem = apply();
        if (problem.isEmpty()) {
            dialog.accept();
            return;
        }
        error->setText(sentence(problem));
        error->show();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The error goes as soon as the operator corrects what was typed.
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
        QObject::connect(field, &QLineEdit::textEdited, error, &QLabel::hide);
    return dialog.exec() == QDialog::Accepted;
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
    , m_certificate(new QLineEdit(ConsoleSettings::tlsCertificate(), this))
    , m_key(new QLineEdit(ConsoleSettings::tlsKey(), this))
    , m_bodyCap(new QSpinBox(this))
    , m_retryBase(new QSpinBox(this))
    , m_retryAttempts(new QSpinBox(this))
    , m_retainDays(new QSpinBox(this))
    , m_mediaCap(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("&Notify of new messages and dead letters"), this))
    , m_language(new QComboBox(this))
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
    auto *editApp = new QPushButton(tr("&Edit app…"), this);
    auto *addLine = new QPushButton(tr("Add &line…"), this);
    auto *editLine = new QPushButton(tr("Edit l&ine…"), this);
    editLine->setToolTip(tr("Change a line's label, number or app, or mark it disabled"));
    connect(addApp, &QPushButton::clicked, this, &SettingsDialog::addApp);
    connect(editApp, &QPushButton::clicked, this, &SettingsDialog::editApp);
    connect(addLine, &QPushButton::clicked, this, [this] { this->addLine(); });
    connect(editLine, &QPushButton::clicked, this, &SettingsDialog::editLine);
    connect(m_apps, &QTableWidget::cellDoubleClicked, this, &SettingsDialog::editApp);
    connect(m_lines, &QTableWidget::cellDoubleClicked, this, &SettingsDialog::editLine);

    auto *apps = new QGroupBox(tr("Meta apps"), this);
    auto *appsLayout = new QVBoxLayout(apps);
    appsLayout->addWidget(m_apps);
    auto *appButtons = new QHBoxLayout;
    appButtons->addWidget(reveal);
    appButtons->addStretch(1);
    appButtons->addWidget(editApp);
    appButtons->addWidget(addApp);
    appsLayout->addLayout(appButtons);

    auto *lines = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->addWidget(m_lines);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addStretch(1);
    lineButtons->addWidget(editLine);
    lineButtons->addWidget(addLine);
    linesLayout->addLayout(lineButtons);

    auto *receiver = new QGroupBox(tr("Receiver (changes apply at the next start)"), this);
    auto *receiverLayout = new QFormLayout(receiver);
    // Long labels (Spanish, Portuguese) go above their field rather than squeeze it.
    receiverLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QWidget *callback = copyRow(
        engine->callbackUrl().isEmpty() ? engine->stats().listening : engine->callbackUrl(), this);
    const int fieldWidth = fontMetrics().averageCharWidth() * 34;
    callback->setMinimumWidth(fieldWidth * 3 / 2); // the URL and its Copy button
    for (QWidget *field : {static_cast<QWidget *>(m_listen), static_cast<QWidget *>(m_certificate),
                           static_cast<QWidget *>(m_key)})
        field->setMinimumWidth(fieldWidth);
    receiverLayout->addRow(tr("Callback URL (all lines)"), callback);
    receiverLayout->addRow(tr("&Listen on (host:port)"), m_listen);
    receiverLayout->addRow(tr("TLS &certificate (PEM)"), m_certificate);
    receiverLayout->addRow(tr("TLS &key (PEM)"), m_key);
    m_bodyCap->setRange(64, 100 * 1024);
    m_bodyCap->setSuffix(tr(" KiB"));
    m_bodyCap->setValue(int(ConsoleSettings::maxBodyBytes() / 1024));
    receiverLayout->addRow(tr("Largest &body"), m_bodyCap);

    auto *retry = new QGroupBox(tr("Retry policy and notifications"), this);
    auto *retryLayout = new QFormLayout(retry);
    m_retryBase->setRange(10, 60'000);
    m_retryBase->setSuffix(tr(" ms"));
    m_retryBase->setValue(ConsoleSettings::retryBaseMs());
    m_retryAttempts->setRange(1, 50);
    m_retryAttempts->setValue(ConsoleSettings::retryMaxAttempts());
    retryLayout->addRow(tr("First retry after up to"), m_retryBase);
    retryLayout->addRow(tr("Attempts before a dead letter"), m_retryAttempts);
    m_retainDays->setRange(0, 100'000);
    m_retainDays->setSpecialValueText(tr("Forever"));
    m_retainDays->setSuffix(tr(" days"));
    m_retainDays->setValue(ConsoleSettings::retainDays());
    m_retainDays->setToolTip(
        tr("Deliveries older than this, and the messages, statuses and events they brought, are "
           "forgotten in the background, in the delivery log too. Takes effect the next time the "
           "console starts."));
    retryLayout->addRow(tr("&Keep deliveries for"), m_retainDays);
    m_mediaCap->setRange(16, 1'000'000);
    m_mediaCap->setSuffix(tr(" MB"));
    m_mediaCap->setValue(ConsoleSettings::mediaCapMb());
    m_mediaCap->setToolTip(tr("Customers' photos, voice notes, videos and documents are "
                              "downloaded beside the database, up to this much. Past it, the "
                              "files viewed longest ago go first; pinned ones stay."));
    retryLayout->addRow(tr("Keep downloaded &media up to"), m_mediaCap);
    m_notifications->setChecked(ConsoleSettings::notifications());
    retryLayout->addRow(m_notifications);
    m_language->addItem(tr("As the system"), QString());
    for (const QString &language : Language::available())
        m_language->addItem(Language::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ConsoleSettings::language())));
    m_language->setToolTip(tr("Takes effect the next time the console starts."));
    retryLayout->addRow(tr("&Language"), m_language);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(receiver, 3);
    bottom->addWidget(retry, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *health = buttons->addButton(tr("&Health check…"), QDialogButtonBox::ActionRole);
    connect(health, &QPushButton::clicked, this, [this] {
        save();
        HealthCheckDialog dialog(m_engine, this);
        dialog.show();
        dialog.run();
        dialog.exec();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        save();
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(apps);
    layout->addWidget(lines, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    reload();
    resize(900, std::max(620, sizeHint().height()));
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
    m_apps->resizeColumnsToContents();
    // Each table as tall as its rows: apps are few, lines get the room.
    m_apps->setFixedHeight(heightFor(m_apps, 1, 4));
    m_lines->setMinimumHeight(heightFor(m_lines, 3, 8));
}

void SettingsDialog::save()
{
    ConsoleSettings::setListenAddress(m_listen->text().trimmed());
    ConsoleSettings::setTlsCertificate(m_certificate->text().trimmed());
    ConsoleSettings::setTlsKey(m_key->text().trimmed());
    ConsoleSettings::setMaxBodyBytes(qint64(m_bodyCap->value()) * 1024);
    ConsoleSettings::setRetryBaseMs(m_retryBase->value());
    ConsoleSettings::setRetryMaxAttempts(m_retryAttempts->value());
    ConsoleSettings::setRetainDays(m_retainDays->value());
    ConsoleSettings::setMediaCapMb(m_mediaCap->value());
    ConsoleSettings::setNotifications(m_notifications->isChecked());
    ConsoleSettings::setLanguage(m_language->currentData().toString());
}

bool SettingsDialog::appForm(const AppRecord &app, bool adding,
                             const std::function<Status(const AppRecord &)> &apply)
{
    QDialog dialog(this);
    dialog.setWindowTitle(adding ? tr("Add a Meta app") : tr("Edit app %1").arg(app.appId));
    auto *id = new QLineEdit(app.appId, &dialog);
    id->setReadOnly(!adding);
    auto *label = new QLineEdit(app.label, &dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    if (!adding)
        secret->setPlaceholderText(tr("unchanged"));
    auto *token = new QLineEdit(adding ? generateToken() : QString(), &dialog);
    if (!adding)
        token->setPlaceholderText(tr("unchanged"));
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
    return acceptForm(dialog, form, [&] {
        const AppRecord typed{id->text().trimmed(), label->text().trimmed(),
                              secret->text().toUtf8(), token->text().toUtf8()};
        const Status applied = apply(typed);
        return applied ? QString() : applied.error();
    });
}

bool SettingsDialog::lineForm(const LineRecord &line, bool adding,
                              const std::function<Status(const LineRecord &)> &apply)
{
    const auto trust = m_engine->trust();
    QDialog dialog(this);
    dialog.setWindowTitle(adding ? tr("Add a line") : tr("Edit line %1").arg(line.phoneNumberId));
    auto *id = new QLineEdit(line.phoneNumberId, &dialog);
    id->setReadOnly(!adding);
    auto *waba = new QLineEdit(line.wabaId, &dialog);
    auto *label = new QLineEdit(line.label, &dialog);
    auto *display = new QLineEdit(line.display, &dialog);
    display->setPlaceholderText(QStringLiteral("+1 555 010 0001"));
    auto *app = new QComboBox(&dialog);
    if (trust) {
        for (const AppRecord &record : trust->apps())
            app->addItem(record.label.isEmpty() ? record.appId : record.label, record.appId);
    }
    app->setCurrentIndex(std::max(0, app->findData(line.appId)));
    auto *active = new QCheckBox(
        tr("Active (a disabled line shows greyed; its deliveries are still kept and processed)"),
        &dialog);
    active->setChecked(line.active);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Phone number id"), id);
    form->addRow(tr("WABA id"), waba);
    form->addRow(tr("Label"), label);
    form->addRow(tr("Display number"), display);
    form->addRow(tr("Owning app"), app);
    form->addRow(active);
    return acceptForm(dialog, form, [&] {
        const LineRecord typed{id->text().trimmed(),          waba->text().trimmed(),
                               label->text().trimmed(),       display->text().trimmed(),
                               app->currentData().toString(), active->isChecked()};
        const Status applied = apply(typed);
        return applied ? QString() : applied.error();
    });
}

void SettingsDialog::addApp()
{
    const bool added =
        appForm({}, true, [this](const AppRecord &app) { return m_engine->addApp(app); });
    if (added)
        reload();
}

void SettingsDialog::editApp()
{
    const auto trust = m_engine->trust();
    const int row = m_apps->currentRow();
    if (!trust || row < 0 || row >= trust->apps().size()) {
        QMessageBox::information(this, tr("Edit app"), tr("Select an app first."));
        return;
    }
    const bool updated = appForm(trust->apps().at(row), false,
                                 [this](const AppRecord &app) { return m_engine->updateApp(app); });
    if (updated)
        reload();
}

bool SettingsDialog::addLine(const QString &phoneNumberId)
{
    const auto trust = m_engine->trust();
    if (!trust || trust->apps().isEmpty()) {
        QMessageBox::information(this, tr("Add a line"),
                                 tr("Add the Meta app that owns it first."));
        return false;
    }
    LineRecord line;
    line.phoneNumberId = phoneNumberId;
    const bool added =
        lineForm(line, true, [this](const LineRecord &typed) { return m_engine->addLine(typed); });
    if (added)
        reload();
    return added;
}

void SettingsDialog::editLine()
{
    const auto trust = m_engine->trust();
    const int row = m_lines->currentRow();
    if (!trust || row < 0 || row >= trust->lines().size()) {
        QMessageBox::information(this, tr("Edit line"), tr("Select a line first."));
        return;
    }
    const bool updated = lineForm(trust->lines().at(row), false, [this](const LineRecord &line) {
        return m_engine->updateLine(line);
    });
    if (updated)
        reload();
}

} // namespace hookline
