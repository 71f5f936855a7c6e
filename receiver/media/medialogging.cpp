#include "medialogging.h"

Q_LOGGING_CATEGORY(lcMedia, "hookline.media", QtInfoMsg)
