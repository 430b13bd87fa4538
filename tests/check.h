/* check.h -- the one assertion macro of the C unit tests. CHECK(cond) or
 * CHECK(cond, "printf format", args...) counts checks, passes and failures
 * and prints each failure with its file, line, expression and message. Each
 * test ends by printing its counts and returning fails != 0. */
#ifndef GE_TEST_CHECK_H
#define GE_TEST_CHECK_H

#include <stdarg.h>
#include <stdio.h>

static int fails, passes, checks;

static inline void check_failed(const char *file, int line, const char *expr, const char *fmt,
                                ...)
{
    printf("FAIL %s:%d: %s", file, line, expr);
    if (fmt && *fmt) {
        va_list ap;
        printf(": ");
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
    }
    printf("\n");
}

#define CHECK(...) CHECK_(__VA_ARGS__, "")
#define CHECK_(cond, ...)                                                                          \
    do {                                                                                           \
        checks++;                                                                                  \
        if (cond)                                                                                  \
            passes++;                                                                              \
        else {                                                                                     \
            fails++;                                                                               \
            check_failed(__FILE__, __LINE__, #cond, __VA_ARGS__);                                  \
        }                                                                                          \
    } while (0)

#endif
