/*
 * plover_print.c -- JSON printed byte for byte as cJSON_PrintUnformatted
 * prints it (tests/test_write.c compares the two), without its cost: cJSON
 * prints every non-integer number with sprintf("%1.15g"), reads it back with
 * sscanf and compares, which was most of the time of writing PLOVER JSON
 * Lines. ge_plover_print prints a cJSON tree; the emitter (ge_pj_*, at the
 * end) takes plover.c's record field by field and either builds the tree or
 * prints the line with the same functions, so the writer needs no tree.
 *
 * Numbers: an integer below 10^15 in magnitude is its digits (cJSON: "%d",
 * or "%1.15g", which gives the same digits). A number with at most six
 * decimals (lat/lon rounded to 6, confidences to 3) is the double nearest
 * to k / 10^6 for an integer k; %1.15g prints that decimal exactly (its
 * 15-digit rounding cannot move: a double is within 2^-53 of it, relative)
 * and it reads back as the same double, so cJSON keeps that form. The
 * digits of k are written with the trailing zeros of the fraction dropped,
 * as %g does. Anything else (NaN, infinities, -0, very small or large
 * values, more decimals) is printed by cJSON itself.
 */
#include <math.h>
#include <stdio.h>

#include "internal.h"
#include "plover.h"

/* ge_buf_add, inline for the short pieces ('"', ':', a key) that most
 * calls append: a call into the library for each cost more than the copy. */
static inline int put(ge_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        return ge_buf_add(b, s, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return 0;
}

/* The JSON string s as cJSON's print_string_ptr writes it: '"', '\\' and
 * the controls escaped (\b \f \n \r \t, else \u00XX), every other byte as it
 * is. */
static int put_string(ge_buf *b, const char *s)
{
    if (!s)
        return put(b, "\"\"", 2);
    if (put(b, "\"", 1))
        return -1;
    const unsigned char *p = (const unsigned char *)s, *run = p, *end = p + strlen(s);
    for (; p < end; p++) {
        /* eight bytes at a time while none of them needs an escape (a
         * control, '"' or '\\'; each test is exact for "some byte") */
        while (end - p >= 8) {
            uint64_t x, ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
            memcpy(&x, p, 8);
            uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
            if (((x - ones * 0x20) & ~x & high) | ((q - ones) & ~q & high) | ((bs - ones) & ~bs & high))
                break;
            p += 8;
        }
        if (p >= end)
            break;
        unsigned char c = *p;
        if (c >= 32 && c != '"' && c != '\\')
            continue;
        if (p > run && put(b, (const char *)run, (size_t)(p - run)))
            return -1;
        char esc[8];
        size_t n = 2;
        esc[0] = '\\';
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default: n = (size_t)snprintf(esc + 1, sizeof esc - 1, "u%04x", c) + 1; break;
        }
        if (put(b, esc, n))
            return -1;
        run = p + 1;
    }
    if (p > run && put(b, (const char *)run, (size_t)(p - run)))
        return -1;
    return put(b, "\"", 1);
}

/* A key and its colon: "key": in one piece when nothing in it needs an
 * escape (the record's keys are plain words), else as put_string writes it. */
static int put_key(ge_buf *b, const char *key)
{
    size_t n = 0;
    for (; key && key[n]; n++) {
        unsigned char c = (unsigned char)key[n];
        if (c < 32 || c == '"' || c == '\\')
            return put_string(b, key) || put(b, ":", 1) ? -1 : 0;
    }
    if (!key)
        return put_string(b, NULL) || put(b, ":", 1) ? -1 : 0;
    if (b->len + n + 4 > b->cap) /* put grows the buffer */
        return put(b, "\"", 1) || put(b, key, n) || put(b, "\":", 2) ? -1 : 0;
    char *o = b->s + b->len;
    o[0] = '"';
    memcpy(o + 1, key, n);
    o[n + 1] = '"';
    o[n + 2] = ':';
    o[n + 3] = '\0';
    b->len += n + 3;
    return 0;
}

