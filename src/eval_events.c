/*
 * eval_events.c -- scores event triggers, event locations and PLOVER types
 * against annotated sentences (see eval_events.h for the rules).
 */
#include <time.h>

#include <cjson/cJSON.h>
#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "eval_events.h"
#include "internal.h"

typedef struct span {
    uint32_t s, e;
} span;

enum { REC_EVLOC = 1, REC_GSR = 2 };

typedef struct rec {
    char *id, *text, *source;
    long line;
    int kind;
    span verb;
    span *locs;
    size_t nlocs;
    char event[16], mode[32];
    span *trigs;
    size_t ntrigs;
    char actors[8][8];
    size_t nactors;
} rec;

typedef struct recs {
    rec *v;
    size_t n, cap;
} recs;

/* One predicted event, in code points. */
typedef struct pred {
    span trig;
    span loc; /* s == e: null */
    const char *type, *mode, *reason;
    char actor[4];
    float confidence;
    int primary; /* the record's own trigger (0: another sentence reporting it) */
} pred;

static void rec_free(rec *r)
{
    free(r->id);
    free(r->text);
    free(r->source);
    free(r->locs);
    free(r->trigs);
}

static int get_span(const cJSON *o, span *out)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, "start");
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "end");
    if (!cJSON_IsNumber(s) || !cJSON_IsNumber(e) || s->valuedouble < 0 ||
        e->valuedouble < s->valuedouble)
        return 0;
    out->s = (uint32_t)s->valuedouble;
    out->e = (uint32_t)e->valuedouble;
    return 1;
}

static int get_spans(const cJSON *arr, span **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!cJSON_IsArray(arr))
        return 1;
    size_t cap = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        span sp;
        if (!get_span(it, &sp))
            continue;
        if (GE_PUSH(*out, cap, *n) < 0)
            return 0;
        (*out)[(*n)++] = sp;
    }
    return 1;
}

static char *get_str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) && v->valuestring ? ge_strdup(v->valuestring) : NULL;
}

/* Parses one line; returns NULL when accepted or a reason. */
static const char *parse_rec(const char *line, long lineno, rec *r)
{
    memset(r, 0, sizeof *r);
    r->line = lineno;
    cJSON *o = cJSON_Parse(line);
    if (!o)
        return "not JSON";
    const char *why = NULL;
    r->text = get_str(o, "text");
    r->id = get_str(o, "id");
    r->source = get_str(o, "source");
    const cJSON *verb = cJSON_GetObjectItemCaseSensitive(o, "verb");
    const cJSON *event = cJSON_GetObjectItemCaseSensitive(o, "event");
    if (!r->text) {
        why = "no \"text\"";
    } else if (cJSON_IsObject(verb)) {
        r->kind = REC_EVLOC;
        if (!get_span(verb, &r->verb))
            why = "bad \"verb\" span";
        else if (!get_spans(cJSON_GetObjectItemCaseSensitive(o, "locations"), &r->locs, &r->nlocs))
            why = "out of memory";
    } else if (cJSON_IsString(event)) {
        r->kind = REC_GSR;
        ge_copy(r->event, sizeof r->event, event->valuestring);
        const cJSON *mode = cJSON_GetObjectItemCaseSensitive(o, "mode");
        if (cJSON_IsString(mode))
            ge_copy(r->mode, sizeof r->mode, mode->valuestring);
        if (!get_spans(cJSON_GetObjectItemCaseSensitive(o, "triggers"), &r->trigs, &r->ntrigs))
            why = "out of memory";
        const cJSON *it;
        cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(o, "actor"))
        {
            const cJSON *c = cJSON_GetObjectItemCaseSensitive(it, "code");
            if (cJSON_IsString(c) && r->nactors < 8)
                ge_copy(r->actors[r->nactors++], 8, c->valuestring);
        }
    } else {
        why = "neither an event_location line (\"verb\") nor a PLOVER line (\"event\")";
    }
    cJSON_Delete(o);
    if (why)
        rec_free(r);
    return why;
}

static int read_recs(const char *path, const ge_diag *diag, recs *out, size_t *bad)
{
    VSILFILE *fp = VSIFOpenL(path, "rb");
    if (!fp) {
        ge_diag_report(diag, path, 0, "cannot open");
        return -1;
    }
    const char *line;
    long lineno = 0;
    int rc = 0;
    while ((line = CPLReadLine2L(fp, -1, NULL)) != NULL) {
        lineno++;
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (!*p)
            continue;
        rec r;
        const char *why = parse_rec(p, lineno, &r);
        if (why) {
            ge_diag_report(diag, path, lineno, "%s; line skipped", why);
            ++*bad;
            continue;
        }
        if (GE_PUSH(out->v, out->cap, out->n) < 0) {
            rec_free(&r);
            rc = -1;
            break;
        }
        out->v[out->n++] = r;
    }
    CPLReadLineL(NULL);
    VSIFCloseL(fp);
    return rc;
}

