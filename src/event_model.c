/*
 * event_model.c -- the event classifier: features of a candidate record,
 * the logistic model that turns them into the probability that the record
 * is a real event of the article (its confidence), and the fit behind
 * `geoevents train-events`. See event_model.h.
 */
#include <math.h>
#include <stdio.h>

#include "event_model.h"

static const char *const evf_names[EVF_TYPE] = {
    "bias",        "prior",        "weak",         "multiword",    "noun",
    "passive",     "inherit",      "demand",       "enumerated",   "actor",
    "actor_state", "recipient",    "loc_locative", "loc_sentence", "loc_article",
    "loc_none",    "loc_country",  "not_asserted", "negated",      "first_sentence",
    "early",       "short_sentence", "long_sentence", "quote",     "others_in_sentence",
    "outranked",   "mentions",     "numbers",      "date",         "capitalised",
    "repeat",      "repeat_near",  "modal",        "bare_noun",    "weak_alone",   "contest",
    "same_word",   "generic",      "tally"};

const char *ge_evf_name(int f)
{
    static const char *const types[16] = {
        "type_agree",   "type_consult", "type_support",  "type_concede",
        "type_cooperate", "type_aid",   "type_retreat",  "type_request",
        "type_accuse",  "type_reject",  "type_threaten", "type_protest",
        "type_sanction", "type_mobilize", "type_coerce", "type_assault"};
    if (f >= EVF_TYPE && f < EVF_N)
        return types[f - EVF_TYPE];
    return f >= 0 && f < EVF_TYPE ? evf_names[f] : "?";
}

int ge_event_model_set(ge_event_model *m, const char *name, double value)
{
    if (ge_str_is(name, "threshold")) {
        m->threshold = value;
        return 1;
    }
    if (ge_str_is(name, "second_in_sentence")) {
        m->second = value;
        return 1;
    }
    if (ge_str_is(name, "calibration_scale")) {
        m->cal_scale = value;
        return 1;
    }
    if (ge_str_is(name, "calibration_shift")) {
        m->cal_shift = value;
        return 1;
    }
    for (int f = 0; f < EVF_N; f++)
        if (!strcmp(name, ge_evf_name(f))) {
            m->w[f] = value;
            m->loaded = 1;
            return 1;
        }
    return 0;
}

/* ------------------------------------------------------------ features */

static int words_in(const ge_text *t, const ge_sentence *sn)
{
    int n = 0;
    for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++)
        n += (t->tokens[i].flags & GE_TOK_WORD) != 0;
    return n;
}

static int has_quote(const ge_text *t, const ge_sentence *sn)
{
    if (sn->end <= sn->start)
        return 0;
    const char *s = t->s + sn->start, *end = t->s + sn->end;
    if (memchr(s, '"', (size_t)(end - s)))
        return 1;
    /* U+201C, U+201D: each E2 byte looked at (memchr, not a byte loop) */
    for (const char *p = s; (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL; p++)
        if (p + 2 < end && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0x9C || (unsigned char)p[2] == 0x9D))
            return 1;
    return 0;
}

static int token_at(const ge_text *t, const ge_sentence *sn, uint32_t byte)
{
    for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++)
        if (t->tokens[i].start == byte)
            return (int)i;
    return -1;
}

/* "could seize", "will help", "to return", "can't seize": a modal verb or
 * an infinitive's "to" among the two words before token k. */
static int modal_before(const ge_text *t, const ge_sentence *sn, int k)
{
    static const char *const modals[] = {"will", "would", "could", "can", "may", "might",
                                         "should", "must", "to", "ca", "wo", "cannot", NULL};
    for (int j = k - 1; k >= 0 && j >= (int)sn->tok_begin && j >= k - 2; j--) {
        const ge_token *tk = &t->tokens[j];
        const char *w = t->norm + tk->norm;
        for (int m = 0; modals[m]; m++)
            if (w[0] == modals[m][0] && ge_word_eq(w, tk->norm_len, modals[m]))
                return 1;
    }
    return 0;
}

/* A sentence that speaks in general or of what might be, not of an
 * occurrence: "if someone's injured", "they can seize", "usually",
 * "one person a year is killed", "has carried out frequent bombings". */
