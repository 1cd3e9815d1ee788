#include "storage/database.h"
