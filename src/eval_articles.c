/*
 * eval_articles.c -- scores the event records of whole articles against
 * complete annotations: precision, recall, duplicates, type, place and date
 * (events_full) and per-sentence police-action labels (indiapolice). The
 * rules are stated in eval_articles.h.
 */
#include <math.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "eval.h"
#include "eval_articles.h"
#include "event_model.h"
#include "internal.h"

/* One gold event of events_full: its sentences as byte ranges of the text. */
typedef struct gold_ev {
    const char *type, *trigger;
    double lat, lon;       /* NAN when none */
    const char *country;   /* alpha-2 or NULL */
    const char *date;      /* YYYY[-MM[-DD]] or NULL */
    uint32_t (*rng)[2];
    size_t nrng;
    int matched;
} gold_ev;

const char *ge_ipe_label_name(int label)
{
    static const char *const names[GE_IPE_NLABELS] = {"KILL", "ARREST", "FORCE", "ANY_ACTION"};
    return label >= 0 && label < GE_IPE_NLABELS ? names[label] : "?";
}

void ge_prf(size_t tp, size_t fp, size_t fn, double *p, double *r, double *f1)
{
    *p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    *r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static const char *str_of(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) && v->valuestring ? v->valuestring : NULL;
}

static double num_of(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

int ge_eval_articles_detect(const char *path)
{
    VSILFILE *fp = VSIFOpenL(path, "rb");
    if (!fp)
        return 0;
    const char *line;
    int kind = 0;
    while ((line = CPLReadLine2L(fp, -1, NULL)) != NULL) {
        while (*line == ' ' || *line == '\t' || *line == '\r')
            line++;
        if (!*line)
            continue;
        cJSON *o = cJSON_Parse(line);
        kind = o && (cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(o, "events")) ||
                     cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(o, "sentences")));
        cJSON_Delete(o);
        break;
    }
    CPLReadLineL(NULL);
    VSIFCloseL(fp);
    return kind;
}

/* ------------------------------------------------------------ pipeline */

static ge_status run_article(const ge_gazetteer *g, const ge_lexicon *lx, const char *id,
                             const char *text, const char *date, ge_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->article.text = ge_strdup(text);
    doc->article.id = ge_strdup(id ? id : "");
    doc->article.published = date ? ge_strdup(date) : NULL;
    if (!doc->article.text || !doc->article.id || (date && !doc->article.published))
        return GE_ERR_NOMEM;
    doc->article.text_len = strlen(text);
    return ge_doc_process(g, lx, doc);
}

static void put_clean(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++)
        fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], f);
}

static void put_str(FILE *f, const char *s)
{
    if (s)
        put_clean(f, s, strlen(s));
}

/* what id gold_type gold_trigger pred_type pred_trigger pred_place confidence sentence */
static void err_line(FILE *f, const char *what, const char *id, const gold_ev *gv,
                     const ge_doc *doc, const ge_event *ev, const ge_gazetteer *g)
{
    if (!f)
        return;
    fprintf(f, "%s\t%s\t%s\t", what, id ? id : "", gv ? gv->type : "");
    if (gv)
        put_str(f, gv->trigger);
    fputc('\t', f);
    if (ev) {
        fprintf(f, "%s\t", ev->event_type);
        put_clean(f, doc->text.s + ev->trigger_start, ev->trigger_end - ev->trigger_start);
        fputc('\t', f);
        if (ev->place != GE_NONE)
            put_str(f, ge_gazetteer_str(g, ge_gazetteer_place(g, ev->place)->name));
        fprintf(f, "\t%.2f\t", ev->confidence);
        if (ev->sentence < doc->text.nsentences) {
            const ge_sentence *s = &doc->text.sentences[ev->sentence];
            put_clean(f, doc->text.s + s->start, s->end - s->start);
        }
    } else {
        fputs("\t\t\t\t", f);
        if (gv && gv->nrng)
            put_clean(f, doc->text.s + gv->rng[0][0], gv->rng[0][1] - gv->rng[0][0]);
    }
    fputc('\n', f);
}

/* ---------------------------------------------------------- events_full */

static int add_ranges(const char *text, const char *sent, gold_ev *gv, size_t *cap)
{
    size_t n = strlen(sent);
    if (!n)
        return 0;
    for (const char *p = strstr(text, sent); p; p = strstr(p + 1, sent)) {
        if (GE_PUSH(gv->rng, *cap, gv->nrng) < 0)
            return -1;
        gv->rng[gv->nrng][0] = (uint32_t)(p - text);
        gv->rng[gv->nrng][1] = (uint32_t)(p - text + n);
        gv->nrng++;
    }
    return 0;
}

