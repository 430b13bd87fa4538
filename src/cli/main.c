/*
 * main.c -- geoevents: map places and events in news text to GIS layers.
 * Dispatches to one command; each command lives in its own cmd_*.c.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"map", cmd_map, "find places and events in articles and write GIS layers"},
    {"merge", cmd_merge, "combine the outputs of several map runs (shards) into one"},
    {"gazetteer", cmd_gazetteer, "build, inspect and query gazetteer files"},
    {"eval", cmd_eval, "score place recognition and resolution on annotated corpora"},
    {"eval-events", cmd_eval_events, "score event records against annotated text"},
    {"train-events", cmd_train_events, "train the event classifier from annotated articles"},
};

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
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    cli_error("unknown command '%s' (see 'geoevents --help')", cmd);
    return 2;
}
