/*
 * gazetteer_write.c -- the builder's last steps: points derived for admin
 * units and countries from their member places, each name's candidates
 * ranked (the seat rule, the English word rule), and the file written
 * section by section with a streaming checksum.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <strings.h>

#include "gazetteer_build.h"

/* ------------------------------------------------------------ derivation */

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Centre of an admin unit along one axis from its member places: the
 * middle of the range between the 2nd and 98th percentiles (close to
 * GeoNames' admin points, which sit near the unit's geometric centre; a
 * median would drift to where people live), or the median for fewer than 5
 * members. Longitudes spread over more than 180 degrees are taken across
 * the antimeridian. */
static float spread_centre(float *v, uint32_t n, int is_lon)
{
    qsort(v, n, sizeof *v, cmp_float);
    if (is_lon && n > 1 && v[n - 1] - v[0] > 180) {
        for (uint32_t k = 0; k < n; k++)
            if (v[k] < 0)
                v[k] += 360;
        qsort(v, n, sizeof *v, cmp_float);
    }
    float c = n < 5 ? v[n / 2] : (v[n / 50] + v[n - 1 - n / 50]) / 2;
    if (is_lon && c > 180)
        c -= 360;
    return c;
}

/* Member key of place p at a level: index of its country / admin1 / admin2
 * place, or GE_NONE. */
static uint32_t parent_of(builder *b, const ge_place *p, int level)
{
    int ci = gb_cc_index(p->country);
    char cc[3] = {p->country[0], p->country[1], 0}, key[96];
    if (ci < 0)
        return GE_NONE;
    if (level == GE_LEVEL_COUNTRY)
        return b->country[ci].place;
    if (!p->admin1)
        return GE_NONE;
    if (level == GE_LEVEL_ADMIN1) {
        snprintf(key, sizeof key, "%s.%s", cc, gb_S(b, p->admin1));
        uint32_t *v = gb_map_get(b, &b->admin1, key);
        return v ? *v : GE_NONE;
    }
    if (!p->admin2)
        return GE_NONE;
    snprintf(key, sizeof key, "%s.%s.%s", cc, gb_S(b, p->admin1), gb_S(b, p->admin2));
    uint32_t *v = gb_map_get(b, &b->admin2, key);
    return v ? *v : GE_NONE;
}

/* Points of places marked "derive": centre of their member cities;
 * population 0 -> sum of members. Places with no members and no point are
 * dropped from names (lat/lon stay NaN -> set to 0 and flagged). */
void gb_derive_points(builder *b)
{
    size_t np = b->nplaces;
    uint32_t *parent = malloc(np * sizeof *parent), *count = calloc(np, sizeof *count);
    uint64_t *popsum = calloc(np, sizeof *popsum);
    uint32_t *start = calloc(np + 1, sizeof *start);
    float *lat = malloc(np * sizeof *lat), *lon = malloc(np * sizeof *lon);
    if (!parent || !count || !popsum || !start || !lat || !lon) {
        b->oom = 1;
        goto done;
    }
    for (int level = GE_LEVEL_COUNTRY; level <= GE_LEVEL_ADMIN2; level++) {
        memset(count, 0, np * sizeof *count);
        memset(popsum, 0, np * sizeof *popsum);
        for (size_t i = 0; i < np; i++) {
            const ge_place *p = &b->places[i];
            parent[i] = p->level == GE_LEVEL_CITY ? parent_of(b, p, level) : GE_NONE;
            if (parent[i] != GE_NONE) {
                count[parent[i]]++;
                popsum[parent[i]] += p->population;
            }
        }
        for (size_t i = 0; i < np; i++)
            start[i + 1] = start[i] + count[i];
        memset(count, 0, np * sizeof *count);
        for (size_t i = 0; i < np; i++) {
            uint32_t q = parent[i];
            if (q == GE_NONE)
                continue;
            lat[start[q] + count[q]] = b->places[i].lat;
            lon[start[q] + count[q]] = b->places[i].lon;
            count[q]++;
        }
        for (size_t i = 0; i < np; i++) {
            ge_place *p = &b->places[i];
            if (p->level != level)
                continue;
            if (!p->population && popsum[i])
                p->population = popsum[i] > UINT32_MAX ? UINT32_MAX : (uint32_t)popsum[i];
            if (!b->derive[i] || !count[i])
                continue;
            p->lat = spread_centre(lat + start[i], count[i], 0);
            p->lon = spread_centre(lon + start[i], count[i], 1);
            b->derive[i] = 0;
        }
    }
done:
    free(parent);
    free(count);
    free(popsum);
    free(start);
    free(lat);
    free(lon);
}

