"""Where briefs go: their text in the output format, one after another on stdout or
in a file, or one file each; files are replaced atomically once written."""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
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
    with open_output(path) as handle:
        handle.write(text if text.endswith("\n") else text + "\n")


def error_record(failure: Failure) -> str:
    import json

    return json.dumps(failure.to_dict(), ensure_ascii=False, separators=(",", ":"))
