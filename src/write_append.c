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
