#pragma once

#include "expected.h"

#include <QString>

namespace hookline::DemoDatabase {

// A fresh scratch database file for the demo, in a folder of its own under the user's data
// folder (never the person's database); demo folders older than a day are removed.
Expected<QString> prepare();

} // namespace hookline::DemoDatabase