static const char *const generic_cues[] = {"if", "unless", "usually", "often", "typically",
                                           "generally", "whenever", "every", "each", "can",
                                           "annually", "sometimes", "frequent", "frequently",
                                           "regularly", "routinely", NULL};

/* sig: generic_cues' summary (ge_words_summarize), made once by the caller. */
static int generic_sentence(const ge_text *t, const ge_sentence *sn, const uint64_t sig[4])
{
    const char *const *cues = generic_cues;
    for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++) {
        const ge_token *tk = &t->tokens[i];
        const char *w = t->norm + tk->norm;
        if (!ge_summary_has(sig, ge_word_key(w, tk->norm_len)))
            continue;
        for (int m = 0; cues[m]; m++)
            if (w[0] == cues[m][0] && ge_word_eq(w, tk->norm_len, cues[m]))
                return 1;
    }
    return 0;
}

static int word_in(const ge_text *t, uint32_t i, const char *const *ws)
{
    const char *w = t->norm + t->tokens[i].norm; /* (NUL-terminated) */
    for (int m = 0; ws[m]; m++)
        if (ws[m][0] == w[0] && ge_word_eq(w, t->tokens[i].norm_len, ws[m]))
            return 1;
    return 0;
}

/* "have abducted thousands of people for ransom in recent years", "for
 * years fought": a habit of years in the trigger's clause, no occurrence. */
static int habitual_clause(const ge_text *t, const ge_sentence *sn, int k)
{
    static const char *const stops[] = {"who", "which", "that", "where", "when", "while",
                                        "but", "and", NULL};
    if (k < 0)
        return 0;
    uint32_t b = (uint32_t)k, e = (uint32_t)k + 1;
    while (b > sn->tok_begin && (uint32_t)k - b < 12 && (t->tokens[b - 1].flags & GE_TOK_WORD) &&
           !word_in(t, b - 1, stops))
        b--;
    /* ("has seen a rise in violence in recent years, with separatist
     * groups attacking security forces": the clause that "with" depends on) */
    static const char *const with[] = {"with", NULL};
    if (b > sn->tok_begin + 1 && b < (uint32_t)k && word_in(t, b, with) &&
        t->tokens[b - 1].norm_len == 1 && t->norm[t->tokens[b - 1].norm] == ',') {
        uint32_t c = b - 1; /* the comma */
        for (b = c; b > sn->tok_begin && c - b < 14 && (t->tokens[b - 1].flags & GE_TOK_WORD) &&
                    !word_in(t, b - 1, stops);)
            b--;
    }
    while (e < sn->tok_end && e - (uint32_t)k < 14 && (t->tokens[e].flags & GE_TOK_WORD) &&
           !word_in(t, e, stops))
        e++;
    for (uint32_t i = b; i + 1 < e; i++) {
        const ge_token *x = &t->tokens[i], *y = &t->tokens[i + 1];
        const char *w = t->norm + x->norm, *v = t->norm + y->norm;
        /* (every pair below opens with recent, for, the, years, decades,
         * has or have: most words are passed over by their first letter) */
        if (w[0] != 'r' && w[0] != 'f' && w[0] != 't' && w[0] != 'y' && w[0] != 'd' &&
            w[0] != 'h')
            continue;
        if ((ge_word_is(w, x->norm_len, "recent") || ge_word_is(w, x->norm_len, "for") ||
             ge_word_is(w, x->norm_len, "the")) &&
            (ge_word_is(v, y->norm_len, "years") || ge_word_is(v, y->norm_len, "decades") ||
             (ge_word_is(w, x->norm_len, "recent") && (ge_word_is(v, y->norm_len, "months") ||
                                                       ge_word_is(v, y->norm_len, "weeks")))) &&
            (!ge_word_is(w, x->norm_len, "the") || (i > b && ge_word_eq(t->norm + t->tokens[i - 1].norm,
                                                                     t->tokens[i - 1].norm_len, "over"))))
            return 1; /* "recent years", "for years", "over the years", "for decades",
                         "stepped up attacks in recent months" */
        if ((ge_word_is(w, x->norm_len, "years") || ge_word_is(w, x->norm_len, "decades")) &&
            ge_word_is(v, y->norm_len, "of"))
            return 1; /* "has been hit by years of violence" */
        if ((ge_word_is(w, x->norm_len, "has") || ge_word_is(w, x->norm_len, "have")) &&
            ge_word_is(v, y->norm_len, "since") && i + 2 == (uint32_t)k)
            return 1; /* "Fano militias have since fought the army across much of the
                         region": the years since an earlier act told */
    }
    return 0;
}

