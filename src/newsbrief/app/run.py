"""One run of `brief extract`: its inputs briefed in order, and where each result goes.

The command line (`newsbrief.app.cli`) parses the options; this module takes the
inputs apart (directories into files), makes sure no output can replace an input,
briefs them (in worker processes with --jobs, or on a Dask cluster with --scheduler)
and writes each brief, error record or error line. A failed input, or an
--output-dir file that cannot be written, costs that input only.
"""

from __future__ import annotations

import os
import sys
from contextlib import closing
from dataclasses import dataclass, replace
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
    from newsbrief.render.common import View


@dataclass(frozen=True)
class Display:
    """How the terminal layout and Markdown look: width and colour ('auto', 'always',
    'never') of the terminal layout, the sections shown (None: all), at most how many
    quotes (None: all)."""

    width: int | None = None
    color: str = "auto"
    sections: frozenset[str] | None = None
    quotes: int | None = None

    def view(self) -> View:
        from newsbrief.render.common import EVERYTHING, View

        return View(self.sections or EVERYTHING.sections, self.quotes)


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
    scheduler: str | None,
    quiet: bool,
    settings: Settings,
    display: Display,
    listed: bool = False,
) -> int:
    """Brief every input in order; returns the exit code. Input errors, and a file of
    --output-dir that cannot be written, do not stop the run."""
    from newsbrief.app.batch import run, run_on_cluster
    from newsbrief.app.inputs import DEFAULT_PATTERNS, OutputNames, expand_inputs
    from newsbrief.app.jobs import Failure, Written
    from newsbrief.render.terminal import Screen

    if "-" in names and _isatty(sys.stdin):
        raise typer.BadParameter("no input: give a file, or pipe an article into brief")
    inputs = expand_inputs(names, patterns or DEFAULT_PATTERNS, settings.allow_private)
    if output is not None:
        _refuse_output_over_input(output, inputs)
    # A directory means a batch, even of one file: scripts get JSON Lines either way.
    # A feed or a list (`listed`) means a batch too, whatever it holds.
    many = (
        len(inputs) > 1
        or listed
        or [i.name for i in inputs] != names
        or any(n != "-" and os.path.isdir(n) for n in names)
    )
    width, color = display.width, display.color
    screen = Screen.of(None, width, color) if output_dir is not None else None
    workers = jobs if scheduler is not None else min(jobs, len(inputs))
    to_terminal = output is None and output_dir is None and _isatty(sys.stdout)
    progress = not quiet and len(inputs) > 1 and _isatty(sys.stderr) and not to_terminal
    files: list[Path | None] = [None] * len(inputs)
    if output_dir is not None:
        # Named up front, in input order, so that a name depends on the inputs only
        # (and a cluster's workers can write the files themselves).
        names_of = OutputNames(output_dir, SUFFIXES[fmt.value], (i.name for i in inputs))
        files = [names_of.name_for(i.stem) for i in inputs]
    jobs_of = (
        replace(i.job, output=str(file) if scheduler and file else None)
        for i, file in zip(inputs, files, strict=True)
    )
    failed = unwritten = done = 0
    with Reporter(len(inputs), quiet, progress) as report, open_output(output) as target:
        out = target.stream
        screen = screen or Screen.of(out, width, color)
        finish = finisher(fmt, many and output_dir is None, screen, display.view())
        results = (
            run(jobs_of, settings, finish, workers)
            if scheduler is None
            else run_on_cluster(jobs_of, settings, finish, scheduler, workers)
        )
        with closing(results):
            for file, result in zip(files, results, strict=True):
                if isinstance(result, Failure):
                    failed += 1
                    report.error(result.message)
                    if many and fmt is Format.json and output_dir is None:
                        out.write(error_record(result) + "\n")
                elif isinstance(result, Written):  # its worker wrote it, or could not
                    if result.error is not None:
                        unwritten += 1
                        report.error(result.error)
                elif file is not None:
                    try:  # one file that cannot be written costs that input only
                        write_file(file, result)
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