static int candidate(const gold_ev *gv, const ge_event *ev)
{
    for (size_t i = 0; i < gv->nrng; i++)
        if (ev->trigger_start >= gv->rng[i][0] && ev->trigger_end <= gv->rng[i][1])
            return 1;
    return 0;
}

static void score_place(const gold_ev *gv, const ge_event *ev, const ge_gazetteer *g,
                        ge_artstats *s, int *far)
{
    *far = 0;
    if (isnan(gv->lat) || isnan(gv->lon))
        return;
    s->place_n++;
    if (ev->place == GE_NONE) {
        *far = 1;
        return;
    }
    const ge_place *pl = ge_gazetteer_place(g, ev->place);
    int ok = ge_eval_km(gv->lat, gv->lon, pl->lat, pl->lon) <= GE_EVAL_OK_KM;
    s->place_ok += ok;
    *far = !ok;
    if (gv->country && strlen(gv->country) == 2 && !memcmp(pl->country, gv->country, 2))
        s->country_ok++;
}

/* The gold events of one article, with their sentences located in the text. */
static gold_ev *gold_of(const cJSON *events, const ge_doc *doc, size_t *ngold)
{
    *ngold = (size_t)cJSON_GetArraySize(events);
    gold_ev *gold = calloc(*ngold ? *ngold : 1, sizeof *gold);
    if (!gold)
        return NULL;
    size_t k = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, events)
    {
        gold_ev *gv = &gold[k++];
        gv->type = str_of(it, "type");
        gv->trigger = str_of(it, "trigger");
        gv->country = str_of(it, "place_country");
        gv->date = str_of(it, "date");
        gv->lat = num_of(it, "place_lat");
        gv->lon = num_of(it, "place_lon");
        if (!gv->type)
            gv->type = "";
        size_t cap = 0;
        const cJSON *sn;
        cJSON_ArrayForEach(sn, cJSON_GetObjectItemCaseSensitive(it, "sentences"))
        {
            if (cJSON_IsString(sn))
                add_ranges(doc->article.text, sn->valuestring, gv, &cap);
        }
    }
    return gold;
}

static void gold_free(gold_ev *gold, size_t ngold)
{
    for (size_t j = 0; gold && j < ngold; j++)
        free(gold[j].rng);
    free(gold);
}

/* match[i] = the gold event record i matches, or -1: same type first, then
 * any type; records in document order. */
static void match_records(gold_ev *gold, size_t ngold, const ge_events *pe, int *match)
{
    for (size_t i = 0; i < pe->n; i++)
        match[i] = -1;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < pe->n; i++) {
            if (match[i] >= 0)
                continue;
            for (size_t j = 0; j < ngold; j++) {
                if (gold[j].matched || !candidate(&gold[j], &pe->v[i]))
                    continue;
                if (pass == 0 && strcmp(gold[j].type, pe->v[i].event_type))
                    continue;
                gold[j].matched = 1;
                match[i] = (int)j;
                break;
            }
        }
}

static void score_full(const cJSON *events, const char *id, const ge_doc *doc,
                       const ge_gazetteer *g, FILE *errors, ge_artstats *s)
{
    size_t ngold;
    gold_ev *gold = gold_of(events, doc, &ngold);
    const ge_events *pe = &doc->events;
    int *match = malloc((pe->n ? pe->n : 1) * sizeof *match);
    if (!gold || !match) {
        gold_free(gold, ngold);
        free(match);
        return;
    }
    match_records(gold, ngold, pe, match);
    s->gold += ngold;
    s->pred += pe->n;
    for (size_t i = 0; i < pe->n; i++) {
        const ge_event *ev = &pe->v[i];
        int bin = (int)(ev->confidence * GE_CONF_BINS);
        bin = bin < 0 ? 0 : bin >= GE_CONF_BINS ? GE_CONF_BINS - 1 : bin;
        s->bin_n[bin]++;
        if (match[i] < 0) {
            const gold_ev *dup = NULL;
            for (size_t j = 0; j < ngold && !dup; j++)
                dup = candidate(&gold[j], ev) ? &gold[j] : NULL;
            s->dups += dup != NULL;
            s->fps += !dup;
            err_line(errors, dup ? "DUPLICATE" : "FALSEPOS", id, dup, doc, ev, g);
            continue;
        }
        const gold_ev *gv = &gold[match[i]];
        s->bin_ok[bin]++;
        s->matched++;
        int typed = !strcmp(gv->type, ev->event_type);
        s->typed += typed;
        if (!typed)
            err_line(errors, "TYPE", id, gv, doc, ev, g);
        int far;
        score_place(gv, ev, g, s, &far);
        if (far)
            err_line(errors, "PLACE", id, gv, doc, ev, g);
        if (gv->date) {
            s->date_n++;
            s->date_ok += !strncmp(ev->event_date, gv->date, strlen(gv->date));
        }
    }
    for (size_t j = 0; j < ngold; j++)
        if (!gold[j].matched)
            err_line(errors, "MISS", id, &gold[j], doc, NULL, g);
    gold_free(gold, ngold);
    free(match);
}

