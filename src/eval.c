/*
 * eval.c -- the geoparsing scorer: runs the pipeline over annotated corpora
 * (JSON Lines, code point offsets) and counts recognition and resolution
 * hits; the matching rules are stated in eval.h.
 */
#include <math.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "eval.h"
#include "internal.h"

/* ------------------------------------------------------------- arithmetic */

double ge_eval_km(double lat1, double lon1, double lat2, double lon2)
{
    return ge_geodesic_km(lat1, lon1, lat2, lon2);
}

static int add_error(ge_eval_stats *s, double km)
{
    if (GE_PUSH(s->km, s->kmcap, s->nkm))
        return -1;
    s->km[s->nkm++] = km;
    s->km_sum += km;
    s->ln_sum += log1p(km);
    s->res_ok += km <= GE_EVAL_OK_KM;
    return 0;
}

static int overlaps(const ge_eval_span *a, const ge_eval_span *b)
{
    return a->start < b->end && b->start < a->end;
}

/* Error of an overlap pair whose gold has coordinates. */
static double pair_km(const ge_eval_span *gold, const ge_eval_span *pred)
{
    if (!pred->has_coord)
        return GE_EVAL_MAX_KM;
    return ge_eval_km(gold->lat, gold->lon, pred->lat, pred->lon);
}

int ge_eval_score_doc(ge_eval_stats *s, const ge_eval_span *gold, size_t ngold,
                      const ge_eval_span *pred, size_t npred, ge_eval_match *m)
{
    s->docs++;
    s->gold += ngold;
    s->pred += npred;
    if (m) {
        for (size_t i = 0; i < ngold; i++) {
            m->gold_pred[i] = -1;
            m->gold_exact[i] = 0;
        }
        for (size_t j = 0; j < npred; j++)
            m->pred_gold[j] = -1;
    }
    /* exact: any prediction with the same span (both lists are sorted) */
    for (size_t i = 0, j = 0; i < ngold; i++) {
        s->gold_coords += gold[i].has_coord != 0;
        while (j < npred && pred[j].start < gold[i].start)
            j++;
        for (size_t k = j; k < npred && pred[k].start == gold[i].start; k++)
            if (pred[k].end == gold[i].end) {
                s->exact_tp++;
                if (m)
                    m->gold_exact[i] = 1;
                break;
            }
    }
    /* overlap: one to one, in text order */
    size_t i = 0, j = 0;
    while (i < ngold && j < npred) {
        if (pred[j].end <= gold[i].start || pred[j].start == pred[j].end) {
            j++;
        } else if (gold[i].end <= pred[j].start || gold[i].start == gold[i].end) {
            i++;
        } else {
            if (!overlaps(&gold[i], &pred[j])) /* unreachable with sorted input */
                return -1;
            s->overlap_tp++;
            if (m) {
                m->gold_pred[i] = (int32_t)j;
                m->pred_gold[j] = (int32_t)i;
            }
            if (gold[i].has_coord) {
                s->res_n++;
                s->unresolved += !pred[j].has_coord;
                double km = pair_km(&gold[i], &pred[j]);
                s->far += pred[j].has_coord && km > GE_EVAL_FAR_KM;
                if (add_error(s, km))
                    return -1;
            }
            i++;
            j++;
        }
    }
    return 0;
}

static double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v, size_t n)
{
    if (!n)
        return 0;
    double *c = malloc(n * sizeof *c);
    if (!c)
        return NAN;
    memcpy(c, v, n * sizeof *c);
    qsort(c, n, sizeof *c, cmp_double);
    double med = n % 2 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    free(c);
    return med;
}

void ge_eval_figures_of(const ge_eval_stats *s, ge_eval_figures *f)
{
    memset(f, 0, sizeof *f);
    f->p_exact = ratio((double)s->exact_tp, (double)s->pred);
    f->r_exact = ratio((double)s->exact_tp, (double)s->gold);
    f->f_exact = f1(f->p_exact, f->r_exact);
    f->p_overlap = ratio((double)s->overlap_tp, (double)s->pred);
    f->r_overlap = ratio((double)s->overlap_tp, (double)s->gold);
    f->f_overlap = f1(f->p_overlap, f->r_overlap);
    f->acc161 = ratio((double)s->res_ok, (double)s->res_n);
    f->mean_km = ratio(s->km_sum, (double)s->res_n);
    f->median_km = median(s->km, s->nkm);
    f->far_errors = ratio((double)s->far, (double)(s->res_n - s->unresolved));
    f->auc = ratio(s->ln_sum, (double)s->res_n) / log(GE_EVAL_MAX_KM);
    f->e2e_acc161 = ratio((double)s->res_ok, (double)s->gold_coords);
}

