"""`python -m newsbrief` runs the `brief` command."""

import sys

from newsbrief.app.cli import main

sys.exit(main())
