/*
 * events.c -- event records (PLOVER) from analysed, resolved articles: the
 * lexicon loader, trigger matching, actors, report mode, place, date and
 * counts of each candidate; then coreference (event_coref.c) and the
 * classifier (event_model.c).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>

#include "dates.h"
#include "events_internal.h"
#include "event_model.h"

/* =============================================================== lexicon */

const char *const ge_plover_types[16] = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

int ge_plover_quad(const char *type)
{
    for (int i = 0; i < 16; i++)
        if (!strcmp(type, ge_plover_types[i]))
            return i < 4 ? 1 : i < 7 ? 2 : i < 11 ? 3 : 4;
    return 0;
}

static const char *const mod_names[MOD_NCLASSES] = {
    "NEGATION", "HYPOTHETICAL", "PLANNED", "INTENT",  "REVERSE",  "DENIED",
    "DEMAND",   "REPORT",       "DEAD",    "INJURED", "QUALIFIER"};

static uint32_t lx_slot(const ge_lexicon *lx, const char *w, size_t n)
{
    return (uint32_t)(ge_hash(w, n) & (lx->nheads - 1));
}

static size_t first_word_len(const char *k, size_t n)
{
    const char *sp = memchr(k, ' ', n);
    return sp ? (size_t)(sp - k) : n;
}

uint32_t lx_first(const ge_lexicon *lx, const char *w, size_t n)
{
    if (!lx || !lx->nheads)
        return GE_NONE;
    return lx->heads[lx_slot(lx, w, n)];
}

static int pool_add(ge_lexicon *lx, const char *s, size_t n, uint32_t *off)
{
    if (lx->pool_len + n + 1 > lx->pool_cap) {
        size_t cap = lx->pool_cap ? lx->pool_cap * 2 : 4096;
        while (cap < lx->pool_len + n + 1)
            cap *= 2;
        char *p = realloc(lx->pool, cap);
        if (!p)
            return -1;
        lx->pool = p;
        lx->pool_cap = cap;
    }
    memcpy(lx->pool + lx->pool_len, s, n);
    lx->pool[lx->pool_len + n] = '\0';
    *off = (uint32_t)lx->pool_len;
    lx->pool_len += n + 1;
    return 0;
}

static int rehash(ge_lexicon *lx, size_t nheads)
{
    uint32_t *h = malloc(nheads * sizeof *h);
    if (!h)
        return -1;
    for (size_t i = 0; i < nheads; i++)
        h[i] = GE_NONE;
    free(lx->heads);
    lx->heads = h;
    lx->nheads = nheads;
    /* insert in reverse so that chains keep file order */
    for (size_t i = lx->n; i-- > 0;) {
        lx_entry *e = &lx->v[i];
        const char *k = lx->pool + e->key;
        uint32_t s = lx_slot(lx, k, first_word_len(k, e->keylen));
        e->next = h[s];
        h[s] = (uint32_t)i;
    }
    return 0;
}

/* Adds (or, for the same kind and key, replaces) one entry. */
static int lx_add(ge_lexicon *lx, const char *key, size_t keylen, const lx_entry *proto)
{
    if (keylen == 0)
        return 0;
    size_t fw = first_word_len(key, keylen);
    for (uint32_t i = lx_first(lx, key, fw); i != GE_NONE; i = lx->v[i].next) {
        lx_entry *e = &lx->v[i];
        if (e->kind == proto->kind && e->keylen == keylen &&
            !memcmp(lx->pool + e->key, key, keylen)) {
            uint32_t k = e->key, kl = e->keylen, nx = e->next;
            *e = *proto;
            e->key = k;
            e->keylen = kl;
            e->next = nx;
            return 0;
        }
    }
    if (GE_PUSH(lx->v, lx->cap, lx->n) < 0)
        return -1;
    lx_entry *e = &lx->v[lx->n];
    *e = *proto;
    if (pool_add(lx, key, keylen, &e->key) < 0)
        return -1;
    e->keylen = (uint32_t)keylen;
    e->nwords = 1;
    for (size_t i = 0; i < keylen; i++)
        e->nwords += key[i] == ' ';
    lx->n++;
    if (lx->n * 2 > lx->nheads)
        return rehash(lx, lx->nheads ? lx->nheads * 4 : 1024);
    uint32_t s = lx_slot(lx, key, fw);
    e->next = lx->heads[s];
    lx->heads[s] = (uint32_t)(lx->n - 1);
    return 0;
}

/* ---------------------------------------------------------- inflections */

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* word + "s"/"es"/"ies" ("torpedo" -> "torpedoes") */
static void form_s(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n >= 2 && w[n - 1] == 'o' && !is_vowel(w[n - 2]))
        snprintf(out, cap, "%ses", w);
    else if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        snprintf(out, cap, "%.*sies", (int)(n - 1), w);
    else if ((n >= 1 && (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z')) ||
             (n >= 2 && (w[n - 1] == 'h') && (w[n - 2] == 'c' || w[n - 2] == 's')))
        snprintf(out, cap, "%ses", w);
    else
        snprintf(out, cap, "%ss", w);
}

/* Short consonant-vowel-consonant ending: the final consonant may double. */
static int cvc(const char *w)
{
    size_t n = strlen(w);
    if (n < 3)
        return 0;
    char c = w[n - 1];
    return !is_vowel(c) && c != 'w' && c != 'x' && c != 'y' && is_vowel(w[n - 2]) &&
           !is_vowel(w[n - 3]);
}

/* -ed forms (1 or 2: regular and doubled) */
static int form_ed(const char *w, char out[2][64])
{
    size_t n = strlen(w);
    int k = 0;
    if (n >= 1 && w[n - 1] == 'e')
        snprintf(out[k++], 64, "%sd", w);
    else if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        snprintf(out[k++], 64, "%.*sied", (int)(n - 1), w);
    else
        snprintf(out[k++], 64, "%sed", w);
    if (cvc(w))
        snprintf(out[k++], 64, "%s%ced", w, w[n - 1]);
    return k;
}

static int form_ing(const char *w, char out[2][64])
{
    size_t n = strlen(w);
    int k = 0;
    if (n >= 2 && w[n - 2] == 'i' && w[n - 1] == 'e')
        snprintf(out[k++], 64, "%.*sying", (int)(n - 2), w);
    else if (n >= 3 && w[n - 1] == 'e' && w[n - 2] != 'e' && w[n - 2] != 'y' && w[n - 2] != 'o')
        snprintf(out[k++], 64, "%.*sing", (int)(n - 1), w);
    else
        snprintf(out[k++], 64, "%sing", w);
    if (cvc(w))
        snprintf(out[k++], 64, "%s%cing", w, w[n - 1]);
    return k;
}

/* ---------------------------------------------------------- line parser */

#define MAX_FIELDS 6

/* Splits a line into fields separated by a TAB or by two or more spaces.
 * Trims each field. Returns the number of fields. */
static int split_fields(char *line, char *f[MAX_FIELDS])
{
    int n = 0;
    char *p = line;
    while (*p && n < MAX_FIELDS) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        f[n++] = p;
        while (*p && *p != '\t' && !(p[0] == ' ' && p[1] == ' '))
            p++;
        if (*p) {
            char *end = p;
            while (*p == ' ' || *p == '\t')
                p++;
            *end = '\0';
        }
    }
    for (int i = 0; i < n; i++) {
        size_t l = strlen(f[i]);
        while (l && isspace((unsigned char)f[i][l - 1]))
            f[i][--l] = '\0';
    }
    return n;
}

static int parse_kind(const char *s)
{
    static const char *const names[LX_NKINDS] = {"triggers", "agents", "modifiers",
                                                 "locatives", "boilerplate"};
    for (int i = 0; i < LX_NKINDS; i++)
        if (!strcmp(s, names[i]))
            return i;
    if (!strcmp(s, "actors"))
        return LX_AGENT;
    if (!strcmp(s, "model"))
        return LX_MODEL;
    return -1;
}

/* Section from a file name: lexicon/triggers.txt -> triggers. */
static int kind_from_path(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    static const char *const pre[] = {"trigger", "agent", "modifier", "locative", "boilerplate"};
    for (int i = 0; i < LX_NKINDS; i++)
        if (!strncmp(b, pre[i], strlen(pre[i])))
            return i;
    if (!strncmp(b, "actor", 5))
        return LX_AGENT;
    if (!strncmp(b, "event-model", 11))
        return LX_MODEL;
    return -1;
}