int ge_eval_stats_add(ge_eval_stats *all, const ge_eval_stats *s)
{
    all->precision_na |= s->precision_na;
    all->docs += s->docs;
    all->gold += s->gold;
    all->gold_coords += s->gold_coords;
    all->pred += s->pred;
    all->exact_tp += s->exact_tp;
    all->overlap_tp += s->overlap_tp;
    all->res_n += s->res_n;
    all->far += s->far;
    all->res_ok += s->res_ok;
    all->unresolved += s->unresolved;
    all->ln_sum += s->ln_sum;
    all->km_sum += s->km_sum;
    all->bytes += s->bytes;
    all->bad_lines += s->bad_lines;
    all->seconds += s->seconds;
    for (size_t i = 0; i < s->nkm; i++) {
        if (GE_PUSH(all->km, all->kmcap, all->nkm))
            return -1;
        all->km[all->nkm++] = s->km[i];
    }
    return 0;
}

void ge_eval_stats_free(ge_eval_stats *s)
{
    free(s->km);
    s->km = NULL;
    s->nkm = s->kmcap = 0;
}

/* ------------------------------------------------------------ one document */

/* What the scorer needs of one parsed corpus line. */
typedef struct eval_doc {
    const char *id, *corpus, *text;
    size_t len;       /* bytes */
    uint32_t *cp2b;   /* code point -> byte offset, ncp + 1 entries */
    uint32_t ncp;
    ge_eval_span *gold;
    size_t ngold;
    ge_eval_span *pred;
    size_t npred;
} eval_doc;

static void eval_doc_free(eval_doc *d)
{
    free(d->cp2b);
    free(d->gold);
    free(d->pred);
    memset(d, 0, sizeof *d);
}

static int build_cp2b(eval_doc *d)
{
    d->cp2b = malloc((d->len + 1) * sizeof *d->cp2b);
    if (!d->cp2b)
        return -1;
    uint32_t n = 0;
    for (size_t b = 0; b < d->len; b++)
        if (((unsigned char)d->text[b] & 0xC0) != 0x80)
            d->cp2b[n++] = (uint32_t)b;
    d->cp2b[n] = (uint32_t)d->len;
    d->ncp = n;
    return 0;
}

static int cmp_span(const void *a, const void *b)
{
    const ge_eval_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

static int get_coord(const cJSON *t, double *lat, double *lon)
{
    const cJSON *la = cJSON_GetObjectItemCaseSensitive(t, "lat");
    const cJSON *lo = cJSON_GetObjectItemCaseSensitive(t, "lon");
    if (!cJSON_IsNumber(la) || !cJSON_IsNumber(lo))
        return 0;
    *lat = la->valuedouble;
    *lon = lo->valuedouble;
    return fabs(*lat) <= 90 && fabs(*lon) <= 180;
}

/* Fills d from a parsed line; returns a reason when the line is unusable. */
static const char *parse_doc(const cJSON *j, const char *file, long line, const ge_diag *diag,
                             eval_doc *d)
{
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(j, "text");
    const cJSON *tops = cJSON_GetObjectItemCaseSensitive(j, "toponyms");
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "id");
    const cJSON *corpus = cJSON_GetObjectItemCaseSensitive(j, "corpus");
    if (!cJSON_IsString(text))
        return "no \"text\" string";
    if (!cJSON_IsArray(tops))
        return "no \"toponyms\" array";
    d->text = text->valuestring;
    d->len = strlen(d->text);
    if (d->len >= UINT32_MAX)
        return "text too long";
    if (ge_utf8_check(d->text, d->len) != d->len)
        return "text is not valid UTF-8";
    d->id = cJSON_IsString(id) ? id->valuestring : "";
    d->corpus = cJSON_IsString(corpus) ? corpus->valuestring : NULL;
    if (build_cp2b(d))
        return "out of memory";
    size_t n = (size_t)cJSON_GetArraySize(tops);
    d->gold = calloc(n ? n : 1, sizeof *d->gold);
    if (!d->gold)
        return "out of memory";
    const cJSON *t;
    size_t k = 0;
    cJSON_ArrayForEach(t, tops)
    {
        const cJSON *st = cJSON_GetObjectItemCaseSensitive(t, "start");
        const cJSON *en = cJSON_GetObjectItemCaseSensitive(t, "end");
        k++;
        if (!cJSON_IsNumber(st) || !cJSON_IsNumber(en) || st->valuedouble < 0 ||
            en->valuedouble < st->valuedouble || en->valuedouble > d->ncp) {
            ge_diag_report(diag, file, line, "toponym %zu: no valid start/end in the text", k);
            continue;
        }
        ge_eval_span *g = &d->gold[d->ngold++];
        g->start = (uint32_t)st->valuedouble;
        g->end = (uint32_t)en->valuedouble;
        g->has_coord = get_coord(t, &g->lat, &g->lon);
        g->place = GE_NONE;
    }
    qsort(d->gold, d->ngold, sizeof *d->gold, cmp_span);
    return NULL;
}