/* Writes |v|'s digits before out + n, backwards; returns where they start. */
static char *digits_back(char *end, unsigned long long v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* The number as cJSON prints it, in out (room for 32); its length, or 0
 * when it is not one of the forms this function knows (see the top). */
static size_t fast_number(double d, char *out)
{
    double a = fabs(d);
    if (!(a < 1e9) || d == 0)
        return d == 0 && !signbit(d) ? (out[0] = '0', 1) : 0;
    char buf[32], *end = buf + sizeof buf, *p;
    if (d == floor(d)) {
        p = digits_back(end, (unsigned long long)a);
    } else {
        if (a < 1e-3)
            return 0;
        double k = nearbyint(a * 1e6);
        if (k / 1e6 != a)
            return 0; /* more than six decimals */
        unsigned long long q = (unsigned long long)k;
        unsigned long long ip = q / 1000000, fp = q % 1000000;
        int fd = 6;
        while (fp % 10 == 0) {
            fp /= 10;
            fd--;
        }
        p = end;
        for (int i = 0; i < fd; i++) {
            *--p = (char)('0' + fp % 10);
            fp /= 10;
        }
        *--p = '.';
        p = digits_back(p, ip);
    }
    if (d < 0)
        *--p = '-';
    size_t n = (size_t)(end - p);
    memcpy(out, p, n);
    return n;
}

static int put_number(ge_buf *b, double v)
{
    char num[32];
    size_t n = fast_number(v, num);
    if (n)
        return put(b, num, n);
    /* cJSON's own form: the number printed alone */
    cJSON *item = cJSON_CreateNumber(v);
    char *s = item ? cJSON_PrintUnformatted(item) : NULL;
    cJSON_Delete(item);
    if (!s)
        return -1;
    int r = put(b, s, strlen(s));
    cJSON_free(s);
    return r;
}

int ge_plover_print(const cJSON *item, ge_buf *b)
{
    if (!item)
        return -1;
    if (cJSON_IsNull(item))
        return put(b, "null", 4);
    if (cJSON_IsFalse(item))
        return put(b, "false", 5);
    if (cJSON_IsTrue(item))
        return put(b, "true", 4);
    if (cJSON_IsNumber(item))
        return put_number(b, item->valuedouble);
    if (cJSON_IsString(item))
        return put_string(b, item->valuestring);
    if (cJSON_IsRaw(item))
        return item->valuestring ? put(b, item->valuestring, strlen(item->valuestring)) : -1;
    int obj = cJSON_IsObject(item);
    if (!obj && !cJSON_IsArray(item))
        return -1;
    if (put(b, obj ? "{" : "[", 1))
        return -1;
    for (const cJSON *c = item->child; c; c = c->next) {
        if (obj && put_key(b, c->string))
            return -1;
        if (ge_plover_print(c, b) || (c->next && put(b, ",", 1)))
            return -1;
    }
    return put(b, obj ? "}" : "]", 1);
}

/* ------------------------------------------------------------ emitter */

/* Before a value: its comma and key (print), or its place in the tree. */
static int pj_value(ge_pj *j, const char *key, cJSON *item)
{
    if (j->err)
        return -1;
    if (!j->out) {
        if (!item)
            return j->err = -1;
        if (j->depth == 0) {
            j->root = item;
            return 0;
        }
        cJSON *parent = j->node[j->depth - 1];
        if (cJSON_IsArray(parent))
            cJSON_AddItemToArray(parent, item);
        else
            cJSON_AddItemToObject(parent, key, item);
        return 0;
    }
    if (j->depth > 0) {
        if (!j->first[j->depth - 1] && put(j->out, ",", 1))
            return j->err = -1;
        j->first[j->depth - 1] = 0;
        if (key && put_key(j->out, key))
            return j->err = -1;
    }
    return 0;
}

void ge_pj_open(ge_pj *j, const char *key, int array)
{
    if (j->depth >= GE_PJ_DEPTH)
        j->err = -1;
    cJSON *item = NULL;
    if (!j->out && !j->err)
        item = array ? cJSON_CreateArray() : cJSON_CreateObject();
    if (pj_value(j, key, item))
        return;
    if (j->out && put(j->out, array ? "[" : "{", 1))
        j->err = -1;
    j->node[j->depth] = item;
    j->first[j->depth] = 1;
    j->depth++;
}

void ge_pj_close(ge_pj *j, int array)
{
    if (j->depth > 0)
        j->depth--;
    if (j->out && !j->err && put(j->out, array ? "]" : "}", 1))
        j->err = -1;
}

void ge_pj_str(ge_pj *j, const char *key, const char *s)
{
    if (pj_value(j, key, j->out || j->err ? NULL : cJSON_CreateString(s)) == 0 && j->out &&
        put_string(j->out, s))
        j->err = -1;
}

void ge_pj_num(ge_pj *j, const char *key, double v)
{
    if (pj_value(j, key, j->out || j->err ? NULL : cJSON_CreateNumber(v)) == 0 && j->out &&
        put_number(j->out, v))
        j->err = -1;
}

void ge_pj_null(ge_pj *j, const char *key)
{
    if (pj_value(j, key, j->out || j->err ? NULL : cJSON_CreateNull()) == 0 && j->out &&
        put(j->out, "null", 4))
        j->err = -1;
}

void ge_pj_bool(ge_pj *j, const char *key, int v)
{
    if (pj_value(j, key, j->out || j->err ? NULL : cJSON_CreateBool(v)) == 0 && j->out &&
        put(j->out, v ? "true" : "false", v ? 4 : 5))
        j->err = -1;
}
