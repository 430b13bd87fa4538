/*
 * write_parts.h -- pieces of the write stage kept out of write.c, each with
 * a narrow interface over OGR handles: appending to an existing output
 * and the CSV column types (write_append.c); shared values
 * (write_values.c).
 */
#ifndef GE_WRITE_PARTS_H
#define GE_WRITE_PARTS_H

#include <gdal.h>
#include <ogr_api.h>

/* -append: copies the files of the existing dataset final_path (all of
 * them, as GDAL lists them) into tmpdir and opens the copy, tmp_path, for
 * update with driver drv. NULL with a message in err on failure. */
GDALDatasetH ge_append_open(GDALDriverH drv, const char *final_path, const char *tmpdir,
                            const char *tmp_path, char *err, size_t errlen);

/* The largest feature id of a layer (0 when empty). */
GIntBig ge_append_max_fid(OGRLayerH layer);

/* CSV: GDAL writes Date fields as 2023/11/05, so dates are written as ISO
 * 8601 text and their columns typed afterwards in the .csvt beside csv_path:
 * types[i] ("Date", "DateTime") for the column named names[i] (n of them).
 * Returns 0, or -1 when the .csvt cannot be rewritten. */
int ge_csvt_retype(const char *csv_path, const char *const *names, const char *const *types,
                   int n);

/* The double nearest to the shortest decimal that reads back as v: a
 * gazetteer coordinate or score stored as float is written as 44.4 rather
 * than 44.400001525878906 (write_values.c). */
double ge_float_value(float v);

/* ge_float_value remembered: a writer writes the same few thousand values
 * (the coordinates of the places an archive names, confidences) again and
 * again, and each costs up to four snprintf/strtof rounds. A direct-mapped
 * table over the float's bits, per writer; the answers are the same. */
enum { GE_FLOAT_MEMO = 4096 };
typedef struct ge_float_memo {
    uint32_t bits[GE_FLOAT_MEMO];
    unsigned char used[GE_FLOAT_MEMO];
    double value[GE_FLOAT_MEMO];
} ge_float_memo;

double ge_float_value_memo(ge_float_memo *m, float v);

/* The days an event date of a precision (ge_date_precision) stands for,
 * as YYYY-MM-DD: the day; a week (the seven days up to it when it is the
 * publication date, the week-precision default, else the seven days around
 * it); its calendar month or year. Returns 0 when date is not a date. */
int ge_date_span(const char *date, int precision, const char *published, char first[11],
                 char last[11]);

/* KML through LIBKML (write_kml.c): our field names that KML reserves
 * renamed (start/end -> sentence_start/... ; layer 1 = mentions); the
 * quad-class style table; the name/description/begin/end fields; and a
 * placemark's name, description, time span and style. */
const char *ge_kml_field_name(const char *name, int layer);
int ge_kml_setup(GDALDatasetH ds);
int ge_kml_add_fields(OGRLayerH layer);
void ge_kml_event(OGRFeatureH f, const char *type, const char *place, const char *date,
                  const char *first, const char *last, const char *sentence, int quad);
void ge_kml_place(OGRFeatureH f, const char *name, const char *description);

#endif
