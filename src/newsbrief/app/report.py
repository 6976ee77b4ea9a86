"""What a run tells on stderr: one line per error, and a progress bar when it helps."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


def one_line(message: str) -> str:
    """A message as one line of `brief: error: ...`: control characters, line breaks
    among them, made visible, so that no name or server can forge another line."""
    from newsbrief.render.common import visible

    return f"brief: error: {visible(message).replace(chr(10), chr(92) + 'n')}"


def error_line(message: str) -> None:
    """One line on stderr, the way every error is reported."""
    try:
        sys.stderr.write(one_line(message) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr is gone: nothing left to tell
        pass


class Reporter:
    """Progress and per-input errors on stderr; a rich progress bar when it helps."""

    def __init__(self, total: int, quiet: bool, progress: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.show = progress
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Reporter:
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

        self._progress.console.print(Text(one_line(message)))

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)
