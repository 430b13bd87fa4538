/*
 * common.c -- status words, diagnostics, names of enums, and the small
 * vector/buffer helpers every module uses.
 */
#include <stdarg.h>
#include <stdio.h>

#include <geodesic.h>

#include "internal.h"

const char *ge_strerror(ge_status st)
{
    switch (st) {
    case GE_OK: return "success";
    case GE_ERR_ARG: return "invalid argument";
    case GE_ERR_NOMEM: return "out of memory";
    case GE_ERR_IO: return "input/output error";
    case GE_ERR_FORMAT: return "invalid input format";
    case GE_ERR_GAZETTEER: return "gazetteer error";
    case GE_ERR_OGR: return "GDAL/OGR error";
    case GE_ERR_PROJ: return "PROJ error";
    case GE_ERR_EXISTS: return "output exists (use --overwrite)";
    case GE_END: return "end of input";
    }
    return "unknown error";
}

void ge_diag_report(const ge_diag *d, const char *file, long line, const char *fmt, ...)
{
    if (!d || !d->fn)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->fn(d->user, file, line, msg);
}

const char *ge_level_name(ge_level level)
{
    switch (level) {
    case GE_LEVEL_CONTINENT: return "continent";
    case GE_LEVEL_COUNTRY: return "country";
    case GE_LEVEL_ADMIN1: return "admin1";
    case GE_LEVEL_ADMIN2: return "admin2";
    case GE_LEVEL_CITY: return "city";
    case GE_LEVEL_SITE: return "site";
    case GE_LEVEL_UNKNOWN: break;
    }
    return "unknown";
}

const char *ge_kind_name(ge_kind k)
{
    switch (k) {
    case GE_KIND_TOPONYM: return "toponym";
    case GE_KIND_DEMONYM: return "demonym";
    case GE_KIND_METONYM: return "metonym";
    }
    return "toponym";
}

const char *ge_report_mode_name(ge_report_mode m)
{
    switch (m) {
    case GE_REPORT_ASSERTED: return "asserted";
    case GE_REPORT_HYPOTHETICAL: return "hypothetical";
    case GE_REPORT_PLANNED: return "planned";
    case GE_REPORT_DENIED: return "denied";
    }
    return "asserted";
}

const char *ge_date_precision_name(ge_date_precision p)
{
    switch (p) {
    case GE_DATE_DAY: return "day";
    case GE_DATE_WEEK: return "week";
    case GE_DATE_MONTH: return "month";
    case GE_DATE_YEAR: return "year";
    case GE_DATE_NONE: break;
    }
    return "";
}

int ge_grow(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = realloc(*v, ncap * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = ncap;
    return 0;
}

char *ge_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ge_strdup(const char *s)
{
    return s ? ge_strndup(s, strlen(s)) : NULL;
}

int ge_buf_add(ge_buf *b, const void *p, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 256;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *s = realloc(b->s, ncap);
        if (!s)
            return -1;
        b->s = s;
        b->cap = ncap;
    }
    memcpy(b->s + b->len, p, n);
    b->len += n;
    b->s[b->len] = '\0';
    return 0;
}

int ge_buf_addc(ge_buf *b, char c)
{
    return ge_buf_add(b, &c, 1);
}

void ge_buf_free(ge_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

void ge_copy(char *dst, size_t cap, const char *src)
{
    if (!cap)
        return;
    size_t n = src ? strlen(src) : 0;
    if (n >= cap)
        n = cap - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

void ge_seterr(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

double ge_geodesic_km(double lat1, double lon1, double lat2, double lon2)
{
    struct geod_geodesic geod;
    double s12 = 0;
    geod_init(&geod, 6378137.0, 1 / 298.257223563);
    geod_inverse(&geod, lat1, lon1, lat2, lon2, &s12, NULL, NULL);
    return s12 / 1000.0;
}
