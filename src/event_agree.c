/*
 * event_agree.c -- whether two records of an article can be one event by
 * what they say of it: places that are the same, or one inside the other
 * (a state and its town, a district and its town, a region and what lies
 * near its point), or near each other; own dates that agree at the coarser
 * precision; actor codes and sectors that agree.
 */
#include "dates.h"
#include "event_words.h"

/* How far a region without a state code reaches from its point; a
 * district without a district code. */
#define REGION_KM 400.0
#define DISTRICT_KM 60.0
#define CITY_SITE_KM 25.0 /* a city holds the airports, buildings and quarters this near */

/* How specific a place choice is: locative > sentence > other > article > none. */
int ev_place_rank(const ge_event *e)
{
    if (e->place == GE_NONE)
        return 0;
    if (!e->location_reason)
        return 2;
    if (ge_str_is(e->location_reason, "locative"))
        return 4;
    if (ge_str_is(e->location_reason, "article"))
        return 1;
    if (ge_str_is(e->location_reason, "sentence"))
        return 3;
    return 2;
}

int ge_place_contains(const ge_gazetteer *g, uint32_t a, uint32_t b)
{
    if (!g || a == GE_NONE || b == GE_NONE)
        return 0;
    const ge_place *pa = ge_gazetteer_place(g, a), *pb = ge_gazetteer_place(g, b);
    /* (a disputed region of no one country, "Kashmir", holds the towns of
     * whichever country holds them) */
    int stateless = pa && !pa->country[0] && pa->level == GE_LEVEL_ADMIN1;
    if (!pa || !pb || (memcmp(pa->country, pb->country, 2) && !stateless) || a == b)
        return 0;
    /* a big island or region the gazetteer keeps as a feature ("Mindanao",
     * 26 million people): what lies within reach of its point */
    int big_feature = pa->level == GE_LEVEL_SITE && pa->population >= 100000 &&
                      (pa->fclass == 'T' || pa->fclass == 'L' || ge_fcode_starts(pa, "ISL") ||
                       ge_fcode_is(pa, "RGN") || ge_fcode_is(pa, "PEN"));
    /* a region with no state code ("Darfur", "Kurdistan") holds states
     * too ("South Darfur") */
    int region = pa->level == GE_LEVEL_ADMIN1 && !ge_gazetteer_str(g, pa->admin1)[0];
    if (pa->level >= pb->level && !big_feature &&
        !(region && pb->level == GE_LEVEL_ADMIN1 && ge_gazetteer_str(g, pb->admin1)[0]))
        return 0;
    if (pa->level <= GE_LEVEL_COUNTRY)
        return 1;
    if (big_feature || region) {
        /* a region with no state code ("Darfur", "Kurdistan"): what lies
         * within a few hundred kilometres of its point */
        return ge_geodesic_km(pa->lat, pa->lon, pb->lat, pb->lon) < REGION_KM;
    }
    if (pa->level == GE_LEVEL_ADMIN1)
        return !strcmp(ge_gazetteer_str(g, pa->admin1), ge_gazetteer_str(g, pb->admin1));
    if (pa->level == GE_LEVEL_ADMIN2 &&
        !strcmp(ge_gazetteer_str(g, pa->admin1), ge_gazetteer_str(g, pb->admin1))) {
        /* a district holds its towns: by code, or, for one known only by
         * its point ("Cooch Behar District" and Dinhata), what lies near it */
        const char *ca = ge_gazetteer_str(g, pa->admin2), *cb = ge_gazetteer_str(g, pb->admin2);
        if (ca[0] && cb[0])
            return !strcmp(ca, cb);
        return ge_geodesic_km(pa->lat, pa->lon, pb->lat, pb->lon) < DISTRICT_KM;
    }
    /* a city holds its airport, its buildings and its quarters
     * ("Sulaymaniyah International Airport" in Sulaymaniyah) */
    if (pa->level == GE_LEVEL_CITY && pb->level == GE_LEVEL_SITE && !big_feature)
        return ge_geodesic_km(pa->lat, pa->lon, pb->lat, pb->lon) < CITY_SITE_KM;
    return 0;
}

/* Is one placed "near" a place within NEAR_KM of the other's ("two towns
 * near Haiti's capital", then "the towns of Mirebalais and Saut-d'Eau")? */
#define NEAR_KM 100.0
int ev_towns_near(const ge_gazetteer *g, const ge_event *a, const ge_event *b)
{
    if (!g || a->place == GE_NONE || b->place == GE_NONE)
        return 0;
    const ge_place *pa = ge_gazetteer_place(g, a->place), *pb = ge_gazetteer_place(g, b->place);
    if (!pa || !pb || pa->level <= GE_LEVEL_COUNTRY || pb->level <= GE_LEVEL_COUNTRY)
        return 0;
    return ge_geodesic_km(pa->lat, pa->lon, pb->lat, pb->lon) < NEAR_KM;
}

int ev_near_each_other(const ge_gazetteer *g, const ge_event *a, const ge_event *b)
{
    return ((a->evidence | b->evidence) & GE_EV_NEAR) && ev_towns_near(g, a, b);
}

