#include "exchange/logreader.h"
