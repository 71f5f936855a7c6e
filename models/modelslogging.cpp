#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "hookline.models", QtWarningMsg)
