/*
 * gdal_module.h -- the interface between the program geoevents (core only,
 * no GDAL) and its module geoevents-gdal.so (the whole tool with the GIS
 * part and GDAL): one exported entry function fills a table.
 */
#ifndef GE_CLI_GDAL_MODULE_H
#define GE_CLI_GDAL_MODULE_H

/* Bumped whenever the table or the meaning of a member changes. */
#define GE_GDAL_MODULE_ABI 1

typedef struct ge_gdal_module {
    int abi;
    const char *version; /* GE_VERSION of the module's build */
    /* Runs one command of the full tool: argv[0] is the command's name
     * ("map", "merge", ...), as main() hands it to cmd_*(). Returns the
     * exit status. */
    int (*command)(int argc, char **argv);
} ge_gdal_module;

/* The module's one exported symbol. Fills *out; returns 0, or -1 when the
 * caller's abi is not the module's. */
int geoevents_gdal_entry(int abi, ge_gdal_module *out);
typedef int (*ge_gdal_entry_fn)(int abi, ge_gdal_module *out);
#define GE_GDAL_ENTRY "geoevents_gdal_entry"

#endif
