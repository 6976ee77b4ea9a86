"""Usage errors told the way every error is: one line, `brief: error: ...`, exit 2.

Typer (and the click it carries) would print a usage box of three lines; `brief
article.txt` would only say "No such command". Here a usage error is one line that
says where to read more, and a first word that is not a command gets a hint.
"""

from __future__ import annotations

import os

import typer

from newsbrief.app.report import error_line
from newsbrief.errors import EXIT_USAGE

# The commands of `brief`, for the hint when the first word is none of them.
COMMANDS = ("extract", "schema", "config")


def usage_error(exc: typer.TyperException) -> int:
    """A usage error told in one line, with where to read more; `brief` alone, its help."""
    show = getattr(exc, "show", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and show is not None:
        show()
        return int(getattr(exc, "exit_code", EXIT_USAGE))
    ctx = getattr(exc, "ctx", None)
    where = getattr(ctx, "command_path", None) or "brief"
    format_message = getattr(exc, "format_message", None)
    message = format_message() if format_message is not None else str(exc)
    error_line(f"{message} (see '{where} --help')")
    return int(getattr(exc, "exit_code", EXIT_USAGE))


def not_a_command(args: list[str]) -> str | None:
    """What to say when the first word is not a command: `brief article.txt` means
    `brief extract article.txt`; `brief extrct` means `brief extract`."""
    if not args or (args[0].startswith("-") and args[0] != "-") or args[0] in COMMANDS:
        return None
    first = args[0]
    from newsbrief.read import is_url

    if first == "-" or is_url(first) or os.path.exists(first) or "." in first[1:]:
        import shlex

        shown = " ".join(shlex.quote(a) for a in args)
        return f"'{first}' is not a command; to brief it: brief extract {shown}"
    import difflib

    close = difflib.get_close_matches(first, COMMANDS, n=1)
    if close:
        return f"no command '{first}'; did you mean 'brief {close[0]}'?"
    return f"no command '{first}' (the commands: {', '.join(COMMANDS)}; see 'brief --help')"