void gb_apply_country_points(builder *b)
{
    for (int ci = 0; ci < 676; ci++) {
        bcountry *c = &b->country[ci];
        if (c->place == GE_NONE)
            continue;
        ge_place *p = &b->places[c->place];
        if (c->has_point && !(p->source & GE_SRC_GEONAMES)) {
            p->lat = c->lat;
            p->lon = c->lon;
            b->derive[c->place] = 0;
        }
        if (!p->geonameid && (c->point_id || c->geonameid)) {
            p->geonameid = c->point_id ? c->point_id : c->geonameid;
            gb_id_put(b, p->geonameid, c->place);
        }
        if (!p->population)
            p->population = c->population;
    }
}

/* admin1_name of every place, from its admin1 place; places whose point
 * could not be derived get 0,0 (and are reported). */
void gb_finish_places(builder *b)
{
    size_t unplaced = 0;
    for (size_t i = 0; i < b->nplaces; i++) {
        ge_place *p = &b->places[i];
        if (p->level >= GE_LEVEL_ADMIN1) {
            uint32_t a = parent_of(b, p, GE_LEVEL_ADMIN1);
            if (a != GE_NONE)
                p->admin1_name = b->places[a].name;
        }
        if (isnan(p->lat) || isnan(p->lon)) {
            p->lat = p->lon = 0;
            b->derive[i] = 2; /* kept in the place array, left out of every name */
            unplaced++;
        }
    }
    if (unplaced)
        ge_diag_report(b->diag, NULL, 0,
                       "%zu admin/country places have no member places to derive a point from "
                       "(left out of the name table)",
                       unplaced);
}

/* ------------------------------------------------------------ ranking */

/* Prior of reading a name as a place (see gazetteer/README.md). */
static double prior(const ge_place *p, uint32_t flags)
{
    double s = log10((double)p->population + 10.0);
    static const double level_bonus[] = {0, 5, 5, 2, 1, 0, -1};
    s += level_bonus[p->level <= GE_LEVEL_SITE ? p->level : 0];
    if (p->level == GE_LEVEL_CITY && p->population >= 1000000)
        s += 2;
    if (!strncmp(p->fcode, "PPLC", 5))
        s += 1;
    else if (!strncmp(p->fcode, "PPLA", 4))
        s += 0.5;
    if (!(flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_OFFICIAL | GE_NAME_DEMONYM)))
        s -= flags & GE_NAME_ABBREV ? 0.5 : 2;
    if (flags & GE_NAME_CURATED) /* curated readings come first */
        s += 100;
    return s;
}

typedef struct ranked {
    double score;
    uint32_t pop, place, flags;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    if (x->pop != y->pop)
        return x->pop < y->pop ? 1 : -1;
    return (x->place > y->place) - (x->place < y->place);
}

/* An admin unit named after its seat ranks just below the seat: a PPLA/PPLC
 * city above an admin1 or admin2 of the same name in its admin1 ("Basra"),
 * and any city above an admin2 of the same name that holds it ("Ramallah"). */