/* ----------------------------------------------------------- overlaps */

static int overlaps(span a, span b)
{
    return a.s < b.e && b.s < a.e;
}

static double iou(span a, span b)
{
    if (!overlaps(a, b))
        return 0;
    uint32_t is = a.s > b.s ? a.s : b.s, ie = a.e < b.e ? a.e : b.e;
    uint32_t us = a.s < b.s ? a.s : b.s, ue = a.e > b.e ? a.e : b.e;
    return (double)(ie - is) / (double)(ue - us);
}

/* Predicted event best overlapping gold span g, or -1. */
static int best_match(const pred *p, size_t np, span g)
{
    int best = -1;
    double bo = 0;
    for (size_t i = 0; i < np; i++) {
        double o = iou(p[i].trig, g);
        if (o > bo) {
            bo = o;
            best = (int)i;
        }
    }
    return best;
}

/* ------------------------------------------------------------ pipeline */

static ge_status run_text(const ge_gazetteer *g, const ge_lexicon *lx, const char *text,
                          const char *id, pred **out, size_t *n, ge_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->article.text = ge_strdup(text);
    doc->article.id = ge_strdup(id ? id : "");
    if (!doc->article.text || !doc->article.id)
        return GE_ERR_NOMEM;
    doc->article.text_len = strlen(text);
    ge_status st = ge_doc_process(g, lx, doc);
    if (st != GE_OK)
        return st;
    /* one pred per listed mention: a record reports its event in each */
    size_t total = 0;
    for (size_t i = 0; i < doc->events.n; i++) {
        uint32_t nm = doc->events.v[i].nmentions;
        total += nm > 1 ? (nm < GE_EVENT_MAX_MENTIONS ? nm : GE_EVENT_MAX_MENTIONS) : 1;
    }
    *n = total;
    *out = calloc(total ? total : 1, sizeof **out);
    if (!*out)
        return GE_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < doc->events.n; i++) {
        const ge_event *ev = &doc->events.v[i];
        uint32_t nm = ev->nmentions > 1 ? (ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions
                                                                                  : GE_EVENT_MAX_MENTIONS)
                                        : 1;
        for (uint32_t j = 0; j < nm; j++) {
        pred *p = &(*out)[k++];
        p->primary = j == 0;
        p->trig.s = ge_text_cp(&doc->text, nm > 1 ? ev->mentions[j][0] : ev->trigger_start);
        p->trig.e = ge_text_cp(&doc->text, nm > 1 ? ev->mentions[j][1] : ev->trigger_end);
        uint32_t ps, pe;
        if (ev->place != GE_NONE && ge_event_place_span(ev, &doc->mentions, &ps, &pe)) {
            p->loc.s = ge_text_cp(&doc->text, ps);
            p->loc.e = ge_text_cp(&doc->text, pe);
        }
        p->type = ev->event_type;
        p->reason = ev->location_reason;
        p->mode = ev->mode;
        memcpy(p->actor, ev->actor.code, sizeof p->actor);
        p->confidence = ev->confidence;
        }
    }
    return GE_OK;
}

/* Writes text[s:e] (code points) with tabs and newlines as spaces. */
static void put_cp(FILE *f, const char *text, span sp)
{
    uint32_t cp = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if ((*p & 0xC0) != 0x80) {
            if (p != (const unsigned char *)text)
                cp++;
        }
        if (cp >= sp.e)
            break;
        if (cp >= sp.s)
            fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
    }
}

static void put_text(FILE *f, const char *text)
{
    for (const char *p = text; *p; p++)
        fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
}

static void err_line(FILE *f, const rec *r, const char *what, const pred *p)
{
    if (!f)
        return;
    fprintf(f, "%s\t%s\t%s\t", what, r->id ? r->id : "", r->source ? r->source : "");
    if (r->kind == REC_EVLOC) {
        put_cp(f, r->text, r->verb);
        fputc('\t', f);
        for (size_t i = 0; i < r->nlocs; i++) {
            if (i)
                fputc('|', f);
            put_cp(f, r->text, r->locs[i]);
        }
    } else {
        fputs(r->event, f);
        fputc('\t', f);
        fputs(r->mode, f);
    }
    fputc('\t', f);
    if (p) {
        put_cp(f, r->text, p->trig);
        fprintf(f, "\t%s%s%s\t", p->type, p->reason ? "/" : "", p->reason ? p->reason : "");
        if (p->loc.e > p->loc.s)
            put_cp(f, r->text, p->loc);
    } else {
        fputs("\t\t", f);
    }
    fputc('\t', f);
    put_text(f, r->text);
    fputc('\n', f);
}

