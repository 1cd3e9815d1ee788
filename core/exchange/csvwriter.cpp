#include "exchange/csvwriter.h"
