#pragma once
// Log format v1 reader with full validation.
#include "model/session.h"
