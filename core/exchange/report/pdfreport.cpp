#include "exchange/report/pdfreport.h"
