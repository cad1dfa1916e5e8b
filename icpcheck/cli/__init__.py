"""The command line (click): the group and its entry point, shared options, one module per command."""
