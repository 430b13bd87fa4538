/*
 * normalize.c -- UTF-8 decoding and checking, and the one normalization that
 * gazetteer keys and token forms both go through (so that "Côte d’Ivoire",
 * "COTE D'IVOIRE" and "Cote d'Ivoire" meet on "cote divoire").
 */
#include "internal.h"

uint32_t ge_utf8_decode(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    unsigned c = u[k];
    if (c < 0x80) {
        *i = k + 1;
        return c;
    }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    /* invalid lead byte or truncated sequence: one byte, U+FFFD */
    if (n == 0 || k + (size_t)n >= len) {
        *i = k + 1;
        return 0xFFFD;
    }
    uint32_t cp = c & (0x3Fu >> n);
    for (int j = 1; j <= n; j++) {
        unsigned cc = u[k + (size_t)j];
        if ((cc & 0xC0) != 0x80) {
            *i = k + 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    *i = k + (size_t)n + 1;
    return cp;
}

size_t ge_utf8_check(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        i = ge_next_high(s, len, i); /* ASCII is valid */
        if (i >= len)
            break;
        unsigned c = u[i];
        int n;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + (size_t)n >= len)
            return i;
        uint32_t cp = c & (0x3Fu >> n);
        for (int j = 1; j <= n; j++) {
            unsigned cc = u[i + (size_t)j];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += (size_t)n + 1;
    }
    return len;
}

size_t ge_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Base letters of U+00C0..U+00FF and U+0100..U+017F; '*' marks the few that
 * fold to two letters or are not letters (handled in fold_latin). */
static const char latin1_base[] =
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy**"
    "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
static const char latin_ext_a_base[] =
    "aaaaaacccccccc"
    "ddddeeeeeeeeeegggggggghhhh"
    "iiiiiiiiii**jjkkklllllllllln"
    "nnnnnnnnoooooo**rrrrrrsssssss"
    "stttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

/* Latin Extended Additional (U+1E00..U+1EF9: transliterations and
 * Vietnamese): U+1E00..U+1E95 go in upper/lower pairs, one base letter a
 * pair; U+1EA0..U+1EF9 one base letter a code point. */
static const char latin_ext_add_pairs[] =
    "abbbcdddddeeeeefghhhhhiikkkllllmmmnnnnooooppr"
    "rrrsssssttttuuuuuvvwwwwwxxyzzz";
static const char latin_ext_add_viet[] =
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooo"
    "uuuuuuuuuuuuuuyyyyyyyy";

/* Folds a Latin letter with diacritics to ASCII. Returns the number of bytes
 * written to out (0 when cp is not handled here). */
static size_t fold_latin(uint32_t cp, char *out)
{
    const char *two = NULL;
    char c = 0;
    if (cp >= 0xC0 && cp <= 0xFF) {
        switch (cp) {
        case 0xC6: case 0xE6: two = "ae"; break;
        case 0xDE: case 0xFE: two = "th"; break;
        case 0xDF: two = "ss"; break;
        case 0xD7: case 0xF7: return 0;
        default: c = latin1_base[cp - 0xC0];
        }
    } else if (cp >= 0x100 && cp <= 0x17F) {
        switch (cp) {
        case 0x132: case 0x133: two = "ij"; break;
        case 0x152: case 0x153: two = "oe"; break;
        default: c = latin_ext_a_base[cp - 0x100];
        }
    } else {
        switch (cp) {
        case 0x218: case 0x219: c = 's'; break; /* Romanian comma-below */
        case 0x21A: case 0x21B: c = 't'; break;
        case 0x259: case 0x18F: c = 'e'; break; /* schwa (Azerbaijani) */
        case 0x1A0: case 0x1A1: c = 'o'; break;
        case 0x1AF: case 0x1B0: c = 'u'; break;
        case 0x1CD: case 0x1CE: c = 'a'; break;
        case 0x1E6: case 0x1E7: c = 'g'; break;
        case 0x1E9E: two = "ss"; break;
        default:
            if (cp >= 0x1E00 && cp < 0x1E96)
                c = latin_ext_add_pairs[(cp - 0x1E00) / 2];
            else if (cp >= 0x1E96 && cp <= 0x1E9B)
                c = "htwyas"[cp - 0x1E96];
            else if (cp >= 0x1EA0 && cp <= 0x1EF9)
                c = latin_ext_add_viet[cp - 0x1EA0];
            else
                return 0;
        }
    }
    if (two) {
        out[0] = two[0];
        out[1] = two[1];
        return 2;
    }
    if (c == '*' || c == 0)
        return 0;
    out[0] = c;
    return 1;
}

/* Characters dropped without a trace: periods, apostrophes and the
 * transliteration marks of Arabic names (ʿ ʾ). */
static int is_dropped(uint32_t cp)
{
    switch (cp) {
    case '.': case '\'': case '`':
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x02BB:
    case 0x02BE: case 0x02BF: case 0x00B4: case 0x2032:
        return 1;
    }
    return cp >= 0x300 && cp <= 0x36F; /* combining diacritics */
}

int ge_is_letter_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xBA || cp == 0xB5;
    if (cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF) /* punctuation, symbols, arrows ... */
        return 0;
    if (cp >= 0x3000 && cp <= 0x303F)
        return 0;
    if (cp >= 0xFE30 && cp <= 0xFE6F)
        return 0;
    if (cp >= 0xFF00 && cp <= 0xFF20)
        return 0;
    if (cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF))
        return 0;
    if (cp >= 0x1F000) /* emoji and other symbols */
        return 0;
    return 1;
}

int ge_is_upper_cp(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
            return 0;
        if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
            return cp & 1;
        if (cp == 0x178)
            return 1;
        return !(cp & 1);
    }
    if (cp >= 0x391 && cp <= 0x3AB)
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    return 0;
}

/* Lower case for the scripts news names come in (Latin, Greek, Cyrillic);
 * other code points are returned unchanged. */
static uint32_t lower_cp(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
        return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    return cp;
}

size_t ge_text_normalize(const char *s, size_t len, char *out, size_t cap)
{
    if (!cap)
        return 0;
    size_t n = 0, i = 0;
    int pending_space = 0;
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9'))) {
            /* ASCII letters and digits, the common case */
            if (pending_space) {
                if (n + 1 >= cap)
                    break;
                out[n++] = ' ';
                pending_space = 0;
            }
            if (n + 1 >= cap)
                break;
            out[n++] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
            i++;
            continue;
        }
        uint32_t cp = ge_utf8_decode(s, len, &i);
        if (is_dropped(cp))
            continue;
        char buf[4];
        size_t k;
        if (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) {
            buf[0] = (char)(cp | 0x20);
            k = 1;
        } else if (cp >= '0' && cp <= '9') {
            buf[0] = (char)cp;
            k = 1;
        } else if (cp == '&') {
            buf[0] = '&';
            k = 1;
        } else if (cp < 0x80 || !ge_is_letter_cp(cp)) {
            /* spaces, hyphens, dashes, slashes and other punctuation */
            pending_space = n > 0;
            continue;
        } else if ((k = fold_latin(cp, buf)) == 0) {
            k = ge_utf8_encode(lower_cp(cp), buf);
        }
        if (pending_space) {
            if (n + 1 >= cap)
                break;
            out[n++] = ' ';
            pending_space = 0;
        }
        if (n + k >= cap)
            break;
        memcpy(out + n, buf, k);
        n += k;
    }
    out[n] = '\0';
    return n;
}
