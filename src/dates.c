/*
 * dates.c -- calendar arithmetic (days <-> civil dates) and the date phrases
 * of news text, resolved against the article's publication date.
 */
#include <ctype.h>
#include <stdatomic.h>
#include <stdio.h>

#include "dates.h"
#include "internal.h"

/* ------------------------------------------------------------ arithmetic */

/* Days from civil, proleptic Gregorian (H. Hinnant's algorithm). */
long ge_days_from_ymd(ge_ymd d)
{
    long y = d.y - (d.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ge_ymd ge_ymd_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    ge_ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

int ge_weekday(ge_ymd d)
{
    long z = ge_days_from_ymd(d);
    long w = (z + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

void ge_ymd_format(ge_ymd d, char out[11])
{
    if (d.y < 0 || d.y > 9999 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31) {
        out[0] = '\0';
        return;
    }
    /* snprintf's "%04d-%02d-%02d", by hand (the fields are in range) */
    out[0] = (char)('0' + d.y / 1000);
    out[1] = (char)('0' + d.y / 100 % 10);
    out[2] = (char)('0' + d.y / 10 % 10);
    out[3] = (char)('0' + d.y % 10);
    out[4] = '-';
    out[5] = (char)('0' + d.m / 10);
    out[6] = (char)('0' + d.m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d.d / 10);
    out[9] = (char)('0' + d.d % 10);
    out[10] = '\0';
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[(m - 1) % 12];
}

static int valid_ymd(ge_ymd d)
{
    return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
           d.d <= days_in_month(d.y, d.m);
}

int ge_date_parse_iso(const char *s, ge_ymd *out)
{
    if (!s)
        return 0;
    while (isspace((unsigned char)*s))
        s++;
    int n = 0;
    ge_ymd d = {0, 1, 1};
    for (int i = 0; i < 4; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        d.y = d.y * 10 + (s[i] - '0');
    }
    n = 4;
    if (s[n] == '-' && isdigit((unsigned char)s[n + 1]) && isdigit((unsigned char)s[n + 2])) {
        d.m = (s[n + 1] - '0') * 10 + (s[n + 2] - '0');
        n += 3;
        if (s[n] == '-' && isdigit((unsigned char)s[n + 1]) && isdigit((unsigned char)s[n + 2]))
            d.d = (s[n + 1] - '0') * 10 + (s[n + 2] - '0');
    }
    if (!valid_ymd(d))
        return 0;
    *out = d;
    return 1;
}

static ge_ymd add_days(ge_ymd d, long n)
{
    return ge_ymd_from_days(ge_days_from_ymd(d) + n);
}

static ge_ymd add_months(ge_ymd d, int n)
{
    int m0 = d.y * 12 + (d.m - 1) + n;
    ge_ymd r = {m0 / 12, m0 % 12 + 1, 1};
    return r;
}

/* ---------------------------------------------------------------- tokens */

typedef struct scan {
    const ge_text *t;
    uint32_t b, e; /* sentence token range */
} scan;

static const char *norm(const scan *s, uint32_t i, size_t *len)
{
    const ge_token *k = &s->t->tokens[i];
    *len = k->norm_len;
    return s->t->norm + k->norm;
}

static int is(const scan *s, uint32_t i, const char *w)
{
    if (i < s->b || i >= s->e)
        return 0;
    size_t n;
    const char *p = norm(s, i, &n);
    return ge_word_eq(p, n, w);
}

static int is_any(const scan *s, uint32_t i, const char *const *ws)
{
    for (; *ws; ws++)
        if (is(s, i, *ws))
            return 1;
    return 0;
}

/* Integer value of a number token (digits only), or -1. */
static long num(const scan *s, uint32_t i)
{
    if (i < s->b || i >= s->e)
        return -1;
    size_t n;
    const char *p = norm(s, i, &n);
    if (n == 0 || n > 9)
        return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (!isdigit((unsigned char)p[k]))
            return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

/* Day-of-month token: "15", "15th", "1st". */
static int day_num(const scan *s, uint32_t i)
{
    if (i < s->b || i >= s->e)
        return -1;
    size_t n;
    const char *p = norm(s, i, &n);
    int v = 0;
    size_t k = 0;
    for (; k < n && k < 2 && isdigit((unsigned char)p[k]); k++)
        v = v * 10 + (p[k] - '0');
    if (k == 0)
        return -1;
    if (k < n) {
        const char *suf = p + k;
        size_t sl = n - k;
        if (!(sl == 2 && (!memcmp(suf, "st", 2) || !memcmp(suf, "nd", 2) ||
                          !memcmp(suf, "rd", 2) || !memcmp(suf, "th", 2))))
            return -1;
    }
    return v >= 1 && v <= 31 ? v : -1;
}

static int year_num(const scan *s, uint32_t i)
{
    long v = num(s, i);
    size_t n = 0;
    if (v >= 0)
        norm(s, i, &n);
    return n == 4 && v >= 1900 && v <= 2100 ? (int)v : -1;
}

static const char *const month_names[] = {"january", "february", "march",     "april",
                                          "may",     "june",     "july",      "august",
                                          "september", "october", "november", "december"};
static const char *const month_abbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};

/* Month 1..12 of a token, 0 if it is not a month name. Ambiguous words
 * ("may", "march") need a capital letter and a number or a date word near. */
static int month_of(const scan *s, uint32_t i)
{
    if (i < s->b || i >= s->e)
        return 0;
    /* (in a text written without capitals, "march", "may", "august" in
     * lower case, with a day, a year or a word before a time) */
    int lower = !(s->t->tokens[i].flags & GE_TOK_CAP);
    if (lower && !s->t->caseless)
        return 0;
    /* asked of every capitalised token: read it once; a month's name, its
     * abbreviation and "sept" share the name's first byte */
    size_t n;
    const char *p = norm(s, i, &n);
    if (n < 3 || n > 9)
        return 0;
    int m = 0;
    for (int k = 0; k < 12 && !m; k++)
        if (month_names[k][0] == p[0] &&
            (ge_word_eq(p, n, month_names[k]) || ge_word_eq(p, n, month_abbr[k]) ||
             (k == 8 && ge_word_is(p, n, "sept"))))
            m = k + 1;
    if (!m)
        return 0;
    if (lower || m == 3 || m == 5 || ge_word_is(p, n, "jan") || ge_word_is(p, n, "mar") ||
        ge_word_is(p, n, "sep")) {
        static const char *const lead[] = {"in", "since", "last", "early", "late", "mid",
                                           "until", "of", "this", "next", "by", "during",
                                           "from", "before", "after", "end", NULL};
        if (!(day_num(s, i + 1) > 0 || year_num(s, i + 1) > 0 || day_num(s, i - 1) > 0 ||
              is_any(s, i - 1, lead)))
            return 0;
    }
    return m;
}

static int weekday_of(const scan *s, uint32_t i)
{
    static const char *const wd[] = {"sunday",   "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday"};
    for (int k = 0; k < 7; k++)
        if (is(s, i, wd[k]))
            return k;
    return -1;
}

/* Small counts written as words: "two days ago". */
static int word_count(const scan *s, uint32_t i)
{
    static const char *const w[] = {"zero", "one", "two",  "three", "four",   "five", "six",
                                    "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
    for (int k = 0; w[k]; k++)
        if (is(s, i, w[k]))
            return k;
    long v = num(s, i);
    return v >= 0 && v < 400 ? (int)v : -1;
}

/* A month/day without a year: the latest such date not after pub (plus a
 * week of grace for previews). */
static int year_for(ge_ymd pub, int m, int d)
{
    ge_ymd c = {pub.y, m, d > 0 ? d : 1};
    if (ge_days_from_ymd(c) > ge_days_from_ymd(pub) + 7)
        return pub.y - 1;
    return pub.y;
}

/* "last year", "this year", "next year" after a month ("in February last
 * year"): 2 and the year, or 0 */
static int year_word(const scan *s, uint32_t j, ge_ymd pub, int *y)
{
    if (!pub.y || !is(s, j + 1, "year"))
        return 0;
    int k = is(s, j, "last") ? -1 : is(s, j, "this") ? 0 : is(s, j, "next") ? 1 : 2;
    if (k == 2)
        return 0;
    *y = pub.y + k;
    return 2;
}

/* -------------------------------------------------------------- patterns */

typedef struct hit {
    uint32_t end; /* token after the phrase */
    ge_ymd date;
    ge_date_precision prec;
    uint32_t begin; /* first token (may be before i: "since", "on") */
    ge_ymd ahead;   /* ge_date_phrase.ahead */
} hit;

/* The next month/day on or after pub (the month's first day for d = 0). */
static ge_ymd ahead_of(ge_ymd pub, int m, int d)
{
    ge_ymd c = {pub.y, m, d > 0 ? d : 1};
    if (d > 0 ? ge_days_from_ymd(c) < ge_days_from_ymd(pub) : m < pub.m)
        c.y++;
    return valid_ymd(c) ? c : (ge_ymd){0, 0, 0};
}

static int unit_of(const scan *s, uint32_t i)
{
    if (is(s, i, "day") || is(s, i, "days"))
        return 1;
    if (is(s, i, "week") || is(s, i, "weeks"))
        return 2;
    if (is(s, i, "month") || is(s, i, "months"))
        return 3;
    if (is(s, i, "year") || is(s, i, "years"))
        return 4;
    return 0;
}

static ge_ymd back_units(ge_ymd pub, int unit, int n)
{
    switch (unit) {
    case 1: return add_days(pub, -n);
    case 2: return add_days(pub, -7L * n);
    case 3: {
        ge_ymd r = add_months(pub, -n);
        r.d = pub.d <= days_in_month(r.y, r.m) ? pub.d : days_in_month(r.y, r.m);
        return r;
    }
    default: {
        ge_ymd r = {pub.y - n, pub.m, pub.d};
        if (!valid_ymd(r))
            r.d = 28;
        return r;
    }
    }
}

/* "two days ago", "a few weeks ago", "several months ago" */
static int p_ago(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    uint32_t j = i;
    int n = -1, vague = 0;
    if ((is(s, j, "a") || is(s, j, "an")) && (is(s, j + 1, "few") || is(s, j + 1, "couple"))) {
        n = is(s, j + 1, "few") ? 3 : 2;
        vague = 1;
        j += 2;
        if (is(s, j, "of"))
            j++;
    } else if (is(s, j, "several") || is(s, j, "few")) {
        n = 3;
        vague = 1;
        j++;
    } else if (is(s, j, "a") || is(s, j, "an")) {
        n = 1;
        j++;
    } else if ((n = word_count(s, j)) > 0) {
        j++;
    } else {
        return 0;
    }
    int unit = unit_of(s, j);
    if (!unit || !is(s, j + 1, "ago"))
        return 0;
    h->begin = i;
    h->end = j + 2;
    h->date = back_units(pub, unit, n);
    static const ge_date_precision p[] = {GE_DATE_NONE, GE_DATE_DAY, GE_DATE_WEEK, GE_DATE_MONTH,
                                          GE_DATE_YEAR};
    h->prec = p[unit];
    if (vague && unit < 4)
        h->prec = p[unit + 1];
    return 1;
}

/* "last week", "this month", "earlier this year", "past few days" */
static int p_relative(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    int dir;
    if (is(s, i, "last") || is(s, i, "past") || is(s, i, "previous"))
        dir = -1;
    else if (is(s, i, "this") || is(s, i, "current"))
        dir = 0;
    else if (is(s, i, "next") || is(s, i, "coming"))
        dir = 1;
    else
        return 0;
    uint32_t j = i + 1;
    int few = 0;
    if (dir == -1 && (is(s, j, "few") || is(s, j, "several"))) {
        few = 1;
        j++;
    }
    int unit = unit_of(s, j);
    if (!unit && dir == -1 && is(s, j, "night")) {
        h->begin = i;
        h->end = j + 1;
        h->date = add_days(pub, -1);
        h->prec = GE_DATE_DAY;
        return 1;
    }
    if (!unit && dir == 0 &&
        (is(s, j, "morning") || is(s, j, "afternoon") || is(s, j, "evening"))) {
        h->begin = i;
        h->end = j + 1;
        h->date = pub;
        h->prec = GE_DATE_DAY;
        return 1;
    }
    if (!unit)
        return 0;
    h->begin = i;
    h->end = j + 1;
    switch (unit) {
    case 1:
        h->date = add_days(pub, dir == 0 ? 0 : dir);
        h->prec = few ? GE_DATE_WEEK : GE_DATE_DAY;
        if (few)
            h->date = add_days(pub, -3);
        break;
    case 2:
        h->date = add_days(pub, 7L * dir);
        h->prec = GE_DATE_WEEK;
        break;
    case 3:
        h->date = add_months(pub, dir);
        h->prec = GE_DATE_MONTH;
        break;
    default:
        h->date = (ge_ymd){pub.y + dir, 1, 1};
        h->prec = GE_DATE_YEAR;
        break;
    }
    if (i > s->b && (is(s, i - 1, "earlier") || is(s, i - 1, "later") || is(s, i - 1, "since")))
        h->begin = i - 1;
    return 1;
}

/* "the beginning of the year", "the start of this month", "so far this year" */
static int p_period_start(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    if (!(is(s, i, "beginning") || is(s, i, "start")))
        return 0;
    uint32_t j = i + 1;
    if (!is(s, j, "of"))
        return 0;
    j++;
    if (is(s, j, "the") || is(s, j, "this"))
        j++;
    int unit = unit_of(s, j);
    if (unit < 3 || s->t->tokens[j].norm_len > 5)
        return 0;
    h->begin = i;
    if (is(s, i - 1, "the"))
        h->begin = i - 1;
    if (h->begin > s->b && is(s, h->begin - 1, "since"))
        h->begin--;
    h->end = j + 1;
    if (unit == 3) {
        h->date = (ge_ymd){pub.y, pub.m, 1};
        h->prec = GE_DATE_MONTH;
    } else {
        h->date = (ge_ymd){pub.y, 1, 1};
        h->prec = GE_DATE_YEAR;
    }
    return 1;
}

static int p_deictic(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    long off;
    if (is(s, i, "today") || is(s, i, "tonight"))
        off = 0;
    else if (is(s, i, "yesterday"))
        off = -1;
    else if (is(s, i, "tomorrow"))
        off = 1;
    else
        return 0;
    h->begin = i;
    h->end = i + 1;
    h->date = add_days(pub, off);
    h->prec = GE_DATE_DAY;
    return 1;
}

/* "Tuesday", "on Tuesday", "last Tuesday", "next Tuesday" */
static int p_weekday(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    int wd = weekday_of(s, i);
    if (wd < 0)
        return 0;
    int pw = ge_weekday(pub);
    long back = (pw - wd + 7) % 7;
    h->begin = i;
    h->end = i + 1;
    if (i > s->b && is(s, i - 1, "next")) {
        long fwd = (wd - pw + 7) % 7;
        h->date = add_days(pub, fwd ? fwd : 7);
        h->begin = i - 1;
    } else {
        if (i > s->b && is(s, i - 1, "last")) {
            if (back == 0)
                back = 7;
            h->begin = i - 1;
        }
        h->date = add_days(pub, -back);
        if (!(i > s->b && is(s, i - 1, "last")))
            h->ahead = add_days(pub, (wd - pw + 7) % 7);
    }
    if (i > s->b && is(s, i - 1, "on"))
        h->begin = i - 1;
    h->prec = GE_DATE_DAY;
    return 1;
}

/* "November 15", "Nov. 15, 2023", "15 November 2023", "November 2023",
 * "in November", "2023-11-15", "in 2019" */
static int p_calendar(const scan *s, uint32_t i, ge_ymd pub, hit *h)
{
    const ge_token *tk = &s->t->tokens[i];
    const char *raw = s->t->s + tk->start;
    size_t rawlen = s->t->len - tk->start;
    ge_ymd d;
    if (rawlen >= 10 && isdigit((unsigned char)raw[0]) && raw[4] == '-' && raw[7] == '-' &&
        ge_date_parse_iso(raw, &d) && (rawlen == 10 || !isdigit((unsigned char)raw[10]))) {
        uint32_t j = i;
        while (j < s->e && s->t->tokens[j].end <= tk->start + 10)
            j++;
        h->begin = i;
        h->end = j > i ? j : i + 1;
        h->date = d;
        h->prec = GE_DATE_DAY;
        return 1;
    }
    /* (month_of is 0 for a token in lower case: most tokens, not asked) */
    int m = (tk->flags & GE_TOK_CAP) || s->t->caseless ? month_of(s, i) : 0, day;
    if (m) {
        uint32_t j = i + 1;
        day = day_num(s, j);
        h->begin = i;
        if (day > 0) {
            j++;
            if (is(s, j, ","))
                j++;
            int y = year_num(s, j), yw = 0;
            if (y > 0)
                j++;
            else if ((yw = year_word(s, j, pub, &y)) > 0)
                j += (uint32_t)yw; /* "March 5 last year" */
            else if (!pub.y) {
                y = 0; /* a date, but of no known year */
                if (is(s, j - 1, ","))
                    j--;
            } else {
                y = year_for(pub, m, day);
                h->ahead = ahead_of(pub, m, day);
                if (is(s, j - 1, ","))
                    j--;
            }
            h->end = j;
            h->date = (ge_ymd){y, m, day};
            h->prec = GE_DATE_DAY;
            if (!y)
                return 1;
        } else {
            if (is(s, j, "of") && year_num(s, j + 1) > 0)
                j++; /* "in October of 2019" */
            int y = year_num(s, j), yw = 0;
            if (y > 0)
                j++;
            else if ((yw = year_word(s, j, pub, &y)) > 0)
                j += (uint32_t)yw; /* "in February last year" */
            else if (pub.y) {
                y = year_for(pub, m, 0);
                h->ahead = ahead_of(pub, m, 0);
                if (m == pub.m && i > s->b && is(s, i - 1, "last"))
                    y = pub.y - 1; /* "last November", told in November */
            } else {
                y = 0;
            }
            h->end = j;
            h->date = (ge_ymd){y, m, 1};
            h->prec = GE_DATE_MONTH;
            if (!y)
                return 1; /* a month, of no known year ("in May") */
        }
        if (!valid_ymd(h->date))
            return 0;
        return 1;
    }
    /* a day or a year is written in digits: most tokens stop here */
    size_t n;
    if (!isdigit((unsigned char)norm(s, i, &n)[0]))
        return 0;
    if ((day = day_num(s, i)) > 0) {
        uint32_t j = i + 1;
        if (is(s, j, "of"))
            j++;
        if (!(m = month_of(s, j)))
            return 0;
        j++;
        int y = year_num(s, j);
        if (y > 0)
            j++;
        else if (!pub.y)
            y = 0;
        else {
            y = year_for(pub, m, day);
            h->ahead = ahead_of(pub, m, day);
        }
        h->begin = i;
        h->end = j;
        h->date = (ge_ymd){y, m, day};
        h->prec = GE_DATE_DAY;
        return !y || valid_ymd(h->date);
    }
    int y = year_num(s, i);
    /* (and "the 2021 national strike", "the strike of 2021": the year of
     * a thing named) */
    if (y > 0 && i > s->b &&
        (is(s, i - 1, "in") || is(s, i - 1, "since") || is(s, i - 1, "during") ||
         (is(s, i - 1, "of") && (i + 1 >= s->e || !(s->t->tokens[i + 1].flags & GE_TOK_WORD))) ||
         (is(s, i - 1, "the") && i + 1 < s->e && (s->t->tokens[i + 1].flags & GE_TOK_WORD)))) {
        h->begin = i;
        h->end = i + 1;
        h->date = (ge_ymd){y, 1, 1};
        h->prec = GE_DATE_YEAR;
        return 1;
    }
    return 0;
}

/* Every word a relative phrase starts with (p_ago's counts and "a", "few",
 * "several"; p_relative's, p_period_start's, p_deictic's, p_weekday's
 * first words), and a 256-bit summary of them (ge_words_summarize), made at
 * the first ask: threads that make it at once store the same values
 * (atomics: no data race), `ready` last. */
static const char *const relative_first[] = {
    "a", "an", "several", "few", "zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "last", "past", "previous", "this", "current",
    "next", "coming", "beginning", "start", "today", "tonight", "yesterday", "tomorrow",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", NULL};
static _Atomic uint64_t relative_sig[4];
static atomic_int relative_ready;

/* Can a relative phrase (p_ago ... p_weekday) start at token i? Not when
 * its form is no number and none of relative_first: most tokens, told by
 * one bit of the summary instead of some forty comparisons. */
static int may_start_relative(const scan *s, uint32_t i)
{
    if (!atomic_load_explicit(&relative_ready, memory_order_acquire)) {
        uint64_t sig[4] = {0, 0, 0, 0};
        ge_words_summarize(sig, relative_first);
        for (int k = 0; k < 4; k++)
            atomic_store_explicit(&relative_sig[k], sig[k], memory_order_relaxed);
        atomic_store_explicit(&relative_ready, 1, memory_order_release);
    }
    size_t n;
    const char *p = norm(s, i, &n);
    if (p[0] >= '0' && p[0] <= '9') /* p_ago's count in digits */
        return 1;
    unsigned k = ge_word_key(p, n);
    return (atomic_load_explicit(&relative_sig[k >> 6], memory_order_relaxed) >> (k & 63)) & 1;
}

size_t ge_dates_find(const ge_text *t, uint32_t tok_begin, uint32_t tok_end, ge_ymd pub,
                     ge_date_phrase *out, size_t cap)
{
    scan s = {t, tok_begin, tok_end < t->ntokens ? tok_end : (uint32_t)t->ntokens};
    size_t n = 0;
    for (uint32_t i = s.b; i < s.e;) {
        /* p_calendar finds nothing at a token in lower case that starts
         * with no digit (its date, month and number branches ask for one),
         * but a month's name in a text written without capitals: most
         * tokens, passed over with the relative phrases' test alone */
        const ge_token *tk = &t->tokens[i];
        int rel = pub.y && may_start_relative(&s, i);
        if (!rel && !(tk->flags & GE_TOK_CAP) && !isdigit((unsigned char)t->s[tk->start]) &&
            !isdigit((unsigned char)t->norm[tk->norm]) && !(t->caseless && month_of(&s, i))) {
            i++;
            continue;
        }
        hit h;
        memset(&h, 0, sizeof h);
        int relative = rel &&
                       (p_ago(&s, i, pub, &h) || p_relative(&s, i, pub, &h) ||
                        p_period_start(&s, i, pub, &h) || p_deictic(&s, i, pub, &h) ||
                        p_weekday(&s, i, pub, &h));
        if (relative || p_calendar(&s, i, pub, &h)) {
            if (n < cap) {
                out[n].tok_begin = h.begin;
                out[n].tok_end = h.end;
                out[n].date = h.date;
                out[n].precision = h.prec;
                out[n].ahead = h.ahead;
            }
            n++;
            i = h.end > i ? h.end : i + 1;
        } else {
            i++;
        }
    }
    return n;
}
