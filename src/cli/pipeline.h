/*
 * pipeline.h -- `geoevents map`'s stages run side by side: one thread
 * reads batches of articles, N threads process them (and prepare each
 * batch for writing once all its articles are processed), the calling
 * thread writes them, in input order, so the output is the same for any N.
 */
#ifndef GE_CLI_PIPELINE_H
#define GE_CLI_PIPELINE_H

#include "geoevents/geoevents.h"

#define CLI_BATCH 256 /* articles a batch */
#define CLI_SLOTS 4   /* batches in flight; a batch's slot is 0..CLI_SLOTS-1 */

typedef struct cli_stages {
    void *ctx;
    /* Fills docs[0..*n) (at most CLI_BATCH, each zeroed by the caller); sets
     * *end at the end of the input. Returns 0, or an exit status that stops
     * the run. Runs on the reading thread only. */
    int (*read)(void *ctx, ge_doc *docs, size_t *n, int *end);
    /* Processes one document; runs on any processing thread. */
    ge_status (*process)(void *ctx, ge_doc *doc);
    /* Optional (NULL: none): turns a processed batch into what write
     * commits, st[i] being what process returned for docs[i]. Runs on the
     * processing thread that finished the batch, before write sees it; the
     * stage may keep that in ctx by slot (one batch a slot at a time). */
    void (*prepare)(void *ctx, size_t slot, ge_doc *docs, const ge_status *st, size_t n);
    /* Writes a processed (and prepared) batch. Returns 0, or an exit
     * status that stops the run. Runs on the calling thread only. */
    int (*write)(void *ctx, size_t slot, ge_doc *docs, const ge_status *st, size_t n);
} cli_stages;

/* Runs read -> process -> prepare -> write until the input ends or a stage
 * fails. nthreads 1: one thread does them all in turn (slot 0). nthreads >= 2: a reading
 * thread, nthreads processing threads and the caller writing, with a few
 * batches in flight. Returns 0 or the first stage's exit status (1 when
 * memory or threads run out). */
int cli_pipeline_run(const cli_stages *s, size_t nthreads);

#endif