/* --------------------------------------------------------- indiapolice */

static unsigned ipe_labels_of(const ge_event *ev)
{
    int police = !strcmp(ev->actor.sector, "COP");
    int assault = !strcmp(ev->event_type, "ASSAULT");
    unsigned m = 0;
    /* a denied, planned or hypothetical arrest ("no arrests have been
     * made", "would be arrested") is no arrest; police said to act is
     * still a police action of the sentence */
    if (ev->negated || ev->report_mode != GE_REPORT_ASSERTED)
        return police && !ev->negated ? 1u << GE_IPE_ANY : 0;
    if (!strcmp(ev->event_type, "COERCE") && !strcmp(ev->mode, "arrest"))
        m |= 1u << GE_IPE_ARREST;
    if (police && assault && ev->fatalities > 0)
        m |= 1u << GE_IPE_KILL;
    if ((police && assault) || !strcmp(ev->mode, "crowd-control"))
        m |= 1u << GE_IPE_FORCE;
    if (police)
        m |= 1u << GE_IPE_ANY;
    return m;
}

static unsigned gold_labels(const cJSON *labels)
{
    unsigned m = 0;
    const cJSON *l;
    cJSON_ArrayForEach(l, labels)
    {
        for (int k = 0; cJSON_IsString(l) && k < GE_IPE_NLABELS; k++)
            if (!strcmp(l->valuestring, ge_ipe_label_name(k)))
                m |= 1u << k;
    }
    return m;
}

static void score_ipe(const cJSON *sentences, const char *id, const ge_doc *doc,
                      const ge_gazetteer *g, FILE *errors, ge_artstats *s)
{
    const ge_events *pe = &doc->events;
    const cJSON *it;
    cJSON_ArrayForEach(it, sentences)
    {
        double st = num_of(it, "start"), en = num_of(it, "end");
        if (isnan(st) || isnan(en))
            continue;
        s->sentences++;
        unsigned want = gold_labels(cJSON_GetObjectItemCaseSensitive(it, "labels")), got = 0;
        const ge_event *witness = NULL;
        for (size_t i = 0; i < pe->n; i++) {
            /* the record's trigger, or that of another sentence reporting it */
            const ge_event *ev = &pe->v[i];
            uint32_t nm = ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions : GE_EVENT_MAX_MENTIONS;
            int here = 0;
            for (uint32_t k = 0; k <= nm && !here; k++) {
                uint32_t cp = ge_text_cp(&doc->text, k < nm ? ev->mentions[k][0] : ev->trigger_start);
                here = cp >= st && cp < en;
            }
            if (!here)
                continue;
            unsigned m = ipe_labels_of(&pe->v[i]);
            if ((m & ~got) || !witness)
                witness = &pe->v[i];
            got |= m;
        }
        for (int k = 0; k < GE_IPE_NLABELS; k++) {
            int w = (want >> k) & 1, p = (got >> k) & 1;
            s->tp[k] += w && p;
            s->fp[k] += !w && p;
            s->fn[k] += w && !p;
            if (errors && w != p) {
                fprintf(errors, "%s-%s\t%s\t%s\t\t", p ? "FALSEPOS" : "MISS", ge_ipe_label_name(k),
                        id ? id : "", w ? ge_ipe_label_name(k) : "");
                if (witness) { /* the record that set the label, or one of the sentence */
                    fprintf(errors, "%s/%s/%s\t", witness->event_type, witness->mode,
                            witness->actor.sector);
                    put_clean(errors, doc->text.s + witness->trigger_start,
                              witness->trigger_end - witness->trigger_start);
                } else {
                    fputc('\t', errors);
                }
                fputs("\t\t\t", errors);
                /* the sentence, by code points */
                const char *t = doc->article.text;
                uint32_t cp = 0;
                for (size_t b = 0; t[b]; b++) {
                    if ((t[b] & 0xC0) != 0x80 && b)
                        cp++;
                    if (cp >= en)
                        break;
                    if (cp >= st)
                        fputc(t[b] == '\t' || t[b] == '\n' || t[b] == '\r' ? ' ' : t[b], errors);
                }
                fputc('\n', errors);
            }
        }
    }
    (void)g;
}