static int upper_code(const char *s, size_t maxlen)
{
    size_t n = strlen(s);
    if (n < 2 || n > maxlen)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Normalizes a phrase and adds it. */
static int add_phrase(ge_lexicon *lx, const char *phrase, const lx_entry *proto)
{
    char key[256];
    size_t n = ge_text_normalize(phrase, strlen(phrase), key, sizeof key);
    return lx_add(lx, key, n, proto);
}

/* The span [*b, *e) of word number `which` (0 first, -1 last) of phrase. */
static void word_span(const char *phrase, int which, const char **b, const char **e)
{
    *b = phrase;
    if (which < 0) {
        const char *sp = strrchr(phrase, ' ');
        *b = sp ? sp + 1 : phrase;
        *e = phrase + strlen(phrase);
    } else {
        *e = strchr(phrase, ' ');
        if (!*e)
            *e = phrase + strlen(phrase);
    }
}

/* Replaces word number `which` (0 first, -1 last) of phrase with w. */
static void subst_word(const char *phrase, int which, const char *w, char *out, size_t cap)
{
    const char *b, *e;
    word_span(phrase, which, &b, &e);
    snprintf(out, cap, "%.*s%s%s", (int)(b - phrase), phrase, w, e);
}

static void word_at(const char *phrase, int which, char *out, size_t cap)
{
    const char *b, *e;
    word_span(phrase, which, &b, &e);
    snprintf(out, cap, "%.*s", (int)(e - b), b);
}

static int add_form(ge_lexicon *lx, const char *phrase, int which, const char *w, lx_entry *proto,
                    int form, int pos)
{
    char buf[256];
    subst_word(phrase, which, w, buf, sizeof buf);
    proto->form = (uint8_t)form;
    proto->flags = (uint8_t)((proto->flags & ~(LXF_VERB | LXF_NOUN)) | pos);
    return add_phrase(lx, buf, proto);
}

/* Adds a trigger phrase in every form its forms field asks for:
 * "v" verb forms of the first word, "n" plural of the last word, "="
 * as written, other items: extra (irregular) forms of the first word. */
static int add_trigger_forms(ge_lexicon *lx, const char *phrase, const char *forms,
                             lx_entry *proto)
{
    int verb = 0, noun = 0;
    char spec[128];
    ge_copy(spec, sizeof spec, forms);
    char *save = NULL;
    for (char *tok = strtok_r(spec, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        if (!strcmp(tok, "v"))
            verb = 1;
        else if (!strcmp(tok, "n"))
            noun = 1;
    int exact_verb = strstr(forms, "=v") != NULL;
    int base_pos = (verb || exact_verb ? LXF_VERB : 0) | (noun || !(verb || exact_verb) ? LXF_NOUN : 0);
    proto->form = FORM_BASE;
    proto->flags = (uint8_t)((proto->flags & ~(LXF_VERB | LXF_NOUN)) | base_pos);
    if (add_phrase(lx, phrase, proto) < 0)
        return -1;
    char w[64], f[2][64], s[64];
    if (verb) {
        word_at(phrase, 0, w, sizeof w);
        form_s(w, s, sizeof s);
        if (add_form(lx, phrase, 0, s, proto, FORM_S, LXF_VERB) < 0)
            return -1;
        int k = form_ed(w, f);
        for (int i = 0; i < k; i++)
            if (add_form(lx, phrase, 0, f[i], proto, FORM_ED, LXF_VERB) < 0)
                return -1;
        k = form_ing(w, f);
        for (int i = 0; i < k; i++)
            if (add_form(lx, phrase, 0, f[i], proto, FORM_ING, LXF_VERB) < 0)
                return -1;
    }
    if (noun) {
        word_at(phrase, -1, w, sizeof w);
        form_s(w, s, sizeof s);
        if (add_form(lx, phrase, -1, s, proto, FORM_NOUN, LXF_NOUN) < 0)
            return -1;
        if (verb) { /* "carried out attacks": both words inflected */
            char pl[256];
            subst_word(phrase, -1, s, pl, sizeof pl);
            if (strchr(phrase, ' ')) {
                word_at(phrase, 0, w, sizeof w);
                int k = form_ed(w, f);
                for (int i = 0; i < k; i++)
                    if (add_form(lx, pl, 0, f[i], proto, FORM_ED, LXF_VERB) < 0)
                        return -1;
                k = form_ing(w, f);
                for (int i = 0; i < k; i++)
                    if (add_form(lx, pl, 0, f[i], proto, FORM_ING, LXF_VERB) < 0)
                        return -1;
                form_s(w, s, sizeof s);
                if (add_form(lx, pl, 0, s, proto, FORM_S, LXF_VERB) < 0)
                    return -1;
            }
        }
    }
    ge_copy(spec, sizeof spec, forms);
    save = NULL;
    for (char *tok = strtok_r(spec, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        if (strcmp(tok, "v") && strcmp(tok, "n") && strcmp(tok, "=") && strcmp(tok, "=v")) {
            /* irregular forms: past tense and participles are verb forms */
            if (add_form(lx, phrase, 0, tok, proto, FORM_EXTRA, LXF_VERB) < 0)
                return -1;
            if (noun && strchr(phrase, ' ')) {
                word_at(phrase, -1, w, sizeof w);
                form_s(w, s, sizeof s);
                char pl[256];
                subst_word(phrase, -1, s, pl, sizeof pl);
                if (add_form(lx, pl, 0, tok, proto, FORM_EXTRA, LXF_VERB) < 0)
                    return -1;
            }
        }
    return 0;
}

static int valid_forms(const char *forms)
{
    for (const char *p = forms; *p; p++)
        if (!(islower((unsigned char)*p) || *p == ',' || *p == '=' || *p == '\'' || *p == '-'))
            return 0;
    return *forms != '\0';
}

/* One line of a file; returns NULL when accepted or a reason. */
static const char *parse_line(ge_lexicon *lx, int kind, char *line)
{
    char *f[MAX_FIELDS];
    int nf = split_fields(line, f);
    lx_entry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.next = GE_NONE;
    if (nf < 1)
        return NULL;
    char norm[256];
    if (ge_text_normalize(f[0], strlen(f[0]), norm, sizeof norm) == 0)
        return "the phrase has no words";
    if (pool_add(lx, f[0], strlen(f[0]), &e.text) < 0)
        return "out of memory";
    switch (kind) {
    case LX_TRIGGER: {
        if (nf < 4)
            return "expected: PHRASE  TYPE  MODE  FORMS [FLAGS]";
        if (strcmp(f[1], "*") && !ge_plover_quad(f[1]))
            return "unknown PLOVER event type (AGREE ... ASSAULT, or *)";
        if (!valid_forms(f[3]))
            return "bad FORMS (v, n, =, =v, or irregular forms, comma separated)";
        ge_copy(e.type, sizeof e.type, f[1]);
        if (strcmp(f[2], "-"))
            ge_copy(e.mode, sizeof e.mode, f[2]);
        if (!strcmp(f[1], "*"))
            e.flags |= LXF_INHERIT;
        for (int i = 4; i < nf; i++) {
            char fl[64];
            ge_copy(fl, sizeof fl, f[i]);
            char *save = NULL;
            for (char *t = strtok_r(fl, ",", &save); t; t = strtok_r(NULL, ",", &save))
                if (!strcmp(t, "lc"))
                    e.flags |= LXF_LC;
                else if (!strcmp(t, "weak"))
                    e.flags |= LXF_WEAK;
                else if (!strcmp(t, "intr"))
                    e.flags |= LXF_INTR;
                else
                    return "unknown FLAG (lc, weak, intr)";
        }
        uint8_t keep = e.flags;
        if (add_trigger_forms(lx, f[0], f[3], &e) < 0)
            return "out of memory";
        e.flags = keep;
        return NULL;
    }
    case LX_AGENT: {
        if (nf < 2 || nf > 3)
            return "expected: PHRASE  SECTOR  [COUNTRY]";
        if (strcmp(f[1], "-") && !upper_code(f[1], 3))
            return "bad SECTOR (three capital letters, or -)";
        if (nf == 3 && strcmp(f[2], "-") && !upper_code(f[2], 3))
            return "bad COUNTRY (ISO 3166-1 alpha-3 or IGO-style code, or -)";
        if (strcmp(f[1], "-"))
            ge_copy(e.sector, sizeof e.sector, f[1]);
        if (nf == 3 && strcmp(f[2], "-"))
            ge_copy(e.code, sizeof e.code, f[2]);
        if (add_phrase(lx, f[0], &e) < 0)
            return "out of memory";
        char w[64], s[64], pl[256];
        word_at(f[0], -1, w, sizeof w);
        if (islower((unsigned char)w[0]) && w[strlen(w) - 1] != 's') {
            form_s(w, s, sizeof s);
            subst_word(f[0], -1, s, pl, sizeof pl);
            if (add_phrase(lx, pl, &e) < 0)
                return "out of memory";
        }
        return NULL;
    }
    case LX_MODIFIER: {
        if (nf != 2)
            return "expected: PHRASE  CLASS";
        int c = -1;
        for (int i = 0; i < MOD_NCLASSES; i++)
            if (!strcmp(f[1], mod_names[i]))
                c = i;
        if (c < 0)
            return "unknown CLASS (NEGATION HYPOTHETICAL PLANNED INTENT REVERSE DENIED DEMAND "
                   "REPORT DEAD INJURED QUALIFIER)";
        e.cls = (uint8_t)c;
        if (add_phrase(lx, f[0], &e) < 0)
            return "out of memory";
        return NULL;
    }
    case LX_LOCATIVE: {
        if (nf != 2)
            return "expected: PHRASE  WEIGHT";
        char *end;
        long w = strtol(f[1], &end, 10);
        if (*end || w < 1 || w > 9)
            return "WEIGHT must be 1..9";
        e.cls = (uint8_t)w;
        if (add_phrase(lx, f[0], &e) < 0)
            return "out of memory";
        return NULL;
    }
    default:
        if (nf != 1)
            return "expected: PHRASE";
        if (add_phrase(lx, f[0], &e) < 0)
            return "out of memory";
        return NULL;
    }
}

/* "FEATURE WEIGHT" (or "threshold X") of the event classifier. */
static const char *parse_model_line(ge_event_model *m, char *line)
{
    char *f[MAX_FIELDS];
    if (split_fields(line, f) != 2)
        return "expected: FEATURE  WEIGHT";
    char *end;
    double v = strtod(f[1], &end);
    if (*end || !isfinite(v))
        return "the weight is not a number";
    if (!ge_event_model_set(m, f[0], v))
        return "unknown feature of the event model";
    return NULL;
}

static ge_status load_file(ge_lexicon *lx, const char *path, const ge_diag *diag)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        ge_diag_report(diag, path, 0, "cannot open lexicon file");
        return GE_ERR_IO;
    }
    int kind = kind_from_path(path);
    char line[1024];
    long lineno = 0;
    ge_status st = GE_OK;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            ge_diag_report(diag, path, lineno, "line too long, skipped");
            int c;
            while ((c = fgetc(fp)) != EOF && c != '\n')
                ;
            continue;
        }
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        char *hash = strchr(p, '#');
        if (hash)
            *hash = '\0';
        len = strlen(p);
        while (len && isspace((unsigned char)p[len - 1]))
            p[--len] = '\0';
        if (!len)
            continue;
        if (p[0] == '[') {
            char *close = strchr(p, ']');
            int k = -1;
            if (close && close[1] == '\0') {
                *close = '\0';
                k = parse_kind(p + 1);
            }
            if (k < 0)
                ge_diag_report(diag, path, lineno,
                               "unknown section (use [triggers], [agents], [modifiers], "
                               "[locatives], [boilerplate] or [model])");
            kind = k;
            continue;
        }
        if (kind < 0) {
            ge_diag_report(diag, path, lineno, "line outside a known section, skipped");
            continue;
        }
        const char *why = kind == LX_MODEL ? parse_model_line(&lx->model, p)
                                           : parse_line(lx, kind, p);
        if (why) {
            ge_diag_report(diag, path, lineno, "%s; line skipped", why);
            if (!strcmp(why, "out of memory")) {
                st = GE_ERR_NOMEM;
                break;
            }
        }
    }
    fclose(fp);
    return st;
}

ge_status ge_lexicon_load(const char *const *paths, const ge_diag *diag, ge_lexicon **out)
{
    *out = NULL;
    if (!paths)
        return GE_ERR_ARG;
    ge_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx || rehash(lx, 1024) < 0) {
        free(lx);
        return GE_ERR_NOMEM;
    }
    size_t nfiles = 0, opened = 0;
    for (size_t i = 0; paths[i]; i++) {
        nfiles++;
        ge_status st = load_file(lx, paths[i], diag);
        if (st == GE_ERR_NOMEM) {
            ge_lexicon_free(lx);
            return st;
        }
        opened += st == GE_OK;
    }
    if (nfiles && !opened) {
        ge_lexicon_free(lx);
        return GE_ERR_IO;
    }
    *out = lx;
    return GE_OK;
}

void ge_lexicon_model_off(ge_lexicon *lx)
{
    lx->model.loaded = 0;
}

void ge_lexicon_free(ge_lexicon *lx)
{
    if (!lx)
        return;
    free(lx->v);
    free(lx->pool);
    free(lx->heads);
    free(lx);
}

/* ============================================================= matching */

typedef struct match {
    uint32_t b, e; /* tokens, end exclusive */
    const lx_entry *x;
} match;

typedef struct matches {
    match *v;
    size_t n, cap;
} matches;

static const char *tok_norm(const ge_text *t, uint32_t i, size_t *n)
{
    *n = t->tokens[i].norm_len;
    return t->norm + t->tokens[i].norm;
}

/* Does entry x match the tokens from i? Returns the token after it, or 0. */
static uint32_t entry_match(const ge_lexicon *lx, const lx_entry *x, const ge_text *t, uint32_t i,
                            uint32_t end)
{
    const char *k = lx->pool + x->key, *ke = k + x->keylen;
    uint32_t j = i;
    while (k < ke) {
        if (j >= end)
            return 0;
        const char *sp = memchr(k, ' ', (size_t)(ke - k));
        size_t wl = sp ? (size_t)(sp - k) : (size_t)(ke - k);
        size_t n;
        const char *w = tok_norm(t, j, &n);
        if (n != wl || memcmp(w, k, n))
            return 0;
        j++;
        k += wl + (sp ? 1 : 0);
    }
    /* a phrase does not continue a hyphenated compound: "anti-war" */
    return j;
}

/* All lexicon matches in tokens [b, e): for each start token and kind the
 * longest entry. */
static int find_matches(const ge_lexicon *lx, const ge_text *t, uint32_t b, uint32_t e,
                        matches *out)
{
    out->n = 0;
    for (uint32_t i = b; i < e; i++) {
        size_t n;
        const char *w = tok_norm(t, i, &n);
        if (!n)
            continue;
        const lx_entry *best[LX_NKINDS] = {0};
        uint32_t best_end[LX_NKINDS] = {0};
        for (uint32_t k = lx_first(lx, w, n); k != GE_NONE; k = lx->v[k].next) {
            const lx_entry *x = &lx->v[k];
            uint32_t j = entry_match(lx, x, t, i, e);
            if (j > best_end[x->kind]) {
                best_end[x->kind] = j;
                best[x->kind] = x;
            }
        }
        for (int kd = 0; kd < LX_NKINDS; kd++) {
            if (!best[kd])
                continue;
            if (GE_PUSH(out->v, out->cap, out->n) < 0)
                return -1;
            out->v[out->n++] = (match){i, best_end[kd], best[kd]};
        }
    }
    return 0;
}

/* =========================================================== extraction */

/* Everything known about the sentence being coded. */
typedef struct sent {
    const ge_lexicon *lx;
    const ge_gazetteer *g;
    const ge_text *t;
    const ge_mentions *m;
    uint32_t idx;      /* sentence index */
    uint32_t b, e;     /* tokens */
    size_t mb, me;     /* mentions of the sentence */
    matches mt;        /* lexicon matches, in start order */
    uint32_t maxlen;   /* longest match, in tokens */
    ge_date_phrase dates[8];
    size_t ndates;
} sent;

static int tok_is(const sent *s, uint32_t i, const char *w)
{
    if (i < s->b || i >= s->e)
        return 0;
    size_t n;
    const char *p = tok_norm(s->t, i, &n);
    return n == strlen(w) && !memcmp(p, w, n);
}

static int tok_in(const sent *s, uint32_t i, const char *const *ws)
{
    for (; *ws; ws++)
        if (tok_is(s, i, *ws))
            return 1;
    return 0;
}

static int is_word(const sent *s, uint32_t i)
{
    return i >= s->b && i < s->e && (s->t->tokens[i].flags & (GE_TOK_WORD | GE_TOK_NUMBER));
}

static int is_punct(const sent *s, uint32_t i)
{
    return i >= s->b && i < s->e && (s->t->tokens[i].flags & GE_TOK_PUNCT);
}

/* Match of kind covering token i (the longest), or NULL. */
/* Matches are in start order and no longer than s->maxlen tokens: the ones
 * that can touch token i start in [i - maxlen, i]. */