static int is_seat_of(const ge_place *c, const ge_place *a)
{
    if (c->level != GE_LEVEL_CITY || memcmp(a->country, c->country, 2) != 0 ||
        a->admin1 != c->admin1)
        return 0;
    if (a->level == GE_LEVEL_ADMIN2 && (a->admin2 == c->admin2 || !c->admin2))
        return 1;
    int seat = !strncmp(c->fcode, "PPLA", 4) || !strncmp(c->fcode, "PPLC", 4);
    return seat && (a->level == GE_LEVEL_ADMIN1 || a->level == GE_LEVEL_ADMIN2);
}

static void seat_rule(const builder *b, ranked *r, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++)
            if (r[i].score <= r[j].score &&
                is_seat_of(&b->places[r[i].place], &b->places[r[j].place]))
                r[i].score = r[j].score + 0.1;
}

/* ------------------------------------------------------------ writing */

typedef struct out {
    FILE *f;
    uint64_t h, pos;
    int err;
} out;

static void out_bytes(out *o, const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        o->h ^= c[i];
        o->h *= 1099511628211ull;
    }
    if (n && fwrite(p, 1, n, o->f) != n)
        o->err = 1;
    o->pos += n;
}

static void out_pad(out *o)
{
    static const char zero[GZ_ALIGN];
    if (o->pos % GZ_ALIGN)
        out_bytes(o, zero, GZ_ALIGN - o->pos % GZ_ALIGN);
}

static size_t pow2_at_least(size_t n)
{
    size_t p = 16;
    while (p < n)
        p *= 2;
    return p;
}

static void slot_put(gz_slot *t, size_t nslot, uint64_t h, uint32_t value, int merge_max)
{
    uint32_t tag = gz_tag(h);
    size_t j = h & (nslot - 1);
    while (t[j].tag && !(merge_max && t[j].tag == tag))
        j = (j + 1) & (nslot - 1);
    if (t[j].tag && merge_max) {
        if (value > t[j].value)
            t[j].value = value;
        return;
    }
    t[j].tag = tag;
    t[j].value = value;
}

/* The English word rule (when an English word list is an input), for a
 * one-token name that is an ordinary lower-case English word ("human",
 * "spring", "english"):
 *  - an automatic alternate-only reading of it is dropped unless its place
 *    is a continent or country or has 1,000,000+ people (GeoNames lists
 *    "Human" for Uman and "Google" for Topeka), and so is one that is the
 *    name of a state, district, province or region without that word, at
 *    any size ("Free" of Free State; "Cologne", under a million people, is
 *    a curated alias);
 *  - the name gets GE_NAMEF_STOP unless a reading is curated, a continent,
 *    country or admin1, or a place of 50,000+ people ("Homs", "Mobile" and
 *    "China" are not stop words; English, Indiana is). */
/* Name flags that say a reading is the place's own name, not a stray
 * automatic alternate. */
#define STRONG_NAME                                                                         \
    (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_OFFICIAL | GE_NAME_DEMONYM | GE_NAME_CURATED | \
     GE_NAME_ABBREV)

static int junk_alt_reading(const builder *b, const ge_place *p, uint32_t flags, const char *key)
{
    if (flags & STRONG_NAME)
        return 0;
    if (p->level > GE_LEVEL_COUNTRY && p->population < 1000000)
        return 1;
    /* the place's name without its "State", "District", "Province" or
     * "Region", at any size: "Free" of Free State, "Federal" of Federal
     * District, "Eastern" of Eastern Province (a county's bare name, as
     * in "Cook" for Cook County, stays) */
    static const char *const generic[] = {" State", " District", " Province", " Region", NULL};
    const char *name = gb_S(b, p->name);
    size_t n = strlen(key);
    if (p->level <= GE_LEVEL_COUNTRY || strncasecmp(name, key, n))
        return 0;
    for (int i = 0; generic[i]; i++)
        if (!strcmp(name + n, generic[i]))
            return 1;
    return 0;
}

/* Is p in the country of one of name n's demonym readings ("Vatican":
 * the city as well as the state)? */
