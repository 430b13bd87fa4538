/*
 * events_internal.h -- the event lexicon as loaded in memory (shared by
 * events.c and its unit tests). Private to the events module.
 *
 * Every lexicon line becomes one or more entries, one per surface form
 * ("attack" -> attack, attacks, attacked, attacking), keyed by the
 * normalized words of the form (ge_text_normalize, as tokens are). Entries
 * are chained in a hash table on their first word, so matching a sentence
 * costs one hash lookup per token plus a word-by-word check of the few
 * entries that start with that token.
 */
#ifndef GE_EVENTS_INTERNAL_H
#define GE_EVENTS_INTERNAL_H

#include <stdatomic.h>

#include "dates.h"
#include "event_model.h"
#include "internal.h"

enum lx_kind {
    LX_TRIGGER = 0, /* [triggers]   phrase TYPE mode forms [flags] */
    LX_AGENT,       /* [agents]     phrase SECTOR [COUNTRY] */
    LX_MODIFIER,    /* [modifiers]  phrase CLASS */
    LX_LOCATIVE,    /* [locatives]  phrase WEIGHT */
    LX_BOILER,      /* [boilerplate] phrase */
    LX_SENSE,       /* [senses]     phrase: a trigger word in another sense ("hit a record") */
    LX_NKINDS,
    LX_MODEL = LX_NKINDS /* [model]      FEATURE WEIGHT (event_model.h): no entries */
};

/* Modifier classes. */
enum lx_mod {
    MOD_NEG = 0,   /* not, never, no */
    MOD_HYPO,      /* could, may, is considering */
    MOD_PLAN,      /* ordered to, tried to: planned, type kept */
    MOD_INTENT,    /* will, would, offered to: a promise (AGREE) or a threat (THREATEN) */
    MOD_REVERSE,   /* halted, called off, lifted: ends an action (SANCTION or CONCEDE) */
    MOD_DENY,      /* denied, rejected reports */
    MOD_DEMAND,    /* should, must: a REQUEST */
    MOD_REPORT,    /* said, reiterated, stated */
    MOD_DEAD,      /* killed, dead, died (fatality counts) */
    MOD_INJURED,   /* injured, wounded (injury counts) */
    MOD_QUAL,      /* more than, at least, about (count qualifiers) */
    MOD_NATURAL,   /* earthquake, flood, crash, cholera: harm with no one acting */
    MOD_CONTEST,   /* votes, seats, goals: a sentence about an election or a game */
    MOD_NCLASSES
};

/* Surface form of a trigger entry. */
enum lx_form { FORM_BASE = 0, FORM_S, FORM_ED, FORM_ING, FORM_NOUN, FORM_EXTRA };

/* Entry flags. */
enum {
    LXF_LC = 1u << 0,      /* a capitalised form mid-sentence is a name, not the word */
    LXF_WEAK = 1u << 1,    /* lower confidence */
    LXF_INHERIT = 1u << 2, /* type "*": takes the type of a nearby event noun */
    LXF_VERB = 1u << 3,    /* the form is a verb form */
    LXF_NOUN = 1u << 4,    /* the form is a noun form */
    LXF_INTR = 1u << 5,    /* an event only without a direct object ("demonstrated" vs
                              "demonstrated the effectiveness of") */
    LXF_TRANS = 1u << 6,   /* an event only with an object or in the passive ("police
                              dispersed the mob" vs "the marchers dispersed") */
    LXF_PRED = 1u << 7     /* not an event as an adjective before a noun ("the
                              indictment alleged" vs "the alleged offense") */
};

