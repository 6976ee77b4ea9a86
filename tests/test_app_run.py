"""One run of `brief extract`: no output may replace an input, however either is named."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsbrief.app.jobs import Settings
from newsbrief.app.output import Format
from newsbrief.app.run import Display, extract_all


def test_an_output_that_is_an_input_is_refused_before_anything_is_briefed(
    tmp_path: Path,
) -> None:
    article = tmp_path / "news" / "story.txt"
    article.parent.mkdir()
    article.write_text("Winds reached 100 mph on Friday.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for names in ([str(article)], [str(article.parent)]):
        with pytest.raises(typer.BadParameter, match="is also an input"):
            extract_all(names, Format.json, link, None, None, 1, None, True, Settings(), Display())
    assert article.read_text() == "Winds reached 100 mph on Friday.\n"
