#include "storage/repository.h"
