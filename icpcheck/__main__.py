"""`python -m icpcheck` runs the command line."""

from icpcheck.cli.main import main

main()