typedef struct lx_entry {
    uint32_t key;    /* pool offset: normalized words separated by single spaces */
    uint32_t keylen;
    uint32_t next;   /* next entry with the same first word, UINT32_MAX ends */
    uint32_t fwlen;  /* bytes of the key's first word */
    uint32_t fw;     /* pool offset of the first word's first copy: entries
                        that start with the same word share it */
    uint16_t swlen;  /* bytes of the key's second word, 0 if none (or longer
                        than 65,535) */
    char sw0;        /* the second word's first byte */
    uint16_t nwords;
    uint8_t kind;    /* lx_kind */
    uint8_t cls;     /* lx_mod for modifiers, weight for locatives */
    uint8_t form;    /* lx_form for triggers */
    uint8_t flags;   /* LXF_* */
    char type[12];   /* trigger: PLOVER event type */
    char mode[24];   /* trigger: PLOVER mode, "" if none */
    char sector[4];  /* agent */
    char code[4];    /* agent: alpha-3 country or "IGO"... */
    uint32_t text;   /* pool offset: the phrase as written in the file */
} lx_entry;

struct ge_lexicon {
    lx_entry *v;
    size_t n, cap;
    char *pool;
    size_t pool_len, pool_cap;
    uint32_t *heads; /* hash of the first word -> first entry */
    size_t nheads;   /* power of two */
    ge_event_model model; /* the event classifier, if a [model] file was loaded */
};

/* Returns the index of the first entry whose first word is w (then follow
 * .next, checking the word), or UINT32_MAX. */
uint32_t lx_first(const ge_lexicon *lx, const char *w, size_t n);

/* PLOVER quad code of an event type (1..4), 0 if unknown. */
int ge_plover_quad(const char *type);

/* ------------------------------------------------ the events stage, shared
 * between its files: events.c codes each sentence's candidates with the
 * helpers below. */

typedef struct match {
    uint32_t b, e; /* tokens, end exclusive */
    const lx_entry *x;
} match;

typedef struct matches {
    match *v;
    size_t n, cap;
} matches;

/* The article's photo credits, in token order (event_page.c). */
enum { EV_CREDIT_LABEL = 1, EV_CREDIT_AGENCY = 2 };
typedef struct ev_credit {
    uint32_t tok;
    int kind; /* EV_CREDIT_* */
} ev_credit;

typedef struct ev_credits {
    ev_credit *v;
    size_t n, cap;
} ev_credits;

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
    const match **at;  /* at[kind * (e - b) + i - b]: the longest match of kind
                          covering token i, the first of equals (ev_index_matches) */
    size_t at_cap;
    const ev_credits *credits; /* the article's photo credits */
    const uint8_t *wkey; /* ge_word_key of each token of the text (ev_word_keys) */
    ge_date_phrase dates[8];
    size_t ndates;
    int title_case;    /* a headline in title case: capitals say nothing of names */
    int bureau_line;   /* the article's dateline is a bureau's (doc_ctx) */
} sent;

/* The cues found before a trigger. */
typedef struct cues {
    int neg, intent;
    int passive; /* the trigger is a passive verb ("would be killed"): no one threatens */
    uint32_t reverse_b; /* first token of a REVERSE cue right before, or UINT32_MAX */
    int asked;          /* a noun asked for ("demanded the resignation of") */
} cues;

typedef struct place_choice {
    int mention;
    const char *reason;
    float score;
    uint32_t at; /* the token where the sentence names it ("Haiti" of "near
                    Haiti's capital", whose mention is the capital's) */
} place_choice;

typedef struct doc_ctx {
    int have_pub;
    int sports;        /* a match report (ev_sports_report) */
    ge_ymd pub;
    uint32_t main_place;
    int main_mention;
    int main_other;    /* a mention of it in another sentence, -1 none */
    int main_dateline; /* the main place is the article's dateline */
    int focused;       /* the article is about that one place */
    int bureau_line;   /* its dateline is a bureau's, the story elsewhere */
    int headline;      /* the sentence that is the article's title, -1 none found */
} doc_ctx;

/* Token tests, asked millions of times: inline. */
static inline const char *ev_tok_norm(const ge_text *t, uint32_t i, size_t *n)
{
    *n = t->tokens[i].norm_len;
    return t->norm + t->tokens[i].norm;
}