/* ------------------------------------------------------------- scoring */

/* Is some gold place among the document's resolved mentions? (for the error file) */
static int gold_known(const rec *r, const ge_doc *doc)
{
    for (size_t k = 0; k < doc->mentions.n; k++) {
        const ge_mention *m = &doc->mentions.v[k];
        if (m->place == GE_NONE)
            continue;
        span ms = {ge_text_cp(&doc->text, m->start), ge_text_cp(&doc->text, m->end)};
        for (size_t i = 0; i < r->nlocs; i++)
            if (overlaps(ms, r->locs[i]))
                return 1;
    }
    return 0;
}

static void score_evloc(const rec *r, const pred *p, size_t np, FILE *errors, const ge_doc *doc,
                        ge_evstats *s)
{
    s->lines++;
    int k = best_match(p, np, r->verb);
    if (k < 0) {
        err_line(errors, r, "NOTRIGGER", NULL);
        return;
    }
    s->matched++;
    const pred *e = &p[k];
    int has_loc = e->loc.e > e->loc.s;
    int hit = 0, exact = 0;
    for (size_t i = 0; has_loc && i < r->nlocs; i++) {
        hit |= overlaps(e->loc, r->locs[i]);
        exact |= e->loc.s == r->locs[i].s && e->loc.e == r->locs[i].e;
    }
    if (r->nlocs) {
        s->gold_loc_lines++;
        s->loc_found += hit;
    } else {
        s->null_lines++;
        s->null_ok += !has_loc;
    }
    if (has_loc) {
        s->pred_loc++;
        s->pred_loc_ok += hit;
    }
    int ok = r->nlocs ? hit : !has_loc;
    int ok_exact = r->nlocs ? exact : !has_loc;
    s->loc_ok += ok;
    s->exact_ok += ok_exact;
    s->e2e_ok += ok;
    if (!ok)
        err_line(errors, r,
                 !has_loc ? (r->nlocs && !gold_known(r, doc) ? "NOLOC-UNRESOLVED" : "NOLOC")
                 : r->nlocs ? (gold_known(r, doc) ? "WRONGLOC" : "WRONGLOC-UNRESOLVED")
                            : "SPURIOUS",
                 e);
}

static int same_code(const char *a, const char *b)
{
    /* the GSR writes JAP once for Japan */
    if (!strcmp(a, "JAP"))
        a = "JPN";
    return !strcmp(a, b);
}

/* The GSR's PLOVER 0.5b1 mode names that are only renamed in the current
 * codebook (same meaning): demonstrations and riots lost their organised /
 * spontaneous split, strikes their general / hunger names, "detain" is
 * "arrest", "confiscate" is "seize", hosting a visit is "visit". Modes with
 * no current equivalent (COERCE destroy, THREATEN political...) are kept. */