static size_t first_from(const sent *s, uint32_t i)
{
    uint32_t from = i > s->b + s->maxlen ? i - s->maxlen : s->b;
    size_t lo = 0, hi = s->mt.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->mt.v[mid].b < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Longest match of kind covering token i, or NULL. */
static const match *match_at(const sent *s, int kind, uint32_t i)
{
    const match *best = NULL;
    for (size_t k = first_from(s, i); k < s->mt.n && s->mt.v[k].b <= i; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == kind && i < x->e && (!best || x->e - x->b > best->e - best->b))
            best = x;
    }
    return best;
}

/* Match of kind ending exactly before token i (the longest). */
static const match *match_ending(const sent *s, int kind, uint32_t i)
{
    for (size_t k = first_from(s, i); k < s->mt.n && s->mt.v[k].b < i; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == kind && x->e == i)
            return x;
    }
    return NULL;
}

static const match *mod_ending(const sent *s, int cls, uint32_t i)
{
    for (size_t k = first_from(s, i); k < s->mt.n && s->mt.v[k].b < i; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == LX_MODIFIER && x->x->cls == cls && x->e == i)
            return x;
    }
    return NULL;
}

/* The mention covering token i (mentions are in text order, disjoint). */
static int mention_at(const sent *s, uint32_t i)
{
    size_t lo = s->mb, hi = s->me;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->m->v[mid].tok_begin <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > s->mb && s->m->v[lo - 1].tok_end > i)
        return (int)(lo - 1);
    return -1;
}

/* The first mention of the sentence ending after token i. */
static size_t mention_from(const sent *s, uint32_t i)
{
    size_t lo = s->mb, hi = s->me;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->m->v[mid].tok_end <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int in_date(const sent *s, uint32_t i)
{
    for (size_t k = 0; k < s->ndates && k < 8; k++)
        if (s->dates[k].tok_begin <= i && i < s->dates[k].tok_end)
            return 1;
    return 0;
}

/* Words skipped between a subject and its verb. */
static const char *const aux_words[] = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "must", "did", "do", "does", "also", "reportedly",
    "allegedly", "then", "later", "already", "still", "just", "recently", "again", "jointly",
    "subsequently", "apparently", "reported", "say", "said", "to", "not", "never", "n't", "first",
    "finally", "eventually", "immediately", "briefly", "repeatedly", "successfully", "partially",
    "fully", "nearly", "almost", "who", "that", "which", "largely", "mostly", "once", "now", NULL};

/* Words that end a noun phrase going left. */
static const char *const np_stops[] = {
    "that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before",
    "because", "since", "if", "as", "and", "or", "but", "said", "says", "according", "to",
    "in", "at", "on", "by", "with", "from", "for", "during", "into", "against", "than", "near",
    "over", "under", "between", "amid", "despite", "about", "also", "then", "reportedly",
    "there", "it", "this", "these", "those", "they", "we", "he", "she", "i", "you", "both",
    "them", "him", "us", "me", "her", "it", "of", NULL};

static const char *const determiners[] = {"the", "a", "an", "its", "their", "his", "her", "our",
                                          "this", "that", "these", "those", "some", "several",
                                          NULL};

/* Does token i end with suffix (normalized)? */
static int tok_norm_ends(const sent *s, uint32_t i, const char *suffix)
{
    size_t n, k = strlen(suffix);
    const char *p = tok_norm(s->t, i, &n);
    return n > k + 1 && !memcmp(p + n - k, suffix, k);
}

static int is_trigger_tok(const sent *s, uint32_t i)
{
    return match_at(s, LX_TRIGGER, i) != NULL;
}

/* A report-mode cue (negation, hedge, plan, denial, demand) at token i. */
static int cue_at(const sent *s, uint32_t i)
{
    const match *x = match_at(s, LX_MODIFIER, i);
    return x && x->x->cls <= MOD_DEMAND;
}

/* Noun phrase ending before token i (going left). */
static void np_left(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe)
{
    uint32_t e = i;
    while (e > s->b && mention_at(s, e - 1) < 0 &&
           (tok_in(s, e - 1, aux_words) || in_date(s, e - 1) || cue_at(s, e - 1)))
        e--;
    uint32_t b = e;
    while (b > s->b && e - b < 8) {
        uint32_t j = b - 1;
        if (!is_word(s, j) || in_date(s, j))
            break;
        if (mention_at(s, j) < 0 && !(s->t->tokens[j].flags & GE_TOK_UPPER) &&
            (tok_in(s, j, np_stops) || is_trigger_tok(s, j)))
            break;
        b = j;
    }
    while (b < e && tok_in(s, b, determiners))
        b++;
    *ob = b;
    *oe = e;
}

/* Prepositions that a recipient may start with after the trigger. */
static const char *const recip_preps[] = {"with", "on", "against", "upon", "at", NULL};

/* Noun phrase starting at or after token i (going right). */
static void np_right(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe)
{
    uint32_t b = i;
    if (tok_in(s, b, recip_preps))
        b++;
    while (b < s->e && tok_in(s, b, determiners))
        b++;
    uint32_t e = b;
    while (e < s->e && e - b < 6) {
        if (!is_word(s, e) || in_date(s, e))
            break;
        if (mention_at(s, e) < 0 &&
            ((tok_in(s, e, np_stops) && !tok_is(s, e, "of")) || is_trigger_tok(s, e) ||
             match_at(s, LX_LOCATIVE, e)))
            break;
        e++;
    }
    *ob = b;
    *oe = e;
}

/* Does [b, e) name someone: an agent word, a place or a capitalised name? */
static int names_someone(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t j = b; j < e; j++) {
        if (mention_at(s, j) >= 0 || match_at(s, LX_AGENT, j))
            return 1;
        uint32_t f = s->t->tokens[j].flags;
        if ((f & GE_TOK_CAP) && !(f & (GE_TOK_SENT_START | GE_TOK_LINE_START)) && j != s->b)
            return 1;
    }
    return 0;
}

/* Country (alpha-3) and sector of the tokens [b, e). */
static void code_actor(const sent *s, uint32_t b, uint32_t e, ge_actor *a)
{
    memset(a, 0, sizeof *a);
    if (b >= e || !names_someone(s, b, e))
        return;
    a->start = s->t->tokens[b].start;
    a->end = s->t->tokens[e - 1].end;
    for (size_t k = first_from(s, b); k < s->mt.n && s->mt.v[k].b < e; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_AGENT || x->b < b || x->e > e)
            continue;
        if (x->x->sector[0])
            ge_copy(a->sector, sizeof a->sector, x->x->sector);
        if (x->x->code[0] && !a->code[0])
            ge_copy(a->code, sizeof a->code, x->x->code);
    }
    if (a->code[0] || !s->g)
        return;
    for (size_t k = mention_from(s, b); k < s->me && s->m->v[k].tok_begin < e; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->tok_begin < b || mm->tok_end > e || mm->place == GE_NONE)
            continue;
        const ge_place *p = ge_gazetteer_place(s->g, mm->place);
        const char *a3 = p ? ge_gazetteer_alpha3(s->g, p->country) : NULL;
        if (a3) {
            ge_copy(a->code, sizeof a->code, a3);
            break;
        }
    }
}

/* ------------------------------------------------------- report mode */

/* The cues found before a trigger. */
typedef struct cues {
    int neg, intent;
    uint32_t reverse_b; /* first token of a REVERSE cue right before, or UINT32_MAX */
} cues;

static void report_mode(const sent *s, uint32_t tb, int noun, ge_event *ev, cues *c)
{
    uint32_t lo = tb > s->b + 8 ? tb - 8 : s->b;
    ev->negated = 0;
    ev->report_mode = GE_REPORT_ASSERTED;
    memset(c, 0, sizeof *c);
    c->reverse_b = GE_NONE;
    for (uint32_t j = tb; j-- > lo;) {
        if (is_punct(s, j) && (tok_is(s, j, ";") || tok_is(s, j, ":") || tok_is(s, j, ".")))
            break;
        const match *x = match_at(s, LX_MODIFIER, j);
        if (!x)
            continue;
        int near = tb - x->e <= 3;
        switch (x->x->cls) {
        case MOD_NEG:
            if (near || (noun && tb - x->e <= 2))
                ev->negated = c->neg = 1;
            break;
        case MOD_DENY:
            if (ev->report_mode == GE_REPORT_ASSERTED)
                ev->report_mode = GE_REPORT_DENIED;
            break;
        case MOD_HYPO:
            if (ev->report_mode == GE_REPORT_ASSERTED || ev->report_mode == GE_REPORT_PLANNED)
                ev->report_mode = GE_REPORT_HYPOTHETICAL;
            break;
        case MOD_PLAN:
        case MOD_INTENT:
            if (ev->report_mode == GE_REPORT_ASSERTED && tb - x->e <= 4) {
                ev->report_mode = GE_REPORT_PLANNED;
                c->intent |= x->x->cls == MOD_INTENT;
            }
            break;
        case MOD_DEMAND: /* asked for, not done: "Iran should cease its backing" */
            if (tb - x->e <= 4)
                ev->report_mode = GE_REPORT_HYPOTHETICAL;
            break;
        case MOD_REVERSE:
            if (tb - x->e <= 3 && c->reverse_b == GE_NONE)
                c->reverse_b = x->b;
            break;
        default:
            break;
        }
        j = x->b; /* skip the rest of the cue */
    }
}

/* THREATEN mode for a threatened material action. */
static const char *threat_mode(const ge_event *ev)
{
    if (!strcmp(ev->event_type, "COERCE"))
        return !strcmp(ev->mode, "arrest") ? "arrest" : !strcmp(ev->mode, "ban") ? "ban"
                                                                                 : "restrict";
    if (!strcmp(ev->event_type, "SANCTION"))
        return !strcmp(ev->mode, "expel") ? "expel" : "relations";
    if (!strcmp(ev->event_type, "PROTEST"))
        return "restrict";
    return "violence";
}

static void set_type(ge_event *ev, const char *type, const char *mode)
{
    ge_copy(ev->event_type, sizeof ev->event_type, type);
    ge_copy(ev->mode, sizeof ev->mode, mode);
    ev->quad_code = ge_plover_quad(type);
}

/* PLOVER codes what is said about an action, not only the action: a
 * promised cooperation is AGREE, a promised blow THREATEN, a refused
 * cooperation REJECT, ending cooperation SANCTION, ending a sanction or
 * a blockade CONCEDE; civilians blocking a road PROTEST. */
static void recode(const sent *s, const cues *c, ge_event *ev)
{
    int q = ev->quad_code;
    if (c->reverse_b != GE_NONE && ev->report_mode != GE_REPORT_HYPOTHETICAL) {
        ev->trigger_start = s->t->tokens[c->reverse_b].start;
        if (q == 1 || q == 2)
            set_type(ev, "SANCTION", "discontinue");
        else
            set_type(ev, "CONCEDE", "");
        return;
    }
    if (c->neg && (q == 1 || q == 2 || !strcmp(ev->event_type, "REQUEST"))) {
        const char *mode = !strcmp(ev->event_type, "CONSULT") ? "meet"
                           : !strcmp(ev->event_type, "AID") ? "assist"
                           : !strcmp(ev->mode, "release") ? "yield"
                           : !strcmp(ev->mode, "resign") ? "change" : "";
        set_type(ev, "REJECT", mode);
        ev->negated = 0;
        return;
    }
    if (c->intent && ev->report_mode == GE_REPORT_PLANNED && !c->neg) {
        if ((q == 1 || q == 2) && strcmp(ev->event_type, "AGREE"))
            set_type(ev, "AGREE", "");
        else if (q == 4)
            set_type(ev, "THREATEN", threat_mode(ev));
        return;
    }
    static const char *const civil[] = {"CVL", "LAB", "OPP", "EDU", "AGR", "REF", NULL};
    if (!strcmp(ev->event_type, "COERCE") && !strcmp(ev->mode, "restrict"))
        for (int i = 0; civil[i]; i++)
            if (!strcmp(ev->actor.sector, civil[i]))
                set_type(ev, "PROTEST", "obstruct");
}

/* ---------------------------------------------------------- the place */

/* Is the mention followed by a possessive 's ("Yemen's")? */
static int possessive(const sent *s, const ge_mention *mm)
{
    const char *after = s->t->s + mm->end;
    size_t left = s->t->len - mm->end;
    return (left >= 2 && after[0] == '\'' && (after[1] == 's' || after[1] == 'S')) ||
           (left >= 4 && !memcmp(after, "\xe2\x80\x99s", 4)) ||
           (mm->end - mm->start >= 2 && s->t->s[mm->end - 2] == '\'' && s->t->s[mm->end - 1] == 's');
}

/* Month and day names (dates are only parsed with a publication date). */
static const char *const calendar[] = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "ramadan", "christmas", "easter", NULL};

/* Religious adjectives, capitalised but no names of places: "a Shiite
 * Muslim mosque", "the Catholic church". */