int ev_places_agree(const ge_gazetteer *g, const ge_event *a, const ge_event *b)
{
    if ((a->evidence | b->evidence) & GE_EV_UNKNOWN_PLACE) {
        if (a->evidence & b->evidence & GE_EV_UNKNOWN_PLACE)
            return a->sentence == b->sentence;
        /* "attacked the village of Yelwata in Guma ..., killing 30 and
         * burning homes in Benue"; "The attack was the latest in ...
         * Nigeria's central states": the other act's place holds the
         * village's container (in its sentence, or the other names its
         * own place) */
        const ge_event *u = (a->evidence & GE_EV_UNKNOWN_PLACE) ? a : b, *k = u == a ? b : a;
        /* ("Chinese ship rammed vessel near Second Thomas Shoal", then
         * "rammed and boarded a Philippine navy boat": a place we cannot
         * map agrees with a record that names no place of its own) */
        if (ev_place_rank(k) <= 1)
            return 1; /* no place of its own */
        if (u->place == GE_NONE) {
            /* ("attack on Barsalogho", then "an attack on the town of
             * Barsalogho in north-central Burkina Faso" placed in the
             * country): a town we cannot map may lie in a country or a
             * state */
            const ge_place *kp = ge_gazetteer_place(g, k->place);
            return kp && kp->level <= GE_LEVEL_ADMIN1 && kp->level >= GE_LEVEL_COUNTRY;
        }
        if (a->sentence != b->sentence && ev_place_rank(k) < 3)
            return 0;
        /* (a village we cannot map, placed only by the article's country,
         * may lie in the other's province) */
        return k->place == u->place || ge_place_contains(g, k->place, u->place) ||
               (ev_place_rank(u) <= 1 && ge_place_contains(g, u->place, k->place));
    }
    if (ev_place_rank(a) <= 1 || ev_place_rank(b) <= 1 || a->place == b->place)
        return 1;
    return ge_place_contains(g, a->place, b->place) || ge_place_contains(g, b->place, a->place) ||
           ev_near_each_other(g, a, b);
}

static int own_date(const ge_event *e)
{
    return e->date_precision != GE_DATE_NONE && e->date_start != e->date_end;
}

/* A date of the act itself ("since the protests began in July" dates the
 * start of a time, not the act). */
int ev_act_date(const ge_event *e)
{
    return own_date(e) && !(e->evidence & GE_EV_ANCHOR);
}

/* Own dates agree at the coarser precision of the two ("on Monday" and
 * "this year"); a week-precision date agrees with days of that week (its
 * date three days either side). */
int ev_dates_agree(const ge_event *a, const ge_event *b)
{
    ge_date_precision p = a->date_precision > b->date_precision ? a->date_precision
                                                                 : b->date_precision;
    size_t n = p == GE_DATE_YEAR ? 4 : p == GE_DATE_MONTH ? 7 : 10;
    if (p == GE_DATE_WEEK) {
        ge_ymd x, y;
        if (!ge_date_parse_iso(a->event_date, &x) || !ge_date_parse_iso(b->event_date, &y))
            return 0;
        long d = ge_days_from_ymd(x) - ge_days_from_ymd(y);
        /* (a week phrase is dated on the publication's weekday of that
         * week: "last week" and this Tuesday are apart) */
        if (a->date_precision != b->date_precision)
            return d >= -3 && d <= 3;
        return d > -7 && d < 7;
    }
    return !strncmp(a->event_date, b->event_date, n);
}

long ev_days_before(const ge_event *e, const ge_event *l)
{
    ge_ymd x, y;
    if (!ge_date_parse_iso(e->event_date, &x) || !ge_date_parse_iso(l->event_date, &y))
        return 0;
    long span = e->date_precision == GE_DATE_YEAR    ? 365
                : e->date_precision == GE_DATE_MONTH ? 30
                : e->date_precision == GE_DATE_WEEK  ? 6
                                                     : 0;
    return ge_days_from_ymd(y) - ge_days_from_ymd(x) - span;
}

int ev_codes_agree(const char *a, const char *b)
{
    return !a[0] || !b[0] || !strcmp(a, b);
}

/* Is sector one of the list? */
static int sector_in(const char *sector, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(sector, list[i]))
            return 1;
    return 0;
}

/* Are both actors armed men outside the state ("Militants attack train",
 * then "gunmen blew up the track"; "bandits" and "the gunmen")? One story
 * names the same attackers many ways. */
int ev_same_armed_side(const ge_event *a, const ge_event *b)
{
    static const char *const armed[] = {"REB", "UAF", "CRM", NULL};
    return sector_in(a->actor.sector, armed) && sector_in(b->actor.sector, armed) &&
           ev_codes_agree(a->actor.code, b->actor.code);
}

/* The actors' sectors agree; a protest's people are named many ways
 * ("opposition rally", "protesters had gathered", "students marched"). */
int ev_sectors_agree(const ge_event *a, const ge_event *b)
{
    static const char *const civil[] = {"CVL", "OPP", "LAB", "EDU", "AGR", "REF", NULL};
    if (ev_codes_agree(a->actor.sector, b->actor.sector))
        return 1;
    if (strcmp(a->event_type, "PROTEST"))
        return 0;
    return sector_in(a->actor.sector, civil) && sector_in(b->actor.sector, civil);
}

