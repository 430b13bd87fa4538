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

/* For tests that need the default gazetteer (geoevents.h included before
 * this header), open; or NULL after saying why the test is skipped
 * (the test then returns 77). */
#ifdef GEOEVENTS_H
#include <stdlib.h>
static inline ge_gazetteer *check_default_gazetteer(const char *test)
{
    const char *path = getenv("GEOEVENTS_GAZETTEER");
    if (!path)
        path = GE_SOURCE_DIR "/gazetteer/geoevents.gaz";
    ge_gazetteer *g = NULL;
    char err[256];
    if (ge_gazetteer_open(path, 0, &g, err, sizeof err) != GE_OK) {
        printf("%s: skipped (%s)\n", test, err);
        return NULL;
    }
    return g;
}
#endif

#endif
