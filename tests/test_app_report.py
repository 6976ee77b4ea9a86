"""What a run tells on stderr: error lines (none with --quiet) and the progress bar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.app.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NO_DATES = SAMPLES / "no-dates.txt"
runner = CliRunner()


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_quiet_keeps_records_and_exit_code_but_not_error_lines(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(NO_DATES), str(tmp_path / "gone.txt"), "-f", "json", "--quiet"]
    )
    assert result.exit_code == 1
    assert result.stderr == ""
    assert jsonl(result.stdout)[1]["error"]["code"] == "not_found"  # type: ignore[index]


def test_progress_bar_on_a_terminal_stderr_only(tmp_path: Path) -> None:
    """With stderr a terminal and several inputs, a progress bar; never in the output."""
    import pty

    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbrief",
                "extract",
                str(NO_DATES),
                str(tmp_path / "gone.txt"),
                "-f",
                "json",
            ],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
            check=False,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert proc.returncode == 1
    assert len(proc.stdout.decode().splitlines()) == 2
    screen = shown.decode("utf-8", "replace")
    assert "briefing" in screen and "━" in screen
    assert "gone.txt: no such file" in screen
    assert "Traceback" not in screen


@pytest.mark.parametrize(
    ("stdout_tty", "args", "bar"),
    [
        (False, [], True),  # briefs go to a pipe: the bar shows how far the run is
        (True, ["-o", "{out}"], True),  # to a file
        (True, ["-d", "{dir}"], True),  # to a folder
        (True, [], False),  # the briefs print to the terminal: they are the progress
        (False, ["--quiet"], False),
        (True, ["-o", "{out}", "-q"], False),
    ],
)
def test_progress_bar_only_when_the_briefs_go_elsewhere_and_not_quiet(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stdout_tty: bool,
    args: list[str],
    bar: bool,
) -> None:
    """stderr is a terminal throughout; several inputs (missing: nothing to brief)."""
    from newsbrief.app import run as run_module

    shown: list[bool] = []
    reporter = run_module.Reporter

    def spy(total: int, quiet: bool, progress: bool) -> object:
        shown.append(progress)
        return reporter(total, quiet, False)  # the decision is what is checked

    monkeypatch.setattr(run_module, "Reporter", spy)
    monkeypatch.setattr(
        run_module,
        "_isatty",
        lambda stream: stream is sys.stderr or (stdout_tty and stream is sys.stdout),
    )
    given = [a.format(out=tmp_path / "out.txt", dir=tmp_path / "out") for a in args]
    missing = [str(tmp_path / "gone.txt"), str(tmp_path / "lost.txt")]
    result = runner.invoke(app, ["extract", *missing, *given])
    assert result.exit_code == 1, result.output
    assert shown == [bar]