static const char *const faith_words[] = {
        "shiite", "shia",  "sunni",    "muslim", "catholic", "protestant", "orthodox",
        "hindu",  "buddhist", "sikh", "islamic", "christian", "jewish",   "coptic",
        "evangelical", "anglican", NULL};

/* Nouns that head a place: "the Ghat area", "Erbil airport". */
static const char *const place_nouns[] = {
        "area", "areas", "region", "district", "province", "city", "town", "village", "camp",
        "border", "airport", "port", "base", "neighborhood", "neighbourhood", "countryside",
        "outskirts", "suburb", "suburbs", "state", "county", "valley", "coast", "market",
        "square", "street", "road", "highway", "crossing", "governorate", "municipality",
        "township", "quarter", "mountains", "hills", "river", "island", "islands", "zone",
        "front", "airbase", "checkpoint", "station", "bridge", "prison", "capital", "embassy",
    "towns", "villages", "cities", "streets", "farms", "frontier", "territory", "waters",
    "airspace", "soil", "installations", "facility", "facilities", "heartland", "provinces",
    "districts", "regions", "borders", "hospital", "school", "university", "mosque", "church",
    "hill", "mountain", "junction", "roundabout", "park", "stadium", "hotel", "compound",
    "refinery", "dam", "lake", "canal", "plain", "plateau", "peninsula", "bay", "gulf", "sea",
    "desert", "forest", "barracks", "garrison", "sector", "corridor", "pass", NULL};

/* Locative weight of a mention: a locative phrase before it (through a few
 * modifier words: "in the southern countryside of"), or, for material
 * events, the object right after the trigger ("captured Palmyra"). A
 * place given as a distance reference ("70 km north of Baghdad") is not
 * the event's place. *loc_b gets the first token of the locative. */
static int locative_weight(const sent *s, const ge_mention *mm, uint32_t te, int objects,
                           uint32_t *loc_b)
{
    uint32_t j = mm->tok_begin;
    int of_place = 0;
    *loc_b = j;
    for (int skip = 0; skip <= 7 && j > s->b; skip++) {
        const match *x = match_ending(s, LX_LOCATIVE, j);
        if (x) {
            *loc_b = x->b;
            if (x->e - x->b >= 2 && tok_is(s, x->e - 1, "of")) {
                for (uint32_t k = x->b; k > s->b && x->b - k < 3; k--)
                    if (tok_in(s, k - 1, (const char *const[]){"km", "kms", "kilometers",
                                                               "kilometres", "miles", "mi",
                                                               "meters", "metres", NULL}))
                        return -1;
            }
            return x->x->cls;
        }
        if (j > s->b + 1 && tok_is(s, j - 1, "between") &&
            (tok_in(s, j - 2, place_nouns) ||
             tok_in(s, j - 2, (const char *const[]){"zone", "line", "corridor", "frontline",
                                                    "junction", NULL}))) {
            *loc_b = j - 1;
            return 2; /* "the crossing between Israel and the Gaza Strip" */
        }
        if (objects && (j == te || (j == te + 2 && tok_is(s, te, "and") && is_word(s, te + 1) &&
                                    !(s->t->tokens[te + 1].flags & GE_TOK_CAP) &&
                                    tok_norm_ends(s, te + 1, "ed"))))
            return 4; /* the object of a material act is its own place ("captured and
                         annexed X" too) */
        uint32_t p = j - 1;
        if (tok_is(s, p, ",") && p > s->b && tok_in(s, p - 1, place_nouns)) {
            j = p; /* "in the capital, Harare" */
            continue;
        }
        if (tok_is(s, p, "s") && p > s->b + 1 && is_punct(s, p - 1) && mention_at(s, p - 2) >= 0) {
            j = p - 1; /* the "'s" of "Iraq's" */
            continue;
        }
        if (is_punct(s, p) && p > s->b && tok_is(s, p + 1, "s") && mention_at(s, p - 1) >= 0) {
            j = p;
            continue;
        }
        if (!is_word(s, p) || is_trigger_tok(s, p))
            break;
        int mp = mention_at(s, p);
        if (mp >= 0 && s->m->v[mp].kind != GE_KIND_DEMONYM) {
            /* through a container: "in Iraq's northern city of Kirkuk",
             * "in the West Bank city of Nablus" */
            if (possessive(s, &s->m->v[mp]) || of_place) {
                j = s->m->v[mp].tok_begin;
                continue;
            }
            break;
        }
        if (tok_in(s, p, np_stops) && !tok_is(s, p, "of"))
            break;
        if (tok_is(s, p, "of") && p > s->b && tok_in(s, p - 1, place_nouns))
            of_place = 1;
        j = p;
    }
    return 0;
}

typedef struct place_choice {
    int mention;
    const char *reason;
    float score;
} place_choice;

static int inside(const sent *s, const ge_mention *mm, const ge_actor *a)
{
    return a->start < a->end && s->t->tokens[mm->tok_begin].start >= a->start &&
           s->t->tokens[mm->tok_end - 1].end <= a->end;
}

/* Is the mention inside an organisation name from the agents lexicon
 * ("Free Syrian Army") or an attribution ("according to a source in X,")? */
static int not_a_scene(const sent *s, const ge_mention *mm)
{
    const match *x = match_at(s, LX_AGENT, mm->tok_begin);
    if (x && mm->tok_end <= x->e &&
        (x->e - x->b >= 2 || isupper((unsigned char)s->lx->pool[x->x->text])))
        return 1;
    for (uint32_t j = mm->tok_begin; j > s->b && mm->tok_begin - j < 25; j--) {
        if (is_punct(s, j - 1) && !tok_is(s, j - 1, "-"))
            return 0;
        if (tok_is(s, j - 1, "according") && tok_is(s, j, "to"))
            return 1;
    }
    return 0;
}

/* Is the mention a possessor followed by a place it contains ("Yemen's
 * Maarib province", "India's state of Assam")? */
static int possessor(const sent *s, size_t k)
{
    const ge_mention *mm = &s->m->v[k];
    if (!possessive(s, mm))
        return 0;
    for (size_t q = k + 1; q < s->me; q++)
        if (s->m->v[q].place != GE_NONE && s->m->v[q].tok_begin <= mm->tok_end + 6)
            return 1;
    return 0;
}


static int is_country(const sent *s, const ge_mention *mm)
{
    const ge_place *p = s->g ? ge_gazetteer_place(s->g, mm->place) : NULL;
    return p && p->level <= GE_LEVEL_COUNTRY;
}

/* Is the mention a modifier of a following noun ("US interests", "the US
 * base")? With strong locatives ("in", "at") a city before a place noun
 * is the place ("in the Baghdad district"), a country is not. */
static int modifier_of_noun(const sent *s, const ge_mention *mm, int strong)
{
    uint32_t n = mm->tok_end;
    if (n >= s->e || !(s->t->tokens[n].flags & GE_TOK_WORD))
        return 0;
    if (match_at(s, LX_AGENT, n) && is_country(s, mm))
        return 1; /* "the U.S. Army helicopter", "Iraqi police" */
    if (s->t->tokens[n].flags & GE_TOK_CAP) {
        /* a country before a name and a noun: "a U.S. Chinook helicopter" */
        if (!is_country(s, mm))
            return 0;
        uint32_t j = n;
        while (j < s->e && j - n < 4 &&
               ((s->t->tokens[j].flags & GE_TOK_CAP) ||
                (j > n && (s->t->tokens[j].flags & GE_TOK_HYPHEN_BEFORE))) &&
               (s->t->tokens[j].flags & (GE_TOK_WORD | GE_TOK_NUMBER)) && !in_date(s, j) &&
               !match_at(s, LX_AGENT, j) && !is_trigger_tok(s, j))
            j++;
        return j > n && j < s->e && (s->t->tokens[j].flags & GE_TOK_WORD) &&
               !(s->t->tokens[j].flags & GE_TOK_CAP) && !tok_in(s, j, np_stops) &&
               !is_trigger_tok(s, j) && !match_at(s, LX_LOCATIVE, j) &&
               !match_at(s, LX_MODIFIER, j) && !in_date(s, j);
    }
    if (tok_in(s, n, np_stops) || is_trigger_tok(s, n) || match_at(s, LX_LOCATIVE, n) ||
        match_at(s, LX_MODIFIER, n))
        return 0;
    if (tok_in(s, n, place_nouns))
        return is_country(s, mm) &&
               tok_in(s, n, (const char *const[]){"base", "airbase", "embassy", NULL});
    /* an adverb or a time word is not a head noun: "in Ivory Coast earlier this week" */
    if (tok_norm_ends(s, n, "ly") ||
        tok_in(s, n, (const char *const[]){"earlier", "later", "last", "next", "yesterday",
                                           "today", "tonight", "overnight", "early", "late",
                                           "ago", "each", "every", "again", "too", "alone",
                                           "itself", "instead", "now", "soon", NULL}))
        return 0;
    (void)strong; /* a town before a noun is still where it happened: "a Baghdad restaurant" */
    return is_country(s, mm);
}

/* Is the mention a container named before the place it holds: "the West
 * Bank city of Nablus", "the Harare township of Highfield"? */
static int container_of_next(const sent *s, size_t k)
{
    const ge_mention *mm = &s->m->v[k];
    uint32_t j = mm->tok_end;
    for (int n = 0; n < 3 && j < s->e && !tok_is(s, j, "of"); n++, j++)
        if (!tok_in(s, j, place_nouns) && !(s->t->tokens[j].flags & GE_TOK_WORD))
            return 0;
    if (!tok_is(s, j, "of") || j == mm->tok_end)
        return 0;
    for (size_t q = k + 1; q < s->me; q++)
        if (s->m->v[q].tok_begin == j + 1 || (s->m->v[q].tok_begin == j + 2 && tok_is(s, j + 1, "the")))
            return s->m->v[q].place != GE_NONE;
    return 0;
}

/* "to" + a verb between the trigger and a later mention. */
static int other_verb_between(const sent *s, uint32_t te, const ge_mention *mm)
{
    static const char *const nouns[] = {"death", "hospital", "safety", "power", "court",
                                        "prison", "jail", "school", "work", "trial", "ground",
                                        NULL};
    for (uint32_t j = te; j + 1 < mm->tok_begin; j++)
        if (tok_is(s, j, "to") && (s->t->tokens[j + 1].flags & GE_TOK_WORD) &&
            !tok_in(s, j + 1, nouns) &&
            !(s->t->tokens[j + 1].flags & GE_TOK_CAP) && !tok_in(s, j + 1, determiners) &&
            !match_at(s, LX_LOCATIVE, j + 1) && mention_at(s, j + 1) < 0 && !is_trigger_tok(s, j + 1))
            return 1;
    return 0;
}

static int verb_form_as_noun(const sent *s, const match *tm);

/* A statement about the event between it and a later mention: the place
 * is where that was said ("the attack was condemned in Paris"). */
static int verbal_event_between(const sent *s, uint32_t te, const ge_mention *mm)
{
    for (uint32_t j = te; j < mm->tok_begin; j++) {
        const match *x = match_at(s, LX_TRIGGER, j);
        if (x && (x->x->flags & LXF_VERB) && !(x->x->flags & (LXF_INHERIT | LXF_WEAK)) &&
            !verb_form_as_noun(s, x)) {
            int q = ge_plover_quad(x->x->type);
            if (q == 1 || q == 3)
                return 1;
        }
    }
    return 0;
}

/* A word opening another clause between tokens [b, e): "bombed ... while
 * in neighbouring Iraq, saboteurs ...". */
static int clause_word(const sent *s, uint32_t b, uint32_t e)
{
    static const char *const words[] = {"while", "whereas", "but", "although", "meanwhile",
                                        ";", NULL};
    for (uint32_t j = b; j < e; j++)
        if (tok_in(s, j, words))
            return 1;
    return 0;
}

/* Punctuation or a clause word between tokens [b, e). */
static int clause_break(const sent *s, uint32_t b, uint32_t e)
{
    static const char *const words[] = {"said", "says", "while", "after", "before", "when",
                                        "which", "who", "but", "where", NULL};
    for (uint32_t j = b; j < e; j++)
        if ((is_punct(s, j) && !tok_is(s, j, "-") && !tok_is(s, j, "'")) || tok_in(s, j, words))
            return 1;
    return 0;
}

/* A place mention soon after the trigger in the same clause. */
static int near_after(const sent *s, const ge_mention *mm, uint32_t te)
{
    if (mm->tok_begin < te || mm->tok_begin - te > 10)
        return 0;
    for (uint32_t j = te; j < mm->tok_begin; j++)
        if ((is_punct(s, j) && !tok_is(s, j, "-")) || tok_in(s, j, np_stops))
            if (!tok_is(s, j, "of"))
                return 0;
    return 1;
}

