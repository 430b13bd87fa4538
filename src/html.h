/*
 * html.h -- HTML to plain text for the read module (private): tag stripping,
 * entities, title and publication date; plus the Windows-1252 table.
 */
#ifndef GE_HTML_H
#define GE_HTML_H

#include <stddef.h>
#include <stdint.h>

/* What an HTML page yields. All strings are valid UTF-8 (when the input is)
 * and heap-allocated; title and published may be NULL. */
typedef struct ge_html {
    char *text; /* visible text, one line per block (paragraph, heading, item) */
    size_t len;
    char *title;     /* <title> */
    char *published; /* article:published_time / name=date meta, else <time datetime> */
} ge_html;

/* 1 when s (the first bytes of a file) looks like an HTML document. */
int ge_html_sniff(const char *s, size_t len);

/* Converts an HTML document (valid UTF-8) to text. 0 on success, -1 when out
 * of memory. */
int ge_html_to_text(const char *s, size_t len, ge_html *out);
void ge_html_free(ge_html *h);

/* Unicode code point of a Windows-1252 byte (U+FFFD for the five undefined
 * bytes 0x81 0x8D 0x8F 0x90 0x9D). */
uint32_t ge_cp1252(unsigned char b);

/* Writes cp as UTF-8 into out (4 bytes room); returns the byte count. */
size_t ge_utf8_put(char *out, uint32_t cp);

#endif
