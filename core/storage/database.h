#pragma once
// SQLite store: schema, migrations, repository.
#include "model/session.h"
