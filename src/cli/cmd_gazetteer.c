/* cmd_gazetteer.c -- placeholder until the command lands. */
#include "cli.h"
int cmd_gazetteer(int argc, char **argv) { (void)argc; (void)argv; cli_error("not implemented yet"); return 1; }
