/*
 * write_schema.c -- the fields of the events, mentions and articles layers:
 * names, Shapefile names (10 characters, documented in the README), types
 * and widths.
 */
#include "write_internal.h"

static const field_def ev_fields[EV_N] = {
    [EV_EVENT_ID] = {"event_id", "event_id", F_STR, 100},
    [EV_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [EV_TITLE] = {"title", "title", F_STR, 254},
    [EV_URL] = {"url", "url", F_STR, 254},
    [EV_PUBLISHED] = {"published", "published", F_DATETIME, 0},
    [EV_EVENT_DATE] = {"event_date", "event_date", F_DATE, 0},
    [EV_DATE_START] = {"event_date_start", "date_start", F_DATE, 0},
    [EV_DATE_END] = {"event_date_end", "date_end", F_DATE, 0},
    [EV_DATE_PREC] = {"date_precision", "date_prec", F_STR, 8},
    [EV_DATE_TEXT] = {"date_text", "date_text", F_STR, 80},
    [EV_EVENT_TYPE] = {"event_type", "event_type", F_STR, 12},
    [EV_MODE] = {"mode", "mode", F_STR, 24},
    [EV_QUAD] = {"quad_code", "quad_code", F_INT, 0},
    [EV_ACTOR] = {"actor", "actor", F_STR, 120},
    [EV_ACTOR_CODE] = {"actor_code", "actor_code", F_STR, 3},
    [EV_ACTOR_SECTOR] = {"actor_sector", "actor_sect", F_STR, 3},
    [EV_RECIPIENT] = {"recipient", "recipient", F_STR, 120},
    [EV_RECIPIENT_CODE] = {"recipient_code", "recip_code", F_STR, 3},
    [EV_RECIPIENT_SECTOR] = {"recipient_sector", "recip_sect", F_STR, 3},
    [EV_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [EV_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [EV_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [EV_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [EV_PRECISION] = {"precision", "precision", F_STR, 10},
    [EV_GEO_PREC] = {"geo_precision", "geo_prec", F_INT, 0},
    [EV_ACLED_PREC] = {"acled_geo_precision", "acled_prec", F_INT, 0},
    [EV_LOC_REASON] = {"location_reason", "loc_reason", F_STR, 24},
    [EV_SENTENCE] = {"sentence", "sentence", F_STR, 254},
    [EV_START] = {"start", "start", F_INT, 0},
    [EV_END] = {"end", "end", F_INT, 0},
    [EV_TRIGGER] = {"trigger", "trigger", F_STR, 60},
    [EV_TRIGGER_START] = {"trigger_start", "trig_start", F_INT, 0},
    [EV_TRIGGER_END] = {"trigger_end", "trig_end", F_INT, 0},
    [EV_PLACE_START] = {"place_start", "plc_start", F_INT, 0},
    [EV_PLACE_END] = {"place_end", "plc_end", F_INT, 0},
    [EV_NEGATED] = {"negated", "negated", F_BOOL, 0},
    [EV_REPORT_MODE] = {"mode_of_report", "report_mod", F_STR, 12},
    [EV_COUNT] = {"count", "count", F_INT, 0},
    [EV_COUNT_QUAL] = {"count_qualifier", "count_qual", F_STR, 16},
    [EV_FATALITIES] = {"fatalities", "fatalities", F_INT, 0},
    [EV_INJURED] = {"injured", "injured", F_INT, 0},
    [EV_CONFIDENCE] = {"confidence", "confidence", F_REAL, 0},
    [EV_MENTIONS] = {"mentions", "mentions", F_INT, 0},
};

static const field_def mn_fields[MN_N] = {
    [MN_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [MN_NAME] = {"name", "name", F_STR, 120},
    [MN_START] = {"start", "start", F_INT, 0},
    [MN_END] = {"end", "end", F_INT, 0},
    [MN_KIND] = {"kind", "kind", F_STR, 8},
    [MN_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [MN_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [MN_FEATURE_CODE] = {"feature_code", "feat_code", F_STR, 8},
    [MN_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [MN_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [MN_POPULATION] = {"population", "population", F_INT64, 0},
    [MN_PRECISION] = {"precision", "precision", F_STR, 10},
    [MN_SCORE] = {"score", "score", F_REAL, 0},
};

static const field_def ar_fields[AR_N] = {
    [AR_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [AR_TITLE] = {"title", "title", F_STR, 254},
    [AR_URL] = {"url", "url", F_STR, 254},
    [AR_PUBLISHED] = {"published", "published", F_DATETIME, 0},
    [AR_MENTIONS] = {"mentions", "mentions", F_INT, 0},
    [AR_EVENTS] = {"events", "events", F_INT, 0},
    [AR_UNRESOLVED] = {"unresolved", "unresolved", F_INT, 0},
    [AR_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [AR_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [AR_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [AR_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [AR_PRECISION] = {"precision", "precision", F_STR, 10},
};

const layer_def wr_layer_defs[L_N] = {
    {"events", ev_fields, EV_N, "geoevents: one point per event record"},
    {"mentions", mn_fields, MN_N, "geoevents: one point per resolved place mention"},
    {"articles", ar_fields, AR_N, "geoevents: one point per article, at its main place"},
};
