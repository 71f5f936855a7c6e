#include "healthcheckdialog.h"

#include "consolecolors.h"
#include "consoleengine.h"
#include "consolesettings.h"
#include "diagnostics/doctor.h"
#include "storage/database.h"

#include <QApplication>
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
    auto *again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &HealthCheckDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(880, 440);
}

void HealthCheckDialog::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DoctorOptions options;
    options.database.path = m_engine->database().path();
    options.address = m_engine->options().receiver.address;
    options.port = m_engine->port() ? m_engine->port() : m_engine->options().receiver.port;
    options.tlsCertificate = ConsoleSettings::tlsCertificate();
    options.tlsKey = ConsoleSettings::tlsKey();
    const QList<DoctorCheck> checks = Doctor::run(options);
    QApplication::restoreOverrideCursor();

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
}

} // namespace hookline
