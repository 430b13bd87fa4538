/*
 * gdal_entry.c -- the entry of the module geoevents-gdal.so (see
 * gdal_module.h): the full tool's command dispatch.
 */
#include "cli.h"
#include "gdal_module.h"

int geoevents_gdal_entry(int abi, ge_gdal_module *out)
{
    if (abi != GE_GDAL_MODULE_ABI || !out)
        return -1;
    out->abi = GE_GDAL_MODULE_ABI;
    out->version = GE_VERSION;
    out->command = cli_command;
    return 0;
}