static int same_country_demonym(const builder *b, const bname *n, const ge_place *p)
{
    for (uint32_t c = n->head; c; c = b->cands[c - 1].next)
        if ((b->cands[c - 1].flags & GE_NAME_DEMONYM) &&
            !memcmp(b->places[b->cands[c - 1].place].country, p->country, 2))
            return 1;
    return 0;
}

static int any_big_reading(const builder *b, const ranked *r, uint32_t k)
{
    for (uint32_t i = 0; i < k; i++) {
        const ge_place *p = &b->places[r[i].place];
        if ((r[i].flags & GE_NAME_CURATED) || p->level <= GE_LEVEL_ADMIN1 ||
            p->population >= 50000)
            return 1;
    }
    return 0;
}

static void tables_free(tables *t)
{
    free(t->names);
    free(t->cands);
    free(t->name_slots);
    free(t->token_slots);
    free(t->admin1_slots);
}

int gb_make_tables(builder *b, tables *t)
{
    memset(t, 0, sizeof *t);
    t->names = calloc(b->nnames ? b->nnames : 1, sizeof *t->names);
    /* ncands may shrink (places without a point are left out) */
    t->cands = calloc(b->ncands ? b->ncands : 1, sizeof *t->cands);
    t->nname_slots = pow2_at_least(b->nnames * 3 / 2 + 1);
    t->ntoken_slots = pow2_at_least(b->nnames + 1);
    t->nadmin1_slots = pow2_at_least(b->admin1.n * 2 + 1);
    t->name_slots = calloc(t->nname_slots, sizeof(gz_slot));
    t->token_slots = calloc(t->ntoken_slots, sizeof(gz_slot));
    t->admin1_slots = calloc(t->nadmin1_slots, sizeof(gz_slot));
    ranked *r = NULL;
    size_t rcap = 0;
    if (!t->names || !t->cands || !t->name_slots || !t->token_slots || !t->admin1_slots)
        return -1;
    uint32_t nc = 0;
    for (size_t ni = 0; ni < b->nnames; ni++) {
        const bname *n = &b->names[ni];
        if (n->ncands > rcap) {
            rcap = n->ncands * 2;
            ranked *nr = realloc(r, rcap * sizeof *r);
            if (!nr) {
                free(r);
                return -1;
            }
            r = nr;
        }
        uint32_t k = 0, nflags = n->flags;
        int word = n->ntokens == 1 && gb_is_english_word(b, gb_S(b, n->key));
        /* a demonym ("Thai") is not also some town's stray alternate name */
        int demonym = 0;
        for (uint32_t c = n->head; c; c = b->cands[c - 1].next)
            demonym |= (b->cands[c - 1].flags & GE_NAME_DEMONYM) != 0;
        for (uint32_t c = n->head; c; c = b->cands[c - 1].next) {
            const bcand *bc = &b->cands[c - 1];
            const ge_place *p = &b->places[bc->place];
            if (demonym && !(bc->flags & STRONG_NAME) && !same_country_demonym(b, n, p))
                continue;
            if (b->derive[bc->place] != 2 && !(word && junk_alt_reading(b, p, bc->flags, gb_S(b, n->key))))
                r[k++] = (ranked){prior(p, bc->flags), p->population, bc->place, bc->flags};
        }
        if (word && !any_big_reading(b, r, k))
            nflags |= GE_NAMEF_STOP;
        if (word)
            nflags |= GE_NAMEF_WORD;
        if (!k && !n->flags)
            continue; /* every reading was left out */
        seat_rule(b, r, k);
        qsort(r, k, sizeof *r, cmp_ranked);
        uint32_t i = t->nnames++;
        t->names[i] = (gz_name){n->key, n->keylen, nflags, n->ntokens, nc, k};
        for (uint32_t j = 0; j < k; j++)
            t->cands[nc++] = (ge_candidate){r[j].place, r[j].flags};
        const char *key = gb_S(b, n->key);
        slot_put(t->name_slots, t->nname_slots, ge_hash(key, n->keylen), (uint32_t)i, 0);
        const char *sp = memchr(key, ' ', n->keylen);
        size_t tl = sp ? (size_t)(sp - key) : n->keylen;
        slot_put(t->token_slots, t->ntoken_slots, ge_hash(key, tl), n->ntokens, 1);
    }
    free(r);
    t->ncands = nc;
    for (size_t i = 0; i < b->admin1.n; i++) {
        const char *k = gb_S(b, b->admin1.e[i].key);
        slot_put(t->admin1_slots, t->nadmin1_slots, ge_hash(k, strlen(k)), b->admin1.e[i].val, 0);
    }
    for (int ci = 0; ci < 676; ci++) {
        t->countries[ci].place = b->country[ci].place;
        memcpy(t->countries[ci].alpha3, b->country[ci].alpha3, 4);
        t->countries[ci].alpha3[3] = 0;
    }
    return 0;
}

