"""Every brief of the samples and of the evaluation sets, written out for comparison.

    python bench/snapshot.py OUT [--data DATA]

Writes OUT as one line per article: its name, then its brief as compact JSON (the
same bytes as `brief extract --format json` over several inputs). The samples and
the test pages are briefed as the command line reads them, and also rendered as
Markdown and for the terminal (plain, 100 columns); with `--data`, the evaluation
sets are briefed through the Python API as the benchmarks do: TimeML documents
with their creation time as reference date, MEANTIME articles with theirs,
CNN/DailyMail stories by default and with `glance=3`, the quote sets as given.

Two snapshots taken before and after a change that should not alter what briefs
say must be identical (`cmp before.jsonl after.jsonl`); `diff` shows where not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import newsbrief

ROOT = Path(__file__).resolve().parent.parent


def _line(brief: newsbrief.Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _timeml(path: Path) -> tuple[str, dt.date]:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text = root.find("TEXT")
    if dct is None or text is None:
        raise ValueError(f"{path}: no DCT or TEXT")
    # The text content of <TEXT> without its own tail, as bench/temporal.py reads it.
    return "".join(text.itertext()), dt.date.fromisoformat(dct.get("value", "")[:10])


def _iso(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD date; a creation time given otherwise (or not at all) is none."""
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        return None


def _rendered(brief: newsbrief.Brief) -> Iterator[tuple[str, str]]:
    from rich.console import Console

    from newsbrief.render import markdown, terminal

    yield "markdown", markdown.render(brief)
    buffer = io.StringIO()
    terminal.render(brief, Console(file=buffer, width=100, no_color=True, highlight=False))
    yield "terminal", buffer.getvalue()


def samples() -> Iterator[tuple[str, str]]:
    # Relative paths, so that the briefs' `source.path` is the same in every checkout.
    os.chdir(ROOT)
    paths = sorted(Path("samples").iterdir()) + sorted(Path("tests", "pages").iterdir())
    for path, brief in zip(paths, newsbrief.extract_many(paths), strict=True):
        name = str(path)
        if isinstance(brief, newsbrief.Failure):
            yield name, json.dumps(brief.to_dict(), ensure_ascii=False)
            continue
        yield name, _line(brief)
        for kind, text in _rendered(brief):
            yield f"{name} {kind}", json.dumps(text, ensure_ascii=False)


def evaluation(data: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((data / "timeml-tbaq").rglob("*.tml")):
        text, dct = _timeml(path)
        yield str(path.relative_to(data)), _line(newsbrief.extract(text, reference_date=dct))
    meantime = json.loads((data / "meantime" / "gold.json").read_text("utf-8"))
    for name in sorted(meantime):
        entry = meantime[name]
        text = (data / "meantime" / entry["file"]).read_text("utf-8")
        yield f"meantime/{name}", _line(newsbrief.extract(text, reference_date=_iso(entry["dct"])))
    for path in sorted((data / "cnndm-highlights" / "article").glob("*.txt")):
        text = path.read_text("utf-8")
        name = str(path.relative_to(data))
        yield name, _line(newsbrief.extract(text))
        yield f"{name} glance=3", _line(newsbrief.extract(text, glance=3))
    for folder in ("quotes-ggt", "quotes-polnear"):
        for path in sorted((data / folder / "articles").glob("*.txt")):
            yield str(path.relative_to(data)), _line(newsbrief.extract(path.read_text("utf-8")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="where to write the snapshot (JSON Lines)")
    parser.add_argument("--data", type=Path, help="the folder of the evaluation sets")
    args = parser.parse_args()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        sources = [samples()] + ([evaluation(args.data.resolve())] if args.data else [])
        for source in sources:
            for name, line in source:
                out.write(f"{name}\t{line}\n")
                count += 1
    print(f"{count} records written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
