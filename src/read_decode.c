/*
 * read_decode.c -- text as it comes: Windows-1252 and UTF-16 to UTF-8,
 * invalid UTF-8 and mojibake repaired, a text cut at max_bytes on a
 * character boundary, publication dates checked.
 */
#include <ctype.h>

#include "dates.h"
#include "html.h"
#include "internal.h"
#include "read_internal.h"

/* ------------------------------------------------------------ decoding */

/* Windows-1252 to UTF-8 (at most 3 bytes per byte). */
char *rd_cp1252_to_utf8(const char *s, size_t n, size_t *outlen)
{
    char *o = malloc(n * 3 + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ge_utf8_put(o + k, ge_cp1252((unsigned char)s[i]));
    o[k] = '\0';
    *outlen = k;
    return o;
}

/* UTF-16 after a byte order mark (Windows "Unicode" text) to UTF-8.
 * Unpaired surrogates become U+FFFD (counted in *bad); an odd last byte is
 * dropped (counted too). */
char *rd_utf16_to_utf8(const char *s, size_t n, int be, size_t *outlen, size_t *bad_units)
{
    *bad_units = n % 2;
    const unsigned char *u = (const unsigned char *)s;
    char *o = malloc(n / 2 * 3 + 4);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 2; i + 1 < n; i += 2) {
        uint32_t c = be ? (uint32_t)(u[i] << 8 | u[i + 1]) : (uint32_t)(u[i + 1] << 8 | u[i]);
        if (c >= 0xD800 && c < 0xDC00 && i + 3 < n) {
            uint32_t d = be ? (uint32_t)(u[i + 2] << 8 | u[i + 3])
                            : (uint32_t)(u[i + 3] << 8 | u[i + 2]);
            if (d >= 0xDC00 && d < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i += 2;
            } else {
                c = 0xFFFD;
                ++*bad_units;
            }
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
            ++*bad_units;
        }
        k += ge_utf8_put(o + k, c);
    }
    o[k] = '\0';
    *outlen = k;
    return o;
}

/* Largest length <= max that ends on a code point boundary of s. */
size_t rd_utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

int rd_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Makes *p (n bytes, owned) valid UTF-8: when it is not, decodes it as
 * Windows-1252 with one message. Returns -1 when out of memory. */
int rd_ensure_utf8(ge_reader *r, const char *file, long line, char **p, size_t *n)
{
    size_t bad_at = ge_utf8_check(*p, *n);
    if (bad_at >= *n)
        return 0;
    size_t len;
    char *u = rd_cp1252_to_utf8(*p, *n, &len);
    if (!u)
        return -1;
    rd_bad(r, file, line, "invalid UTF-8 at byte %zu; read as Windows-1252", bad_at);
    free(*p);
    *p = u;
    *n = len;
    return 0;
}

/* Repairs text decoded twice ("cityâ€™s"), with a message for the first
 * few: an archive scraped that way has it in every other article, and a
 * repair loses nothing, so the rest are counted (ge_reader_repaired), not
 * listed. Offsets of the article are offsets into the repaired text, the
 * text as read. */
#define REPAIR_NOTES 5
static void repair_text(ge_reader *r, ge_article *a)
{
    size_t n = ge_mojibake_repair(a->text, &a->text_len);
    if (!n)
        return;
    r->repaired++;
    if (r->repaired > REPAIR_NOTES + 1)
        return;
    r->notes++;
    if (r->repaired <= REPAIR_NOTES)
        ge_diag_report(&r->diag, a->source, a->line,
                       "%zu characters were UTF-8 read as Windows-1252 (mojibake); repaired", n);
    else
        ge_diag_report(&r->diag, a->source, a->line,
                       "mojibake repaired here too; further repairs are counted in the summary, "
                       "not listed");
}

/* A publication date the calendar knows: YYYY, YYYY-MM or YYYY-MM-DD
 * (then a time, if any, after 'T' or a space); not "2023-02-30", a year 0
 * or below, or a year of five digits. */
static int valid_published(const char *s)
{
    ge_ymd d;
    while (*s == ' ')
        s++;
    if (!ge_date_parse_iso(s, &d))
        return 0;
    /* what was parsed: a month and a day only when their digits are there
     * (each test stops at the string's end: "2021-" is no date) */
    size_t n = 4;
    if (s[4] == '-' && isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6])) {
        n = 7;
        if (s[7] == '-' && isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9]))
            n = 10;
    }
    return s[n] == '\0' || s[n] == 'T' || s[n] == 't' || s[n] == ' ';
}

static void check_published(ge_reader *r, ge_article *a)
{
    if (!a->published || valid_published(a->published))
        return;
    rd_bad(r, a->source, a->line, "publication date '%.40s' is not a valid date; left out",
        a->published);
    free(a->published);
    a->published = NULL;
}

/* Truncates an article's text to max_bytes (with a message). */
void rd_limit_text(ge_reader *r, ge_article *a)
{
    repair_text(r, a);
    check_published(r, a);
    if (a->text_len <= r->max_bytes)
        return;
    rd_bad(r, a->source, a->line, "text longer than %zu bytes; truncated", r->max_bytes);
    a->text_len = rd_utf8_cut(a->text, a->text_len, r->max_bytes);
    a->text[a->text_len] = '\0';
}

