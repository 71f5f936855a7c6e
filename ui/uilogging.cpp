#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "hookline.ui", QtWarningMsg)
