/* normalize.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"
typedef int ge_placeholder_unused;
