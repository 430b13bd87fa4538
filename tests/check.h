/* check.h -- the one assertion macro of the C unit tests: counts passes and
 * failures and prints each failure with its file, line and a message. Each
 * test ends with `printf("NAME: %d passed, %d failed\n", passes, fails)`. */
#ifndef GE_TEST_CHECK_H
#define GE_TEST_CHECK_H

#include <stdio.h>

static int fails, passes;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (cond)                                                                                  \
            passes++;                                                                              \
        else {                                                                                     \
            fails++;                                                                               \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                            \
            printf(__VA_ARGS__);                                                                   \
            printf("\n");                                                                          \
        }                                                                                          \
    } while (0)

#endif
