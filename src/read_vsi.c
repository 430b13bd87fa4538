/*
 * read_vsi.c -- the reader's file access through GDAL's VSI layer (gis.h's
 * rd_io): plain files, folders, standard input, and the virtual file
 * systems: /vsigzip/, /vsizip/, /vsitar/ and any /vsi path.
 */
#define _LARGEFILE64_SOURCE 1 /* struct stat64 behind GDAL's VSIStatBufL */
#include <stdio.h>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "read_internal.h"

static void *v_open(const char *path) { return VSIFOpenL(path, "rb"); }
static size_t v_read(void *buf, size_t n, void *f) { return VSIFReadL(buf, 1, n, f); }
static int v_seek(void *f, uint64_t offset) { return VSIFSeekL(f, offset, SEEK_SET); }
static void v_close(void *f) { VSIFCloseL(f); }

static int v_stat(const char *path, int *is_dir)
{
    VSIStatBufL st;
    if (VSIStatExL(path, &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG) != 0)
        return -1;
    *is_dir = VSI_ISDIR(st.st_mode) ? 1 : 0;
    return 0;
}

static char **v_list(const char *dir) { return VSIReadDir(dir); }
static void v_list_free(char **names) { CSLDestroy(names); }
static void v_error_reset(void) { CPLErrorReset(); }
static int v_failed(void) { return CPLGetLastErrorType() >= CE_Failure; }
static const char *v_error_msg(void) { return CPLGetLastErrorMsg(); }

/* Quiet errors (the reader reports them itself), and no NAME.gz.properties
 * files left beside the inputs, for one ge_reader_next. */
static void *v_begin(void)
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    char *gzprops = ge_strdup(CPLGetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", NULL));
    CPLSetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
    return gzprops;
}

static void v_end(void *token)
{
    CPLSetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", token);
    free(token);
    CPLPopErrorHandler();
}

const rd_io rd_io_vsi = {v_open, v_read, v_seek, v_close, v_stat, v_list, v_list_free,
                         v_error_reset, v_failed, v_error_msg, v_begin, v_end};
