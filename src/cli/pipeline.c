/*
 * pipeline.c -- read, process and write overlapped (see pipeline.h).
 *
 * A ring of NSLOTS batches; batch number q lives in slot q % NSLOTS. The
 * reading thread fills free slots in order (seq nread), processing threads
 * take CHUNK articles at a time from the oldest batch with work left (the
 * one that finishes a batch's last articles prepares the whole batch for
 * writing, when there is a prepare stage), and the caller writes batch
 * nwritten as soon as it is done, then frees the slot. One mutex and one condition variable guard the
 * counters; the stages themselves run unlocked. Only the writer touches
 * the output and only the reader the input, so each keeps its order.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"

#define NSLOTS CLI_SLOTS /* batches in flight: one being read, two processed, one written */
#define CHUNK 4  /* articles a processing thread takes at once */
#define MAX_WORKERS 16

enum { SLOT_FREE, SLOT_READY, SLOT_DONE };

typedef struct slot {
    ge_doc docs[CLI_BATCH];
    ge_status st[CLI_BATCH];
    size_t n, next, done;
    int state;
} slot;

typedef struct pipe_state {
    const cli_stages *s;
    slot *slots;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    unsigned long nread, nwritten; /* batches read / written so far */
    int read_end;                  /* the reader has stopped */
    int read_status;               /* its exit status when it failed */
    int stop;                      /* the writer failed: everyone stops */
} pipe_state;

static void free_docs(ge_doc *docs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ge_doc_free(&docs[i]);
}

static void *reader_main(void *arg)
{
    pipe_state *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        slot *sl = &p->slots[p->nread % NSLOTS];
        while (!p->stop && sl->state != SLOT_FREE)
            pthread_cond_wait(&p->cv, &p->mu);
        int stop = p->stop;
        pthread_mutex_unlock(&p->mu);
        if (stop)
            break;
        memset(sl->docs, 0, sizeof sl->docs);
        size_t n = 0;
        int end = 0;
        int rc = p->s->read(p->s->ctx, sl->docs, &n, &end);
        if (rc) {
            free_docs(sl->docs, n);
            n = 0;
        }
        pthread_mutex_lock(&p->mu);
        if (n) {
            sl->n = n;
            sl->next = sl->done = 0;
            sl->state = SLOT_READY;
            p->nread++;
        }
        if (rc || end) {
            p->read_status = rc;
            p->read_end = 1;
        }
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        if (rc || end)
            break;
    }
    pthread_mutex_lock(&p->mu);
    p->read_end = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *worker_main(void *arg)
{
    pipe_state *p = arg;
    pthread_mutex_lock(&p->mu);
    while (!p->stop) {
        slot *sl = NULL;
        for (unsigned long q = p->nwritten; q < p->nread && !sl; q++) {
            slot *c = &p->slots[q % NSLOTS];
            if (c->state == SLOT_READY && c->next < c->n)
                sl = c;
        }
        if (!sl) {
            if (p->read_end)
                break;
            pthread_cond_wait(&p->cv, &p->mu);
            continue;
        }
        size_t i0 = sl->next, cnt = sl->n - i0 < CHUNK ? sl->n - i0 : CHUNK;
        sl->next += cnt;
        pthread_mutex_unlock(&p->mu);
        for (size_t i = i0; i < i0 + cnt; i++)
            sl->st[i] = p->s->process(p->s->ctx, &sl->docs[i]);
        pthread_mutex_lock(&p->mu);
        sl->done += cnt;
        if (sl->done == sl->n && p->s->prepare) {
            /* the batch's last articles: this thread prepares it, alone */
            pthread_mutex_unlock(&p->mu);
            p->s->prepare(p->s->ctx, (size_t)(sl - p->slots), sl->docs, sl->st, sl->n);
            pthread_mutex_lock(&p->mu);
        }
        if (sl->done == sl->n) {
            sl->state = SLOT_DONE;
            pthread_cond_broadcast(&p->cv);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* One thread, the stages in turn. */
static int run_serial(const cli_stages *s)
{
    slot *sl = malloc(sizeof *sl);
    if (!sl)
        return 1;
    int status = 0, end = 0;
    while (!end && status == 0) {
        memset(sl->docs, 0, sizeof sl->docs);
        size_t n = 0;
        status = s->read(s->ctx, sl->docs, &n, &end);
        if (status == 0 && n) {
            for (size_t i = 0; i < n; i++)
                sl->st[i] = s->process(s->ctx, &sl->docs[i]);
            if (s->prepare)
                s->prepare(s->ctx, 0, sl->docs, sl->st, n);
            status = s->write(s->ctx, 0, sl->docs, sl->st, n);
        }
        free_docs(sl->docs, n);
    }
    free(sl);
    return status;
}

/* The caller's part: write the batches in order as they are done. */
static int write_loop(pipe_state *p)
{
    for (;;) {
        pthread_mutex_lock(&p->mu);
        slot *sl = &p->slots[p->nwritten % NSLOTS];
        while (!(p->nwritten < p->nread && sl->state == SLOT_DONE) &&
               !(p->read_end && p->nwritten >= p->nread))
            pthread_cond_wait(&p->cv, &p->mu);
        int finished = p->nwritten >= p->nread;
        pthread_mutex_unlock(&p->mu);
        if (finished)
            return 0;
        int rc = p->s->write(p->s->ctx, (size_t)(sl - p->slots), sl->docs, sl->st, sl->n);
        free_docs(sl->docs, sl->n);
        pthread_mutex_lock(&p->mu);
        sl->n = 0;
        sl->state = SLOT_FREE;
        p->nwritten++;
        if (rc)
            p->stop = 1;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        if (rc)
            return rc;
    }
}

int cli_pipeline_run(const cli_stages *s, size_t nthreads)
{
    if (nthreads <= 1)
        return run_serial(s);
    if (nthreads > MAX_WORKERS)
        nthreads = MAX_WORKERS;
    pipe_state p;
    memset(&p, 0, sizeof p);
    p.s = s;
    p.slots = calloc(NSLOTS, sizeof *p.slots);
    if (!p.slots)
        return 1;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    pthread_t reader, workers[MAX_WORKERS];
    size_t nw = 0;
    int status = 1;
    if (pthread_create(&reader, NULL, reader_main, &p) == 0) {
        while (nw < nthreads && pthread_create(&workers[nw], NULL, worker_main, &p) == 0)
            nw++;
        if (nw > 0) {
            status = write_loop(&p);
        } else {
            pthread_mutex_lock(&p.mu);
            p.stop = 1;
            pthread_cond_broadcast(&p.cv);
            pthread_mutex_unlock(&p.mu);
        }
        pthread_join(reader, NULL);
        for (size_t k = 0; k < nw; k++)
            pthread_join(workers[k], NULL);
        if (status == 0)
            status = p.read_status;
    }
    for (size_t k = 0; k < NSLOTS; k++)
        if (p.slots[k].state != SLOT_FREE)
            free_docs(p.slots[k].docs, p.slots[k].n);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
    free(p.slots);
    return status;
}
