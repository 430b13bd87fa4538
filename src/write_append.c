/*
 * write_append.c -- `-append`: the existing output is copied into the
 * private temporary folder and opened there for update, so that an append
 * is as all-or-nothing as a new output (the copy replaces the original
 * only when the run commits).
 */
#define _LARGEFILE64_SOURCE 1 /* VSIStatBufL is struct stat64 */
#include <stdio.h>
#include <string.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include "internal.h"
#include "write_parts.h"

GDALDatasetH ge_append_open(GDALDriverH drv, const char *final_path, const char *tmpdir,
                            const char *tmp_path, char *err, size_t errlen)
{
    const char *const drivers[] = {GDALGetDriverShortName(drv), NULL};
    CPLErrorReset();
    GDALDatasetH src = GDALOpenEx(final_path, GDAL_OF_VECTOR, drivers, NULL, NULL);
    if (!src) {
        ge_seterr(err, errlen, "%s: cannot open it to append to it: %s", final_path,
                  CPLGetLastErrorMsg()[0] ? CPLGetLastErrorMsg() : "not a dataset of this format");
        return NULL;
    }
    char **files = GDALGetFileList(src);
    GDALClose(src);
    for (int i = 0; files && files[i]; i++) {
        VSIStatBufL st;
        if (VSIStatL(files[i], &st) != 0 || VSI_ISDIR(st.st_mode))
            continue; /* a Shapefile folder lists itself */
        char *to = ge_strdup(CPLFormFilename(tmpdir, CPLGetFilename(files[i]), NULL));
        int bad = !to || CPLCopyFile(to, files[i]) != 0;
        free(to);
        if (bad) {
            ge_seterr(err, errlen, "%s: cannot copy it to append to it", files[i]);
            CSLDestroy(files);
            return NULL;
        }
    }
    CSLDestroy(files);
    CPLErrorReset();
    GDALDatasetH ds = GDALOpenEx(tmp_path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, NULL, NULL);
    if (!ds)
        ge_seterr(err, errlen, "%s: the %s driver cannot append to it%s%s", final_path,
                  drivers[0], CPLGetLastErrorMsg()[0] ? ": " : "", CPLGetLastErrorMsg());
    return ds;
}

GIntBig ge_append_max_fid(OGRLayerH layer)
{
    GIntBig max = 0;
    OGR_L_SetIgnoredFields(layer, (const char *[]){"OGR_GEOMETRY", NULL});
    OGR_L_ResetReading(layer);
    OGRFeatureH f;
    while ((f = OGR_L_GetNextFeature(layer))) {
        if (OGR_F_GetFID(f) > max)
            max = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
    }
    OGR_L_SetIgnoredFields(layer, NULL);
    OGR_L_ResetReading(layer);
    return max;
}

/* ---------------------------------------------------------- CSV types */

/* Splits one CSV line (no quotes in our header and .csvt) at commas. */
static char **csv_cells(const char *line)
{
    return CSLTokenizeString2(line, ",", CSLT_HONOURSTRINGS | CSLT_STRIPLEADSPACES |
                                             CSLT_STRIPENDSPACES | CSLT_ALLOWEMPTYTOKENS);
}

static char *first_line(const char *path)
{
    VSILFILE *f = VSIFOpenL(path, "rb");
    if (!f)
        return NULL;
    const char *l = CPLReadLineL(f);
    char *out = l ? ge_strdup(l) : NULL;
    VSIFCloseL(f);
    return out;
}

int ge_csvt_retype(const char *csv_path, const char *const *names, const char *const *types,
                   int n)
{
    char *csvt = ge_strdup(CPLResetExtension(csv_path, "csvt"));
    char *head = first_line(csv_path), *tline = csvt ? first_line(csvt) : NULL;
    char **cols = head ? csv_cells(head) : NULL, **ty = tline ? csv_cells(tline) : NULL;
    int rc = -1;
    if (cols && ty && CSLCount(cols) == CSLCount(ty)) {
        for (int i = 0; cols[i]; i++)
            for (int k = 0; k < n; k++)
                if (!strcmp(cols[i], names[k]) && !strcmp(ty[i], "String")) {
                    CPLFree(ty[i]);
                    ty[i] = CPLStrdup(types[k]);
                }
        VSILFILE *f = VSIFOpenL(csvt, "wb");
        if (f) {
            int ok = 1;
            for (int i = 0; ty[i]; i++)
                ok &= VSIFPrintfL(f, "%s%s", i ? "," : "", ty[i]) > 0;
            ok &= VSIFPrintfL(f, "\n") > 0;
            rc = VSIFCloseL(f) == 0 && ok ? 0 : -1;
        }
    } else if (!tline) {
        rc = 0; /* no .csvt asked for (-lco CREATE_CSVT=NO) */
    }
    CSLDestroy(cols);
    CSLDestroy(ty);
    free(head);
    free(tline);
    free(csvt);
    return rc;
}
