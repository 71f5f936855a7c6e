#include "graphlogging.h"

Q_LOGGING_CATEGORY(lcGraph, "hookline.graph", QtInfoMsg)
