/*
 * mojibake.c -- repairs text that was decoded twice: UTF-8 bytes read as
 * Windows-1252 and stored again as UTF-8, as scraped archives often are
 * ("cityâ€™s" for "city's", "cafÃ©" for "café").
 *
 * The damage is reversible: each damaged character stands for one byte of
 * the original UTF-8 sequence. A run of characters that all have a
 * Windows-1252 byte, beginning with a UTF-8 lead byte (Â-ô) and followed by
 * the right number of continuation bytes (0x80-0xBF), is turned back into
 * those bytes, which then decode to the original character. Nothing else is
 * touched, so correct text (French "Ã" is rare and never followed by a
 * continuation character) stays as it is. The repaired text is never longer
 * than the damaged one, so it is repaired in place. A lone "Â" after a
 * lower-case letter or punctuation and before a space is a no-break space
 * whose second byte became an ordinary space, and becomes a space. A
 * closing quote whose third byte (0x9D, undefined in Windows-1252) was lost
 * or replaced by U+FFFD ("â€" then a space) is a closing quote again.
 */
#include "html.h"
#include "internal.h"

/* The Windows-1252 byte of code point cp, or -1. The five bytes that
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through
 * as the C1 controls of the same number ("â€\u009d" for a closing quote). */
static int cp1252_byte(uint32_t cp)
{
    if (cp == 0xFFFD)
        return -1; /* a byte lost: which one, the caller may guess */
    if (cp <= 0xFF && (cp < 0x80 || cp >= 0xA0 || ge_cp1252((unsigned char)cp) == 0xFFFD))
        return (int)cp;
    for (int b = 0x80; b < 0xA0; b++)
        if (ge_cp1252((unsigned char)b) == cp)
            return b;
    return -1;
}

/* Decodes the UTF-8 character at s[i] (valid UTF-8 assumed); sets *len. */
static uint32_t next_cp(const unsigned char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = s[i];
    if (c < 0x80 || i + 1 >= n) {
        *len = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0) {
        *len = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    }
    if ((c & 0xF0) == 0xE0 && i + 2 < n) {
        *len = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    if ((c & 0xF8) == 0xF0 && i + 3 < n) {
        *len = 4;
        return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
               ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    }
    *len = 1;
    return c;
}

size_t ge_mojibake_repair(char *text, size_t *len)
{
    unsigned char *s = (unsigned char *)text;
    size_t n = *len, r = 0, w = 0, fixed = 0;
    while (r < n) {
        /* a run of ASCII bytes is kept as it is: found eight bytes at a
         * time, moved only once something before it was repaired */
        size_t a = ge_next_high(text, n, r);
        if (a > r) {
            if (w != r)
                memmove(s + w, s + r, a - r);
            w += a - r;
            r = a;
            if (r >= n)
                break;
        }
        size_t l0;
        uint32_t cp = next_cp(s, n, r, &l0);
        /* a lead byte read as a Latin-1 letter: Â..ô (0xC2-0xF4) */
        int need = cp >= 0xC2 && cp <= 0xDF ? 1 : cp >= 0xE0 && cp <= 0xEF ? 2
                                                 : cp >= 0xF0 && cp <= 0xF4 ? 3 : 0;
        if (need) {
            unsigned char bytes[4] = {(unsigned char)cp};
            size_t at = r + l0, k = 1;
            for (; k <= (size_t)need && at < n; k++) {
                size_t l;
                int b = cp1252_byte(next_cp(s, n, at, &l));
                if (b < 0x80 || b > 0xBF)
                    break;
                bytes[k] = (unsigned char)b;
                at += l;
            }
            if (k == (size_t)need + 1 && ge_utf8_check((const char *)bytes, k) >= k) {
                memmove(s + w, bytes, k);
                w += k;
                r = at;
                fixed++;
                continue;
            }
            /* "â€" with its last byte lost or replaced ("rights,â€ said",
             * "â€\uFFFD"): the byte Windows-1252 leaves undefined, 0x9D, of
             * the closing quote (U+201D) */
            if (cp == 0xE2 && k == 2 && bytes[1] == 0x80) {
                size_t l;
                uint32_t c3 = at < n ? next_cp(s, n, at, &l) : 0;
                if (c3 == 0xFFFD)
                    at += l;
                if (c3 == 0xFFFD || c3 < 0x80) {
                    s[w++] = 0xE2;
                    s[w++] = 0x80;
                    s[w++] = 0x9D;
                    r = at;
                    fixed++;
                    continue;
                }
            }
        }
        memmove(s + w, s + r, l0);
        w += l0;
        r += l0;
    }
    /* the no-break space C2 A0 read as "Â" and a space that an archive then
     * made ordinary ("related storiesÂ narendra modi"): an "Â" after a
     * lower-case letter, digit or punctuation (not inside a word in capitals,
     * "CHÂTEAU") and before a space or the end is that space */
    {
        size_t n2 = w;
        w = 0;
        for (r = 0; r < n2;) {
            /* only an 0xC3 byte starts a repair: the bytes before the next
             * one are kept as they are */
            if (s[r] != 0xC3) {
                const unsigned char *c3 = memchr(s + r, 0xC3, n2 - r);
                size_t e = c3 ? (size_t)(c3 - s) : n2;
                if (w != r)
                    memmove(s + w, s + r, e - r);
                w += e - r;
                r = e;
                continue;
            }
            if (s[r] == 0xC3 && r + 1 < n2 && s[r + 1] == 0x82 && r > 0 &&
                (s[r - 1] < 0x80 && !(s[r - 1] >= 'A' && s[r - 1] <= 'Z')) &&
                (r + 2 == n2 || s[r + 2] == ' ' || s[r + 2] == '\n')) {
                s[w++] = ' ';
                r += 2;
                fixed++;
                continue;
            }
            s[w++] = s[r++];
        }
    }
    s[w] = '\0';
    *len = w;
    return fixed;
}
