/*
 * map_stats.c -- what `geoevents map` counts: articles, mentions, events,
 * bad and repaired inputs, and for --summary / --summary-json the events by
 * type, country and day.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "map_stats.h"

static void tally_add(tally *t, const char *key)
{
    if (!key || !*key)
        key = "(none)";
    size_t lo = 0, hi = t->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(t->key[mid], key, 15);
        if (c == 0) {
            t->n[mid]++;
            return;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (t->len == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        char(*k)[16] = realloc(t->key, cap * sizeof *k);
        if (k)
            t->key = k;
        size_t *n = realloc(t->n, cap * sizeof *n);
        if (n)
            t->n = n;
        if (!k || !n)
            return;
        t->cap = cap;
    }
    memmove(t->key + lo + 1, t->key + lo, (t->len - lo) * sizeof *t->key);
    memmove(t->n + lo + 1, t->n + lo, (t->len - lo) * sizeof *t->n);
    snprintf(t->key[lo], sizeof t->key[lo], "%s", key);
    t->n[lo] = 1;
    t->len++;
}

/* The entries in print order (by count, stable, when by_count); caller frees. */
static size_t *tally_order(const tally *t, int by_count)
{
    size_t *order = malloc((t->len ? t->len : 1) * sizeof *order);
    if (!order)
        return NULL;
    for (size_t i = 0; i < t->len; i++)
        order[i] = i;
    for (size_t i = 1; by_count && i < t->len; i++) /* insertion sort by count, stable */
        for (size_t j = i; j > 0 && t->n[order[j]] > t->n[order[j - 1]]; j--) {
            size_t x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    return order;
}

/* The top entries (all when top is 0); days, in date order, the last ones. */
void map_tally_print(const tally *t, const char *title, int by_count, size_t top)
{
    fprintf(stderr, "%s%s:\n", title, top && t->len > top ? (by_count ? " (top)" : " (last)") : "");
    if (!t->len)
        fputs("  (none)\n", stderr);
    size_t *order = tally_order(t, by_count);
    if (!order)
        return;
    size_t from = !top || t->len <= top ? 0 : by_count ? 0 : t->len - top;
    size_t to = !top || t->len <= top ? t->len : by_count ? top : t->len;
    for (size_t i = from; i < to; i++)
        fprintf(stderr, "  %-12s %zu\n", t->key[order[i]], t->n[order[i]]);
    if (to - from < t->len)
        fprintf(stderr, "  (%zu more; --top 0 lists all)\n", t->len - (to - from));
    free(order);
}

/* {"key": count, ...} in print order, every entry. */
static cJSON *tally_json(const tally *t, int by_count)
{
    cJSON *o = cJSON_CreateObject();
    size_t *order = tally_order(t, by_count);
    for (size_t i = 0; o && order && i < t->len; i++)
        cJSON_AddNumberToObject(o, t->key[order[i]], (double)t->n[order[i]]);
    free(order);
    return o;
}

void map_tally_free(tally *t)
{
    free(t->key);
    free(t->n);
}

/* --summary-json FILE: the counts as one JSON object ("-": stdout). */
int map_write_summary_json(const map_stats *s, const char *path, const char *output,
                           size_t dropped, double secs)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "output", output);
    cJSON_AddNumberToObject(o, "articles", (double)s->articles);
    cJSON_AddNumberToObject(o, "mentions_resolved", (double)s->mentions);
    cJSON_AddNumberToObject(o, "mentions_unresolved", (double)s->unresolved);
    cJSON_AddNumberToObject(o, "events", (double)s->events);
    cJSON_AddNumberToObject(o, "events_without_place", (double)s->unlocated);
    cJSON_AddNumberToObject(o, "bad_inputs", (double)s->bad);
    cJSON_AddNumberToObject(o, "repaired_inputs", (double)s->repaired);
    cJSON_AddNumberToObject(o, "features_dropped", (double)dropped);
    cJSON_AddNumberToObject(o, "seconds", secs);
    cJSON_AddItemToObject(o, "events_by_type", tally_json(&s->by_type, 1));
    cJSON_AddItemToObject(o, "events_by_country", tally_json(&s->by_country, 1));
    cJSON_AddItemToObject(o, "events_by_day", tally_json(&s->by_day, 0));
    char *text = cJSON_Print(o);
    cJSON_Delete(o);
    int stdout_ = !strcmp(path, "-");
    FILE *f = stdout_ ? stdout : fopen(path, "w");
    int ok = text && f && fputs(text, f) != EOF && fputc('\n', f) != EOF;
    if (f && !stdout_)
        ok &= fclose(f) == 0;
    cJSON_free(text);
    if (!ok)
        cli_error("--summary-json %s: cannot write it", path);
    return ok ? 0 : 1;
}

void map_count_doc(map_stats *s, const ge_gazetteer *g, const ge_doc *d, int summary)
{
    s->articles++;
    for (size_t i = 0; i < d->mentions.n; i++) {
        if (d->mentions.v[i].place == UINT32_MAX)
            s->unresolved++;
        else
            s->mentions++;
    }
    s->events += d->events.n;
    for (size_t i = 0; i < d->events.n; i++) {
        const ge_event *e = &d->events.v[i];
        const ge_place *p = e->place != UINT32_MAX ? ge_gazetteer_place(g, e->place) : NULL;
        s->unlocated += p == NULL;
        if (!summary)
            continue; /* --summary or --summary-json */
        char cc[3] = {p ? p->country[0] : 0, p ? p->country[1] : 0, 0};
        tally_add(&s->by_type, e->event_type);
        tally_add(&s->by_country, cc);
        tally_add(&s->by_day, e->event_date);
    }
}
