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

#include "event_model.h"
#include "internal.h"

enum lx_kind {
    LX_TRIGGER = 0, /* [triggers]   phrase TYPE mode forms [flags] */
    LX_AGENT,       /* [agents]     phrase SECTOR [COUNTRY] */
    LX_MODIFIER,    /* [modifiers]  phrase CLASS */
    LX_LOCATIVE,    /* [locatives]  phrase WEIGHT */
    LX_BOILER,      /* [boilerplate] phrase */
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
    LXF_INTR = 1u << 5     /* an event only without a direct object ("demonstrated" vs
                              "demonstrated the effectiveness of") */
};

typedef struct lx_entry {
    uint32_t key;    /* pool offset: normalized words separated by single spaces */
    uint32_t keylen;
    uint32_t next;   /* next entry with the same first word, UINT32_MAX ends */
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

#endif