/* Part of a longer hyphenated name the gazetteer does not hold: "Al" in
 * "Al-Sham", "Tal" in "Tal-Abyad". */
static int fragment(const sent *s, const ge_mention *mm)
{
    uint32_t n = mm->tok_end;
    if (n < s->e && (s->t->tokens[n].flags & GE_TOK_HYPHEN_BEFORE) &&
        (s->t->tokens[n].flags & GE_TOK_CAP) && mention_at(s, n) < 0)
        return 1;
    uint32_t b = mm->tok_begin;
    /* the Arabic article is part of the name: "Al-Qarassi" is Qarassi */
    static const char *const article[] = {"al", "el", "ad", "ar", "as", "an", "at", "ash", "az",
                                          "ath", "ed", "er", "es", "et", "ul", NULL};
    if ((s->t->tokens[b].flags & GE_TOK_HYPHEN_BEFORE) && b > s->b &&
        (s->t->tokens[b - 1].flags & GE_TOK_CAP) && mention_at(s, b - 1) < 0 &&
        !tok_in(s, b - 1, article))
        return 1;
    return 0;
}

/* A mention at token i that is a whole name (not "Al" of "Al-Qarassi"). */
static int known_at(const sent *s, uint32_t i)
{
    int mp = mention_at(s, i);
    return mp >= 0 && !fragment(s, &s->m->v[mp]);
}

/* A locative ("in", "at", "near", "in the village of") at token j whose
 * object is a capitalised name the gazetteer does not resolve: "in Bayaa,
 * a neighborhood in western Baghdad", "at the Nyanya Motor Park in Abuja".
 * Dates, demonyms, agents and sentence starts are not such names. */
static int unknown_locative_at(const sent *s, uint32_t j)
{
    const match *x = match_at(s, LX_LOCATIVE, j);
    if (!x || x->b != j || x->x->cls < 2 || tok_is(s, j, "into") ||
        tok_is(s, j, "over") || tok_is(s, j, "across") || tok_is(s, j, "through") ||
        tok_is(s, j, "around") || tok_is(s, j, "along"))
        return 0;
    uint32_t k = x->e;
    for (int n = 0; n < 3 && k < s->e && is_word(s, k) &&
                    !(s->t->tokens[k].flags & GE_TOK_CAP) && !(s->t->tokens[k].flags & GE_TOK_NUMBER) &&
                    (tok_in(s, k, determiners) || !tok_in(s, k, np_stops)) &&
                    !is_trigger_tok(s, k);
         n++)
        k++;
    if (k >= s->e || !is_word(s, k) || !(s->t->tokens[k].flags & GE_TOK_CAP) ||
        (s->t->tokens[k].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START | GE_TOK_UPPER)) ||
        in_date(s, k) || match_at(s, LX_AGENT, k) || is_trigger_tok(s, k))
        return 0;
    if (k > x->e && !tok_in(s, k - 1, determiners) && !(s->t->tokens[k - 1].flags & GE_TOK_WORD))
        return 0;
    if (tok_in(s, k, calendar) ||
        tok_in(s, k, faith_words))
        return 0;
    if (known_at(s, k))
        return 0; /* a known place, or a demonym ("in Iraqi custody") */
    size_t wn;
    const char *w = tok_norm(s->t, k, &wn);
    if ((wn > 4 && (!memcmp(w + wn - 3, "ish", 3) || !memcmp(w + wn - 3, "ese", 3) ||
                    !memcmp(w + wn - 3, "ian", 3) || !memcmp(w + wn - 3, "ern", 3))))
        return 0; /* an adjective: "a Jewish neighborhood", "the Togolese capital" */
    /* a name of two words or more whose next word is a place noun, or a
     * single word followed by a place noun, a comma or another locative */
    uint32_t e = k;
    while (e < s->e && (s->t->tokens[e].flags & GE_TOK_CAP) && !known_at(s, e) &&
           !in_date(s, e) && e - k < 5)
        e++;
    if (e < s->e && (known_at(s, e) || tok_is(s, e, "'") || tok_is(s, e, "s")))
        return 0; /* part of a longer known name, or a possessive ("Assad's") */
    if (e < s->e && tok_in(s, e, place_nouns) && tok_is(s, e + 1, "of") && mention_at(s, e + 2) >= 0)
        return 0; /* "the Philippine city of Davao" */
    return e == s->e || tok_in(s, e, place_nouns) || is_punct(s, e) ||
           match_at(s, LX_LOCATIVE, e) != NULL;
}

/* Token k starts a capitalised name that is no known place, date, agent
 * or event word; *end gets the token after it (at most 5 words). */
static int unknown_name_at(const sent *s, uint32_t k, uint32_t *end)
{
    if (k >= s->e || !is_word(s, k) || !(s->t->tokens[k].flags & GE_TOK_CAP) ||
        (s->t->tokens[k].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) || in_date(s, k) ||
        match_at(s, LX_AGENT, k) || is_trigger_tok(s, k) || known_at(s, k) ||
        tok_in(s, k, faith_words))
        return 0; /* a religious adjective: "a Shiite Muslim mosque" */
    uint32_t e = k;
    while (e < s->e && (s->t->tokens[e].flags & GE_TOK_CAP) && !known_at(s, e) &&
           !in_date(s, e) && e - k < 5)
        e++;
    if (e < s->e && (known_at(s, e) || tok_is(s, e, "'") || tok_is(s, e, "s")))
        return 0;
    if (e + 2 < s->e && tok_in(s, e, place_nouns) && tok_is(s, e + 1, "of") &&
        mention_at(s, e + 2) >= 0)
        return 0; /* an adjective: "the Muslim village of Bihac" */
    *end = e;
    return 1;
}

/* Lower-case modifiers from token j ("the strategic", "a small"), at most n. */
static uint32_t skip_modifiers(const sent *s, uint32_t j, int n)
{
    while (n-- > 0 && j < s->e && is_word(s, j) && !(s->t->tokens[j].flags & GE_TOK_CAP) &&
           !(s->t->tokens[j].flags & GE_TOK_NUMBER) && !tok_in(s, j, place_nouns) &&
           (tok_in(s, j, determiners) || !tok_in(s, j, np_stops)) && !is_trigger_tok(s, j) &&
           !match_at(s, LX_LOCATIVE, j))
        j++;
    return j;
}

/* "the Harare township of Highfield", "Istanbul's Bayrampasa prison":
 * the known mention only names the container of an unknown place. */
static int container_of_unknown(const sent *s, const ge_mention *mm)
{
    uint32_t j = mm->tok_end, e;
    int poss = possessive(s, mm);
    while (j < s->e && j < mm->tok_end + 2 && (tok_is(s, j, "'") || tok_is(s, j, "s") ||
                                              (is_punct(s, j) && tok_is(s, j + 1, "s"))))
        j++;
    j = skip_modifiers(s, j, 3);
    if (j + 2 < s->e && tok_in(s, j, place_nouns) && tok_is(s, j + 1, "of") &&
        unknown_name_at(s, j + 2, &e))
        return 1;
    if (j + 3 < s->e && tok_in(s, j + 1, place_nouns) && tok_in(s, j, place_nouns) &&
        tok_is(s, j + 2, "of") && unknown_name_at(s, j + 3, &e))
        return 1; /* "the Somali port city of Baraawe" */
    return poss && unknown_name_at(s, j, &e) && e < s->e && tok_in(s, e, place_nouns);
}

/* The object of a material act is a place we cannot resolve: "invaded
 * Maitsaba village", "targeting the key village of Deir Khabiyeh",
 * "invaded Gidan Sule, a small village". */
static int unknown_object(const sent *s, uint32_t te)
{
    uint32_t j = skip_modifiers(s, te, 4), e;
    int of_noun = 0;
    if (j + 1 < s->e && tok_in(s, j, place_nouns) && tok_is(s, j + 1, "of")) {
        j += 2;
        of_noun = 1;
    }
    if (!unknown_name_at(s, j, &e))
        return 0;
    if (of_noun || (e < s->e && tok_in(s, e, place_nouns)) || (e > j + 1 && tok_in(s, e - 1, place_nouns)))
        return 1; /* "Maitsaba village", "the Al-Ramouseh District" */
    if (e + 1 < s->e && tok_is(s, e, ",")) {
        uint32_t k = skip_modifiers(s, e + 1, 3);
        return k > e + 1 && k < s->e && tok_in(s, k, place_nouns);
    }
    return 0;
}

/* Is the event's place an unresolved name, given before the chosen mention
 * (between the trigger and it), or right after the chosen container
 * ("in Baghdad's mainly Shiite neighborhood of Kamaliya")? */
static int unknown_place_first(const sent *s, uint32_t tb, uint32_t te, const ge_mention *mm)
{
    uint32_t from, to;
    if (mm->tok_begin >= te) {
        from = te;
        to = mm->tok_begin;
    } else {
        from = mm->tok_end;
        to = tb;
    }
    if (to - from > 30)
        to = from + 30;
    for (uint32_t j = from; j < to; j++)
        if (unknown_locative_at(s, j))
            return 1;
    if (possessive(s, mm)) {
        for (uint32_t j = mm->tok_end, n = 0; j < s->e && n < 8; j++, n++) {
            if (mention_at(s, j) >= 0 || is_trigger_tok(s, j))
                break;
            if (tok_is(s, j, "of") && j + 1 < s->e && (s->t->tokens[j + 1].flags & GE_TOK_CAP) &&
                mention_at(s, j + 1) < 0 && !in_date(s, j + 1))
                return 1;
        }
    }
    return container_of_unknown(s, mm);
}

/* A place followed by a capitalised word that is no place, date or place
 * noun is the start of a longer name: "the 1967 Middle East War", "the
 * Singapore Open", "the Kurdistan Democratic Party". */
static int part_of_name(const sent *s, const ge_mention *mm)
{
    uint32_t n = mm->tok_end;
    if (n >= s->e || !(s->t->tokens[n].flags & GE_TOK_WORD) ||
        !(s->t->tokens[n].flags & GE_TOK_CAP) || (s->t->tokens[n].flags & GE_TOK_UPPER) ||
        (s->t->tokens[n].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) || possessive(s, mm))
        return 0;
    if (mention_at(s, n) >= 0 || in_date(s, n) || tok_in(s, n, calendar) ||
        match_at(s, LX_LOCATIVE, n))
        return 0;
    /* the name goes on to an organisation or an event: an agent word ("South
     * Lebanon Army") or a name head ("Middle East War", "Singapore Open");
     * "Aleppo Thermal Power Plant" or "Ain Arab" are still places */
    static const char *const heads[] = {
            "war",     "open",    "cup",       "games",   "championship", "championships",
            "summit",  "prize",   "award",     "festival", "times",       "post",
            "news",    "daily",   "airlines",  "airways", "party",        "front",
            "movement", "council", "committee", "company", "corporation", "bank",
            "league",  "club",    "union",     "federation", "association", "institute",
            "foundation", "agency", "group",   "tribune", "herald",       "journal", NULL};
    for (uint32_t j = n; j < s->e && j < n + 4; j++) {
        if (!(s->t->tokens[j].flags & GE_TOK_WORD) || !(s->t->tokens[j].flags & GE_TOK_CAP))
            break;
        if (tok_in(s, j, place_nouns))
            return 0; /* "Alexandria University", "Erbil Airport" */
        if (match_at(s, LX_AGENT, j) || tok_in(s, j, heads))
            return 1;
    }
    return 0;
}

/* "against Turkey's environment minister", "Iraq's 55 most wanted": a
 * possessive place owning a person or thing, not where the event was. */
static int owner_of_thing(const sent *s, const ge_mention *mm)
{
    if (!possessive(s, mm))
        return 0;
    uint32_t j = mm->tok_end;
    while (j < s->e && j < mm->tok_end + 2 && (tok_is(s, j, "'") || tok_is(s, j, "s") ||
                                              (is_punct(s, j) && tok_is(s, j + 1, "s"))))
        j++;
    if (j < s->e && (s->t->tokens[j].flags & GE_TOK_NUMBER))
        return 1;
    j = skip_modifiers(s, j, 3);
    if (j >= s->e || !is_word(s, j) || (s->t->tokens[j].flags & GE_TOK_CAP) ||
        tok_in(s, j, place_nouns) || mention_at(s, j) >= 0)
        return 0;
    /* the head is the last of a run of lower-case words: "environment minister" */
    uint32_t h = j;
    while (h + 1 < s->e && is_word(s, h + 1) && !(s->t->tokens[h + 1].flags & GE_TOK_CAP) &&
           !tok_in(s, h + 1, np_stops) && !is_trigger_tok(s, h + 1) && h - j < 3)
        h++;
    return !tok_in(s, h, place_nouns) && !tok_in(s, j, place_nouns);
}

#define PLACE_WINDOW 40

