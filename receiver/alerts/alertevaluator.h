#pragma once

#include "alerts/alertrules.h"
#include "expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>

namespace hookline {

struct FiredAlert
{
    qint64 id = 0;
    QString rule;
    QString cause;
    QString line;
    QString summary;
};

// Evaluates the alert rules against what processing projected and what the receiver stored,
// and records each alert once per cause (main.alerts): a template paused, a number flagged, an
// account restricted (one alert per event); a share of failed statuses by error code, a line
// silent far beyond its rhythm, dead letters growing (one alert while the condition holds; it
// clears when the condition ends). Only Meta's own deliveries raise alerts, never a replay.
// Each alert is logged as a warning and, when the rules name a URL, queued for a signed POST.
class AlertEvaluator
{
public:
    explicit AlertEvaluator(QSqlDatabase db);

    // The event rules on what processing added since the last call; with conditions, also the
    // rules over time windows (callers run those every few seconds, not after every batch).
    Expected<QList<FiredAlert>> evaluate(qint64 nowUs, bool conditions);

    static const QStringList &ruleNames();

private:
    bool eventAlerts(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out);
    bool failureShare(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out);
    bool silence(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out);
    bool deadLetters(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out);
    void tallyDeliveries(qint64 nowUs);
    // Records the alert unless one is open for the same rule and cause.
    bool fire(const AlertRules &rules, const FiredAlert &alert, const QJsonObject &facts,
              qint64 deliveryId, qint64 nowUs, QList<FiredAlert> &out);
    // Clears open alerts of the rule whose cause is not in stillTrue.
    bool clearOthers(const QString &rule, const QStringList &stillTrue, qint64 nowUs);
    bool failed(const QString &what);
    // "Sales (107711223344556)", or the id alone for a line without a label.
    QString lineName(const QString &line) const;

    QSqlDatabase m_db;
    QString m_error;
    QSet<QString> m_seenEvents;       // events of the last day already looked at
    QHash<QString, QString> m_labels; // line -> label
    // Deliveries per line and hour over the last week, for the silence rule.
    qint64 m_tallyWatermark = -1;
    QHash<QString, QMap<qint64, int>> m_hourly;
    QHash<QString, qint64> m_lastSeenUs;
};

} // namespace hookline
