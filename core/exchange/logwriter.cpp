#include "exchange/logwriter.h"
