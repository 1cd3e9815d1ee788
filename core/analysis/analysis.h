#pragma once
// Recovery analysis (log-format-v1.md section 3): pure functions over a session.
#include "model/session.h"