static place_choice choose_place(const sent *s, uint32_t tb, uint32_t te, const ge_event *ev)
{
    place_choice c = {-1, NULL, -1e9f};
    int objects = ev->quad_code == 2 || ev->quad_code == 4 || !strcmp(ev->mode, "visit");
    int motion = !strcmp(ev->event_type, "MOBILIZE") || !strcmp(ev->event_type, "RETREAT") ||
                 !strcmp(ev->event_type, "CONSULT") || !strcmp(ev->event_type, "AID");
    /* places within PLACE_WINDOW tokens of the trigger */
    uint32_t lo = tb > s->b + PLACE_WINDOW ? tb - PLACE_WINDOW : s->b;
    for (size_t k = mention_from(s, lo); k < s->me && s->m->v[k].tok_begin <= te + PLACE_WINDOW; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->place == GE_NONE || mm->kind == GE_KIND_DEMONYM)
            continue;
        if (mm->tok_begin < te && mm->tok_end > tb)
            continue;
        if (not_a_scene(s, mm))
            continue;
        uint32_t lb;
        int loc = locative_weight(s, mm, te, objects, &lb);
        if (loc > 0 && (tok_is(s, lb, "from") ||
                        ((tok_is(s, lb, "to") || tok_is(s, lb, "toward") ||
                          tok_is(s, lb, "towards")) && !motion)))
            loc = 0; /* an origin ("fighters from Homs"), or a goal of something else than
                        a movement ("shipped him off to Japan") */
        if (mm->kind == GE_KIND_METONYM && loc < 3)
            continue;
        if (loc <= 0 && objects && inside(s, mm, &ev->recipient) &&
            ev->recipient.end <= s->t->tokens[tb].start && !modifier_of_noun(s, mm, 0))
            loc = 1; /* the subject of a passive: "Belet Huen was captured" */
        if (loc <= 0 && (inside(s, mm, &ev->actor) || inside(s, mm, &ev->recipient)))
            continue; /* "Iran" in "deterring Iran", "the Baghdad government" */
        if (loc > 0 && modifier_of_noun(s, mm, loc <= 2 ? 0 : 1))
            continue; /* "attacks on US interests", "outside the US headquarters" */
        if (other_verb_between(s, te, mm) || verbal_event_between(s, te, mm))
            continue; /* "met ... to exert pressure on Washington", "the attack was
                         condemned in Paris" */
        int other_clause = (mm->tok_end <= tb && clause_break(s, mm->tok_end, tb) &&
                            !(loc > 0 && lb <= s->b + 1)) ||
                           (mm->tok_begin >= te && clause_word(s, te, mm->tok_begin));
        int after = mm->tok_begin >= te;
        float dist = after ? (float)(mm->tok_begin - te) : (float)(tb - mm->tok_end);
        float sc = 10.0f * (float)(loc > 0 ? loc : 0) - 0.25f * dist;
        if (loc < 0)
            sc -= 5.0f;
        if (!after && !(loc > 0 && lb <= s->b + 1))
            sc -= 4.0f; /* in the subject: "a Briton born in Pakistan was captured" */
        if (possessor(s, k) || container_of_next(s, k))
            sc -= 8.0f;
        if (loc > 0 && tok_is(s, lb, "in") && lb > s->b) {
            /* "near the settlement of Yitzhar in the northern West Bank": Y
             * in "X in Y" holds X */
            uint32_t p = tok_is(s, lb - 1, ",") ? lb - 1 : lb;
            int pm = p > s->b ? mention_at(s, p - 1) : -1;
            for (uint32_t j = lb + 1; j < mm->tok_begin && pm >= 0; j++)
                if (tok_is(s, j, "of") && tok_in(s, j - 1, place_nouns))
                    pm = -1; /* "in Ukraine in the area of Lugansk": the later is inside */
            if (pm >= 0 && (size_t)pm != k && s->m->v[pm].place != GE_NONE &&
                s->m->v[pm].kind == GE_KIND_TOPONYM && !fragment(s, &s->m->v[pm]))
                sc -= 15.0f;
        }
        if (other_clause)
            sc -= 6.0f;
        if (s->g) {
            const ge_place *p = ge_gazetteer_place(s->g, mm->place);
            if (p && p->level == GE_LEVEL_CONTINENT)
                sc -= 3.0f;
        }
        if (loc < 0 || (loc == 0 && !near_after(s, mm, te)))
            continue; /* a place elsewhere in the sentence: too often another clause */
        if (fragment(s, mm) || owner_of_thing(s, mm) || part_of_name(s, mm))
            continue;
        if (sc > c.score) {
            c.score = sc;
            c.mention = (int)k;
            c.reason = loc > 0 ? "locative" : "sentence";
        }
    }
    return c;
}

static long number_at(const sent *s, uint32_t i, uint32_t *end);

/* "The capital, Kabul, is patrolled by ...", "The Vedeno area, where ...,
 * was captured": the place that opens the subject of a passive material
 * event (within its first words, not a modifier or an owner). */
static place_choice passive_subject_place(const sent *s, uint32_t tb)
{
    place_choice c = {-1, NULL, 0};
    if (is_punct(s, s->b) && !tok_is(s, s->b, "("))
        return c; /* a quotation */
    for (size_t k = mention_from(s, s->b); k < s->me && s->m->v[k].tok_end <= tb; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->tok_begin > s->b + 8)
            break;
        uint32_t n = mm->tok_end, end;
        if (n + 1 < s->e && tok_is(s, n, ",") && number_at(s, n + 1, &end) >= 0)
            break; /* a person and an age: "Ian Lyons, 31," */
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || fragment(s, mm) ||
            modifier_of_noun(s, mm, 0) || owner_of_thing(s, mm) || not_a_scene(s, mm))
            continue;
        /* only nouns, names, commas and "of" before it: the subject's head */
        int ok = 1;
        for (uint32_t j = s->b; j < mm->tok_begin && ok; j++)
            ok = !is_trigger_tok(s, j) && !match_at(s, LX_LOCATIVE, j) &&
                 !tok_in(s, j, (const char *const[]){"said", "says", "who", "which", "when",
                                                     "after", "as", "while", NULL});
        if (ok) {
            c.mention = (int)k;
            c.reason = "locative";
        }
        break;
    }
    return c;
}

/* ------------------------------------------------------------- counts */

