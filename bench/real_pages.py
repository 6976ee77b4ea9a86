"""Real saved pages with known article text, headline and publication date.

`python bench/web_pages.py SET --real [--part dev|confirm] [--show]` where SET is one of:

- a folder with `ground-truth.json` ({id: {articleBody, url}}) and `html/<id>.html.gz`
  (the article-extraction benchmark's layout: human-marked article bodies);
- a JSON file {url: {file, date}} whose pages are in an `eval/` or `cache/` folder beside
  it, or beside it (htmldate's evaluation layout: human-marked publication dates);
- a JSON manifest {id: {file, url, title, date, body}}: any of them may be missing.

Each page goes through `read.html.from_html` (the brief's own reading) and, in the same
run, through bare trafilatura (`extract`, `extract_metadata`) and bare htmldate
(`find_date(original_date=True)`), and is scored:

- body: token precision and recall of the article text against the known text (the
  bag of lowercased word tokens, the headline line left out), averaged over pages; a
  page that fails or gives nothing scores 0 for both;
- headline: share of pages whose headline is the known one (spaces collapsed);
- date: share of pages with the known publication date right, wrong, none; failures
  count as none.

`--part dev` and `--part confirm` split the pages in two by a hash of their id, so that
rules are decided on one half and confirmed on the other.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")


@dataclass
class Page:
    id: str
    path: Path
    url: str | None = None
    body: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass
class Tally:
    pages: int = 0
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    titles: int = 0
    titled: int = 0
    right: int = 0
    wrong: int = 0
    dated: int = 0
    failed: int = 0


def load(data: Path) -> list[Page]:
    """The pages of a set, in any of the three layouts."""
    if data.is_dir() and (data / "ground-truth.json").is_file():
        truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
        return [
            Page(key, data / "html" / f"{key}.html.gz", v.get("url"), v.get("articleBody"))
            for key, v in sorted(truth.items())
        ]
    entries: dict[str, dict[str, Any]] = json.loads(data.read_text("utf-8"))
    pages = []
    for key, v in entries.items():
        if "body" in v or "title" in v:  # a manifest
            path = Path(v["file"])
            if not path.is_absolute():
                path = data.parent / path
            pages.append(
                Page(key, path, v.get("url"), v.get("body"), v.get("title"), v.get("date"))
            )
            continue
        folder = next(
            (data.parent / d for d in ("eval", "cache") if (data.parent / d / v["file"]).is_file()),
            data.parent,
        )
        pages.append(Page(key, folder / v["file"], key, date=v.get("date")))
    return pages


def in_part(page: Page, part: str) -> bool:
    if part == "all":
        return True
    even = int(hashlib.sha1(page.id.encode()).hexdigest(), 16) % 2 == 0
    return even if part == "dev" else not even


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def tokens(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def overlap(got: str, gold: str) -> tuple[float, float]:
    g, k = tokens(got), tokens(gold)
    common = sum((g & k).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(k.values()) if k else 0.0
    return p, r


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def ours(data: bytes, page: Page) -> tuple[str, str | None, str | None]:
    from newsbrief.read.html import from_html

    article = from_html(data, page.path.name, url=page.url)
    text = article.text
    body = text.split("\n", 1)[1] if text.startswith("# ") and article.title else text
    published = article.published.isoformat() if article.published else None
    return body, article.title, published


def bare_trafilatura(data: bytes, page: Page) -> tuple[str, str | None, str | None]:
    import trafilatura

    body = trafilatura.extract(data, url=page.url) or ""
    meta = trafilatura.extract_metadata(data, page.url)
    return body, (meta.title if meta else None), (meta.date if meta else None)


def bare_htmldate(data: bytes, page: Page) -> tuple[str, str | None, str | None]:
    from htmldate import find_date

    return "", None, find_date(data, url=page.url, original_date=True)


SYSTEMS = {"brief": ours, "trafilatura": bare_trafilatura, "htmldate": bare_htmldate}


def score(tally: Tally, page: Page, got: tuple[str, str | None, str | None] | None) -> list[str]:
    """Add one page's result to the tally; the misses, for --show."""
    misses = []
    tally.pages += 1
    body, title, date = got if got is not None else ("", None, None)
    if got is None:
        tally.failed += 1
    if page.body:
        p, r = overlap(body, page.body)
        tally.precision.append(p)
        tally.recall.append(r)
        if p < 0.9 or r < 0.9:
            misses.append(f"body P {100 * p:.0f} R {100 * r:.0f}")
    if page.title:
        tally.titled += 1
        if squash(title) == squash(page.title):
            tally.titles += 1
        else:
            misses.append(f"title {title!r} != {page.title!r}")
    if page.date:
        tally.dated += 1
        if date and date[:10] == page.date:
            tally.right += 1
        elif date:
            tally.wrong += 1
            misses.append(f"date {date} != {page.date}")
        else:
            misses.append(f"date none != {page.date}")
    return misses


def run_real(data: Path, part: str, limit: int, show: bool) -> int:
    if not data.exists():
        print(f"web_pages: no such page set: {data}", file=sys.stderr)
        return 2
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    pages = [p for p in load(data) if in_part(p, part)][: limit or None]
    tallies = {name: Tally() for name in SYSTEMS}
    for page in pages:
        try:
            data_bytes = read_bytes(page.path)
        except OSError as exc:
            print(f"  {page.id}: cannot read ({exc})", file=sys.stderr)
            data_bytes = b""
        for name, system in SYSTEMS.items():
            try:
                got = system(data_bytes, page) if data_bytes else None
            except Exception as exc:  # a benchmark counts failures, it does not stop
                if show:
                    print(f"  {name} {page.id}: failed: {exc}", file=sys.stderr)
                got = None
            misses = score(tallies[name], page, got)
            if show and misses and name == "brief":
                print(f"  {page.id}: " + "; ".join(misses))
    print(f"pages: {len(pages)} ({part})")
    print(
        f"{'system':<12} {'failed':>6} {'body P':>7} {'body R':>7} {'title':>7} "
        f"{'date ok':>8} {'wrong':>6} {'none':>6}"
    )
    for name, t in tallies.items():
        n = max(len(t.precision), 1)
        p = 100 * sum(t.precision) / n if t.precision and name != "htmldate" else float("nan")
        r = 100 * sum(t.recall) / n if t.recall and name != "htmldate" else float("nan")
        ti = 100 * t.titles / t.titled if t.titled and name != "htmldate" else float("nan")
        d = max(t.dated, 1)
        print(
            f"{name:<12} {t.failed:>6} {p:>7.1f} {r:>7.1f} {ti:>7.1f} "
            f"{100 * t.right / d:>7.1f}% {100 * t.wrong / d:>5.1f}% "
            f"{100 * (t.dated - t.right - t.wrong) / d:>5.1f}%"
        )
    print(
        f"(pages with a known body {len(tallies['brief'].precision)}, "
        f"title {tallies['brief'].titled}, date {tallies['brief'].dated})"
    )
    return 0
