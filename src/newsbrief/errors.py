"""Errors users can act on, each with the exit code the command line returns for it.

Exit codes (also in `brief --help` and the README):
  0  success
  1  an input could not be briefed (missing, unreadable, empty, binary, a directory
     without articles, a page without article text, a URL that cannot be fetched)
  2  usage error, the spaCy model cannot be loaded, or the Dask scheduler cannot be
     reached (--scheduler)
  3  the output cannot be written
  130 interrupted (Ctrl-C); 141 output pipe closed (e.g. `| head`)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class BriefError(Exception):
    """An error with a one-line message for the user and a stable code."""

    exit_code = EXIT_INPUT
    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InputError(BriefError):
    """An input that cannot be read or is not an article."""

    exit_code = EXIT_INPUT
    code = "input"


class ModelError(BriefError):
    """The spaCy model cannot be found or loaded."""

    exit_code = EXIT_USAGE
    code = "model"


class OutputError(BriefError):
    """The output file cannot be written."""

    exit_code = EXIT_OUTPUT
    code = "output"


class ClusterError(BriefError):
    """The Dask cluster cannot be used: Dask is not installed, the scheduler cannot be
    reached, or it went away during the run."""

    exit_code = EXIT_USAGE
    code = "cluster"