static double *realloc_x(double *x, size_t cap)
{
    double *nx = realloc(x, cap * EVF_N * sizeof *nx);
    if (!nx)
        free(x);
    return nx;
}

static int *realloc_group(int *v, size_t cap)
{
    int *nv = realloc(v, cap * sizeof *nv);
    if (!nv)
        free(v);
    return nv;
}

/* --------------------------------------------------------------- corpus */

/* Calls fn for each non-blank line of a JSON Lines file, parsed (o is NULL
 * when the line is not JSON); stops at the first status other than GE_OK. */
typedef ge_status (*line_fn)(void *user, const cJSON *o, long lineno);

static ge_status each_line(const char *path, const ge_diag *diag, line_fn fn, void *user)
{
    VSILFILE *fp = VSIFOpenL(path, "rb");
    if (!fp) {
        ge_diag_report(diag, path, 0, "cannot open");
        return GE_ERR_IO;
    }
    const char *line;
    long lineno = 0;
    ge_status st = GE_OK;
    while (st == GE_OK && (line = CPLReadLine2L(fp, -1, NULL)) != NULL) {
        lineno++;
        if (!line[strspn(line, " \t\r")])
            continue;
        cJSON *o = cJSON_Parse(line);
        st = fn(user, o, lineno);
        cJSON_Delete(o);
    }
    CPLReadLineL(NULL);
    VSIFCloseL(fp);
    return st;
}

typedef struct score_ctx {
    const ge_gazetteer *g;
    const ge_lexicon *lx;
    const char *path;
    double min_confidence;
    FILE *errors;
    const ge_diag *diag;
    ge_artstats *s;
} score_ctx;

static ge_status score_line(void *user, const cJSON *o, long lineno)
{
    score_ctx *c = user;
    const char *text = o ? str_of(o, "text") : NULL;
    const cJSON *events = o ? cJSON_GetObjectItemCaseSensitive(o, "events") : NULL;
    const cJSON *sents = o ? cJSON_GetObjectItemCaseSensitive(o, "sentences") : NULL;
    const char *why = !o ? "not JSON" : !text ? "no \"text\""
                      : !cJSON_IsArray(events) && !cJSON_IsArray(sents)
                          ? "neither \"events\" nor labelled \"sentences\""
                          : NULL;
    if (why) {
        ge_diag_report(c->diag, c->path, lineno, "%s; line skipped", why);
        c->s->bad_lines++;
        return GE_OK;
    }
    const char *id = str_of(o, "id");
    ge_doc doc;
    ge_status st = run_article(c->g, c->lx, id, text, str_of(o, "date"), &doc);
    if (st == GE_OK) {
        ge_events_filter(&doc.events, c->min_confidence);
        c->s->articles++;
        if (cJSON_IsArray(events))
            score_full(events, id, &doc, c->g, c->errors, c->s);
        else
            score_ipe(sents, id, &doc, c->g, c->errors, c->s);
    }
    ge_doc_free(&doc);
    return st;
}

ge_status ge_eval_articles_corpus(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                  double min_confidence, FILE *errors, const ge_diag *diag,
                                  ge_artstats *s)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    score_ctx c = {g, lx, path, min_confidence, errors, diag, s};
    ge_status st = each_line(path, diag, score_line, &c);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return st;
}

/* ------------------------------------------------------------ training */

static int push_example(ge_examples *ex)
{
    if (GE_PUSH(ex->y, ex->cap, ex->n) < 0 || !(ex->x = realloc_x(ex->x, ex->cap)) ||
        !(ex->group = realloc_group(ex->group, ex->cap)))
        return -1;
    unsigned char *f = realloc(ex->full, ex->cap * sizeof *f);
    if (!f)
        return -1;
    ex->full = f;
    ex->full[ex->n] = 0;
    unsigned char *r = realloc(ex->real, ex->cap * sizeof *r);
    if (!r)
        return -1;
    ex->real = r;
    ex->real[ex->n] = 0;
    return 0;
}

