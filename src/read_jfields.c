/*
 * read_jfields.c -- the fields an article needs from one JSON Lines line,
 * read in place, without building a cJSON tree of the whole line (a line
 * of an annotated corpus carries much more than the article: its gold
 * toponyms, each an object of numbers, and cJSON allocated a node and a
 * string for every one of them, then freed them all).
 *
 * The scan accepts only a subset of what cJSON_ParseWithLengthOpts
 * accepts, and for that subset it finds exactly what cJSON finds: the same
 * extent of the top-level object, the same members (the first of a
 * repeated key, as cJSON_GetObjectItemCaseSensitive), the same strings and
 * numbers. Everything else -- a key with an escape, a \u escape cJSON would
 * read as 0 or refuse, a number outside JSON's grammar (cJSON's strtod
 * reads more), deep nesting, any syntax error -- says "unsure", and the
 * caller parses the line with cJSON as before, so messages and results
 * stay cJSON's. Whitespace is what cJSON skips: every byte <= 32.
 */
#include <stdlib.h>

#include "internal.h"
#include "read_internal.h"

#define JF_MAX_DEPTH 200

typedef struct jscan {
    const char *p;
    size_t n, i;
    const char *const *names; /* top-level keys wanted */
    size_t nnames;
    rd_jfield *out;
} jscan;

static void ws(jscan *z)
{
    while (z->i < z->n && (unsigned char)z->p[z->i] <= 32)
        z->i++;
}

/* The value of four hex digits, or -1 when one is not (cJSON reads such an
 * escape as 0: unsure). */
static long hex4(const char *s)
{
    long h = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = (unsigned char)s[k];
        int d = c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        h = h * 16 + d;
    }
    return h;
}

/* s[0..n), the bytes between a string's quotes, unescaped as cJSON's
 * parse_string does into out (NULL: only checked). Returns the length
 * written, or -1 where unsure. */
static long unescape(const char *s, size_t n, char *out)
{
    size_t k = 0, o = 0;
    while (k < n) {
        const char *bs = memchr(s + k, '\\', n - k);
        size_t run = bs ? (size_t)(bs - (s + k)) : n - k;
        if (out)
            memcpy(out + o, s + k, run);
        o += run;
        k += run;
        if (!bs)
            break;
        /* the byte after a backslash is inside the string (the scan for
         * the closing quote skipped it) */
        char c = s[k + 1], e;
        switch (c) {
        case 'b': e = '\b'; break;
        case 'f': e = '\f'; break;
        case 'n': e = '\n'; break;
        case 'r': e = '\r'; break;
        case 't': e = '\t'; break;
        case '"':
        case '\\':
        case '/': e = c; break;
        case 'u': {
            if (n - k < 6)
                return -1;
            long h = hex4(s + k + 2);
            if (h <= 0 || (h >= 0xDC00 && h <= 0xDFFF))
                return -1;
            unsigned long cp = (unsigned long)h;
            size_t len = 6;
            if (h >= 0xD800 && h <= 0xDBFF) {
                if (n - k < 12 || s[k + 6] != '\\' || s[k + 7] != 'u')
                    return -1;
                long l = hex4(s + k + 8);
                if (l < 0xDC00 || l > 0xDFFF)
                    return -1;
                cp = 0x10000 + ((((unsigned long)h & 0x3FF) << 10) | ((unsigned long)l & 0x3FF));
                len = 12;
            }
            unsigned char u[4];
            size_t m;
            if (cp < 0x80) {
                u[0] = (unsigned char)cp;
                m = 1;
            } else if (cp < 0x800) {
                u[0] = (unsigned char)(0xC0 | (cp >> 6));
                u[1] = (unsigned char)(0x80 | (cp & 0x3F));
                m = 2;
            } else if (cp < 0x10000) {
                u[0] = (unsigned char)(0xE0 | (cp >> 12));
                u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                u[2] = (unsigned char)(0x80 | (cp & 0x3F));
                m = 3;
            } else {
                u[0] = (unsigned char)(0xF0 | (cp >> 18));
                u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
                u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                u[3] = (unsigned char)(0x80 | (cp & 0x3F));
                m = 4;
            }
            if (out)
                memcpy(out + o, u, m);
            o += m;
            k += len;
            continue;
        }
        default: return -1;
        }
        if (out)
            out[o] = e;
        o++;
        k += 2;
    }
    return (long)o;
}

/* A string at z->i (its opening quote): its bytes between the quotes in
 * *s, *n, whether it has escapes in *esc; z->i past it. 0: unsure. The
 * closing quote is found as cJSON finds it: the first quote not right
 * after a backslash that is itself not skipped. */
