/*
 * read_internal.h -- what the files of the read stage share: the reader's
 * state (the stack of inputs, the open stream) and the functions one file
 * calls in another: messages and names (read.c), decoding and repair
 * (read_decode.c), JSON and JSON Lines (read_json.c), tar archives
 * (read_tar.c).
 */
#ifndef GE_READ_INTERNAL_H
#define GE_READ_INTERNAL_H

#include <cjson/cJSON.h>

#include "internal.h"
#include "gis.h"

#define CHUNK ((size_t)64 * 1024)
#define DEFAULT_MAX_BYTES ((size_t)4 << 20)
#define MAX_DEPTH 64

/* A path waiting to be visited, or (names != NULL) a folder or archive
 * being walked: its sorted entry names and the next one to visit. Entries
 * are turned into paths one at a time, so a folder of a million files costs
 * its name list, not a million paths. */
typedef struct item {
    char *vsi;     /* path handed to the file access (GDAL's: /vsi paths) */
    char *display; /* path in messages */
    char *rel;     /* path below the input the user named (ids derive from it) */
    int root;      /* named by the user: read whatever its extension */
    int depth;
    char **names; /* folder being walked (the io's list of names), else NULL */
    int nnames, next;
    void *tar;         /* tar archive being walked (an io handle), else NULL */
    uint64_t tar_next; /* offset of its next header */
    int tar_done;
} item;

typedef enum kind { K_SNIFF, K_TEXT, K_HTML, K_JSONL, K_JSON } kind;

/* The file being streamed (JSON Lines) or walked (JSON). */
typedef struct stream {
    void *fp; /* an io handle */
    char *display, *idbase;
    kind kind;
    char *chunk;
    size_t clen, cpos;
    int eof;
    long lineno;
    ge_buf line;
    char *doc; /* JSON: the whole file */
    size_t doclen, docpos;
    cJSON *root, *elem;
    size_t elemno;
    int member;      /* a tar member: fp is the archive's, remain bytes left */
    uint64_t remain;
    int failed;      /* a read error was reported */
    int from_stdin;  /* standard input: ids without one are content hashes */
} stream;

struct ge_reader {
    const rd_io *io; /* file access: GDAL's VSI (gis.h), else plain files (read_posix.c) */
    char *f_id, *f_title, *f_url, *f_date, *f_text;
    size_t max_bytes;
    ge_diag diag;
    size_t errors;
    size_t repaired; /* articles whose mojibake was repaired */
    size_t notes;    /* messages that were notes (repairs), no bad input */
    item *stack;
    size_t nstack, capstack;
    stream cur;
    int active;
};

/* read.c: one bad input (a message through diag and a count) */
void rd_bad(ge_reader *r, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* names: suffix tests, the last path element, "a" sep "b" (malloc'd) */
int rd_ends_with(const char *s, const char *suffix);
const char *rd_base_name(const char *p);
char *rd_join(const char *a, const char *sep, const char *b);
int rd_is_zip(const char *n);
int rd_is_tar(const char *n);
int rd_is_gz(const char *n);
kind rd_kind_of_name(const char *name); /* by extension; K_SNIFF when unknown */
int rd_wanted(const char *name);        /* a file a folder walk reads */
char *rd_id_from_rel(const char *rel);  /* an article id from a path below the input */
const char *rd_last_error(const ge_reader *r, int err); /* strerror, or GDAL's last message */
int rd_read_failed(const ge_reader *r, int short_read); /* a short read an error (not the end)? */
/* the stack of inputs to visit */
void rd_item_free(const ge_reader *r, item *it);
int rd_push(ge_reader *r, char *vsi, char *display, char *rel, int root, int depth);
/* the open stream: next chunk; the rest of it, up to limit bytes */
int rd_fill(ge_reader *r, stream *s);
int rd_read_rest(ge_reader *r, stream *s, size_t limit, char **out, size_t *len, int *more);
/* one file (or tar member, from its offset): an article, or a stream started */
int rd_open_file(ge_reader *r, const item *it, const char *vsi, void *fp,
                 const uint64_t *member, kind k, ge_article *a);
int rd_visit(ge_reader *r, const item *it, ge_article *a);

/* read_decode.c: text to UTF-8 (malloc'd), a cut on a character boundary,
 * blank text, invalid UTF-8 repaired in place, text cut to max_bytes */
char *rd_cp1252_to_utf8(const char *s, size_t n, size_t *outlen);
char *rd_utf16_to_utf8(const char *s, size_t n, int be, size_t *outlen, size_t *bad_units);
size_t rd_utf8_cut(const char *s, size_t len, size_t max);
int rd_blank(const char *s, size_t n);
int rd_ensure_utf8(ge_reader *r, const char *file, long line, char **p, size_t *n);
void rd_limit_text(ge_reader *r, ge_article *a);

/* read_json.c: the next article of the JSON Lines or JSON stream; a JSON
 * file loaded whole */
int rd_jsonl_next(ge_reader *r, ge_article *a);
int rd_json_next(ge_reader *r, ge_article *a);
int rd_json_load(ge_reader *r, stream *s);

/* read_posix.c: plain files, folders and standard input with POSIX calls,
 * for a reader without GDAL (archives and /vsi paths need GDAL's) */
extern const rd_io rd_io_posix;

/* read_tar.c: a tar archive pushed for walking; its next member */
int rd_tar_open(ge_reader *r, const item *it);
int rd_tar_step(ge_reader *r, ge_article *a);

#endif
