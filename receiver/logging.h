#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcProcessing)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