static int string_at(jscan *z, const char **s, size_t *n, int *esc)
{
    size_t a = z->i + 1, j = a;
    const char *p = z->p;
    const char *q = memchr(p + j, '"', z->n - j);
    *esc = 0;
    for (;;) {
        if (!q)
            return 0;
        const char *b = memchr(p + j, '\\', (size_t)(q - (p + j)));
        if (!b)
            break;
        *esc = 1;
        j = (size_t)(b - p) + 2; /* the backslash and the byte it escapes */
        if (j > z->n)
            return 0;
        if (p + j > q)
            q = j < z->n ? memchr(p + j, '"', z->n - j) : NULL;
    }
    *s = p + a;
    *n = (size_t)(q - (p + a));
    if (*esc && unescape(*s, *n, NULL) < 0)
        return 0;
    z->i = (size_t)(q - p) + 1;
    return 1;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A number in JSON's grammar at z->i, followed by a byte cJSON does not
 * take into a number; 0: unsure. */
static int number_at(jscan *z)
{
    const char *p = z->p;
    size_t n = z->n, k = z->i;
    if (k < n && p[k] == '-')
        k++;
    if (k < n && p[k] == '0') {
        k++;
    } else if (k < n && p[k] >= '1' && p[k] <= '9') {
        while (k < n && is_digit(p[k]))
            k++;
    } else {
        return 0;
    }
    if (k < n && p[k] == '.') {
        k++;
        if (!(k < n && is_digit(p[k])))
            return 0;
        while (k < n && is_digit(p[k]))
            k++;
    }
    if (k < n && (p[k] == 'e' || p[k] == 'E')) {
        k++;
        if (k < n && (p[k] == '+' || p[k] == '-'))
            k++;
        if (!(k < n && is_digit(p[k])))
            return 0;
        while (k < n && is_digit(p[k]))
            k++;
    }
    if (k < n && (is_digit(p[k]) || p[k] == '+' || p[k] == '-' || p[k] == 'e' ||
                  p[k] == 'E' || p[k] == '.'))
        return 0;
    if (k - z->i > 40) /* cJSON copies at most 63 bytes for its strtod */
        return 0;
    z->i = k;
    return 1;
}

static int value_at(jscan *z, int depth, rd_jfield *f);

/* An object or array at z->i; top: the line's object, whose wanted
 * members go to z->out. */
static int container_at(jscan *z, int depth, int top)
{
    int obj = z->p[z->i] == '{';
    char close = obj ? '}' : ']';
    if (depth >= JF_MAX_DEPTH)
        return 0;
    z->i++;
    ws(z);
    if (z->i >= z->n)
        return 0;
    if (z->p[z->i] == close) {
        z->i++;
        return 1;
    }
    for (;;) {
        uint32_t want = 0; /* the wanted names that this key is (the first time) */
        if (obj) {
            const char *k;
            size_t kn;
            int esc;
            if (z->i >= z->n || z->p[z->i] != '"' || !string_at(z, &k, &kn, &esc) || esc)
                return 0;
            if (top)
                for (size_t w = 0; w < z->nnames; w++)
                    if (z->out[w].type == RD_JF_NONE && strlen(z->names[w]) == kn &&
                        !memcmp(z->names[w], k, kn))
                        want |= 1u << w;
            ws(z);
            if (z->i >= z->n || z->p[z->i] != ':')
                return 0;
            z->i++;
            ws(z);
        }
        rd_jfield v;
        if (!value_at(z, depth + 1, &v))
            return 0;
        for (size_t w = 0; want; w++, want >>= 1)
            if (want & 1)
                z->out[w] = v;
        ws(z);
        if (z->i >= z->n)
            return 0;
        if (z->p[z->i] == ',') {
            z->i++;
            ws(z);
            continue;
        }
        if (z->p[z->i] != close)
            return 0;
        z->i++;
        return 1;
    }
}

/* A value at z->i (whitespace skipped); its kind and text into *f. */
static int value_at(jscan *z, int depth, rd_jfield *f)
{
    const char *p = z->p;
    size_t i = z->i, n = z->n;
    if (i >= n)
        return 0;
    rd_jfield v = {.type = RD_JF_OTHER};
    char c = p[i];
    if (c == '"') {
        if (!string_at(z, &v.s, &v.n, &v.esc))
            return 0;
        v.type = RD_JF_STRING;
    } else if (c == '-' || is_digit(c)) {
        if (!number_at(z))
            return 0;
        v.type = RD_JF_NUMBER;
        v.s = p + i;
        v.n = z->i - i;
    } else if (c == '{' || c == '[') {
        if (!container_at(z, depth, 0))
            return 0;
    } else if (n - i >= 4 && !memcmp(p + i, "null", 4)) {
        z->i += 4;
    } else if (n - i >= 4 && !memcmp(p + i, "true", 4)) {
        z->i += 4;
    } else if (n - i >= 5 && !memcmp(p + i, "false", 5)) {
        z->i += 5;
    } else {
        return 0;
    }
    *f = v;
    return 1;
}

int rd_json_fields(const char *p, size_t n, const char *const *names, size_t nnames,
                   rd_jfield *out, const char **end)
{
    if (nnames > 32)
        return 0;
    jscan z = {.p = p, .n = n, .names = names, .nnames = nnames, .out = out};
    for (size_t w = 0; w < nnames; w++)
        out[w].type = RD_JF_NONE;
    ws(&z);
    if (z.i >= n || p[z.i] != '{' || !container_at(&z, 0, 1))
        return 0;
    *end = p + z.i;
    return 1;
}

char *rd_jfield_string(const rd_jfield *f)
{
    char *s = malloc(f->n + 1);
    if (!s)
        return NULL;
    size_t len = f->n;
    if (f->esc)
        len = (size_t)unescape(f->s, f->n, s); /* checked by the scan */
    else
        memcpy(s, f->s, len);
    s[len] = '\0';
    return s;
}
