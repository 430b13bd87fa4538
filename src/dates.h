/*
 * dates.h -- calendar arithmetic and the date phrases of news text ("a few
 * days ago", "on Tuesday", "last month", "November 15, 2023"), resolved
 * against an article's publication date. Private to the events module.
 */
#ifndef GE_DATES_H
#define GE_DATES_H

#include "geoevents/geoevents.h"

typedef struct ge_ymd {
    int y, m, d;
} ge_ymd;

/* Parses "YYYY-MM-DD" (a datetime's date part, "YYYY-MM" or "YYYY" too).
 * Returns 1 and fills *out on success. */
int ge_date_parse_iso(const char *s, ge_ymd *out);

/* Days since 1970-01-01 and back. */
long ge_days_from_ymd(ge_ymd d);
ge_ymd ge_ymd_from_days(long days);
/* 0 = Sunday .. 6 = Saturday. */
int ge_weekday(ge_ymd d);
/* "YYYY-MM-DD" into out (11 bytes). */
void ge_ymd_format(ge_ymd d, char out[11]);

/* One date phrase found in a sentence. */
typedef struct ge_date_phrase {
    uint32_t tok_begin, tok_end; /* tokens, end exclusive */
    ge_ymd date;                 /* resolved date (first day of the period) */
    ge_date_precision precision;
    ge_ymd ahead;                /* a phrase that leaves its year or week to the
                                    publication date ("August 7", "on Monday")
                                    is resolved to the latest such day not after
                                    it; ahead is the next one from it, for a
                                    sentence about the future; {0} otherwise */
} ge_date_phrase;

/* Finds the date phrases in tokens [tok_begin, tok_end) of t, resolved
 * against pub. With pub.y == 0 (no publication date) only the phrases that
 * state their year are resolved ("in 2007", "December 2004", "March 3,
 * 2009"); a day and month without a year ("March 25"), or a month ("in
 * May"), is still found, with date.y == 0. Writes at most cap phrases; returns how many were found. */
size_t ge_dates_find(const ge_text *t, uint32_t tok_begin, uint32_t tok_end, ge_ymd pub,
                     ge_date_phrase *out, size_t cap);

#endif
