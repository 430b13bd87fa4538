/*
 * gazetteer_build.h -- what the files of the gazetteer builder share: the
 * builder's state and the functions one file calls in another: string maps,
 * places and names (gazetteer_build.c), the GeoNames, JSON and word-list
 * inputs (gazetteer_inputs.c), the curated supplements
 * (gazetteer_supplements.c), derived points, ranking and the file writer
 * (gazetteer_write.c).
 */
#ifndef GE_GAZETTEER_BUILD_H
#define GE_GAZETTEER_BUILD_H

#include <stdio.h>

#include "gazetteer_file.h"
#include "internal.h"

#define KEYMAX 256

/* ------------------------------------------------------------ structures */

typedef struct kv {
    uint32_t key, val; /* key: string pool offset */
} kv;

/* String-keyed map: entries + open-addressing index (slot = entry + 1). */
typedef struct smap {
    kv *e;
    size_t n, cap;
    uint32_t *slot, *tag;
    size_t nslot;
} smap;

typedef struct bcand {
    uint32_t place, flags, next; /* next: index + 1 in the same name's list, 0 = end */
} bcand;

typedef struct bname {
    uint32_t key, keylen, flags, ntokens, head, ncands;
} bname;

/* Per-country facts gathered before the country place exists. */
typedef struct bcountry {
    uint32_t place;    /* GE_NONE until created */
    char alpha3[4];
    uint32_t geonameid;
    uint32_t population;
    int has_point;     /* curated point override */
    float lat, lon;
    uint32_t point_id;
} bcountry;

typedef struct builder {
    ge_buf pool;
    smap strs;  /* interned strings: key = val = offset */
    ge_place *places;
    size_t nplaces, placecap;
    unsigned char *derive; /* per place: 1 = point/population to derive from members */
    size_t derivecap;
    bname *names;
    size_t nnames, namecap;
    smap namemap; /* key -> name index */
    bcand *cands;
    size_t ncands, candcap;
    uint32_t *idslot; /* geonameid -> place + 1 (open addressing on ids) */
    uint32_t *idkey;
    size_t nidslot, nids;
    bcountry country[676];
    smap admin1, admin2; /* "CC.code" / "CC.a1.a2" -> place */
    smap supplace;       /* supplement place name -> place */
    const char *supp_dir; /* supplements folder being read (wordlist paths) */
    ge_buf wordbuf;     /* English words (kind "english-words"), NUL-separated */
    const char **words; /* pointers into wordbuf, sorted, for bsearch */
    size_t nwords;
    unsigned sources;
    ge_buf meta;
    const ge_diag *diag;
    size_t nbad;
    int oom;
} builder;


/* A text file read line by line (gazetteer_inputs.c). */
typedef struct lines {
    FILE *f;
    char *buf;
    size_t cap;
    long no;
    const char *path;
} lines;

/* The tables of the file being written (gazetteer_write.c). */
typedef struct tables {
    gz_name *names;
    ge_candidate *cands;
    gz_slot *name_slots, *token_slots, *admin1_slots;
    size_t nname_slots, ntoken_slots, nadmin1_slots;
    uint32_t ncands, nnames; /* written (places without a point left out) */
    gz_country countries[676];
} tables;

/* gazetteer_build.c */
uint32_t gb_intern(builder *b, const char *s, size_t len);
uint32_t *gb_map_get(builder *b, smap *m, const char *k);
void gb_map_put(builder *b, smap *m, const char *k, uint32_t val);
const char *gb_S(const builder *b, uint32_t off);
uint32_t gb_id_find(const builder *b, uint32_t id);
void gb_id_put(builder *b, uint32_t id, uint32_t place);
int gb_cc_index(const char *cc);
uint32_t gb_add_place(builder *b, const ge_place *p, int derive);
void gb_set_fcode(ge_place *p, const char *fcode);
int gb_looks_like_code(const char *s);
void gb_add_name(builder *b, const char *raw, uint32_t place, uint32_t flags);
void gb_add_name_flags(builder *b, const char *raw, uint32_t nflags);
void gb_add_demonym(builder *b, const char *d, uint32_t place, uint32_t extra);
void gb_add_article_variants(builder *b, const char *raw, uint32_t place);

/* gazetteer_inputs.c */
int gb_lines_open(lines *l, const char *path, builder *b);
char *gb_lines_next(lines *l);
void gb_lines_close(lines *l);
int gb_parse_float(const char *s, float *out, float lim);
int gb_parse_u32(const char *s, uint32_t *out);
void gb_bad(builder *b, const char *path, long line, const char *what);
void gb_read_geonames(builder *b, const char *path);
void gb_read_alternates(builder *b, const char *path);
void gb_read_admin_codes(builder *b, const char *path, int level);
void gb_read_countryinfo(builder *b, const char *path);
void gb_read_world_countries(builder *b, const char *path);
void gb_read_iso_countries(builder *b, const char *path);
void gb_read_admin_json(builder *b, const char *path, int level);
void gb_read_airports(builder *b, const char *path);
void gb_read_english_words(builder *b, const char *path);
void gb_read_given_names(builder *b, const char *path);
void gb_index_words(builder *b);
int gb_is_english_word(const builder *b, const char *key);

/* gazetteer_supplements.c */
void gb_read_supplements(builder *b, const char *dir);

/* gazetteer_write.c */
void gb_derive_points(builder *b);
void gb_apply_country_points(builder *b);
void gb_finish_places(builder *b);
int gb_make_tables(builder *b, tables *t);
ge_status gb_write_file(builder *b, const char *path, char *err, size_t errlen);

#endif