unsigned ge_eval_parse_kinds(const char *list)
{
    unsigned mask = 0;
    while (list && *list) {
        size_t n = strcspn(list, ",");
        unsigned bit = 0;
        for (int k = GE_KIND_TOPONYM; k <= GE_KIND_METONYM; k++) {
            const char *name = ge_kind_name((ge_kind)k);
            if (strlen(name) == n && !strncmp(name, list, n))
                bit = 1u << k;
        }
        if (!bit)
            return 0;
        mask |= bit;
        list += n + (list[n] == ',');
    }
    return mask;
}

/* Runs the pipeline and turns its mentions (of the kinds asked for) into
 * predicted spans. */
static ge_status predict(const ge_gazetteer *g, unsigned kinds, int lower, eval_doc *d)
{
    ge_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.article.id = (char *)d->id;     /* borrowed, not freed below */
    doc.article.text = (char *)d->text; /* borrowed */
    doc.article.text_len = d->len;
    char *low = NULL;
    if (lower) {
        /* ASCII letters only: byte and code point offsets stay */
        if (!(low = ge_strdup(d->text)))
            return GE_ERR_NOMEM;
        for (char *p = low; *p; p++)
            if (lower == 1 && *p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
            else if (lower == 2 && *p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A'); /* (--uppercase: a teletype archive) */
        doc.article.text = low;
    }
    ge_status st = ge_doc_process(g, NULL, &doc);
    if (st == GE_OK && doc.mentions.n) {
        d->pred = calloc(doc.mentions.n, sizeof *d->pred);
        if (!d->pred)
            st = GE_ERR_NOMEM;
    }
    for (size_t i = 0; st == GE_OK && i < doc.mentions.n; i++) {
        const ge_mention *m = &doc.mentions.v[i];
        if (kinds && !(kinds & (1u << m->kind)))
            continue;
        ge_eval_span *p = &d->pred[d->npred++];
        p->start = ge_text_cp(&doc.text, m->start);
        p->end = ge_text_cp(&doc.text, m->end);
        p->place = m->place;
        p->kind = (int)m->kind;
        const ge_place *pl = m->place != GE_NONE ? ge_gazetteer_place(g, m->place) : NULL;
        if (pl) {
            p->has_coord = 1;
            p->lat = pl->lat;
            p->lon = pl->lon;
        }
    }
    ge_text_free(&doc.text);
    ge_mentions_free(&doc.mentions);
    ge_events_free(&doc.events);
    if (st == GE_OK && d->npred)
        qsort(d->pred, d->npred, sizeof *d->pred, cmp_span);
    free(low);
    return st;
}

/* ------------------------------------------------------------- error file */

enum { ERR_FP, ERR_MISS, ERR_BOUNDARY, ERR_WRONG, ERR_UNRESOLVED };
static const char *const err_kind[] = {"FP", "MISS", "BOUNDARY", "WRONG", "UNRESOLVED"};

typedef struct eval_err {
    uint32_t start;
    int kind;
    int32_t gold, pred; /* indexes, -1 none */
} eval_err;

void ge_eval_errors_header(FILE *f)
{
    fputs("corpus\tdoc\tkind\tstart\tend\ttext\tpred_text\tcontext\tpred_kind\tplace\t"
          "fcode\tcountry\tadmin1\tpopulation\tpred_lat\tpred_lon\tgold_lat\tgold_lon\t"
          "error_km\n",
          f);
}

/* Writes text[b0, b1) with tabs and line breaks as spaces. */
static void put_clean(FILE *f, const char *s, size_t b0, size_t b1)
{
    for (size_t b = b0; b < b1; b++)
        fputc(s[b] == '\t' || s[b] == '\n' || s[b] == '\r' ? ' ' : s[b], f);
}

static void put_context(FILE *f, const eval_doc *d, uint32_t cs, uint32_t ce)
{
    uint32_t c0 = cs > 30 ? cs - 30 : 0, c1 = ce + 30 < d->ncp ? ce + 30 : d->ncp;
    put_clean(f, d->text, d->cp2b[c0], d->cp2b[cs]);
    fputs("[[", f);
    put_clean(f, d->text, d->cp2b[cs], d->cp2b[ce]);
    fputs("]]", f);
    put_clean(f, d->text, d->cp2b[ce], d->cp2b[c1]);
}

static void put_place(FILE *f, const ge_gazetteer *g, const ge_eval_span *p)
{
    const ge_place *pl = p && p->place != GE_NONE ? ge_gazetteer_place(g, p->place) : NULL;
    if (!pl) {
        fputs("\t\t\t\t\t\t\t", f);
        return;
    }
    fprintf(f, "\t%s\t%.8s\t%.2s\t%s\t%u\t%.4f\t%.4f", ge_gazetteer_str(g, pl->name), pl->fcode,
            pl->country, ge_gazetteer_str(g, pl->admin1_name), pl->population, pl->lat, pl->lon);
}

static void write_err(FILE *f, const ge_gazetteer *g, const char *corpus, const eval_doc *d,
                      const eval_err *e)
{
    const ge_eval_span *gs = e->gold >= 0 ? &d->gold[e->gold] : NULL;
    const ge_eval_span *ps = e->pred >= 0 ? &d->pred[e->pred] : NULL;
    const ge_eval_span *span = gs ? gs : ps;
    fprintf(f, "%s\t%s\t%s\t%u\t%u\t", corpus, d->id, err_kind[e->kind], span->start, span->end);
    put_clean(f, d->text, d->cp2b[span->start], d->cp2b[span->end]);
    fputc('\t', f);
    if (ps)
        put_clean(f, d->text, d->cp2b[ps->start], d->cp2b[ps->end]);
    fputc('\t', f);
    put_context(f, d, span->start, span->end);
    fprintf(f, "\t%s", ps ? ge_kind_name((ge_kind)ps->kind) : "");
    put_place(f, g, ps);
    if (gs && gs->has_coord)
        fprintf(f, "\t%.4f\t%.4f", gs->lat, gs->lon);
    else
        fputs("\t\t", f);
    if (gs && gs->has_coord && ps)
        fprintf(f, "\t%.0f\n", pair_km(gs, ps));
    else
        fputs("\t\n", f);
}

static int cmp_err(const void *a, const void *b)
{
    const eval_err *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->kind > y->kind) - (x->kind < y->kind);
}

/* Lists a document's errors in text order and writes them. */
static int write_errors(FILE *f, const ge_gazetteer *g, const ge_eval_stats *s, const eval_doc *d,
                        const ge_eval_match *m)
{
    eval_err *v = malloc((2 * d->ngold + d->npred + 1) * sizeof *v);
    if (!v)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < d->ngold; i++) {
        int32_t j = m->gold_pred[i];
        const ge_eval_span *gs = &d->gold[i];
        if (j < 0) {
            v[n++] = (eval_err){gs->start, ERR_MISS, (int32_t)i, -1};
            continue;
        }
        if (!m->gold_exact[i])
            v[n++] = (eval_err){gs->start, ERR_BOUNDARY, (int32_t)i, j};
        if (gs->has_coord && !d->pred[j].has_coord)
            v[n++] = (eval_err){gs->start, ERR_UNRESOLVED, (int32_t)i, j};
        else if (gs->has_coord && pair_km(gs, &d->pred[j]) > GE_EVAL_OK_KM)
            v[n++] = (eval_err){gs->start, ERR_WRONG, (int32_t)i, j};
    }
    for (size_t j = 0; !s->precision_na && j < d->npred; j++)
        if (m->pred_gold[j] < 0)
            v[n++] = (eval_err){d->pred[j].start, ERR_FP, -1, (int32_t)j};
    qsort(v, n, sizeof *v, cmp_err);
    for (size_t k = 0; k < n; k++)
        write_err(f, g, s->name, d, &v[k]);
    free(v);
    return 0;
}