static int cp_overlap(const ge_doc *doc, const ge_event *ev, const cJSON *span)
{
    double s = num_of(span, "start"), e = num_of(span, "end");
    uint32_t ts = ge_text_cp(&doc->text, ev->trigger_start), te = ge_text_cp(&doc->text, ev->trigger_end);
    return !isnan(s) && !isnan(e) && ts < e && s < te;
}

/* Annotated sentences: an event_location line (the record on the marked
 * verb is an event; the others are unknown, not used) or a PLOVER gold
 * sentence (the record on a gold trigger with the gold type is the event,
 * every other record is not). */
static ge_status sentence_examples(const ge_gazetteer *g, const ge_lexicon *lx, const cJSON *o,
                                   const char *text, ge_examples *ex)
{
    const cJSON *verb = cJSON_GetObjectItemCaseSensitive(o, "verb");
    const char *type = str_of(o, "event");
    const cJSON *trigs = cJSON_GetObjectItemCaseSensitive(o, "triggers");
    if (!cJSON_IsObject(verb) && !(type && cJSON_IsArray(trigs)))
        return GE_OK;
    ge_doc doc;
    ge_status st = run_article(g, lx, str_of(o, "id"), text, NULL, &doc);
    int found = 0;
    for (size_t i = 0; st == GE_OK && i < doc.events.n; i++) {
        const ge_event *ev = &doc.events.v[i];
        int y;
        if (cJSON_IsObject(verb)) {
            if (!cp_overlap(&doc, ev, verb))
                continue;
            y = 1;
        } else {
            const cJSON *t;
            y = 0;
            cJSON_ArrayForEach(t, trigs) y |= cp_overlap(&doc, ev, t);
            y = y && !found && !strcmp(ev->event_type, type);
        }
        found |= y;
        if (push_example(ex) < 0) {
            st = GE_ERR_NOMEM;
            break;
        }
        ge_event_features(&doc.text, g, &doc.events, i, ex->x + ex->n * EVF_N);
        ex->y[ex->n] = y;
        ex->group[ex->n] = (int)ex->articles;
        ex->n++;
    }
    if (st == GE_OK) {
        ex->articles++;
        ex->gold++;
    }
    ge_doc_free(&doc);
    return st;
}

typedef struct example_ctx {
    const ge_gazetteer *g;
    const ge_lexicon *lx;
    const char *path;
    const ge_diag *diag;
    ge_examples *ex;
} example_ctx;

static ge_status example_line(void *user, const cJSON *o, long lineno)
{
    example_ctx *c = user;
    ge_examples *ex = c->ex;
    const char *text = o ? str_of(o, "text") : NULL;
    const cJSON *events = o ? cJSON_GetObjectItemCaseSensitive(o, "events") : NULL;
    if (!text) {
        ge_diag_report(c->diag, c->path, lineno, "not an annotated article; line skipped");
        return GE_OK;
    }
    if (!cJSON_IsArray(events))
        return sentence_examples(c->g, c->lx, o, text, ex);
    ge_doc doc;
    ge_status st = run_article(c->g, c->lx, str_of(o, "id"), text, str_of(o, "date"), &doc);
    size_t ngold = 0;
    gold_ev *gold = st == GE_OK ? gold_of(events, &doc, &ngold) : NULL;
    int *match = st == GE_OK ? malloc((doc.events.n + 1) * sizeof *match) : NULL;
    if (st == GE_OK && (!gold || !match))
        st = GE_ERR_NOMEM;
    if (st == GE_OK) {
        match_records(gold, ngold, &doc.events, match);
        ex->gold += ngold;
        ex->full_gold += ngold;
        for (size_t i = 0; i < doc.events.n && st == GE_OK; i++) {
            if (push_example(ex) < 0) {
                st = GE_ERR_NOMEM;
                break;
            }
            ge_event_features(&doc.text, c->g, &doc.events, i, ex->x + ex->n * EVF_N);
            /* the first record of a real event, of its type */
            ex->y[ex->n] = match[i] >= 0 &&
                           !strcmp(gold[match[i]].type, doc.events.v[i].event_type);
            ex->group[ex->n] = (int)ex->articles;
            ex->full[ex->n] = 1;
            ex->real[ex->n] = match[i] >= 0;
            ex->n++;
        }
        ex->articles++;
    }
    gold_free(gold, ngold);
    free(match);
    ge_doc_free(&doc);
    return st;
}

ge_status ge_eval_articles_examples(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                    const ge_diag *diag, ge_examples *ex)
{
    example_ctx c = {g, lx, path, diag, ex};
    return each_line(path, diag, example_line, &c);
}