ge_status gb_write_file(builder *b, const char *path, char *err, size_t errlen)
{
    tables t;
    if (gb_make_tables(b, &t) != 0) {
        tables_free(&t);
        ge_seterr(err, errlen, "out of memory while building the tables");
        return GE_ERR_NOMEM;
    }
    char counts[160];
    snprintf(counts, sizeof counts, "places: %zu\nnames: %u\ncandidates: %u\n", b->nplaces,
             t.nnames, t.ncands);
    if (ge_buf_add(&b->meta, counts, strlen(counts)) != 0) {
        tables_free(&t);
        return GE_ERR_NOMEM;
    }
    gz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, GZ_MAGIC, 8);
    h.version = GZ_VERSION;
    h.endian = GZ_ENDIAN;
    h.nsections = GZ_NSEC;
    h.place_size = sizeof(ge_place);
    h.nplaces = (uint32_t)b->nplaces;
    h.nnames = t.nnames;
    h.ncands = t.ncands;
    const void *data[GZ_NSEC] = {b->places, b->pool.s, t.names, t.name_slots, t.cands,
                                 t.token_slots, t.countries, t.admin1_slots, b->meta.s};
    uint64_t size[GZ_NSEC] = {b->nplaces * sizeof(ge_place), b->pool.len,
                              (uint64_t)t.nnames * sizeof(gz_name), t.nname_slots * sizeof(gz_slot),
                              (uint64_t)t.ncands * sizeof(ge_candidate), t.ntoken_slots * sizeof(gz_slot),
                              sizeof t.countries, t.nadmin1_slots * sizeof(gz_slot),
                              b->meta.len + 1};
    uint64_t pos = sizeof h;
    for (int s = 0; s < GZ_NSEC; s++) {
        pos = (pos + GZ_ALIGN - 1) / GZ_ALIGN * GZ_ALIGN;
        h.sec[s].off = pos;
        h.sec[s].size = size[s];
        pos += size[s];
    }
    h.file_size = (pos + GZ_ALIGN - 1) / GZ_ALIGN * GZ_ALIGN;
    out o = {fopen(path, "wb"), 1469598103934665603ull, 0, 0};
    if (!o.f) {
        tables_free(&t);
        ge_seterr(err, errlen, "%s: cannot create: %s", path, strerror(errno));
        return GE_ERR_IO;
    }
    out_bytes(&o, &h, sizeof h);
    for (int s = 0; s < GZ_NSEC; s++) {
        out_pad(&o);
        out_bytes(&o, data[s], size[s]);
    }
    out_pad(&o);
    h.checksum = o.h;
    if (fseek(o.f, (long)offsetof(gz_header, checksum), SEEK_SET) != 0 ||
        fwrite(&h.checksum, sizeof h.checksum, 1, o.f) != 1)
        o.err = 1;
    if (fclose(o.f) != 0)
        o.err = 1;
    tables_free(&t);
    if (o.err) {
        ge_seterr(err, errlen, "%s: write failed: %s", path, strerror(errno));
        return GE_ERR_IO;
    }
    return GE_OK;
}

