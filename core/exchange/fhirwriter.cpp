#include "exchange/fhirwriter.h"