/* Numeric value of token i ("40", "1,200", "forty", "dozens"), or -1. */
static long number_at(const sent *s, uint32_t i, uint32_t *end)
{
    static const char *const words[] = {"zero",    "one",     "two",      "three",    "four",
                                        "five",    "six",     "seven",    "eight",    "nine",
                                        "ten",     "eleven",  "twelve",   "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                        "twenty",  NULL};
    static const struct { const char *w; long v; } tens[] = {
        {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
        {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {"dozen", 12}, {"hundreds", 200},
        {"dozens", 24}, {"thousands", 2000}};
    if (i < s->b || i >= s->e)
        return -1;
    *end = i + 1;
    size_t n;
    const char *p = tok_norm(s->t, i, &n);
    if (s->t->tokens[i].flags & GE_TOK_NUMBER || (n && isdigit((unsigned char)p[0]))) {
        long v = 0;
        size_t k = 0;
        for (; k < n; k++) {
            if (isdigit((unsigned char)p[k]))
                v = v * 10 + (p[k] - '0');
            else if (p[k] != ',')
                break;
            if (v > 100000000)
                return -1;
        }
        if (k < n)
            return -1;
        /* "1,200" split into "1" "," "200" */
        uint32_t j = i + 1;
        while (j + 1 < s->e && tok_is(s, j, ",") && s->t->tokens[j].start == s->t->tokens[j - 1].end &&
               s->t->tokens[j + 1].start == s->t->tokens[j].end &&
               s->t->tokens[j + 1].norm_len == 3 && (s->t->tokens[j + 1].flags & GE_TOK_NUMBER)) {
            uint32_t dummy;
            (void)dummy;
            const char *q = s->t->norm + s->t->tokens[j + 1].norm;
            v = v * 1000 + (q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0');
            j += 2;
        }
        *end = j;
        return v;
    }
    for (int k = 0; words[k]; k++)
        if (tok_is(s, i, words[k]))
            return k;
    for (size_t k = 0; k < sizeof tens / sizeof *tens; k++)
        if (tok_is(s, i, tens[k].w))
            return tens[k].v;
    return -1;
}

/* "More than 40 attacks": the count just before a noun trigger. */
static void trigger_count(const sent *s, uint32_t tb, ge_event *ev)
{
    for (uint32_t j = tb, hops = 0; j > s->b && hops < 3; hops++) {
        uint32_t p = j - 1;
        uint32_t end;
        long v = -1;
        /* find a number whose end is j */
        for (uint32_t q = p + 1; q-- > s->b && p - q < 4;) {
            v = number_at(s, q, &end);
            if (v >= 0 && end == j) {
                p = q;
                break;
            }
            v = -1;
        }
        if (v >= 0) {
            ev->count = v;
            const match *ql = mod_ending(s, MOD_QUAL, p);
            if (ql)
                ge_copy(ev->count_qualifier, sizeof ev->count_qualifier,
                        s->lx->pool + ql->x->text);
            return;
        }
        if (!is_word(s, p) || tok_in(s, p, np_stops) || is_trigger_tok(s, p) ||
            tok_in(s, p, determiners))
            return;
        j = p;
    }
}

/* Fatalities and injuries stated in the sentence: "killing 12", "at least
 * 20 soldiers were killed", "5 wounded". */
static void casualties(const sent *s, uint32_t tb, ge_event *ev)
{
    uint32_t lo = tb > s->b + 25 ? tb - 25 : s->b, hi = tb + 25 < s->e ? tb + 25 : s->e;
    for (uint32_t i = lo; i < hi; i++) {
        uint32_t end;
        long v = number_at(s, i, &end);
        if (v < 0 || (s->t->tokens[i].flags & GE_TOK_NUMBER && v >= 1900 && v <= 2100 &&
                      s->t->tokens[i].norm_len == 4))
            continue;
        int cls = -1;
        /* "killing at least 12": the cue just before the number */
        uint32_t j0 = i;
        if (mod_ending(s, MOD_QUAL, j0))
            j0 = mod_ending(s, MOD_QUAL, j0)->b;
        for (int back = 0; back < 2 && j0 > s->b && cls < 0; back++, j0--) {
            const match *x = match_at(s, LX_MODIFIER, j0 - 1);
            if (x && (x->x->cls == MOD_DEAD || x->x->cls == MOD_INJURED))
                cls = x->x->cls;
        }
        /* "20 soldiers were killed" */
        for (uint32_t j = end; j < s->e && j < end + 5 && cls < 0; j++) {
            const match *x = match_at(s, LX_MODIFIER, j);
            if (x && (x->x->cls == MOD_DEAD || x->x->cls == MOD_INJURED))
                cls = x->x->cls;
            else if (is_punct(s, j) || tok_is(s, j, "and"))
                break;
        }
        if (cls == MOD_DEAD && ev->fatalities < 0)
            ev->fatalities = v;
        else if (cls == MOD_INJURED && ev->injured < 0)
            ev->injured = v;
        i = end - 1;
    }
}

/* --------------------------------------------------------------- dates */

static void event_date(const sent *s, uint32_t tb, int have_pub, ge_ymd pub, ge_event *ev)
{
    long best = -1;
    size_t bi = 0;
    for (size_t k = 0; k < s->ndates && k < 8; k++) {
        const ge_date_phrase *d = &s->dates[k];
        long dist = d->tok_begin >= tb ? (long)(d->tok_begin - tb) : (long)(tb - d->tok_end);
        if (best < 0 || dist < best) {
            best = dist;
            bi = k;
        }
    }
    if (best >= 0) {
        const ge_date_phrase *d = &s->dates[bi];
        ge_ymd_format(d->date, ev->event_date);
        ev->date_precision = d->precision;
        ev->date_start = s->t->tokens[d->tok_begin].start;
        ev->date_end = s->t->tokens[d->tok_end - 1].end;
        return;
    }
    if (have_pub) {
        /* no date in the sentence: the publication date, to the week */
        ge_ymd_format(pub, ev->event_date);
        ev->date_precision = GE_DATE_WEEK;
    }
    ev->date_start = ev->date_end = s->t->tokens[tb].start;
}

/* ---------------------------------------------------- one trigger */

typedef struct doc_ctx {
    int have_pub;
    ge_ymd pub;
    uint32_t main_place;
    int main_mention;
    int main_other;    /* a mention of it in another sentence, -1 none */
    int main_dateline; /* the main place is the article's dateline */
} doc_ctx;

/* The article's main place, when the article names it outside this
 * sentence (a one-sentence text has no context to fall back on). */
static void article_place(const sent *s, const doc_ctx *dc, ge_event *ev)
{
    if (dc->main_place == GE_NONE)
        return;
    int k = dc->main_mention;
    if (s->m->v[k].sentence == s->idx && !dc->main_dateline)
        k = dc->main_other;
    if (k < 0)
        return;
    ev->mention = k;
    ev->place = dc->main_place;
    ev->location_reason = "article";
}

static int inherit_type(const sent *s, uint32_t tb, uint32_t te, lx_entry *out)
{
    /* "the attack occurred", "clashes erupted": the nearest event noun
     * before the verb in the clause; "launched an offensive": after it */
    for (uint32_t j = tb, n = 0; j > s->b && n < 16; j--, n++) {
        if (tok_is(s, j - 1, ";") || tok_is(s, j - 1, ":"))
            break;
        const match *x = match_at(s, LX_TRIGGER, j - 1);
        if (x && !(x->x->flags & LXF_INHERIT) && (x->x->flags & LXF_NOUN)) {
            *out = *x->x;
            return 1;
        }
    }
    for (uint32_t j = te, n = 0; j < s->e && n < 7; j++, n++) {
        if (is_punct(s, j) && !tok_is(s, j, ","))
            break;
        const match *x = match_at(s, LX_TRIGGER, j);
        if (x && !(x->x->flags & LXF_INHERIT) && (x->x->flags & LXF_NOUN)) {
            *out = *x->x;
            return 1;
        }
    }
    return 0;
}

static int passive(const sent *s, uint32_t tb, const lx_entry *x)
{
    if (!(x->form == FORM_ED || x->form == FORM_EXTRA))
        return 0;
    static const char *const be[] = {"was", "were", "been", "being", "is", "are", "be",
                                     "got", "get", NULL};
    uint32_t j = tb;
    while (j > s->b && (tok_in(s, j - 1, (const char *const[]){"reportedly", "allegedly", "also",
                                                                 "later", "not", "never",
                                                                 "fatally", "seriously",
                                                                 "critically", NULL})))
        j--;
    return j > s->b && tok_in(s, j - 1, be);
}

static int capitalised_mid(const sent *s, uint32_t i)
{
    uint32_t f = s->t->tokens[i].flags;
    return (f & GE_TOK_CAP) && !(f & (GE_TOK_SENT_START | GE_TOK_LINE_START)) && i != s->b;
}

/* "Switzerland said it had expelled ...": a pronoun subject after a
 * reporting verb stands for that verb's subject. */
static void subject_of_report(const sent *s, uint32_t *ab, uint32_t *ae)
{
    static const char *const pron[] = {"it", "they", "he", "she", "we", NULL};
    uint32_t p = *ae;
    if (!(*ab == *ae && p > s->b && tok_in(s, p - 1, pron)))
        return;
    for (uint32_t j = p - 1; j > s->b; j--) {
        const match *x = match_at(s, LX_MODIFIER, j - 1);
        if (x && x->x->cls == MOD_REPORT) {
            uint32_t b, e;
            np_left(s, x->b, &b, &e);
            if (b < e && !tok_in(s, e - 1, pron)) {
                *ab = b;
                *ae = e;
            }
            return;
        }
    }
}

/* Is the trigger used as a noun? Noun-only forms are; forms that are both
 * ("attack") are after a determiner, a number, a possessive or "of". */
static int noun_use(const sent *s, const match *tm)
{
    uint8_t f = tm->x->flags;
    if (!(f & LXF_NOUN))
        return 0;
    if (!(f & LXF_VERB))
        return 1;
    uint32_t p = tm->b;
    if (p == s->b)
        return 1;
    uint32_t end;
    return tok_in(s, p - 1, determiners) || tok_is(s, p - 1, "of") ||
           number_at(s, p - 1, &end) >= 0 ||
           (mention_at(s, p - 1) >= 0 && s->m->v[mention_at(s, p - 1)].kind == GE_KIND_DEMONYM) ||
           match_at(s, LX_MODIFIER, p - 1) != NULL;
}

/* A verb-only entry's base or -s form used as a noun ("in the back"): after a determiner,
 * "of", a number, or a name that itself follows a verb or preposition
 * ("attack US targets"). */
static int verb_form_as_noun(const sent *s, const match *tm)
{
    if ((tm->x->flags & LXF_NOUN) || (tm->x->form != FORM_S && tm->x->form != FORM_BASE) ||
        tm->b == s->b)
        return 0;
    uint32_t p = tm->b - 1, end;
    if (tok_in(s, p, determiners) || tok_is(s, p, "of") || number_at(s, p, &end) >= 0)
        return 1;
    int mp = mention_at(s, p);
    if (mp < 0)
        return 0;
    uint32_t q = s->m->v[mp].tok_begin;
    return q > s->b && (is_trigger_tok(s, q - 1) || tok_in(s, q - 1, np_stops) ||
                        tok_in(s, q - 1, determiners));
}

static int code_trigger(const sent *s, const doc_ctx *dc, const match *tm, ge_events *out)
{
    lx_entry x = *tm->x;
    if ((x.flags & LXF_INHERIT) && !inherit_type(s, tm->b, tm->e, &x))
        return 0;
    if ((tm->x->flags & LXF_LC) && capitalised_mid(s, tm->b))
        return 0;
    if (mention_at(s, tm->b) >= 0)
        return 0; /* part of a place name */
    if (verb_form_as_noun(s, tm))
        return 0; /* "US targets", "the funds" */
    if ((tm->x->flags & LXF_INTR) && (tm->x->flags & LXF_VERB) && tm->e < s->e &&
        !passive(s, tm->b, tm->x) && !noun_use(s, tm) &&
        tok_in(s, tm->e, (const char *const[]){"the", "a", "an", "this", "these", "those", "that",
                                                "how", "what", "itself", "themselves", "himself",
                                                "herself", NULL}))
        return 0; /* "demonstrated the effectiveness of": another sense */
    if ((s->t->tokens[tm->b].flags & GE_TOK_HYPHEN_BEFORE) ||
        (tm->e < s->e && (s->t->tokens[tm->e].flags & GE_TOK_HYPHEN_BEFORE)))
        return 0; /* part of a compound: "free-trade", "US-led" */
    if (GE_PUSH(out->v, out->cap, out->n) < 0)
        return -1;
    ge_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->trigger_start = s->t->tokens[tm->b].start;
    ev->trigger_end = s->t->tokens[tm->e - 1].end;
    ev->sentence = s->idx;
    ge_copy(ev->event_type, sizeof ev->event_type, x.type);
    ge_copy(ev->mode, sizeof ev->mode, x.mode);
    ev->quad_code = ge_plover_quad(x.type);
    ev->count = ev->fatalities = ev->injured = -1;
    ev->mention = -1;
    ev->place = GE_NONE;
    int noun = noun_use(s, tm);

    /* actor and recipient */
    uint32_t ab, ae, rb, re;
    if (noun) {
        /* premodifiers: "Israeli airstrikes", "the militia's attack" */
        ab = ae = tm->b;
        while (ab > s->b && tm->b - ab < 3 && is_word(s, ab - 1) &&
               !tok_in(s, ab - 1, np_stops) && !tok_in(s, ab - 1, determiners) &&
               !is_trigger_tok(s, ab - 1) && number_at(s, ab - 1, &rb) < 0 &&
               !match_at(s, LX_MODIFIER, ab - 1))
            ab--;
        np_right(s, tm->e, &rb, &re);
        if (!(tok_in(s, tm->e, recip_preps) || tok_is(s, tm->e, "of")))
            rb = re = tm->e;
        else if (tok_is(s, tm->e, "of"))
            np_right(s, tm->e + 1, &rb, &re);
    } else if (passive(s, tm->b, tm->x)) {
        np_left(s, tm->b, &rb, &re);
        ab = ae = tm->e;
        if (tok_is(s, tm->e, "by"))
            np_right(s, tm->e + 1, &ab, &ae);
    } else {
        np_left(s, tm->b, &ab, &ae);
        subject_of_report(s, &ab, &ae);
        /* "funds and arms": the subject of the first verb */
        if (ab == ae || (ae == tm->b && ae > s->b && tok_is(s, ae - 1, "and"))) {
            uint32_t j = tm->b;
            if (j > s->b && (tok_is(s, j - 1, "and") || tok_is(s, j - 1, "or") ||
                             tok_is(s, j - 1, ",")))
                j--;
            const match *prev = j > s->b ? match_at(s, LX_TRIGGER, j - 1) : NULL;
            if (prev)
                np_left(s, prev->b, &ab, &ae);
        }
        np_right(s, tm->e, &rb, &re);
    }
    code_actor(s, ab, ae, &ev->actor);
    code_actor(s, rb, re, &ev->recipient);

    cues cu;
    report_mode(s, tm->b, noun, ev, &cu);
    recode(s, &cu, ev);

    /* place */
    place_choice pc = choose_place(s, tm->b, tm->e, ev);
    int unknown = (pc.mention >= 0 && unknown_place_first(s, tm->b, tm->e, &s->m->v[pc.mention])) ||
                  ((ev->quad_code == 2 || ev->quad_code == 4) && !noun && !passive(s, tm->b, tm->x) &&
                   unknown_object(s, tm->e));
    if (unknown)
        pc.mention = -1; /* the place is a name we cannot map: better none than its container */
    else if (pc.mention < 0 && (ev->quad_code == 2 || ev->quad_code == 4) &&
             passive(s, tm->b, tm->x))
        pc = passive_subject_place(s, tm->b);
    const ge_event *prev = NULL;
    for (size_t k = out->n, n = 0; k-- > 0 && out->v[k].sentence == s->idx && n < 16; n++)
        if (out->v[k].location_reason && !strcmp(out->v[k].location_reason, "locative")) {
            prev = &out->v[k];
            break;
        }
    if (unknown) {
        /* no place */
    } else if (prev && (pc.mention < 0 || s->m->v[pc.mention].tok_end <= tm->b ||
                 strcmp(pc.reason, "locative"))) {
        /* "exploded in X, killing six": the sentence's located event */
        ev->mention = prev->mention;
        ev->place = prev->place;
        ev->location_reason = "locative";
    } else if (pc.mention >= 0) {
        ev->mention = pc.mention;
        ev->place = s->m->v[pc.mention].place;
        ev->location_reason = pc.reason;
    } else {
        article_place(s, dc, ev);
    }

    event_date(s, tm->b, dc->have_pub, dc->pub, ev);
    if (noun || tm->x->form == FORM_NOUN)
        trigger_count(s, tm->b, ev);
    if (!strcmp(ev->event_type, "ASSAULT") || !strcmp(ev->event_type, "PROTEST") ||
        !strcmp(ev->event_type, "COERCE"))
        casualties(s, tm->b, ev);

    float c = 0.5f;
    if (tm->x->flags & LXF_WEAK)
        c -= 0.2f;
    if (tm->e - tm->b > 1)
        c += 0.1f;
    if (ev->actor.code[0] || ev->actor.sector[0])
        c += 0.1f;
    if (ev->location_reason && !strcmp(ev->location_reason, "locative"))
        c += 0.2f;
    else if (ev->location_reason && !strcmp(ev->location_reason, "sentence"))
        c += 0.1f;
    if (ev->report_mode != GE_REPORT_ASSERTED || ev->negated)
        c -= 0.1f;
    ev->confidence = c < 0.05f ? 0.05f : c > 0.95f ? 0.95f : c;
    ev->evidence = ((tm->x->flags & LXF_WEAK) ? GE_EV_WEAK : 0) |
                   (tm->e - tm->b > 1 ? GE_EV_MULTIWORD : 0) |
                   (noun || tm->x->form == FORM_NOUN ? GE_EV_NOUN : 0) |
                   (passive(s, tm->b, tm->x) ? GE_EV_PASSIVE : 0) |
                   ((tm->x->flags & LXF_INHERIT) ? GE_EV_INHERIT : 0);
    out->n++;
    return 1;
}

/* "X said that Y should stop ...": a REQUEST by the speaker. */
static int code_demand(const sent *s, const doc_ctx *dc, size_t first, ge_events *out)
{
    const match *rep = NULL, *dem = NULL;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_MODIFIER)
            continue;
        if (x->x->cls == MOD_REPORT && !rep && !dem)
            rep = x;
        else if (x->x->cls == MOD_DEMAND && !dem)
            dem = x;
    }
    if (!dem || dem->e >= s->e || !is_word(s, dem->e))
        return 0;
    /* the action asked for: a trigger right after the modal ("must hand over") */
    const match *act = NULL;
    for (uint32_t j = dem->e; j < dem->e + 3 && j < s->e && !act; j++) {
        const match *x = match_at(s, LX_TRIGGER, j);
        if (x && x->b == j && !(x->x->flags & LXF_INHERIT))
            act = x;
    }
    if (!rep)
        return 0;
    uint32_t vend = act ? act->e : dem->e + 1; /* "should cease" */
    const char *mode = "change";
    if (act) {
        mode = !strcmp(act->x->type, "CONSULT") ? "meet"
               : !strcmp(act->x->type, "AID") ? "assist"
               : !strcmp(act->x->mode, "release") ? "yield" : "change";
        /* the action is what is asked for, not an event of its own */
        uint32_t at = s->t->tokens[act->b].start;
        size_t w = first;
        for (size_t k = first; k < out->n; k++)
            if (out->v[k].trigger_start != at)
                out->v[w++] = out->v[k];
        out->n = w;
    }
    if (GE_PUSH(out->v, out->cap, out->n) < 0)
        return -1;
    ge_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->trigger_start = s->t->tokens[dem->b].start;
    ev->trigger_end = s->t->tokens[vend - 1].end;
    ev->sentence = s->idx;
    ge_copy(ev->event_type, sizeof ev->event_type, "REQUEST");
    ge_copy(ev->mode, sizeof ev->mode, mode);
    ev->quad_code = ge_plover_quad("REQUEST");
    ev->count = ev->fatalities = ev->injured = -1;
    ev->mention = -1;
    ev->place = GE_NONE;
    uint32_t ab = 0, ae = 0, rb, re;
    if (rep)
        np_left(s, rep->b, &ab, &ae);
    if (rep && ab == ae) {
        /* "John Kirby, a Pentagon spokesperson, reiterated": skip the apposition */
        uint32_t j = rep->b;
        if (j > s->b && tok_is(s, j - 1, ",")) {
            uint32_t k = j - 1;
            while (k > s->b && !tok_is(s, k - 1, ","))
                k--;
            if (k > s->b)
                np_left(s, k - 1, &ab, &ae);
            uint32_t b2, e2;
            np_left(s, j - 1, &b2, &e2);
            ge_actor tmp;
            code_actor(s, ab, ae, &ev->actor);
            code_actor(s, b2, e2, &tmp);
            if (!ev->actor.code[0])
                ge_copy(ev->actor.code, sizeof ev->actor.code, tmp.code);
            if (!ev->actor.sector[0])
                ge_copy(ev->actor.sector, sizeof ev->actor.sector, tmp.sector);
            ab = ae = 0;
        }
    }
    if (ab != ae)
        code_actor(s, ab, ae, &ev->actor);
    np_left(s, dem->b, &rb, &re);
    if (rep && rb < rep->e)
        rb = rep->e;
    code_actor(s, rb, re, &ev->recipient);
    place_choice pc = choose_place(s, dem->b, vend, ev);
    if (pc.mention >= 0 && !strcmp(pc.reason, "locative")) {
        ev->mention = pc.mention;
        ev->place = s->m->v[pc.mention].place;
        ev->location_reason = pc.reason;
    } else {
        article_place(s, dc, ev);
    }
    event_date(s, dem->b, dc->have_pub, dc->pub, ev);
    ev->confidence = 0.45f;
    ev->evidence = GE_EV_DEMAND;
    out->n++;
    return 1;
}

/* Places listed after "including" / "such as": one record each ("attacks
 * ... including the embassy in Baghdad, ... Baghdad and Erbil airports"). */
static int enumerated_places(const sent *s, size_t first_ev, ge_events *out)
{
    size_t n0 = out->n;
    for (size_t k = first_ev; k < n0; k++) {
        uint32_t inc = GE_NONE, from = s->b, hi = s->e;
        while (from < hi) { /* first token after the trigger */
            uint32_t mid = from + (hi - from) / 2;
            if (s->t->tokens[mid].start < out->v[k].trigger_end)
                from = mid + 1;
            else
                hi = mid;
        }
        for (uint32_t i = from; i < s->e && i < from + 40; i++)
            if ((tok_is(s, i, "including") || (tok_is(s, i, "such") && tok_is(s, i + 1, "as")))) {
                inc = i;
                break;
            }
        if (inc == GE_NONE || out->v[k].location_reason == NULL ||
            strcmp(out->v[k].location_reason, "locative"))
            continue;
        uint32_t stop = inc;
        while (stop < s->e && stop < inc + 40 && !tok_is(s, stop, ";") && !tok_is(s, stop, "which") &&
               !tok_is(s, stop, "who") && !tok_is(s, stop, "that"))
            stop++;
        for (size_t mi = mention_from(s, inc); mi < s->me && s->m->v[mi].tok_begin < stop; mi++) {
            const ge_mention *mm = &s->m->v[mi];
            if (mm->tok_begin <= inc || mm->tok_end > stop || mm->place == GE_NONE ||
                mm->kind != GE_KIND_TOPONYM || fragment(s, mm))
                continue;
            const ge_place *pl = s->g ? ge_gazetteer_place(s->g, mm->place) : NULL;
            if (!pl || pl->level <= GE_LEVEL_COUNTRY)
                continue;
            int dup = out->v[k].place == mm->place;
            for (size_t q = out->n > first_ev + 64 ? out->n - 64 : first_ev; q < out->n; q++)
                dup |= out->v[q].place == mm->place &&
                       !strcmp(out->v[q].event_type, out->v[k].event_type);
            if (dup)
                continue;
            if (GE_PUSH(out->v, out->cap, out->n) < 0)
                return -1;
            ge_event *ev = &out->v[out->n];
            *ev = out->v[k];
            ev->mention = (int32_t)mi;
            ev->place = mm->place;
            ev->location_reason = "locative";
            ev->count = -1;
            ev->count_qualifier[0] = '\0';
            ev->confidence = out->v[k].confidence - 0.1f;
            ev->evidence |= GE_EV_ENUM;
            out->n++;
        }
    }
    return 0;
}

static int word_tokens(const sent *s)
{
    int n = 0;
    for (uint32_t i = s->b; i < s->e; i++)
        n += (s->t->tokens[i].flags & GE_TOK_WORD) != 0;
    return n;
}

static int boilerplate(const sent *s)
{
    if (word_tokens(s) < 3)
        return 1;
    for (size_t k = 0; k < s->mt.n; k++)
        if (s->mt.v[k].x->kind == LX_BOILER)
            return 1;
    return 0;
}

static int code_sentence(sent *s, const doc_ctx *dc, ge_events *out)
{
    if (find_matches(s->lx, s->t, s->b, s->e, &s->mt) < 0)
        return -1;
    s->maxlen = 1;
    for (size_t k = 0; k < s->mt.n; k++)
        if (s->mt.v[k].e - s->mt.v[k].b > s->maxlen)
            s->maxlen = s->mt.v[k].e - s->mt.v[k].b;
    if (boilerplate(s))
        return 0;
    s->ndates = dc->have_pub ? ge_dates_find(s->t, s->b, s->e, dc->pub, s->dates, 8) : 0;
    size_t first = out->n;
    uint32_t covered = s->b;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_TRIGGER || x->b < covered)
            continue;
        /* the longest trigger starting here */
        const match *best = match_at(s, LX_TRIGGER, x->b);
        if (best->b != x->b)
            continue;
        if (code_trigger(s, dc, best, out) < 0)
            return -1;
        covered = best->e;
    }
    if (code_demand(s, dc, first, out) < 0)
        return -1;
    if (enumerated_places(s, first, out) < 0)
        return -1;
    return 0;
}

