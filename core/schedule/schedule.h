#pragma once
// When to prompt a check-in: pure, the clock passed in.
#include "model/session.h"