/* Do records a and b have the same trigger word (its first five letters,
 * case folded: "fired" and "firing", "arrested" and "arrest")? */
static int same_word(const ge_text *t, const ge_event *a, const ge_event *b)
{
    uint32_t la = a->trigger_end - a->trigger_start, lb = b->trigger_end - b->trigger_start;
    uint32_t n = la < lb ? la : lb;
    if (n > 5)
        n = 5;
    if (n < 3)
        return 0;
    for (uint32_t k = 0; k < n; k++) {
        unsigned char x = (unsigned char)t->s[a->trigger_start + k];
        unsigned char y = (unsigned char)t->s[b->trigger_start + k];
        if ((x | 0x20) != (y | 0x20))
            return 0;
    }
    return 1;
}

/* What the features read of a sentence alone (its words, quotes and
 * generic cues), remembered for the next record of the same sentence. */
typedef struct sent_memo {
    uint32_t sentence; /* GE_NONE: nothing remembered */
    int words, quote, generic;
    int cues_ready;       /* cue_sig made (once for all the records) */
    uint64_t cue_sig[4];  /* generic_cues' summary */
} sent_memo;

static void features(const ge_text *t, const ge_gazetteer *g, const ge_events *evs, size_t i,
                     double x[EVF_N], sent_memo *m);

void ge_event_features(const ge_text *t, const ge_gazetteer *g, const ge_events *evs, size_t i,
                       double x[EVF_N])
{
    sent_memo m = {.sentence = GE_NONE};
    features(t, g, evs, i, x, &m);
}