/* A dateline: "BAGHDAD (Reuters) -", "KARNI CROSSING, Gaza Strip --": an
 * upper-case place name opening a line near the top, then a dash soon. */
static int dateline(const ge_text *t, const ge_mention *mm)
{
    if (mm->tok_begin >= t->ntokens || mm->tok_begin > 40)
        return 0;
    const ge_token *k = &t->tokens[mm->tok_begin];
    int opens = mm->tok_begin == 0 || (k->flags & GE_TOK_LINE_START);
    for (uint32_t j = mm->tok_begin; !opens && j > 0 && mm->tok_begin - j < 6; j--)
        opens = (t->tokens[j - 1].flags & GE_TOK_LINE_START) && (t->tokens[j - 1].flags & GE_TOK_UPPER);
    if (!opens || !(k->flags & GE_TOK_UPPER))
        return 0;
    for (uint32_t j = mm->tok_end; j < t->ntokens && j < mm->tok_end + 8; j++) {
        if (t->s[t->tokens[j].start] == '-' || !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x94", 3) ||
            !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x93", 3))
            return 1;
    }
    return 0;
}

/* The article's main place: the toponym mentioned most, a mention after a
 * locative word ("in Iraq") counting eleven times, the dateline a hundred
 * (ties: first mentioned). Sorting by place keeps it O(n log n). */
typedef struct place_count {
    uint32_t place, first, n, dateline;
} place_count;

static int cmp_place_count(const void *a, const void *b)
{
    const place_count *x = a, *y = b;
    if (x->place != y->place)
        return x->place < y->place ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

static int after_locative(const ge_lexicon *lx, const ge_text *t, const ge_mention *mm)
{
    if (mm->tok_begin == 0)
        return 0;
    size_t wl;
    const char *w = tok_norm(t, mm->tok_begin - 1, &wl);
    for (uint32_t k = lx_first(lx, w, wl); k != GE_NONE; k = lx->v[k].next)
        if (lx->v[k].kind == LX_LOCATIVE && lx->v[k].nwords == 1 && lx->v[k].cls >= 3 &&
            lx->v[k].keylen == wl && !memcmp(lx->pool + lx->v[k].key, w, wl))
            return 1;
    return 0;
}

static int main_place(const ge_lexicon *lx, const ge_text *t, const ge_mentions *m, doc_ctx *dc)
{
    dc->main_place = GE_NONE;
    dc->main_mention = dc->main_other = -1;
    dc->main_dateline = 0;
    place_count *pc = malloc((m->n ? m->n : 1) * sizeof *pc);
    if (!pc)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++) {
        const ge_mention *mm = &m->v[i];
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM)
            continue;
        pc[n].place = mm->place;
        pc[n].first = (uint32_t)i;
        pc[n].n = 1 + (after_locative(lx, t, mm) ? 10 : 0);
        pc[n].dateline = (uint32_t)dateline(t, mm);
        n++;
    }
    qsort(pc, n, sizeof *pc, cmp_place_count);
    uint32_t best = 0, best_first = UINT32_MAX;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        uint32_t score = 0, dl = 0;
        for (; j < n && pc[j].place == pc[i].place; j++) {
            score += pc[j].n;
            dl |= pc[j].dateline;
        }
        if (dl)
            score += 100;
        if (score > best || (score == best && pc[i].first < best_first)) {
            best = score;
            best_first = pc[i].first;
            dc->main_place = pc[i].place;
            dc->main_mention = (int)pc[i].first;
            dc->main_dateline = (int)dl;
        }
        i = j;
    }
    free(pc);
    /* a mention of it in another sentence than the first one */
    if (dc->main_mention >= 0) {
        uint32_t s0 = m->v[dc->main_mention].sentence;
        for (size_t i = (size_t)dc->main_mention + 1; i < m->n && dc->main_other < 0; i++)
            if (m->v[i].place == dc->main_place && m->v[i].kind == GE_KIND_TOPONYM &&
                m->v[i].sentence != s0)
                dc->main_other = (int)i;
    }
    return 0;
}

ge_status ge_events_extract(const ge_lexicon *lx, const ge_gazetteer *g, const ge_article *a,
                            const ge_text *t, const ge_mentions *m, ge_events *out)
{
    if (!lx || !t || !out)
        return GE_ERR_ARG;
    static const ge_mentions none = {0};
    if (!m)
        m = &none;
    doc_ctx dc;
    memset(&dc, 0, sizeof dc);
    dc.have_pub = a && a->published && ge_date_parse_iso(a->published, &dc.pub);
    if (main_place(lx, t, m, &dc) < 0)
        return GE_ERR_NOMEM;
    sent s;
    memset(&s, 0, sizeof s);
    s.lx = lx;
    s.g = g;
    s.t = t;
    s.m = m;
    size_t mi = 0;
    ge_status st = GE_OK;
    for (uint32_t si = 0; si < t->nsentences; si++) {
        const ge_sentence *sn = &t->sentences[si];
        s.idx = si;
        s.b = sn->tok_begin;
        s.e = sn->tok_end;
        while (mi < m->n && m->v[mi].tok_begin < s.b)
            mi++;
        s.mb = mi;
        s.me = mi;
        while (s.me < m->n && m->v[s.me].tok_begin < s.e)
            s.me++;
        if (code_sentence(&s, &dc, out) < 0) {
            st = GE_ERR_NOMEM;
            break;
        }
    }
    free(s.mt.v);
    if (st != GE_OK)
        return st;
    /* candidates -> one record per event -> kept when the model says so */
    for (size_t i = 0; i < out->n; i++) {
        out->v[i].nmentions = 1;
        out->v[i].mentions[0][0] = out->v[i].trigger_start;
        out->v[i].mentions[0][1] = out->v[i].trigger_end;
    }
    ge_events_coref(g, out);
    ge_event_model_apply(&lx->model, t, g, out);
    return GE_OK;
}
