/*
 * map_gdal.c -- GDAL and PROJ errors of `geoevents map` in the tool's words
 * (see map_gis.h): in the GDAL module only, as the program without GDAL
 * raises none.
 */
#include <stdio.h>

#include <cpl_error.h>

#include "map_gis.h"

/* ------------------------------------------------------------ GDAL errors */

static void CPL_STDCALL on_gdal_error(CPLErr cls, CPLErrorNum num, const char *msg)
{
    map_gdal_log *log = CPLGetErrorHandlerUserData();
    if (!log)
        return;
    if (cls == CE_Debug) {
        if (log->debug)
            fprintf(stderr, "GDAL: %s\n", msg ? msg : "");
        return;
    }
    if (cls >= CE_Failure)
        log->failures++;
    else
        log->warnings++;
    if (cls >= CE_Failure || !log->failures)
        snprintf(log->last, sizeof log->last, "%s", msg ? msg : "");
    if (log->debug)
        fprintf(stderr, "GDAL %s %d: %s\n", cls >= CE_Failure ? "error" : "warning", (int)num,
                msg ? msg : "");
}

void map_gdal_begin(map_gdal_log *log)
{
    CPLPushErrorHandlerEx(on_gdal_error, log);
}

void map_gdal_end(void)
{
    CPLPopErrorHandler();
}
