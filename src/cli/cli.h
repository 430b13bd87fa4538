/*
 * cli.h -- the geoevents command-line tool: one file per command, each of
 * which only parses arguments and calls the library.
 */
#ifndef GE_CLI_H
#define GE_CLI_H

#include "geoevents/geoevents.h"

/* Each command gets argv with argv[0] = the command's name. Returns the
 * process exit status. */
int cmd_map(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_eval_events(int argc, char **argv);
int cmd_train_events(int argc, char **argv);

/* Runs one command (argv[0] = its name, "map", ...): main()'s dispatch,
 * also the GDAL module's entry. Returns the exit status. */
int cli_command(int argc, char **argv);

/* The program without GDAL (gdal_module.c): hands the command (argv[0] =
 * its name) whole to the GDAL module, loaded now; need says in words what
 * needs GDAL, for the message when the module cannot be loaded. */
int cli_gdal_command(int argc, char **argv, const char *need);

/* The program without GDAL (proj_lazy.c): starts loading PROJ for the
 * library's geodesic distances on a thread of its own; waits for it. */
void cli_proj_preload(void);
void cli_proj_wait(void);

/* Default data paths: option value if set, else $GEOEVENTS_GAZETTEER /
 * $GEOEVENTS_LEXICON_DIR, else the build-time defaults. */
const char *cli_gazetteer_path(const char *option);
const char *cli_lexicon_dir(const char *option);

/* Opens the gazetteer named by option (or the default) and prints a
 * one-line reason on failure. Returns NULL on failure. */
ge_gazetteer *cli_open_gazetteer(const char *option);

/* Loads the default lexicon files from the lexicon directory plus any
 * extra files (NULL-terminated, may be NULL). Prints a reason on failure. */
ge_lexicon *cli_load_lexicon(const char *dir_option, const char *const *extra);

/* Prints "geoevents: FILE:LINE: message" to stderr (the ge_diag callback
 * used by every command); user points to a size_t counter or NULL. */
void cli_diag_stderr(void *user, const char *file, long line, const char *message);

/* "geoevents: " + message on stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* "geoevents: COMMAND: " + message and a pointer to COMMAND's --help on
 * stderr. Returns 2, the usage-error exit status. */
int cli_usage(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