/* Is token i of the sentence the word w? w is a literal at every call:
 * its length is a constant here, so most tokens are turned away by their
 * length alone, and the bytes of the others are compared as a few words
 * (an inlined memcmp) rather than one at a time. */
static inline int ev_tok_is(const sent *s, uint32_t i, const char *w)
{
    if (i < s->b || i >= s->e)
        return 0;
    size_t n, k = strlen(w);
    const char *p = ev_tok_norm(s->t, i, &n);
    return n == k && !memcmp(p, w, k);
}

/* A word list asked often (ev_tok_in): the words, and a 256-bit summary
 * of them, bit ge_word_key(word) set for each word, made at the first ask.
 * A token whose key's bit is clear is none of the words: most tokens are
 * answered by one bit test instead of a walk of the list. A token whose
 * bit is set is compared with the words of its key alone: head[key] and
 * next[] chain them (1 + a word's index; 0 ends a chain), in list order.
 * The summary is made from the constant words alone, so threads that make
 * it at once store the same values (atomics: no data race; each store is
 * of a final value); `ready` is stored last. */
typedef struct ev_words {
    const char *const *w;   /* NULL-terminated, fewer than 65,535 words */
    _Atomic uint16_t *next; /* one a word */
    _Atomic uint64_t sig[4];
    _Atomic uint16_t head[256];
    atomic_int ready;
} ev_words;

/* Declares a static word list name (an ev_words *) of the words given. */
#define EV_WORDS(name, ...)                                                          \
    static const char *const name##_list[] = {__VA_ARGS__, NULL};                    \
    static _Atomic uint16_t name##_next[sizeof name##_list / sizeof *name##_list];   \
    static ev_words name##_set = {name##_list, name##_next, {0, 0, 0, 0}, {0}, 0};   \
    static ev_words *const name = &name##_set

/* Defines the shared word list name declared below (extern). */
#define EV_WORDS_SHARED(name, ...)                                                   \
    static const char *const name##_list[] = {__VA_ARGS__, NULL};                    \
    static _Atomic uint16_t name##_next[sizeof name##_list / sizeof *name##_list];   \
    static ev_words name##_set = {name##_list, name##_next, {0, 0, 0, 0}, {0}, 0};   \
    ev_words *const name = &name##_set

void ev_words_summarize(ev_words *ws); /* event_tokens.c */
/* The key of each of t's tokens, into key (t->ntokens bytes), once an
 * article: ev_tok_index reads it instead of the token's form. */
void ev_word_keys(const ge_text *t, uint8_t *key); /* event_tokens.c */

/* Is token i of the sentence one of the words ws (NULL-terminated)? */
static inline int ev_tok_in_list(const sent *s, uint32_t i, const char *const *ws)
{
    if (i < s->b || i >= s->e)
        return 0;
    /* the token read once; most words of a list differ from it at the
     * first byte (the form is NUL-terminated: an empty one is "") */
    size_t n;
    const char *p = ev_tok_norm(s->t, i, &n);
    for (; *ws; ws++)
        if ((*ws)[0] == p[0] && ge_word_eq(p, n, *ws))
            return 1;
    return 0;
}

/* Is token i of the sentence one of the nw words ws? For a list written at
 * the call (ev_tok_among): there the words and their number are constants,
 * so the list is no walk, and each word is turned away by its first byte
 * and its length, constants, before the rest of it is read. */
static inline int ev_tok_in_words(const sent *s, uint32_t i, const char *const *ws, size_t nw)
{
    if (i < s->b || i >= s->e)
        return 0;
    size_t n;
    const char *p = ev_tok_norm(s->t, i, &n);
    /* (the first byte first: where the compiler does not unroll a long
     * list, a word's length is no constant; the form is NUL-terminated) */
    for (size_t k = 0; k < nw; k++)
        if (ws[k][0] == p[0] && n == strlen(ws[k]) && !memcmp(p, ws[k], n))
            return 1;
    return 0;
}

