/*
 * write_values.c -- values every writer shares: the decimal a float stands
 * for, and the span of days an event date of some precision covers.
 */
#include <stdio.h>
#include <stdlib.h>

#include "dates.h"
#include "write_parts.h"

double ge_float_value(float v)
{
    char buf[32];
    for (int prec = 6; prec <= 9; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, (double)v);
        if (strtof(buf, NULL) == v)
            return strtod(buf, NULL);
    }
    return (double)v;
}

double ge_float_value_memo(ge_float_memo *m, float v)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint32_t k = (bits * 2654435761u) >> 20; /* 12 bits: GE_FLOAT_MEMO slots */
    if (!m->used[k] || m->bits[k] != bits) {
        m->bits[k] = bits;
        m->value[k] = ge_float_value(v);
        m->used[k] = 1;
    }
    return m->value[k];
}

int ge_date_span(const char *date, int precision, const char *published, char first[11],
                 char last[11])
{
    ge_ymd d, pub;
    if (!date || !ge_date_parse_iso(date, &d))
        return 0;
    ge_ymd a = d, b = d;
    long days = ge_days_from_ymd(d);
    if (precision == GE_DATE_WEEK) {
        int is_pub =
            published && ge_date_parse_iso(published, &pub) && ge_days_from_ymd(pub) == days;
        a = ge_ymd_from_days(is_pub ? days - 6 : days - 3);
        b = ge_ymd_from_days(is_pub ? days : days + 3);
    } else if (precision == GE_DATE_MONTH) {
        a.d = 1;
        ge_ymd next = {d.m == 12 ? d.y + 1 : d.y, d.m == 12 ? 1 : d.m + 1, 1};
        b = ge_ymd_from_days(ge_days_from_ymd(next) - 1);
    } else if (precision == GE_DATE_YEAR) {
        a = (ge_ymd){d.y, 1, 1};
        b = (ge_ymd){d.y, 12, 31};
    }
    ge_ymd_format(a, first);
    ge_ymd_format(b, last);
    return 1;
}
