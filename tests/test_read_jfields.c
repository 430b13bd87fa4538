/*
 * test_read_jfields.c -- rd_json_fields (read_jfields.c), the JSON Lines
 * fields read in place, against cJSON: on crafted lines (escapes, \u
 * escapes cJSON reads as 0 or refuses, surrogates, numbers inside and
 * outside JSON's grammar, repeated and nested keys, control bytes as
 * whitespace, syntax errors) and on seeded mutations of them, every line it
 * is sure of must be one cJSON parses to an object ending at the same byte,
 * with the same fields (kind, string, number's double).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "read_internal.h"

#include "check.h"

static const char *names[6] = {"text", "id", "title", "url", "date", "home"};

/* 1 when the scan was sure of buf, -1 when it disagreed with cJSON, 0 unsure */
static int compare(const char *buf, size_t n)
{
    rd_jfield f[6];
    const char *end = NULL, *cend = NULL;
    if (!rd_json_fields(buf, n, names, 6, f, &end))
        return 0;
    cJSON *o = cJSON_ParseWithLengthOpts(buf, n, &cend, 0);
    int ok = o && cJSON_IsObject(o) && cend == end;
    for (int k = 0; ok && k < 6; k++) {
        cJSON *v = cJSON_GetObjectItemCaseSensitive(o, names[k]);
        rd_jf_type t = !v                 ? RD_JF_NONE
                       : cJSON_IsString(v) ? RD_JF_STRING
                       : cJSON_IsNumber(v) ? RD_JF_NUMBER
                                           : RD_JF_OTHER;
        ok = t == f[k].type;
        if (ok && t == RD_JF_STRING) {
            char *s = rd_jfield_string(&f[k]);
            ok = s && strcmp(s, v->valuestring) == 0;
            free(s);
        }
        if (ok && t == RD_JF_NUMBER) {
            char num[64];
            memcpy(num, f[k].s, f[k].n);
            num[f[k].n] = '\0';
            double d = strtod(num, NULL);
            ok = memcmp(&d, &v->valuedouble, sizeof d) == 0;
        }
    }
    cJSON_Delete(o);
    return ok ? 1 : -1;
}

static const char *lines[] = {
    "{\"id\": \"a-1\", \"text\": \"Flooding in Dhaka.\", \"toponyms\": [{\"start\": 12, \"lat\": 23.7, \"lon\": -0.5e-2, \"type\": null}]}",
    "{\"text\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" a\\\\b \\/ \\b\\f\\n\\r\\t\",\"id\":12345}",
    "{\"text\":\"x\\u0000y\"}",
    "{\"text\":\"x\\uzzzzy\"}",
    "{\"text\":\"x\\ud83dy\"}",
    "{\"text\":\"x\\ude00y\"}",
    "{\"text\":\"x\\u12\"}",
    "{\"text\":\"x\\qy\"}",
    "{\"te\\u0078t\":\"escaped key\"}",
    "{\"text\":\"first\",\"text\":\"second\",\"id\":1.5e3,\"id\":\"later\"}",
    "{\"a\":{\"text\":\"nested\"},\"text\":\"top\",\"id\":-7}",
    "\x01\t {\x1f\"text\"\x02:\"control bytes are whitespace to cJSON\"}\x01",
    "{\"text\":\"t\",\"id\":01}",
    "{\"text\":\"t\",\"id\":1.}",
    "{\"text\":\"t\",\"id\":.5}",
    "{\"text\":\"t\",\"id\":+1}",
    "{\"text\":\"t\",\"id\":1e}",
    "{\"text\":\"t\",\"id\":1.2.3}",
    "{\"text\":\"t\",\"id\":123456789012345678901234567890123456789012345678901234567890123456789}",
    "{\"text\":\"t\",\"id\":-0.0e-3,\"title\":true,\"url\":false,\"date\":null,\"home\":[]}",
    "{\"text\":\"t\",\"id\":nul}",
    "{\"text\":\"t\",}",
    "{\"text\":\"t\",\"a\":[1,]}",
    "{\"text\":\"t\"} trailing",
    "{\"text\":\"t\"",
    "{\"text\":\"unterminated\\\"}",
    "\xef\xbb\xbf{\"text\":\"bom\"}",
    "[{\"text\":\"array\"}]",
    "{}",
    "{\"text\":5}",
    "{\"text\":\"\",\"id\":\"\"}",
};

int main(void)
{
    size_t nlines = sizeof lines / sizeof *lines;
    int sure = 0;
    for (size_t k = 0; k < nlines; k++) {
        int r = compare(lines[k], strlen(lines[k]));
        CHECK(r >= 0, "line %zu: %s", k, lines[k]);
        sure += r > 0;
    }
    CHECK(sure >= 8, "sure of the plain lines (%d)", sure);
    /* seeded mutations: bytes dropped, fragments inserted */
    static const char *frag[] = {"\\u00e9", "\\ud83d\\ude00", "\\ud83d", "\\u0000", "\\uzz",
                                 "\\n", "\\\"", "\\\\", "\\x", "\"", "\\", "{", "}", "[", "]",
                                 ",", ":", " ", "\x01", "1", "-", "0", "1.5", "1e5", ".", "e",
                                 "null", "true", "\"text\":", "\"id\":", "\"a\":[1,{}],"};
    size_t nfrag = sizeof frag / sizeof *frag;
    unsigned long long x = 88172645463325252ull;
    char buf[1024];
    int bad = 0, tried = 0;
    for (int it = 0; it < 200000; it++) {
        const char *src = lines[it % nlines];
        size_t n = strlen(src);
        memcpy(buf, src, n);
        for (int m = 0; m < 1 + it % 3; m++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            size_t pos = n ? (size_t)(x % n) : 0;
            if ((x >> 32) % 3 == 0 && n) {
                memmove(buf + pos, buf + pos + 1, n - pos - 1);
                n--;
            } else {
                const char *f = frag[(x >> 40) % nfrag];
                size_t fl = strlen(f);
                if (n + fl >= sizeof buf)
                    continue;
                memmove(buf + pos + fl, buf + pos, n - pos);
                memcpy(buf + pos, f, fl);
                n += fl;
            }
        }
        int r = compare(buf, n);
        tried += r > 0;
        if (r < 0 && bad++ < 5)
            CHECK(0, "mutation %d disagrees with cJSON: %.*s", it, (int)n, buf);
    }
    CHECK(bad == 0, "%d mutations disagree", bad);
    CHECK(tried > 10000, "sure of %d mutations", tried);
    printf("test_read_jfields: %d checks, %d passed, %d failed (%d mutations compared)\n",
           checks, passes, fails, tried);
    return fails != 0;
}
