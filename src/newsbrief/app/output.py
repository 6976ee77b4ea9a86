"""Where briefs go: their text in the output format, one after another on stdout or
in a file, or one file each.

A regular file is replaced atomically once written, keeping its permissions (a new
one gets the umask's); a device or FIFO is written through, never replaced; a
symbolic link is written through to its target. Nothing is replaced when nothing was
briefed.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsbrief.errors import OutputError

if TYPE_CHECKING:
    from newsbrief.app.jobs import Failure
    from newsbrief.brief import Brief
    from newsbrief.render.common import View
    from newsbrief.render.terminal import Screen


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


# Output file extension per format, for --output-dir.
SUFFIXES = {"terminal": ".txt", "json": ".json", "markdown": ".md"}


@dataclass
class Output:
    """An open output: `stream` to write to; a file replaces its target only if
    `keep` is set by the time it is closed."""

    stream: TextIO
    keep: bool = field(default=False)


def _unwritable(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot be written ({exc.strerror or exc})")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def open_output(path: Path | None) -> Iterator[Output]:
    """stdout, a special file written through, or a regular file replaced atomically
    once everything is written (and `keep` is set)."""
    if path is None:
        if sys.stdout is None:  # closed before brief started (`>&-`)
            raise OutputError("stdout is closed")
        yield Output(sys.stdout, keep=True)
        return
    target = Path(os.path.realpath(path))  # a symbolic link is written through
    try:
        found: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _unwritable(path, exc) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(f"{path}: is a directory, cannot be written")
    if found is not None and not stat.S_ISREG(found.st_mode):
        with _special(path, target) as out:
            yield out
        return
    with _replacing(path, target, found) as out:
        yield out


@contextmanager
def _special(path: Path, target: Path) -> Iterator[Output]:
    """A device or FIFO (`/dev/null`, `/dev/stderr`, a named pipe): written through."""
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            yield Output(handle, keep=True)
    except OSError as exc:
        raise _unwritable(path, exc) from None


@contextmanager
def _replacing(path: Path, target: Path, found: os.stat_result | None) -> Iterator[Output]:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            # mkstemp makes 0600: the file keeps the mode it had, or gets the umask's.
            mode = stat.S_IMODE(found.st_mode) if found is not None else 0o666 & ~_umask()
            os.chmod(fd, mode)
            if found is not None and os.geteuid() == 0:
                os.chown(fd, found.st_uid, found.st_gid)
            out = Output(handle)
            yield out
        if out.keep:
            os.replace(tmp, target)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def finisher(
    fmt: Format, lines: bool, screen: Screen, view: View | None = None
) -> Callable[[Brief], str]:
    """What is made of each brief where it is briefed (in a worker with --jobs):
    its text in the output format, so that a renderer's bug costs one input only.
    `view` picks what the terminal and Markdown show; JSON holds everything."""
    from newsbrief.render.common import View

    view = view or View()
    if fmt is Format.json:
        from newsbrief.render import json as render_json

        return functools.partial(render_json.render, lines=lines)
    if fmt is Format.markdown:
        from newsbrief.render import markdown

        return functools.partial(markdown.render, view=view)
    from newsbrief.render import terminal

    return functools.partial(terminal.text, screen=screen, view=view)


def write(text: str, out: TextIO, fmt: Format, screen: Screen, *, first: bool) -> None:
    """One brief's text, after a separator when it follows another."""
    if not first and fmt is Format.markdown:
        out.write("\n---\n\n")
    elif not first and fmt is Format.terminal:
        from newsbrief.render import terminal

        out.write(terminal.rule(screen))
    out.write(text if text.endswith("\n") else text + "\n")


def write_file(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot be created ({exc.strerror or exc})") from None
    with open_output(path) as out:
        out.stream.write(text if text.endswith("\n") else text + "\n")
        out.keep = True


def error_record(failure: Failure) -> str:
    from newsbrief.render.json import dumps

    return dumps(failure.to_dict(), lines=True)
