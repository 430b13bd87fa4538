/*
 * event_train.c -- trains the event classifier (event_model.h) from
 * labelled records: k-fold cross-validation by article for honest figures,
 * the keep threshold that maximises cross-validated detection F1, the final
 * fit on every example, and the model file with its provenance.
 */
#include <math.h>
#include <stdio.h>

#include "eval_articles.h"
#include "event_model.h"

/* Precision and recall of the event-mention labels when records with
 * p >= th are kept. */
static void prf_at(const ge_examples *ex, const double *p, double th, ge_train_report *r,
                   double *P, double *R, double *F)
{
    size_t kept = 0, tp = 0, pos = 0;
    for (size_t i = 0; i < ex->n; i++) {
        pos += ex->y[i] != 0;
        if (p[i] >= th) {
            kept++;
            tp += ex->y[i] != 0;
        }
    }
    (void)r;
    *P = kept ? (double)tp / (double)kept : 0;
    *R = pos ? (double)tp / (double)pos : 0;
    *F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
}

static double logit(double p)
{
    p = p < 1e-9 ? 1e-9 : p > 1 - 1e-9 ? 1 - 1e-9 : p;
    return log(p / (1 - p));
}

/* Fits real ~ 1 / (1 + exp(-(a z + b))) over the examples of complete
 * articles, z the logit of their cross-validated probability and real
 * whether the record matches a gold event (as eval-events counts it). */
static void calibrate(const ge_examples *ex, const double *p, double *a, double *b)
{
    *a = 1;
    *b = 0;
    size_t n = 0;
    for (size_t i = 0; i < ex->n; i++)
        n += ex->full[i];
    if (n < 20)
        return;
    for (int it = 0; it < 5000; it++) {
        double ga = 0, gb = 0;
        for (size_t i = 0; i < ex->n; i++) {
            if (!ex->full[i])
                continue;
            double z = logit(p[i]);
            double err = 1 / (1 + exp(-(*a * z + *b))) - ex->real[i];
            ga += err * z;
            gb += err;
        }
        *a -= 0.5 * ga / (double)n;
        *b -= 0.5 * gb / (double)n;
    }
}

/* Example weights: a record of a completely annotated article weighs
 * full_weight (0: as much as all the other examples together, so that the
 * articles the model is meant for count as much as the many lone sentences
 * of the partly annotated corpora). */
static void example_weights(const ge_examples *ex, double full_weight, double *wt)
{
    size_t nfull = 0;
    for (size_t i = 0; i < ex->n; i++)
        nfull += ex->full[i] != 0;
    double w = full_weight;
    if (w <= 0)
        w = nfull && nfull < ex->n ? (double)(ex->n - nfull) / (double)nfull : 1;
    for (size_t i = 0; i < ex->n; i++)
        wt[i] = ex->full[i] ? w : 1;
}

