#include "inspectorpanel.h"

#include "consoleengine.h"
#include "consolemodels.h"
#include "deliverydetail.h"
#include "deliverylogmodel.h"
#include "displaytime.h"
#include "jsoneditordialog.h"
#include "livefilter.h"
#include "runtime/operatorservice.h"
#include "statustext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hookline {

InspectorPanel::InspectorPanel(ConsoleEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(engine->models()->deliveries())
    , m_operations(engine->operations())
    , m_text(new QLineEdit(this))
    , m_line(new QLineEdit(this))
    , m_route(new QLineEdit(this))
    , m_verdict(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_text->setPlaceholderText(tr("Text in the payload"));
    m_text->setClearButtonEnabled(true);
    m_line->setPlaceholderText(tr("Line (phone_number_id)"));
    m_line->setClearButtonEnabled(true);
    m_route->setPlaceholderText(tr("Route, e.g. /webhook"));
    m_route->setClearButtonEnabled(true);
    m_verdict->addItem(tr("Any verdict"), QString());
    m_verdict->addItem(tr("Verified"), QStringLiteral("verified"));
    m_verdict->addItem(tr("Replay"), QStringLiteral("replay"));
    m_state->addItem(tr("Any state"), QString());
    for (const char *state : {"processed", "pending", "retrying"})
        m_state->addItem(StatusText::of(QString::fromLatin1(state)), QString::fromLatin1(state));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last 24 hours"), 86400);
    m_since->addItem(tr("Last 7 days"), 7 * 86400);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("deliveryLog"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->resizeSection(DeliveryLogModel::Id, 60);
    m_table->horizontalHeader()->resizeSection(DeliveryLogModel::Received, 180);
    m_table->horizontalHeader()->resizeSection(DeliveryLogModel::Route, 200);
    m_table->horizontalHeader()->resizeSection(DeliveryLogModel::Lines, 240);
    m_details->setObjectName(QStringLiteral("deliveryDetails"));
    m_details->setPlaceholderText(tr("Select a delivery to see its headers, body and trail."));

    auto *reprocess = new QPushButton(tr("Re&process"), this);
    reprocess->setToolTip(tr("Process the selected delivery again"));
    auto *edited = new QPushButton(tr("Replay &edited copy…"), this);
    edited->setObjectName(QStringLiteral("replayEdited"));
    auto *import = new QPushButton(tr("&Import files…"), this);
    auto *pasteButton = new QPushButton(tr("&Paste"), this);
    pasteButton->setToolTip(tr("Replay the webhook body on the clipboard"));
    connect(reprocess, &QPushButton::clicked, this, &InspectorPanel::reprocessCurrent);
    connect(edited, &QPushButton::clicked, this, &InspectorPanel::replayEditedCopy);
    connect(import, &QPushButton::clicked, this, &InspectorPanel::importFiles);
    connect(pasteButton, &QPushButton::clicked, this, &InspectorPanel::paste);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_line, 1);
    filters->addWidget(m_route, 1);
    filters->addWidget(m_verdict);
    filters->addWidget(m_state);
    filters->addWidget(m_since);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(reprocess);
    actions->addWidget(edited);
    actions->addWidget(import);
    actions->addWidget(pasteButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    // The payload text scans bodies: a longer pause, so it runs once per word, not per key.
    makeLiveFilter(
        m_text, [this] { applyFilter(); }, 400);
    for (QLineEdit *edit : {m_line, m_route})
        makeLiveFilter(edit, [this] { applyFilter(); });
    for (QComboBox *box : {m_verdict, m_state, m_since})
        connect(box, &QComboBox::currentIndexChanged, this, &InspectorPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectorPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int current = m_table->currentIndex().row();
                if (current >= from.row() && current <= to.row())
                    showCurrent();
            });
    connect(m_operations, &OperatorService::finished, this, &InspectorPanel::onFinished);
}

void InspectorPanel::applyFilter()
{
    DeliveryLogFilter filter;
    filter.text = m_text->text();
    filter.line = m_line->text().trimmed();
    filter.route = m_route->text().trimmed();
    filter.verdict = m_verdict->currentData().toString();
    filter.state = m_state->currentData().toString();
    if (const qint64 window = m_since->currentData().toLongLong(); window > 0)
        filter.sinceUs = (QDateTime::currentSecsSinceEpoch() - window) * 1'000'000;
    m_model->setFilter(filter);
}

void InspectorPanel::showDelivery(qint64 id)
{
    m_text->clear();
    m_line->clear();
    m_route->clear();
    m_verdict->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_since->setCurrentIndex(0);
    applyFilter();
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore()) {
        m_model->fetchMore();
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        emit
        message(tr("Delivery %1 is no longer in the log").arg(id));
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
}

qint64 InspectorPanel::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(DeliveryLogModel::IdentityRole).toLongLong() : 0;
}