/* Scores one parsed document (and writes its errors). */
static ge_status score_doc(const ge_gazetteer *g, unsigned kinds, int lower, eval_doc *d,
                           FILE *errors, ge_eval_stats *s)
{
    ge_status st = predict(g, kinds, lower, d);
    if (st != GE_OK)
        return st;
    s->bytes += d->len;
    ge_eval_match m = {0};
    if (errors) {
        m.gold_pred = malloc((d->ngold + 1) * sizeof *m.gold_pred);
        m.gold_exact = malloc(d->ngold + 1);
        m.pred_gold = malloc((d->npred + 1) * sizeof *m.pred_gold);
        if (!m.gold_pred || !m.gold_exact || !m.pred_gold)
            st = GE_ERR_NOMEM;
    }
    if (st == GE_OK &&
        ge_eval_score_doc(s, d->gold, d->ngold, d->pred, d->npred, errors ? &m : NULL))
        st = GE_ERR_NOMEM;
    if (st == GE_OK && errors && write_errors(errors, g, s, d, &m))
        st = GE_ERR_NOMEM;
    free(m.gold_pred);
    free(m.gold_exact);
    free(m.pred_gold);
    return st;
}

/* ------------------------------------------------------------------ corpus */

/* Corpus name from the file name: "lgl" for ".../lgl.jsonl.gz". */
static void name_from_path(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    ge_copy(out, cap, base);
    char *dot = strchr(out, '.');
    if (dot && dot != out)
        *dot = '\0';
}

