"""`python -m icpcheck` runs the command line."""

import sys

from icpcheck.cli.main import main

sys.exit(main())