static const char *current_mode(const char *mode)
{
    static const char *const map[][2] = {
            {"demo-org", "demo"},   {"demo-spon", "demo"},      {"riot-spon", "riot"},
            {"riot-org", "riot"},   {"strike-gen", "strike"},   {"strike-hun", "hunger"},
            {"detain", "arrest"},   {"confiscate", "seize"},    {"host", "visit"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(mode, map[i][0]))
            return map[i][1];
    return mode;
}

static void score_gsr(const rec *r, const pred *p, size_t np, FILE *errors, ge_evstats *s)
{
    s->gsr++;
    if (!np) {
        err_line(errors, r, "NOEVENT", NULL);
        return;
    }
    s->gsr_found++;
    int k = -1;
    double bo = 0;
    for (size_t t = 0; t < r->ntrigs; t++)
        for (size_t i = 0; i < np; i++) {
            double o = iou(p[i].trig, r->trigs[t]);
            if (o > bo) {
                bo = o;
                k = (int)i;
            }
        }
    if (k >= 0)
        s->gsr_trigger_hit++;
    else
        for (size_t i = 0; i < np; i++)
            if (k < 0 || p[i].confidence > p[k].confidence)
                k = (int)i;
    const pred *e = &p[k];
    int ok = !strcmp(e->type, r->event);
    s->gsr_type_ok += ok;
    if (r->mode[0]) {
        s->gsr_mode_n++;
        s->gsr_mode_ok += !strcmp(e->mode, current_mode(r->mode));
    }
    if (r->nactors) {
        s->gsr_actor_n++;
        for (size_t i = 0; i < r->nactors; i++)
            if (e->actor[0] && same_code(r->actors[i], e->actor)) {
                s->gsr_actor_ok++;
                break;
            }
    }
    if (!ok)
        err_line(errors, r, "TYPE", e);
}

static int cmp_idx(const void *a, const void *b)
{
    const rec *x = *(const rec *const *)a, *y = *(const rec *const *)b;
    int c = strcmp(x->text, y->text);
    if (c)
        return c;
    return x->line < y->line ? -1 : x->line > y->line;
}

static void count_text(const rec *const *grp, size_t ng, const pred *p, size_t np, ge_evstats *s,
                       int evloc)
{
    if (!evloc || !ng)
        return;
    s->texts++;
    for (size_t i = 0; i < np; i++) {
        if (!p[i].primary)
            continue;
        s->pred_events++;
        int on = 0;
        for (size_t j = 0; j < ng && !on; j++)
            on = overlaps(p[i].trig, grp[j]->verb);
        s->pred_events_on_verb += on;
    }
}

ge_status ge_eval_events_corpus(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                const char *exclude_source, FILE *errors, const ge_diag *diag,
                                ge_evstats *all, ge_evstats *clean)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    recs rs = {0};
    size_t bad = 0;
    if (read_recs(path, diag, &rs, &bad) < 0) {
        for (size_t i = 0; i < rs.n; i++)
            rec_free(&rs.v[i]);
        free(rs.v);
        return GE_ERR_IO;
    }
    all->bad_lines += bad;
    const rec **idx = malloc((rs.n ? rs.n : 1) * sizeof *idx);
    const rec **cl = malloc((rs.n ? rs.n : 1) * sizeof *cl);
    ge_status st = idx && cl ? GE_OK : GE_ERR_NOMEM;
    for (size_t i = 0; st == GE_OK && i < rs.n; i++)
        idx[i] = &rs.v[i];
    if (st == GE_OK)
        qsort(idx, rs.n, sizeof *idx, cmp_idx);
    for (size_t i = 0; st == GE_OK && i < rs.n;) {
        size_t j = i + 1;
        while (j < rs.n && !strcmp(idx[j]->text, idx[i]->text))
            j++;
        ge_doc doc;
        pred *p = NULL;
        size_t np = 0;
        st = run_text(g, lx, idx[i]->text, idx[i]->id, &p, &np, &doc);
        if (st == GE_OK) {
            size_t ncl = 0;
            for (size_t k = i; k < j; k++) {
                const rec *r = idx[k];
                int keep = !exclude_source || !r->source || strcmp(r->source, exclude_source);
                if (keep)
                    cl[ncl++] = r;
                if (r->kind == REC_EVLOC) {
                    score_evloc(r, p, np, errors, &doc, all);
                    if (clean && keep)
                        score_evloc(r, p, np, NULL, &doc, clean);
                } else {
                    score_gsr(r, p, np, errors, all);
                    if (clean && keep)
                        score_gsr(r, p, np, NULL, clean);
                }
            }
            int evloc = idx[i]->kind == REC_EVLOC;
            count_text(idx + i, j - i, p, np, all, evloc);
            if (clean)
                count_text(cl, ncl, p, np, clean, evloc);
        }
        free(p);
        ge_doc_free(&doc);
        i = j;
    }
    free(idx);
    free(cl);
    for (size_t i = 0; i < rs.n; i++)
        rec_free(&rs.v[i]);
    free(rs.v);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    all->seconds += secs;
    if (clean)
        clean->seconds += secs;
    return st;
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

void ge_evfigures_of(const ge_evstats *s, ge_evfigures *f)
{
    memset(f, 0, sizeof *f);
    f->trigger_recall = ratio(s->matched, s->lines);
    f->loc_accuracy = ratio(s->loc_ok, s->matched);
    f->loc_precision = ratio(s->pred_loc_ok, s->pred_loc);
    f->loc_recall = ratio(s->loc_found, s->gold_loc_lines);
    double pr = f->loc_precision + f->loc_recall;
    f->loc_f1 = pr > 0 ? 2 * f->loc_precision * f->loc_recall / pr : 0;
    f->null_accuracy = ratio(s->null_ok, s->null_lines);
    f->loc_exact_accuracy = ratio(s->exact_ok, s->matched);
    f->end_to_end = ratio(s->e2e_ok, s->lines);
    f->events_per_record = ratio(s->pred_events, s->texts);
    f->trigger_precision_lb = ratio(s->pred_events_on_verb, s->pred_events);
    f->gsr_found_rate = ratio(s->gsr_found, s->gsr);
    f->gsr_type_accuracy = ratio(s->gsr_type_ok, s->gsr_found);
    f->gsr_trigger_recall = ratio(s->gsr_trigger_hit, s->gsr);
    f->gsr_mode_accuracy = ratio(s->gsr_mode_ok, s->gsr_mode_n);
    f->gsr_actor_accuracy = ratio(s->gsr_actor_ok, s->gsr_actor_n);
}