static void features(const ge_text *t, const ge_gazetteer *g, const ge_events *evs, size_t i,
                     double x[EVF_N], sent_memo *m)
{
    const ge_event *e = &evs->v[i];
    memset(x, 0, EVF_N * sizeof *x);
    x[EVF_BIAS] = 1;
    x[EVF_PRIOR] = e->confidence;
    x[EVF_WEAK] = (e->evidence & GE_EV_WEAK) != 0;
    x[EVF_MULTIWORD] = (e->evidence & GE_EV_MULTIWORD) != 0;
    x[EVF_NOUN] = (e->evidence & GE_EV_NOUN) != 0;
    x[EVF_PASSIVE] = (e->evidence & GE_EV_PASSIVE) != 0;
    x[EVF_INHERIT] = (e->evidence & GE_EV_INHERIT) != 0;
    x[EVF_DEMAND] = (e->evidence & GE_EV_DEMAND) != 0;
    x[EVF_ENUM] = (e->evidence & GE_EV_ENUM) != 0;
    x[EVF_ACTOR] = e->actor.code[0] || e->actor.sector[0];
    x[EVF_ACTOR_STATE] = ge_str_is(e->actor.sector, "GOV") || ge_str_is(e->actor.sector, "MIL") ||
                         ge_str_is(e->actor.sector, "COP");
    x[EVF_RECIPIENT] = e->recipient.code[0] || e->recipient.sector[0];
    const char *r = e->place == GE_NONE ? NULL : e->location_reason;
    x[EVF_LOC_LOCATIVE] = r && ge_str_is(r, "locative");
    x[EVF_LOC_ARTICLE] = r && ge_str_is(r, "article");
    x[EVF_LOC_SENTENCE] = r && !x[EVF_LOC_LOCATIVE] && !x[EVF_LOC_ARTICLE];
    x[EVF_LOC_NONE] = e->place == GE_NONE;
    if (g && e->place != GE_NONE) {
        const ge_place *pl = ge_gazetteer_place(g, e->place);
        x[EVF_LOC_COUNTRY] = pl && pl->level <= GE_LEVEL_COUNTRY;
    }
    x[EVF_NOT_ASSERTED] = e->report_mode != GE_REPORT_ASSERTED;
    /* a count so far past the lede ("Tens of thousands of people have been
     * killed since 2015"): background, not the story's act */
    x[EVF_TALLY] = (e->evidence & GE_EV_TALLY) && e->sentence >= 3;
    x[EVF_NEGATED] = e->negated != 0;
    /* where in an article (a lone sentence has no position to speak of) */
    x[EVF_FIRST_SENT] = t->nsentences > 1 && e->sentence == 0;
    x[EVF_EARLY] = t->nsentences > 1 && e->sentence < 3;
    if (e->sentence < t->nsentences) {
        const ge_sentence *sn = &t->sentences[e->sentence];
        if (m->sentence != e->sentence) {
            m->sentence = e->sentence;
            m->words = words_in(t, sn);
            m->quote = has_quote(t, sn);
            if (!m->cues_ready) {
                ge_words_summarize(m->cue_sig, generic_cues);
                m->cues_ready = 1;
            }
            m->generic = generic_sentence(t, sn, m->cue_sig);
        }
        int nw = m->words;
        x[EVF_SHORT_SENT] = nw < 8;
        x[EVF_LONG_SENT] = nw > 40;
        x[EVF_QUOTE] = m->quote;
        int k = token_at(t, sn, e->trigger_start);
        x[EVF_CAPITALISED] = k > (int)sn->tok_begin && (t->tokens[k].flags & GE_TOK_CAP) &&
                             !(t->tokens[k].flags & GE_TOK_UPPER);
        x[EVF_MODAL] = modal_before(t, sn, k);
        x[EVF_GENERIC] = m->generic || habitual_clause(t, sn, k);
    }
    int others = 0, outranked = 0;
    for (size_t j = i > 64 ? i - 64 : 0; j < evs->n && j < i + 64; j++) {
        if (j == i || evs->v[j].sentence != e->sentence)
            continue;
        others++;
        outranked |= evs->v[j].confidence > e->confidence;
    }
    for (size_t j = i > 256 ? i - 256 : 0; j < i; j++)
        if (!strcmp(evs->v[j].event_type, e->event_type)) {
            x[EVF_REPEAT] = 1;
            if (evs->v[j].sentence != e->sentence && same_word(t, &evs->v[j], e))
                x[EVF_SAME_WORD] = 1;
            if (evs->v[j].sentence + 3 >= e->sentence)
                x[EVF_REPEAT_NEAR] = 1;
        }
    x[EVF_OTHERS_IN_SENT] = (others > 3 ? 3 : others) / 3.0;
    x[EVF_OUTRANKED] = outranked;
    x[EVF_MENTIONS] = log2((double)(e->nmentions ? e->nmentions : 1));
    x[EVF_NUMBERS] = e->count >= 0 || e->fatalities >= 0 || e->injured >= 0;
    x[EVF_DATE] = e->date_precision != GE_DATE_NONE && e->date_start != e->date_end;
    x[EVF_CONTEST] = (e->evidence & GE_EV_CONTEST) != 0;
    x[EVF_BARE_NOUN] = x[EVF_NOUN] && !x[EVF_ACTOR] && !x[EVF_RECIPIENT];
    x[EVF_WEAK_ALONE] = x[EVF_WEAK] && !x[EVF_ACTOR] && !x[EVF_LOC_LOCATIVE] && !x[EVF_LOC_SENTENCE];
    int k = ge_plover_type_index(e->event_type);
    if (k >= 0)
        x[EVF_TYPE + k] = 1;
}

double ge_event_model_score(const ge_event_model *m, const double x[EVF_N])
{
    double z = 0;
    for (int f = 0; f < EVF_N; f++)
        z += m->w[f] * x[f];
    return z;
}

double ge_event_model_prob(const ge_event_model *m, const double x[EVF_N])
{
    double z = ge_event_model_score(m, x);
    return 1 / (1 + exp(-(m->cal_scale * z + m->cal_shift)));
}

/* Is record i outranked by a more probable record of its sentence that it
 * cannot be told apart from? Records for other places of a list ("Baghdad
 * and Erbil airports") and acts of another actor ("Iran funds militants
 * that attack US interests") are events of their own. */
/* Does a clause of its own lie between the triggers at bytes a and b of
 * one sentence: "73 people died in police firing while over 2,500 have
 * been arrested", "called for a truce and said she would not resign"? */
