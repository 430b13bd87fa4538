/*
 * event_lexicon.c -- the event lexicon: reads the lexicon files (triggers,
 * agents, modifiers, locatives, boilerplate, senses, and the classifier's [model])
 * into a hash table of surface forms (events_internal.h explains it), with
 * the verb and noun inflections of each trigger.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>

#include "events_internal.h"

/* =============================================================== lexicon */

const char *const ge_plover_types[16] = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

int ge_plover_type_index(const char *type)
{
    /* asked of every candidate: the first byte tells most types apart */
    for (int i = 0; i < 16; i++)
        if (type[0] == ge_plover_types[i][0] && !strcmp(type, ge_plover_types[i]))
            return i;
    return -1;
}

int ge_plover_quad(const char *type)
{
    int i = ge_plover_type_index(type);
    return i < 0 ? 0 : i < 4 ? 1 : i < 7 ? 2 : i < 11 ? 3 : 4;
}

static const char *const mod_names[MOD_NCLASSES] = {
    "NEGATION", "HYPOTHETICAL", "PLANNED", "INTENT",  "REVERSE",  "DENIED",
    "DEMAND",   "REPORT",       "DEAD",    "INJURED", "QUALIFIER", "NATURAL",
    "CONTEST"};

static inline uint64_t lx_load8(const char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

static inline uint64_t lx_load4(const char *p)
{
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

/* The slot of a first word: its bytes read four or eight at a time (two
 * reads that may overlap cover a word of 4 to 8 bytes; most words are
 * that long), mixed by multiplication. The lexicon's own table: asked for
 * every token of a sentence, where FNV's byte loop was most of the ask. */
static inline uint32_t lx_slot(const ge_lexicon *lx, const char *w, size_t n)
{
    const uint64_t m = 0x9E3779B97F4A7C15ull;
    uint64_t h = (uint64_t)n * m;
    if (n >= 8) {
        size_t i = 0;
        for (; i + 8 < n; i += 8)
            h = (h ^ lx_load8(w + i)) * m;
        h = (h ^ lx_load8(w + n - 8)) * m;
    } else if (n >= 4) {
        h = (h ^ (lx_load4(w) | lx_load4(w + n - 4) << 32)) * m;
    } else if (n) {
        h = (h ^ ((uint64_t)(unsigned char)w[0] | (uint64_t)(unsigned char)w[n / 2] << 8 |
                  (uint64_t)(unsigned char)w[n - 1] << 16)) * m;
    }
    h ^= h >> 29;
    return (uint32_t)(h & (lx->nheads - 1));
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
            uint32_t k = e->key, kl = e->keylen, nx = e->next, fl = e->fwlen, f = e->fw;
            uint16_t sl = e->swlen;
            char s0 = e->sw0;
            *e = *proto;
            e->key = k;
            e->keylen = kl;
            e->next = nx;
            e->fwlen = fl;
            e->fw = f;
            e->swlen = sl;
            e->sw0 = s0;
            return 0;
        }
    }
    /* an entry of the same first word gives its copy of the word */
    uint32_t fwoff = GE_NONE;
    for (uint32_t i = lx_first(lx, key, fw); i != GE_NONE && fwoff == GE_NONE; i = lx->v[i].next)
        if (lx->v[i].fwlen == fw && !memcmp(lx->pool + lx->v[i].fw, key, fw))
            fwoff = lx->v[i].fw;
    if (GE_PUSH(lx->v, lx->cap, lx->n) < 0)
        return -1;
    lx_entry *e = &lx->v[lx->n];
    *e = *proto;
    if (pool_add(lx, key, keylen, &e->key) < 0)
        return -1;
    e->keylen = (uint32_t)keylen;
    e->fwlen = (uint32_t)fw;
    e->fw = fwoff != GE_NONE ? fwoff : e->key;
    e->swlen = 0;
    e->sw0 = 0;
    if (fw < keylen) {
        size_t sw = first_word_len(key + fw + 1, keylen - fw - 1);
        e->swlen = sw <= 65535 ? (uint16_t)sw : 0;
        e->sw0 = key[fw + 1];
    }
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

/* out = the first n bytes of w, then suffix, cut to cap - 1 bytes as
 * snprintf(out, cap, "%.*s%s", n, w, suffix) would (this runs for every
 * form of the lexicon at start-up, where snprintf cost milliseconds). */
static void join(char *out, size_t cap, const char *w, size_t n, const char *suffix)
{
    if (!cap)
        return;
    size_t k = n < cap - 1 ? n : cap - 1;
    memcpy(out, w, k);
    for (; *suffix && k < cap - 1; suffix++)
        out[k++] = *suffix;
    out[k] = '\0';
}

/* word + "s"/"es"/"ies" ("torpedo" -> "torpedoes") */
static void form_s(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n >= 2 && w[n - 1] == 'o' && !is_vowel(w[n - 2]))
        join(out, cap, w, n, "es");
    else if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        join(out, cap, w, n - 1, "ies");
    else if ((n >= 1 && (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z')) ||
             (n >= 2 && (w[n - 1] == 'h') && (w[n - 2] == 'c' || w[n - 2] == 's')))
        join(out, cap, w, n, "es");
    else
        join(out, cap, w, n, "s");
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
        join(out[k++], 64, w, n, "d");
    else if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
        join(out[k++], 64, w, n - 1, "ied");
    else
        join(out[k++], 64, w, n, "ed");
    if (cvc(w)) {
        char dbl[4] = {w[n - 1], 'e', 'd', '\0'};
        join(out[k++], 64, w, n, dbl);
    }
    return k;
}

static int form_ing(const char *w, char out[2][64])
{
    size_t n = strlen(w);
    int k = 0;
    if (n >= 2 && w[n - 2] == 'i' && w[n - 1] == 'e')
        join(out[k++], 64, w, n - 2, "ying");
    else if (n >= 3 && w[n - 1] == 'e' && w[n - 2] != 'e' && w[n - 2] != 'y' && w[n - 2] != 'o')
        join(out[k++], 64, w, n - 1, "ing");
    else
        join(out[k++], 64, w, n, "ing");
    if (cvc(w)) {
        char dbl[5] = {w[n - 1], 'i', 'n', 'g', '\0'};
        join(out[k++], 64, w, n, dbl);
    }
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
                                                 "locatives", "boilerplate", "senses"};
    for (int i = 0; i < LX_NKINDS; i++)
        if (!strcmp(s, names[i]))
            return i;
    if (ge_str_is(s, "actors"))
        return LX_AGENT;
    if (ge_str_is(s, "model"))
        return LX_MODEL;
    return -1;
}

/* Section from a file name: lexicon/triggers.txt -> triggers. */
static int kind_from_path(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    static const char *const pre[] = {"trigger", "agent", "modifier", "locative", "boilerplate",
                                      "sense"};
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

/* Appends n bytes of s to out at k, as far as cap - 1 bytes; the new end. */
static size_t cut_add(char *out, size_t cap, size_t k, const char *s, size_t n)
{
    size_t room = k < cap - 1 ? cap - 1 - k : 0;
    if (n > room)
        n = room;
    memcpy(out + k, s, n);
    return k + n;
}

/* Replaces word number `which` (0 first, -1 last) of phrase with w (cut to
 * cap - 1 bytes as snprintf would). */
static void subst_word(const char *phrase, int which, const char *w, char *out, size_t cap)
{
    const char *b, *e;
    word_span(phrase, which, &b, &e);
    size_t k = cut_add(out, cap, 0, phrase, (size_t)(b - phrase));
    k = cut_add(out, cap, k, w, strlen(w));
    k = cut_add(out, cap, k, e, strlen(e));
    out[k] = '\0';
}

static void word_at(const char *phrase, int which, char *out, size_t cap)
{
    const char *b, *e;
    word_span(phrase, which, &b, &e);
    out[cut_add(out, cap, 0, b, (size_t)(e - b))] = '\0';
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
        if (ge_str_is(tok, "v"))
            verb = 1;
        else if (ge_str_is(tok, "n"))
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
        if (ge_str_is(f[1], "*"))
            e.flags |= LXF_INHERIT;
        for (int i = 4; i < nf; i++) {
            char fl[64];
            ge_copy(fl, sizeof fl, f[i]);
            char *save = NULL;
            for (char *t = strtok_r(fl, ",", &save); t; t = strtok_r(NULL, ",", &save))
                if (ge_str_is(t, "lc"))
                    e.flags |= LXF_LC;
                else if (ge_str_is(t, "weak"))
                    e.flags |= LXF_WEAK;
                else if (ge_str_is(t, "intr"))
                    e.flags |= LXF_INTR;
                else if (ge_str_is(t, "tr"))
                    e.flags |= LXF_TRANS;
                else if (ge_str_is(t, "pred"))
                    e.flags |= LXF_PRED;
                else
                    return "unknown FLAG (lc, weak, intr, tr, pred)";
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
                               "[locatives], [boilerplate], [senses] or [model])");
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
            if (ge_str_is(why, "out of memory")) {
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
    lx->model.cal_scale = 1; /* uncalibrated unless the file says */
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