ge_status ge_event_model_train(const ge_examples *ex, int folds, double l2, double full_weight,
                               ge_event_model *out, ge_train_report *rep)
{
    double keep = rep->keep, second = rep->second;
    memset(rep, 0, sizeof *rep);
    rep->keep = keep;
    rep->second = second;
    if (!ex->n)
        return GE_ERR_FORMAT;
    double *p = calloc(ex->n, sizeof *p), *xt = malloc(ex->n * EVF_N * sizeof *xt);
    double *wt = malloc(ex->n * sizeof *wt), *wtt = malloc(ex->n * sizeof *wtt);
    int *yt = malloc(ex->n * sizeof *yt);
    if (!p || !xt || !yt || !wt || !wtt)
        goto nomem;
    example_weights(ex, full_weight, wt);
    for (int f = 0; f < folds; f++) {
        size_t n = 0;
        for (size_t i = 0; i < ex->n; i++)
            if (ex->group[i] % folds != f) {
                memcpy(xt + n * EVF_N, ex->x + i * EVF_N, EVF_N * sizeof *xt);
                wtt[n] = wt[i];
                yt[n++] = ex->y[i];
            }
        ge_event_model m;
        memset(&m, 0, sizeof m);
        if (ge_event_model_fit(xt, yt, wtt, n, l2, &m) < 0)
            goto nomem;
        for (size_t i = 0; i < ex->n; i++)
            if (ex->group[i] % folds == f)
                p[i] = ge_event_model_prob(&m, ex->x + i * EVF_N);
    }
    /* Platt scaling on the completely annotated articles: their held-out
     * scores mapped to the observed rate of real records, so that
     * confidence means what it says in articles */
    calibrate(ex, p, &rep->cal_scale, &rep->cal_shift);
    /* the threshold with the best cross-validated F1 */
    rep->threshold = 0;
    for (double th = 0.05; th < 0.951; th += 0.01) {
        double P, R, F;
        prf_at(ex, p, th, rep, &P, &R, &F);
        if (F > rep->f1) {
            rep->threshold = th;
            rep->precision = P;
            rep->recall = R;
            rep->f1 = F;
        }
    }
    prf_at(ex, p, 0, rep, &rep->all_precision, &rep->all_recall, &rep->all_f1);
    size_t kept = 0, tp = 0;
    for (size_t i = 0; i < ex->n; i++) {
        if (!ex->full[i])
            continue;
        double c = 1 / (1 + exp(-(rep->cal_scale * logit(p[i]) + rep->cal_shift)));
        int b = (int)(c * GE_CONF_BINS);
        b = b < 0 ? 0 : b >= GE_CONF_BINS ? GE_CONF_BINS - 1 : b;
        rep->bin_n[b]++;
        rep->bin_ok[b] += ex->real[i] != 0;
        if (c >= rep->keep) {
            kept++;
            tp += ex->y[i] != 0;
        }
    }
    rep->full_precision = kept ? (double)tp / (double)kept : 0;
    rep->full_recall = ex->full_gold ? (double)tp / (double)ex->full_gold : 0;
    memset(out, 0, sizeof *out);
    if (ge_event_model_fit(ex->x, ex->y, wt, ex->n, l2, out) < 0)
        goto nomem;
    out->threshold = rep->keep;
    out->second = rep->second;
    out->cal_scale = rep->cal_scale;
    out->cal_shift = rep->cal_shift;
    free(p);
    free(xt);
    free(yt);
    free(wt);
    free(wtt);
    return GE_OK;
nomem:
    free(p);
    free(xt);
    free(yt);
    free(wt);
    free(wtt);
    return GE_ERR_NOMEM;
}

int ge_event_model_write(FILE *f, const ge_event_model *m, const ge_train_report *rep,
                         const char *provenance)
{
    fprintf(f, "# event-model.txt -- the event classifier of geoevents (src/event_model.h):\n"
               "# logistic regression weights over the features of a candidate record.\n"
               "# confidence = 1 / (1 + exp(-sum(weight * feature))); records under the\n"
               "# threshold are dropped. Written by 'geoevents train-events'; retrain with\n"
               "# the same command to change it. Do not edit by hand.\n#\n");
    for (const char *p = provenance; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        fprintf(f, "# %.*s\n", (int)n, p);
        p += n + (nl != NULL);
    }
    fprintf(f, "#\n# cross-validated by article, records that are mentions of a real event:\n"
               "# P %.4f R %.4f F1 %.4f at the threshold (all candidates kept: P %.4f R %.4f "
               "F1 %.4f)\n",
            rep->precision, rep->recall, rep->f1, rep->all_precision, rep->all_recall,
            rep->all_f1);
    fprintf(f, "# completely annotated articles alone, cross-validated, at the threshold:\n"
               "# typed P %.4f R %.4f (records that match a gold event of their type; before\n"
               "# the one-record-per-sentence rule)\n",
            rep->full_precision, rep->full_recall);
    fprintf(f, "# reliability on the completely annotated articles (cross-validated, calibrated):\n"
               "# confidence band, records, share that match a gold event\n");
    for (int b = GE_CONF_BINS - 1; b >= 0; b--)
        if (rep->bin_n[b])
            fprintf(f, "#   %.1f-%.1f  %5zu  %.4f\n", b / 10.0, (b + 1) / 10.0, rep->bin_n[b],
                    (double)rep->bin_ok[b] / (double)rep->bin_n[b]);
    fprintf(f, "\n[model]\nthreshold\t%.4f\nsecond_in_sentence\t%.4f\n", m->threshold,
            m->second);
    fprintf(f, "calibration_scale\t%.6f\ncalibration_shift\t%.6f\n", m->cal_scale, m->cal_shift);
    for (int k = 0; k < EVF_N; k++)
        fprintf(f, "%s\t%.6f\n", ge_evf_name(k), m->w[k]);
    return ferror(f) ? -1 : 0;
}
