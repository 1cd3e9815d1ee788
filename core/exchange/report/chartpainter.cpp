#include "exchange/report/chartpainter.h"
