"""The `brief` command line: its commands and options, exit codes, and one-line errors.

Heavy modules (spaCy and the pipeline) are imported inside the commands, so that
`brief --help` and `brief --version` answer at once.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType
from typing import Annotated, Any

import typer

from newsbrief.app import config, options
from newsbrief.app.jobs import Settings
from newsbrief.app.output import Format
from newsbrief.app.report import error_line
from newsbrief.app.run import Display, extract_all
from newsbrief.app.usage import not_a_command, usage_error
from newsbrief.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_TERMINATED,
    EXIT_USAGE,
    BriefError,
    InputError,
)
from newsbrief.read import MAX_INPUT_BYTES
from newsbrief.version import __version__

MB = 1024 * 1024

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input could not be briefed (missing, unreadable, empty, "
    "binary, a directory without articles, a page without article text, a URL that "
    "cannot be fetched; with several inputs: any of them, the others are still "
    "briefed); 2 usage error, the spaCy model cannot be loaded, or the Dask cluster "
    "cannot be used; 3 the output cannot be written; 130 interrupted; 141 output pipe "
    "closed; 143 terminated."
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


# The terminal's quote limit when nobody set one (Markdown shows all).
TERMINAL_QUOTES = 10


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


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    ctx: typer.Context,
    paths: options.PathsArgument = None,
    fmt: options.FmtOption = Format.terminal,
    output: options.OutputOption = None,
    output_dir: options.OutputDirOption = None,
    glob: options.GlobOption = None,
    from_list: options.FromOption = None,
    jobs: options.JobsOption = 1,
    scheduler: options.SchedulerOption = None,
    quiet: options.QuietOption = False,
    reference_date: options.ReferenceDateOption = None,
    model: options.ModelOption = None,
    glance: options.GlanceOption = None,
    takeaways: options.TakeawaysOption = None,
    only: options.OnlyOption = None,
    quotes: options.QuotesOption = None,
    width: options.WidthOption = None,
    color: options.ColorOption = options.Color.auto,
    no_config: options.NoConfigOption = False,
    max_size: options.MaxSizeOption = MAX_INPUT_BYTES // MB,
    allow_private: options.AllowPrivateOption = False,
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

      brief extract https://example.org/rss.xml --format json > briefs.jsonl

      brief extract --from urls.txt --format json > briefs.jsonl
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
        fmt = Format(chosen["format"])
        settings = Settings(
            options.reference_date_of(reference_date),
            chosen["model"],
            chosen["glance"],
            chosen["takeaways"],
            max_size * MB,
            allow_private,
        )
        code = extract_all(
            _names(paths, from_list),
            fmt,
            output,
            output_dir,
            options.patterns_of(glob),
            chosen["jobs"],
            scheduler,
            quiet,
            settings,
            _display(fmt, chosen),
            listed=from_list is not None,
        )
    except BriefError as exc:
        error_line(exc.message)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:  # the reader went away (`brief ... | head -1`)
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    if code != EXIT_OK:
        raise typer.Exit(code)


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


def _display(fmt: Format, chosen: dict[str, Any]) -> Display:
    from newsbrief.render.common import SECTION_NAMES

    only = chosen["only"]
    sections = frozenset(SECTION_NAMES[s] for s in only) if only else None
    limit = chosen["quotes"]
    if limit == "auto":
        limit = TERMINAL_QUOTES if fmt is Format.terminal else None
    return Display(chosen["width"], chosen["color"], sections, limit)


def _names(paths: list[str] | None, from_list: str | None) -> list[str]:
    """The inputs named on the command line, then those of the --from list (if any)."""
    if from_list is None:
        return paths or ["-"]
    from newsbrief.app.inputs import names_from

    if from_list == "-" and sys.stdin is not None and sys.stdin.isatty():
        raise typer.BadParameter("--from -: pipe the list of inputs into brief")
    if from_list == "-" and "-" in (paths or []):
        raise typer.BadParameter("--from - and '-' cannot both read stdin")
    listed = names_from(from_list)
    if not listed and not paths:
        raise InputError(f"{from_list}: the list of inputs is empty", "empty")
    return (paths or []) + listed


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
    if show_path:
        typer.echo(str(config.path()))
        return
    try:
        typer.echo(config.describe(not no_config))
    except BriefError as exc:
        error_line(exc.message)
        raise typer.Exit(exc.exit_code) from None


def _interrupted(signum: int, frame: FrameType | None) -> None:
    # Raised instead of KeyboardInterrupt so that Ctrl-C ends quietly with 130.
    raise SystemExit(EXIT_INTERRUPTED)


def _terminated(signum: int, frame: FrameType | None) -> None:
    # SIGTERM unwinds like Ctrl-C: temporary files removed, worker processes stopped.
    raise SystemExit(EXIT_TERMINATED)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout closed or not a file
        pass


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: exit codes scripts can rely on, never a traceback."""
    previous = signal.getsignal(signal.SIGINT)
    previous_term = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_IGN:  # a background job started ignoring Ctrl-C stays so
        signal.signal(signal.SIGINT, _interrupted)
    if previous_term is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminated)
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        try:
            hint = not_a_command(args)
            if hint is not None:
                error_line(hint)
                return EXIT_USAGE
            # Not standalone: usage errors come back here to be told in one line.
            result = app(args=args, prog_name="brief", standalone_mode=False)
            code = result if isinstance(result, int) else EXIT_OK
        except typer.TyperException as exc:  # typer's own click: a usage error, or `brief` alone
            code = usage_error(exc)
        except typer.Abort:
            code = EXIT_INTERRUPTED
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else 1)
        if sys.stdout is not None:
            sys.stdout.flush()  # here, where a failure can still be told in one line
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_BROKEN_PIPE
    except (OSError, UnicodeEncodeError) as exc:  # stdout: a full disk, /dev/full, ascii
        error_line(f"the output cannot be written ({_output_problem(exc)})")
        _silence_stdout()
        code = EXIT_OUTPUT
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
    return code


def _output_problem(exc: OSError | UnicodeEncodeError) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return f"the {exc.encoding} encoding cannot represent {exc.object[exc.start]!r}"
    return exc.strerror or str(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
