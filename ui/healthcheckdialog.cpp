#include "healthcheckdialog.h"

#include "consolecolors.h"
#include "consoleengine.h"
#include "consolesettings.h"
#include "runtime/runtime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookline {

HealthCheckDialog::HealthCheckDialog(ConsoleEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_results(new QTreeWidget(this))
{
    setWindowTitle(tr("Health check"));
    m_results->setHeaderLabels({tr("Check"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->header()->resizeSection(0, 220);
    m_results->setObjectName(QStringLiteral("healthChecks"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    connect(m_again, &QPushButton::clicked, this, &HealthCheckDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Results of a run another dialog started are shown too.
    connect(engine->runtime(), &Runtime::setUpChecked, this,
            [this](const QList<DoctorCheck> &checks) {
                m_running = false;
                setCursor(Qt::ArrowCursor);
                m_again->setEnabled(true);
                showChecks(checks);
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(880, 440);
}

void HealthCheckDialog::run()
{
    if (m_running)
        return;
    if (m_engine->options().receiver.database.server.isPostgres()) {
        // Doctor checks a SQLite set-up (as `hookline doctor` does): given a server's address
        // for a file name, it would report the database missing.
        m_results->clear();
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, tr("Not on PostgreSQL yet"));
        item->setText(1, tr("The health check, like hookline doctor, checks a set-up with a "
                            "SQLite database.\nThis console's database is a PostgreSQL server.\n"
                            "→ Each receiver answers GET /healthz; the lines pane shows what "
                            "arrives."));
        item->setToolTip(1, item->text(1));
        m_again->setEnabled(false);
        emit
        checksShown();
        return;
    }
    DoctorOptions options;
    options.database.path = m_engine->options().receiver.database.path;
    options.address = m_engine->options().receiver.address;
    options.port = m_engine->port() ? m_engine->port() : m_engine->options().receiver.port;
    options.tlsCertificate = ConsoleSettings::tlsCertificate();
    options.tlsKey = ConsoleSettings::tlsKey();

    m_results->clear();
    auto *waiting = new QTreeWidgetItem(m_results);
    waiting->setText(0, tr("Checking…"));
    waiting->setText(1, tr("the database, the apps and lines, the address, TLS, a signed test "
                           "delivery and the handshake"));
    m_again->setEnabled(false);
    setCursor(Qt::BusyCursor);

    m_running = true;
    m_engine->runtime()->checkSetUp(options); // false: one is running, its results will do
}

void HealthCheckDialog::showChecks(const QList<DoctorCheck> &checks)
{
    m_results->clear();
    const QColor good = ConsoleColors::health(0, palette()); // the "receiving" green
    const QColor bad = ConsoleColors::failure(palette());
    for (const DoctorCheck &check : checks) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, (check.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + check.name);
        item->setForeground(0, check.passed ? good : bad);
        item->setText(1, check.passed ? check.detail
                                      : check.detail + QStringLiteral("\n→ ") + check.fix);
        item->setToolTip(1, item->text(1));
    }
    emit
    checksShown();
}

} // namespace hookline