void InspectorPanel::showCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_details->clear();
        return;
    }
    const auto detail = m_engine->deliveryDetail(id);
    if (!detail) {
        m_details->setPlainText(detail.error());
        return;
    }
    const StoredDelivery &d = detail->delivery;
    QString html =
        QStringLiteral("<h3>%1 %2</h3><table cellpadding=2>").arg(tr("Delivery")).arg(d.id);
    auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Received"), DisplayTime::fromMicros(d.receivedAtUs));
    row(tr("Source"), d.source);
    row(tr("Route"), d.route);
    row(tr("Peer"), d.peer);
    row(tr("Signature"), d.verdict == QLatin1String("verified")
                             ? tr("verified with the secret of app %1").arg(d.appId)
                             : tr("none: an operator's replay"));
    row(tr("Lines"), d.lines.join(u','));
    row(tr("Flags"), d.flags.join(u','));
    row(tr("Processing"), d.state);
    row(tr("SHA-256"), d.sha256);
    // The trail first: "what became of it" is what the inspector is opened for.
    html += QStringLiteral("</table><h4>%1</h4><table cellpadding=2>").arg(tr("Trail"));
    for (const TrailStep &step : detail->trail)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(DisplayTime::fromMicros(step.atUs), step.step.toHtmlEscaped(),
                         step.detail.toHtmlEscaped());
    const QString headers =
        QString::fromUtf8(QJsonDocument::fromJson(d.headersJson).toJson(QJsonDocument::Indented));
    html += QStringLiteral("</table><h4>%1</h4><pre>%2</pre><h4>%3</h4><pre>%4</pre>")
                .arg(tr("Headers"), headers.toHtmlEscaped(), tr("Body"),
                     detail->prettyBody().toHtmlEscaped());
    m_details->setHtml(html);
}

void InspectorPanel::reprocessCurrent()
{
    const qint64 id = currentId();
    if (id == 0) {
        QMessageBox::information(this, tr("Reprocess"), tr("Select a delivery first."));
        return;
    }
    m_requests << m_operations->reprocess(id);
}

void InspectorPanel::replayEditedCopy()
{
    const qint64 id = currentId();
    if (id == 0) {
        QMessageBox::information(this, tr("Replay an edited copy"), tr("Select a delivery first."));
        return;
    }
    const auto detail = m_engine->deliveryDetail(id);
    if (!detail) {
        QMessageBox::warning(this, tr("Replay an edited copy"), detail.error());
        return;
    }
    JsonEditorDialog dialog(tr("Replay an edited copy of delivery %1").arg(id),
                            detail->prettyBody(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    replayBody(dialog.body(), tr("edited copy of %1").arg(id));
}

void InspectorPanel::replayBody(const QByteArray &body, const QString &origin)
{
    m_requests << m_operations->replay(body, origin);
}

void InspectorPanel::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import webhook bodies"), QString(), tr("JSON files (*.json);;All files (*)"));
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Import"),
                                 tr("Cannot read %1: %2").arg(path, file.errorString()));
            continue;
        }
        replayBody(file.readAll(), QFileInfo(path).fileName());
    }
}

void InspectorPanel::paste()
{
    const QByteArray body = QApplication::clipboard()->text().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (body.trimmed().isEmpty() || error.error != QJsonParseError::NoError) {
        JsonEditorDialog dialog(tr("Paste a webhook body"), QString::fromUtf8(body), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        replayBody(dialog.body(), QStringLiteral("paste"));
        return;
    }
    replayBody(body, QStringLiteral("paste"));
}

void InspectorPanel::onFinished(const OperatorResult &result)
{
    if (!m_requests.removeOne(result.request))
        return;
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Inspector"), result.error);
        return;
    }
    if (result.action == OperatorResult::Replay)
        emit
    message(tr("Stored as delivery %1 (replay); processing it.").arg(result.deliveryId));
    else emit
    message(tr("Delivery %1 will be processed again.").arg(result.deliveryId));
    m_model->refreshNewer();
    m_model->refreshRows({result.deliveryId});
}

} // namespace hookline