static int clause_between(const ge_text *t, const ge_sentence *sn, uint32_t a, uint32_t b)
{
    static const char *const joins[] = {"while", "whereas", "but", "after", "before", "when",
                                        "although", "though", "meanwhile", ";", NULL};
    if (a > b) {
        uint32_t x = a;
        a = b;
        b = x;
    }
    for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++) {
        const ge_token *tk = &t->tokens[i];
        if (tk->start <= a)
            continue;
        if (tk->start >= b)
            break;
        for (int k = 0; joins[k]; k++)
            if (ge_word_eq(t->norm + tk->norm, tk->norm_len, joins[k]))
                return 1;
        /* "called for a truce and said she would not resign": a statement
         * of its own */
        if (i > sn->tok_begin && ge_word_is(t->norm + tk->norm, tk->norm_len, "said") &&
            ge_word_is(t->norm + tk[-1].norm, tk[-1].norm_len, "and"))
            return 1;
    }
    return 0;
}

static int outranked(const ge_text *t, const ge_events *evs, const float *p, size_t i)
{
    const ge_event *e = &evs->v[i];
    if (e->evidence & GE_EV_ENUM)
        return 0;
    for (size_t j = i > 64 ? i - 64 : 0; j < evs->n && j < i + 64; j++) {
        const ge_event *o = &evs->v[j];
        if (j == i || o->sentence != e->sentence || !(p[j] > p[i] || (p[j] == p[i] && j < i)))
            continue;
        if ((e->actor.code[0] && o->actor.code[0] && strcmp(e->actor.code, o->actor.code)) ||
            (e->actor.sector[0] && o->actor.sector[0] && strcmp(e->actor.sector, o->actor.sector)))
            continue; /* "militants opened fire, but police sentries killed one of them" */
        if (e->sentence < t->nsentences &&
            clause_between(t, &t->sentences[e->sentence], e->trigger_start, o->trigger_start))
            continue;
        return 1;
    }
    return 0;
}

void ge_event_model_apply(const ge_event_model *m, const ge_text *t, const ge_gazetteer *g,
                          ge_events *evs)
{
    if (!m || !m->loaded || !evs->n)
        return;
    /* features read the rule-based priors of the sentence's other records:
     * score everything first, then drop */
    float *p = malloc(evs->n * sizeof *p);
    if (!p)
        return;
    sent_memo memo = {.sentence = GE_NONE};
    for (size_t i = 0; i < evs->n; i++) {
        double x[EVF_N];
        features(t, g, evs, i, x, &memo);
        p[i] = (float)ge_event_model_prob(m, x);
    }
    /* one record per sentence, the most probable; another of the same
     * sentence only when the model is sure of it too ("an attack and the
     * arrests after it") */
    size_t w = 0;
    for (size_t i = 0; i < evs->n; i++) {
        if (p[i] < m->threshold)
            continue;
        if (p[i] < m->second && outranked(t, evs, p, i))
            continue;
        evs->v[w] = evs->v[i];
        evs->v[w].confidence = roundf(p[i] * 1000.0f) / 1000.0f; /* 3 decimals say it all */
        w++;
    }
    evs->n = w;
    free(p);
}

/* ----------------------------------------------------------------- fit */

int ge_event_model_fit(const double *x, const int *y, const double *wt, size_t n, double l2,
                       ge_event_model *m)
{
    double total = 0;
    for (size_t i = 0; i < n; i++)
        total += wt ? wt[i] : 1;
    double *grad = calloc(EVF_N, sizeof *grad);
    if (!grad)
        return -1;
    memset(m->w, 0, sizeof m->w);
    m->cal_scale = 1;
    m->cal_shift = 0;
    /* plain batch gradient descent on the mean log loss; the features are
     * 0/1 or in [0, 1], so one fixed step converges */
    const double step = 1.0;
    for (int it = 0; it < 3000; it++) {
        memset(grad, 0, EVF_N * sizeof *grad);
        for (size_t i = 0; i < n; i++) {
            const double *xi = x + i * EVF_N;
            double err = (ge_event_model_prob(m, xi) - y[i]) * (wt ? wt[i] : 1);
            for (int f = 0; f < EVF_N; f++)
                grad[f] += err * xi[f];
        }
        for (int f = 0; f < EVF_N; f++) {
            double reg = f == EVF_BIAS ? 0 : l2 * m->w[f];
            m->w[f] -= step * (grad[f] + reg) / (total > 0 ? total : 1);
        }
    }
    m->loaded = 1;
    free(grad);
    return 0;
}
