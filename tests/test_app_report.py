"""What a run tells on stderr: error lines (none with --quiet) and the progress bar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
