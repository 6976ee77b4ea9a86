"""The samples' briefs as a reader sees them, compared exactly with reviewed files.

`tests/golden/terminal/NAME.txt` is what `brief extract samples/NAME -o brief.txt`
writes (the terminal layout, plain, 100 columns, at most 10 quotes) and
`tests/golden/markdown/NAME.md` what `brief extract samples/NAME -f markdown` writes,
both without a reference date, with the model `brief` installs (another model gives
other briefs). A person read each file once; any change to what the renderers, or the
stages before them, show makes this test fail with the difference.
After a change whose new output has been read and found right, refresh the files
and review the difference before committing it:

    BRIEF_REFRESH_GOLDEN=1 python -m pytest tests/test_render_golden.py
    git diff tests/golden
"""

from __future__ import annotations

import dataclasses
import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.app.cli import TERMINAL_QUOTES
from newsbrief.brief import Brief
from newsbrief.render import markdown, terminal
from newsbrief.render.common import View

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))
REFRESH = "BRIEF_REFRESH_GOLDEN"
HOW_TO_REFRESH = (
    "If the new output is right (read it), refresh the reviewed files with\n"
    f"    {REFRESH}=1 python -m pytest tests/test_render_golden.py\n"
    "and review `git diff tests/golden` before committing it."
)


def shown(brief: Brief, fmt: str) -> str:
    """What the command line writes for one brief in `fmt`, to a file."""
    # The path as given on the command line from the repository's root, not where
    # this checkout happens to be.
    brief = dataclasses.replace(
        brief, source=dataclasses.replace(brief.source, path=f"samples/{brief.source.path}")
    )
    if fmt == "terminal":
        out = terminal.text(brief, terminal.Screen(), View(quotes=TERMINAL_QUOTES))
    else:
        out = markdown.render(brief)
    return out if out.endswith("\n") else out + "\n"


def golden_path(name: str, fmt: str) -> Path:
    stem = Path(name).stem
    return GOLDEN / fmt / (f"{stem}.txt" if fmt == "terminal" else f"{stem}.md")


def test_every_sample_has_its_reviewed_files() -> None:
    for fmt in ("terminal", "markdown"):
        want = sorted(golden_path(n, fmt).name for n in NAMES)
        folder = GOLDEN / fmt
        if os.environ.get(REFRESH):  # files of samples no longer there go
            folder.mkdir(parents=True, exist_ok=True)
            for stale in (p for p in folder.iterdir() if p.name not in want):
                stale.unlink()
            continue
        assert sorted(p.name for p in folder.iterdir()) == want, HOW_TO_REFRESH


@pytest.mark.parametrize("fmt", ["terminal", "markdown"])
@pytest.mark.parametrize("name", NAMES)
def test_sample_is_shown_as_reviewed(brief_of: Callable[..., Brief], name: str, fmt: str) -> None:
    brief = brief_of(name)
    brief = dataclasses.replace(brief, source=dataclasses.replace(brief.source, path=name))
    got = shown(brief, fmt)
    path = golden_path(name, fmt)
    if os.environ.get(REFRESH):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, "utf-8")
        return
    want = path.read_text("utf-8") if path.exists() else ""
    if got != want:
        diff = difflib.unified_diff(
            want.splitlines(), got.splitlines(), str(path.relative_to(ROOT)), "now", lineterm=""
        )
        pytest.fail("\n".join([*list(diff)[:80], "", HOW_TO_REFRESH]), pytrace=False)
