#include "logging.h"

Q_LOGGING_CATEGORY(lcReceiver, "hookline.receiver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hookline.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProcessing, "hookline.processing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "hookline.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuntime, "hookline.runtime", QtInfoMsg)
