/*
 * main.c -- geoevents: map places and events in news text to GIS layers.
 * Dispatches to one command; each command lives in its own cmd_*.c. The
 * program (GE_CLI_CORE: the core of the library, no GDAL) hands the
 * commands that need GDAL to the GDAL module (gdal_module.c), which runs
 * them with the same dispatch (cli_command).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#ifdef GE_CLI_CORE
#define GDAL_CMD(fn) NULL /* in the GDAL module */
#else
#define GDAL_CMD(fn) fn
#endif

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"map", cmd_map, "find places and events in articles and write GIS layers"},
    {"merge", GDAL_CMD(cmd_merge), "combine the outputs of several map runs (shards) into one"},
    {"gazetteer", cmd_gazetteer, "build, inspect and query gazetteer files"},
    {"eval", GDAL_CMD(cmd_eval), "score place recognition and resolution on annotated corpora"},
    {"eval-events", GDAL_CMD(cmd_eval_events), "score event records against annotated text"},
    {"train-events", GDAL_CMD(cmd_train_events),
     "train the event classifier from annotated articles"},
};

int cli_command(int argc, char **argv)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        if (strcmp(argv[0], commands[i].name) != 0)
            continue;
#ifdef GE_CLI_CORE
        if (!commands[i].fn) {
            char need[64];
            snprintf(need, sizeof need, "the %s command", commands[i].name);
            return cli_gdal_command(argc, argv, need);
        }
#endif
        return commands[i].fn(argc, argv);
    }
    cli_error("unknown command '%s' (see 'geoevents --help')", argv[0]);
    return 2;
}

#ifdef GE_CLI_CORE
static void usage(FILE *f)
{
    fprintf(f, "Usage: geoevents COMMAND [OPTIONS]\n"
               "       geoevents --help | --version\n\n"
               "Commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nRun 'geoevents COMMAND --help' for a command's options.\n"
               "Example: geoevents map article.txt -o events.geojson\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("geoevents %s\n", GE_VERSION);
        return 0;
    }
    return cli_command(argc - 1, argv + 1);
}
#endif