/* Is token i of the sentence one of the words given (string literals)? */
#define ev_tok_among(s, i, ...)                                                   \
    ev_tok_in_words((s), (i), (const char *const[]){__VA_ARGS__},                 \
                    sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* Which of the words ws token i of the sentence is (its index in the
 * list), or -1: the list's summary first, then the words of the token's
 * key. */
static inline int ev_tok_index(const sent *s, uint32_t i, ev_words *ws)
{
    if (i < s->b || i >= s->e)
        return -1;
    if (!atomic_load_explicit(&ws->ready, memory_order_acquire))
        ev_words_summarize(ws);
    unsigned k = s->wkey[i];
    if (!((atomic_load_explicit(&ws->sig[k >> 6], memory_order_relaxed) >> (k & 63)) & 1))
        return -1;
    size_t n;
    const char *p = ev_tok_norm(s->t, i, &n);
    for (unsigned x = atomic_load_explicit(&ws->head[k], memory_order_relaxed); x;
         x = atomic_load_explicit(&ws->next[x - 1], memory_order_relaxed))
        if (ge_word_eq(p, n, ws->w[x - 1]))
            return (int)x - 1;
    return -1;
}

static inline int ev_tok_in_set(const sent *s, uint32_t i, ev_words *ws)
{
    return ev_tok_index(s, i, ws) >= 0;
}

/* The first token from `from` to the sentence's end that is one of ws, or
 * s->e: a scan of the sentence that reads the list's summary once, then
 * one key a token. */
static inline uint32_t ev_find_in(const sent *s, uint32_t from, ev_words *ws)
{
    if (!atomic_load_explicit(&ws->ready, memory_order_acquire))
        ev_words_summarize(ws);
    uint64_t sig[4];
    for (int q = 0; q < 4; q++)
        sig[q] = atomic_load_explicit(&ws->sig[q], memory_order_relaxed);
    for (uint32_t i = from < s->b ? s->b : from; i < s->e; i++) {
        unsigned k = s->wkey[i];
        if (((sig[k >> 6] >> (k & 63)) & 1) && ev_tok_index(s, i, ws) >= 0)
            return i;
    }
    return s->e;
}

/* Is token i one of ws: an ev_words list (EV_WORDS) or a NULL-terminated
 * array of words (a list written at the call goes to ev_tok_among; this
 * is variadic for the commas of a compound literal all the same). */
#define ev_tok_in(s, i, ...)                                                       \
    _Generic((__VA_ARGS__), ev_words *: ev_tok_in_set, default: ev_tok_in_list)((s), (i), \
                                                                               __VA_ARGS__)

static inline int ev_is_word(const sent *s, uint32_t i)
{
    return i >= s->b && i < s->e && (s->t->tokens[i].flags & (GE_TOK_WORD | GE_TOK_NUMBER));
}

static inline int ev_is_punct(const sent *s, uint32_t i)
{
    return i >= s->b && i < s->e && (s->t->tokens[i].flags & GE_TOK_PUNCT);
}

/* Longest match of kind covering token i, or NULL. */
static inline const match *ev_match_at(const sent *s, int kind, uint32_t i)
{
    if (i < s->b || i >= s->e)
        return NULL;
    return s->at[(size_t)kind * (s->e - s->b) + (i - s->b)];
}

/* event_tokens.c (lexicon matches, noun phrases, actors) */
int ev_find_matches(const ge_lexicon *lx, const ge_text *t, uint32_t b, uint32_t e, matches *out);
/* Fills s->at from s->mt (after ev_find_matches); -1 out of memory. */
int ev_index_matches(sent *s);
const match *ev_match_ending(const sent *s, int kind, uint32_t i);
const match *ev_mod_ending(const sent *s, int cls, uint32_t i);
int ev_mention_at(const sent *s, uint32_t i);
size_t ev_mention_from(const sent *s, uint32_t i);
int ev_in_date(const sent *s, uint32_t i);
extern ev_words *const ev_np_stops;
extern ev_words *const ev_manner_adverbs;
extern ev_words *const ev_time_units; /* "days", "weeks": a span of time */
extern ev_words *const ev_question_words; /* before "who": a question ("said who") */
extern ev_words *const ev_determiners;
extern ev_words *const ev_count_qualifiers; /* "at least", "more than" before a number */
extern const char *const ev_side_words[]; /* "northern", "central" (event_article.c) */
/* Does token i end with suffix (normalized)? Inline: the suffix is a
 * literal, its length known where it is asked. */
static inline int ev_tok_norm_ends(const sent *s, uint32_t i, const char *suffix)
{
    size_t n, k = strlen(suffix);
    const char *p = ev_tok_norm(s->t, i, &n);
    return n > k + 1 && !memcmp(p + n - k, suffix, k);
}

/* Does token i begin with prefix (normalized)? */
static inline int ev_tok_norm_starts(const sent *s, uint32_t i, const char *prefix)
{
    size_t n, k = strlen(prefix);
    const char *p = ev_tok_norm(s->t, i, &n);
    return n >= k && !memcmp(p, prefix, k);
}
int ev_is_trigger_tok(const sent *s, uint32_t i);
int ev_name_word(const sent *s, uint32_t i);
void ev_np_left(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe);
extern ev_words *const ev_recip_preps;
void ev_np_right(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe);
/* A relative clause with a verb of its own in [b, e) (event_tokens.c). */
int ev_relative_act(const sent *s, uint32_t b, uint32_t e, int set_off);
/* event_when.c: "as" at token j opening another subject's clause ("come as
 * a landslide killed four"); its verb's token, or 0 */
uint32_t ev_as_clause(const sent *s, uint32_t j);
/* event_content.c: what another act holds ("called on both sides to agree",
 * "banned all demonstrations", "warned that the blockades could cost") */
int ev_content_asked(const sent *s, const match *tm);
int ev_banned_act(const sent *s, const match *tm);
int ev_warned_of_things(const sent *s, const match *tm);
/* Another kind of act, or any act set apart in time ("a week after"),
 * named by a time phrase between token te and mention mm: the place is
 * that act's (event_forms.c). */
int ev_act_of_time_phrase_between(const sent *s, uint32_t te, const ge_mention *mm,
                                  const char *type);
void ev_code_actor(const sent *s, uint32_t b, uint32_t e, ge_actor *a);
/* The subject a verb after "and" or a comma shares with the clause before
 * ("policemen chased the raiders and shot one"): [*ab, *ae) when found. */
void ev_coordinated_subject(const sent *s, const match *tm, uint32_t *ab, uint32_t *ae);

/* event_attrs.c (report mode, counts, dates) */
void ev_report_mode(const sent *s, uint32_t tb, int noun, ge_event *ev, cues *c);
void ev_recode(const sent *s, const cues *c, ge_event *ev);
void ev_implicit_actor(ge_event *ev);
long ev_number_at(const sent *s, uint32_t i, uint32_t *end);
void ev_trigger_count(const sent *s, uint32_t tb, ge_event *ev);
void ev_casualties(const sent *s, uint32_t tb, ge_event *ev);
int ev_age_at(const sent *s, uint32_t j);
void ev_event_date(const sent *s, uint32_t tb, int have_pub, ge_ymd pub, ge_event *ev);
void ev_carry_dates(const ge_text *t, ge_events *evs);

/* event_place.c (where an event happened) */
int ev_fragment(const sent *s, const ge_mention *mm);
int ev_possessive(const sent *s, const ge_mention *mm); /* "Yemen's" */
int ev_possessive_in(const ge_text *t, const ge_mention *mm);
/* The article's mention of the capital that "Somalia's capital" or "the
 * Somali capital" (mention k) means; -1 when it names none. */
int ev_capital_meant(const ge_text *t, const ge_gazetteer *g, const ge_mentions *m, size_t k);
extern ev_words *const ev_calendar_words; /* month and day names */
extern ev_words *const ev_faith_words;    /* "Shiite", "Catholic": no places */
extern ev_words *const ev_premises;       /* "store", "home": a building's use, no place name */
extern ev_words *const ev_place_nouns;    /* "area", "town", "airport": a place's head */
/* event_place_unknown.c: a name the gazetteer lacks after a locative or
 * an act, and the known place that holds it */
int ev_unknown_object(const sent *s, uint32_t te, uint32_t name[2]);
/* The token after up to n lower-case modifier words from j ("the
 * southern", "a small"). */
uint32_t ev_skip_modifiers(const sent *s, uint32_t j, int n);
/* The event and the article's places (event_place.c): a town or region in
 * another country thousands of kilometres from the main place; a locative
 * that puts the event at the chosen place; the article's main place (or
 * the town "the city" refers to) for an event with none of its own. */
/* event_article.c: the article's place, and an event's when it names none */
/* A dateline's place: "BAGHDAD (Reuters) -", "KARNI CROSSING, Gaza Strip --"
 * (event_article.c). */
int ev_dateline(const ge_text *t, const ge_mention *mm);
int ev_main_place(const ge_lexicon *lx, const ge_gazetteer *g, const ge_text *t,
                  const ge_mentions *m, doc_ctx *dc);
int ev_far_from_article(const sent *s, const doc_ctx *dc, uint32_t place);
int ev_puts_it_there(const sent *s, const match *tm, place_choice pc);
void ev_article_place(const sent *s, const doc_ctx *dc, ge_event *ev);

/* event_page.c: lines of a page that are no story */
/* event_roles.c: the token spans of who acted [*ab, *ae) and on whom [*rb,
 * *re) for trigger tm, read as a noun, a passive or an active verb. */
void ev_role_spans(const sent *s, const match *tm, int noun, int passive, uint32_t *ab,
                   uint32_t *ae, uint32_t *rb, uint32_t *re);
/* "the police in self-defence fired": when the words before the verb at ab
 * name no one and follow a preposition, the phrase before it codes a. */
void ev_subject_before_phrase(const sent *s, uint32_t ab, ge_actor *a);
int ev_title_case(const sent *s);
/* Is the text in [whole->b, whole->e) a match report (words of the game,
 * a score)? Its blows and shots are play. */
int ev_sports_report(const sent *whole);
/* Does the sentence tell of harm to people (police, fans, injured, died)? */
int ev_real_harm(const sent *s);
/* A line that tells no event: short, a photo caption, a boilerplate
 * phrase of the lexicon ("declined to comment"). */
int ev_boilerplate(const sent *s);
/* The article's photo credits, for ev_boilerplate; -1 out of memory. */
int ev_find_credits(const ge_text *t, ev_credits *out);
/* The sentence (of the first 20) that opens with the article's title
 * (HTML <title> or <h1>, a JSON title field), or -1. */
int ev_title_sentence(const ge_text *t, const char *title);
/* event_place_unknown.c */
int ev_unknown_place_after(const sent *s, uint32_t te, uint32_t name[2]);
int ev_unknown_place_first(const sent *s, uint32_t tb, uint32_t te, const ge_mention *mm,
                           uint32_t name[2]);
/* event_place.c */
place_choice ev_choose_place(const sent *s, uint32_t tb, uint32_t te, const ge_event *ev);
place_choice ev_passive_subject_place(const sent *s, uint32_t tb);
/* The mention of the capital that a bare "in the capital" after the act
 * means, or -1 (event_place_unknown.c). */
int ev_bare_capital(const sent *s, uint32_t te);

/* event_sense.c: is the lexicon match an event where it stands? */
int ev_not_an_event_here(const sent *s, const match *tm);
int ev_other_sense(const sent *s, const match *tm); /* a [senses] phrase */
/* event_forms.c: how a word stands in its sentence */
int ev_verb_form_as_noun(const sent *s, const match *tm);
int ev_modifies_noun(const sent *s, const match *tm); /* "attack helicopters" */
int ev_names_people(const sent *s, const match *tm);  /* "rescue workers said" */
int ev_the_hurt(const sent *s, const match *tm);      /* "could not reach the wounded" */
int ev_noun_use(const sent *s, const match *tm);
int ev_passive(const sent *s, uint32_t tb, const lx_entry *x);
int ev_fires_someone(const sent *s, const match *tm);
/* Is the participle (or -ing form) an adjective before a noun ("the burning
 * yacht", "the internationally recognised government", "carried out
 * coordinated attacks", "soldiers backed by bulldozers")? */
int ev_participle_adjective(const sent *s, const match *tm);
/* event_tally.c: a count of acts so far ("have been killed since 2015"),
 * and one since a year before the article's (years of violence) */
int ev_tally(const sent *s, const match *tm);
int ev_years_tally(const sent *s, const match *tm, int have_pub, ge_ymd pub);
/* "Ankara has previously struck targets", "has carried out frequent
 * attacks"; "has been fighting for more than a decade": acts of other times */
int ev_done_before(const sent *s, const match *tm);
int ev_years_long(const sent *s, const match *tm);
/* "as rival cartels fight over fuel theft": what goes on (event_tally.c) */
int ev_habitual(const sent *s, const match *tm);
/* A name's side from its apposition ("John Kirby, a Pentagon spokesperson,")
 * (event_roles.c) */
void ev_code_from_apposition(const sent *s, ge_actor *a);
/* "X, an armed group fighting the junta": what a name is (event_tally.c) */
int ev_apposition_act(const sent *s, const match *tm);
/* event_fire_hold.c */
int ev_fired_rounds(const sent *s, const match *tm);
int ev_held_in_custody(const sent *s, const match *tm, int people);
int ev_anchor(const sent *s, const match *tm);
/* event_forms.c */
int ev_has_object(const sent *s, uint32_t i);
int ev_possessive_token(const sent *s, uint32_t j); /* "Barnett's", "the hostages'" */
/* The sentence's word tokens, counted up to most (the callers ask only
 * whether there are fewer than a few). */
int ev_word_tokens(const sent *s, int most);
int ev_headline_like(const sent *s);
/* Sets type, mode and quad code (event_attrs.c). */
void ev_set_type(ge_event *ev, const char *type, const char *mode);
/* event_kind.c: what kind of act a trigger names where it stands */
int ev_modifier_in(const sent *s, uint32_t b, uint32_t e, int cls);
int ev_in_report_frame(const sent *s, uint32_t b, uint32_t e, uint32_t tb);
int ev_gathering(const char *type); /* PROTEST or CONSULT: held on a day of its own */
/* Is the act at tb a noun asked for ("demanded the arrest of", "called
 * for a rally")? (event_attrs.c) */
int ev_asked_for(const sent *s, uint32_t tb, int noun);
int ev_perpetrators_move(const sent *s, const lx_entry *x, uint32_t tb, uint32_t ab,
                         uint32_t ae);
int ev_takes_place_by_force(const sent *s, const match *tm);
void ev_kind_by_object(const sent *s, const match *tm, ge_event *ev);
/* Officers sent to a call at a building or a scene: no mobilisation. */
int ev_call_out(const sent *s, const match *tm);
/* event_charges.c: a charge's crime, an arrest's ground, a weapon found */
int ev_charge_content(const sent *s, const match *tm);
int ev_ground_of_arrest(const sent *s, const match *tm);
int ev_weapon_found(const sent *s, const match *tm);
int ev_kind_by_roles(const sent *s, const match *tm, int noun, int passive, ge_event *ev);
int ev_no_one_acted(const sent *s, const match *tm, const lx_entry *x, uint32_t ab, uint32_t ae,
                    int passive);

#endif