static void set_name(ge_eval_stats *s, const char *corpus)
{
    if (corpus && *corpus)
        ge_copy(s->name, sizeof s->name, corpus);
    /* WikToR annotates only each page's own place: precision means nothing */
    s->precision_na = !strcmp(s->name, "wiktor");
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

ge_status ge_eval_corpus(const ge_gazetteer *g, const char *path, const ge_eval_options *opt,
                         FILE *errors, const ge_diag *diag, ge_eval_stats *s)
{
    VSILFILE *fp = VSIFOpenL(path, "rb");
    if (!fp) {
        ge_diag_report(diag, path, 0, "cannot open the corpus");
        return GE_ERR_IO;
    }
    double t0 = now();
    name_from_path(path, s->name, sizeof s->name);
    set_name(s, NULL);
    ge_status st = GE_OK;
    const char *line;
    long lineno = 0;
    while (st == GE_OK && (line = CPLReadLine2L(fp, -1, NULL)) != NULL) {
        lineno++;
        if (!line[strspn(line, " \t")])
            continue;
        cJSON *j = cJSON_Parse(line);
        eval_doc d;
        memset(&d, 0, sizeof d);
        const char *why = j ? parse_doc(j, path, lineno, diag, &d) : "not valid JSON";
        if (why) {
            ge_diag_report(diag, path, lineno, "%s; line skipped", why);
            s->bad_lines++;
        } else {
            if (s->docs == 0)
                set_name(s, d.corpus);
            st = score_doc(g, opt ? opt->kinds : 0, opt ? opt->lowercase : 0, &d, errors, s);
            if (st != GE_OK)
                ge_diag_report(diag, path, lineno, "%s", ge_strerror(st));
        }
        eval_doc_free(&d);
        cJSON_Delete(j);
    }
    CPLReadLineL(NULL); /* frees GDAL's line buffer */
    VSIFCloseL(fp);
    s->seconds = now() - t0;
    return st;
}
