/*
 * gis.h -- the seam between the core of the library (text, places, events,
 * reading plain files, PLOVER JSON Lines, the HTML map; no GDAL) and its
 * GIS part (GDAL's virtual file systems for archives and /vsi paths, the OGR
 * writer, styles, the scorers' corpus readers).
 *
 * The core reaches the GIS part only through the table ge_gis_get() returns.
 * The full library (target geoevents: core + GIS, what the tests and the API
 * link) defines ge_gis_get in gis.c and returns its own table. A program that
 * links the core alone (the command-line tool, geoevents_core) defines
 * ge_gis_get itself; returning NULL means "no GDAL in this process": the
 * reader then reads plain files, folders and standard input with POSIX calls
 * and the writer writes PLOVER JSON Lines and the HTML map only.
 */
#ifndef GE_GIS_H
#define GE_GIS_H

#include <stddef.h>
#include <stdint.h>

#include "geoevents/geoevents.h"

/* File access of the reader (read.c, read_tar.c). Handles are opaque. */
typedef struct rd_io {
    void *(*open)(const char *path); /* for reading; NULL on failure (errno or error_msg) */
    size_t (*read)(void *buf, size_t n, void *f); /* short only at the end or on an error */
    int (*seek)(void *f, uint64_t offset);        /* 0 = done */
    void (*close)(void *f);
    int (*stat)(const char *path, int *is_dir);   /* 0 = exists */
    char **(*list)(const char *dir);              /* entry names, NULL-terminated, or NULL */
    void (*list_free)(char **names);
    void (*error_reset)(void);
    int (*failed)(void);             /* an error was raised since error_reset */
    const char *(*error_msg)(void);  /* its message ("" when none) */
    void *(*begin)(void);            /* around one ge_reader_next (quiet errors...) */
    void (*end)(void *token);
} rd_io;

/* The OGR side of the writer (write_gis.c), called by the writer's front
 * (write.c), which keeps PLOVER JSON Lines and the HTML map to itself. */
typedef struct wr_gis_ops {
    /* Chooses OGR driver d: sets the writer's kind and shape. */
    ge_status (*choose)(ge_writer *w, const char *d, const char *path, char *err, size_t errlen);
    ge_status (*setup_srs)(ge_writer *w, const char *t_srs, char *err, size_t errlen);
    ge_status (*open)(ge_writer *w, char *err, size_t errlen);  /* datasets and layers */
    ge_status (*copy_existing)(ge_writer *w, char *err, size_t errlen); /* -append, GeoJSON */
    ge_status (*add)(ge_writer *w, const ge_doc *doc);
    ge_status (*add_feature)(ge_writer *w, unsigned layer, void *feature);
    /* Before closing: the transaction committed, the styles stored. */
    ge_status (*finish)(ge_writer *w, char *err, size_t errlen);
    int (*close)(ge_writer *w);          /* datasets; 0 when all closed cleanly */
    /* After closing: what the format needs on disk (CSV's .csvt). */
    ge_status (*after_close)(ge_writer *w, char *err, size_t errlen);
    void (*free)(ge_writer *w);          /* CRS handles */
    void (*warn)(const char *message);   /* through GDAL's error handler */
    const char *(*error_msg)(void);      /* GDAL's last error message */
    /* Parts (write_part.c; geoevents.h's ge_writer_part_*) */
    ge_status (*part_new)(ge_writer *w, ge_writer_part **out);
    ge_status (*part_add)(ge_writer_part *p, const ge_doc *doc);
    ge_status (*part_seal)(ge_writer_part *p);
    size_t (*part_dropped)(const ge_writer_part *p);
    ge_status (*add_part)(ge_writer *w, ge_writer_part *p);
    void (*part_free)(ge_writer_part *p);
} wr_gis_ops;

typedef struct ge_gis {
    const rd_io *io;
    const wr_gis_ops *writer;
} ge_gis;

/* The GIS part, or NULL when this process has none (see above). */
const ge_gis *ge_gis_get(void);

/* Is path an archive (.zip .tar .tgz .tar.gz), a compressed file (.gz) or a
 * /vsi path, which only GDAL's virtual file systems read? (read_posix.c) */
int rd_needs_vsi(const char *path);
/* Does reading the input (a path as given to ge_reader_open, "-" for stdin)
 * need GDAL: is it such a path, or a folder holding one where a walk would
 * read it? (read_posix.c) */
int rd_input_needs_vsi(const char *path);

#endif
