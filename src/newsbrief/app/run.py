"""One run of `brief extract`: its inputs briefed in order, and where each result goes.

The command line (`newsbrief.app.cli`) parses the options; this module takes the
inputs apart (directories into files), makes sure no output can replace an input,
briefs them (in worker processes with --jobs) and writes each brief, error record or
error line. A failed input, or an --output-dir file that cannot be written, costs that
input only.
"""

from __future__ import annotations

import os
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from newsbrief.app.jobs import STDIN, Settings
from newsbrief.app.output import (
    SUFFIXES,
    Format,
    error_record,
    finisher,
    open_output,
    write,
    write_file,
)
from newsbrief.app.report import Reporter
from newsbrief.errors import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, OutputError

if TYPE_CHECKING:
    from newsbrief.app.inputs import Input


def _refuse_output_over_input(output: Path, inputs: list[Input]) -> None:
    """-o must never destroy an input, however either is named (links, `./x`, `x`)."""
    from newsbrief.app.inputs import identity

    target = identity(str(output))
    if target is None:
        return
    for entry in inputs:
        if entry.name != STDIN and identity(entry.name) == target:
            raise typer.BadParameter(
                f"{output} is also an input ({entry.name}); it would be replaced",
                param_hint="'--output'",
            )


def extract_all(
    names: list[str],
    fmt: Format,
    output: Path | None,
    output_dir: Path | None,
    patterns: tuple[str, ...] | None,
    jobs: int,
    quiet: bool,
    settings: Settings,
) -> int:
    """Brief every input in order; returns the exit code. Input errors, and a file of
    --output-dir that cannot be written, do not stop the run."""
    from newsbrief.app.batch import run
    from newsbrief.app.inputs import DEFAULT_PATTERNS, OutputNames, expand_inputs
    from newsbrief.app.jobs import Failure
    from newsbrief.render.terminal import Screen

    if "-" in names and _isatty(sys.stdin):
        raise typer.BadParameter("no input: give a file, or pipe an article into brief")
    inputs = expand_inputs(names, patterns or DEFAULT_PATTERNS)
    if output is not None:
        _refuse_output_over_input(output, inputs)
    # A directory means a batch, even of one file: scripts get JSON Lines either way.
    many = len(inputs) > 1 or any(n != "-" and os.path.isdir(n) for n in names)
    screen = Screen() if output_dir is not None else None
    workers = min(jobs, len(inputs))
    to_terminal = output is None and output_dir is None and _isatty(sys.stdout)
    progress = not quiet and len(inputs) > 1 and _isatty(sys.stderr) and not to_terminal
    files = None
    if output_dir is not None:
        files = OutputNames(output_dir, SUFFIXES[fmt.value], (i.name for i in inputs))
    failed = unwritten = done = 0
    with Reporter(len(inputs), quiet, progress) as report, open_output(output) as target:
        out = target.stream
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
                    try:  # one file that cannot be written costs that input only
                        write_file(files.name_for(entry.stem), result)
                    except OutputError as exc:
                        unwritten += 1
                        report.error(exc.message)
                else:
                    write(result, out, fmt, screen, first=done == 0)
                    done += 1
                    target.keep = True  # an existing file is replaced only by briefs
                out.flush()
                report.advance()
    return EXIT_OUTPUT if unwritten else EXIT_INPUT if failed else EXIT_OK


def _isatty(stream: TextIO | None) -> bool:
    # A stream closed when brief started (`>&-`) is None.
    return stream is not None and stream.isatty()
