"""`python -m newsbrief` runs the `brief` command."""

import sys

from newsbrief.cli import main

sys.exit(main())
