"""`python -m icpcheck` runs the command line."""

from icpcheck.cli import main

main()
