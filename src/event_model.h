/*
 * event_model.h -- the events stage after the candidates: coreference of
 * candidate records into one record per event (event_coref.c), and the
 * classifier that keeps a record and gives its confidence (event_model.c).
 *
 * The classifier is a logistic regression over a few dozen features of a
 * record (how its trigger was found, its actor, place, report mode, where
 * its sentence is, how many sentences report it...). Its weights are a
 * lexicon file ([model] section: "FEATURE WEIGHT" lines, plus "threshold
 * X"), written by `geoevents train-events` from completely annotated
 * articles, so anyone can retrain it; the file states its provenance.
 * confidence = the model's probability; records below the threshold are
 * dropped. Without a model every candidate is kept with its rule-based
 * confidence.
 */
#ifndef GE_EVENT_MODEL_H
#define GE_EVENT_MODEL_H

#include "internal.h"

enum evf {
    EVF_BIAS = 0,
    EVF_PRIOR,        /* the rule-based confidence of the candidate */
    EVF_WEAK,
    EVF_MULTIWORD,
    EVF_NOUN,
    EVF_PASSIVE,
    EVF_INHERIT,
    EVF_DEMAND,
    EVF_ENUM,
    EVF_ACTOR,        /* an actor country or sector */
    EVF_ACTOR_STATE,  /* a government, military or police actor */
    EVF_RECIPIENT,
    EVF_LOC_LOCATIVE, /* place after "in", "at"... */
    EVF_LOC_SENTENCE, /* another place of the sentence */
    EVF_LOC_ARTICLE,  /* the article's main place */
    EVF_LOC_NONE,
    EVF_LOC_COUNTRY,  /* the place is a country or larger */
    EVF_NOT_ASSERTED,
    EVF_NEGATED,
    EVF_FIRST_SENT,   /* the first sentence (a headline, often) */
    EVF_EARLY,        /* among the first three sentences */
    EVF_SHORT_SENT,   /* fewer than 8 words */
    EVF_LONG_SENT,    /* more than 40 words */
    EVF_QUOTE,        /* the sentence holds a quotation mark */
    EVF_OTHERS_IN_SENT, /* other records in the same sentence (capped at 3, / 3) */
    EVF_OUTRANKED,    /* another record of its sentence has a higher prior */
    EVF_MENTIONS,     /* log2 of the sentences reporting it */
    EVF_NUMBERS,      /* a count, deaths or injuries stated */
    EVF_DATE,         /* its own date phrase */
    EVF_CAPITALISED,  /* the trigger is capitalised mid-sentence (a title?) */
    EVF_REPEAT,       /* an earlier record of the article has its type */
    EVF_REPEAT_NEAR,  /* ... within the three sentences before */
    EVF_MODAL,        /* a modal or "to" just before the trigger ("could seize") */
    EVF_BARE_NOUN,    /* a noun trigger with neither actor nor recipient ("state funds") */
    EVF_WEAK_ALONE,   /* an ambiguous word with neither actor nor place of its sentence */
    EVF_CONTEST,      /* the sentence speaks of votes, seats or goals (an election, a game) */
    EVF_SAME_WORD,    /* an earlier sentence has a record of this type by the same word (a retelling) */
    EVF_GENERIC,      /* the sentence is general or conditional ("if", "usually", "each year") */
    EVF_TALLY,        /* a count so far past the lede ("have been killed since 2015") */
    EVF_TYPE,         /* 16 features: the record's PLOVER type (ge_plover_types order) */
    EVF_N = EVF_TYPE + 16
};

typedef struct ge_event_model {
    int loaded;
    double w[EVF_N];
    double threshold; /* records below it are dropped */
    double second;    /* a second record of one sentence needs this much */
    /* confidence = 1 / (1 + exp(-(scale * z + shift))), z the weighted sum:
     * the scores calibrated on completely annotated articles (Platt) */
    double cal_scale, cal_shift;
} ge_event_model;

/* The 16 PLOVER categories, in a fixed order. */
extern const char *const ge_plover_types[16];

/* A type's place in ge_plover_types, or -1 (event_lexicon.c). */
int ge_plover_type_index(const char *type);

/* A feature's name in the model file. */
const char *ge_evf_name(int f);

/* Sets a weight by name ("threshold" sets the threshold); 0 when unknown. */
int ge_event_model_set(ge_event_model *m, const char *name, double value);

/* Features of record i of evs (after coreference). */
void ge_event_features(const ge_text *t, const ge_gazetteer *g, const ge_events *evs, size_t i,
                       double x[EVF_N]);

/* The weighted sum of the features, and the calibrated probability. */
double ge_event_model_score(const ge_event_model *m, const double x[EVF_N]);
double ge_event_model_prob(const ge_event_model *m, const double x[EVF_N]);

/* Scores every record: confidence = probability, records under the
 * threshold are removed. Does nothing when m is NULL or not loaded. */
void ge_event_model_apply(const ge_event_model *m, const ge_text *t, const ge_gazetteer *g,
                          ge_events *evs);

/* Does place a contain place b (a country or first-level area over a place
 * in it)? */
int ge_place_contains(const ge_gazetteer *g, uint32_t a, uint32_t b);

/* Merges records that report the same event (same type, compatible place,
 * date and participants, and one sentence, the headline and the lede, or
 * the same place with the same word or "the attack") into the first one,
 * listing each trigger in mentions (event_coref.c). */
void ge_events_coref(const ge_text *t, const ge_gazetteer *g, ge_events *evs);

/* Does record b's sentence turn to another story or time ("Meanwhile, ...",
 * "In a separate incident", "weeks after")? Coreference asks it
 * (event_tokens.c). */
int ev_turns_away(const ge_text *t, const ge_event *b);

/* Fits weights by L2-regularised logistic regression (x: n rows of EVF_N,
 * y: 0/1, wt: each example's weight, or NULL for 1). Returns 0, or -1 out
 * of memory. */
int ge_event_model_fit(const double *x, const int *y, const double *wt, size_t n, double l2,
                       ge_event_model *m);

/* Makes a lexicon's candidates come out unfiltered, with their rule-based
 * confidence (for training). */
void ge_lexicon_model_off(ge_lexicon *lx);

#endif
