"""Temporal expressions against TimeML gold (TempEval-3 style scoring).

    python bench/temporal.py DIR [--limit N] [--errors FILE]

DIR holds TimeML `.tml` files (searched recursively), e.g. the TBAQ-cleaned
TimeBank and AQUAINT corpora, or is a MEANTIME folder (`gold.json` with each
article's `dct` and `timexes`). MEANTIME does not mark every expression, so there
only recall (relaxed, strict, type, value) is printed, not precision.

The rules were built on TimeBank and AQUAINT (the examples in
`newsbrief/temporal/rules/` are their sentences), so the TBAQ figures are the
development figures; MEANTIME, not tuned on, is the confirmation (recall only).

For each document the plain text of `<TEXT>` (all tags removed) goes through
`newsbrief.extract(text, reference_date=DCT)`, the same path as
`brief extract - --format json --reference-date DCT`, and the brief's `dates` are
scored against the gold `TIMEX3` elements:

- strict: same start and end; relaxed: spans overlap (one-to-one);
- type: relaxed match with the same `type`; value: relaxed match with the same `value`;
- precision = hits / system expressions, recall = hits / gold expressions.

It also prints the seconds spent in spaCy (annotation) and in the temporal stage
(reference date and temporal expressions), timed around those two calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Document:
    name: str
    text: str
    dct: dt.date
    gold: list[Timex]


def tagged_text(elem: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The text content of `elem` (not its own tail, which lies outside it) and the
    span of every element within it, inner ones first."""
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []

    def walk(node: ET.Element, pos: int) -> int:
        start = pos
        if node.text:
            parts.append(node.text)
            pos += len(node.text)
        for child in node:
            pos = walk(child, pos)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        spans.append((node, start, pos))
        return pos

    walk(elem, 0)
    return "".join(parts), spans


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    text_elem = root.find("TEXT")
    if dct_timex is None or text_elem is None:
        raise ValueError(f"{path.name}: no DCT or TEXT element")
    dct = dt.date.fromisoformat(dct_timex.get("value", "")[:10])
    text, spans = tagged_text(text_elem)
    gold = [
        Timex(a, b, e.get("type", ""), e.get("value", ""), text[a:b])
        for e, a, b in spans
        if e.tag == "TIMEX3"
    ]
    return Document(path.stem, text, dct, sorted(gold, key=lambda t: t.start))


def _meantime_dct(value: str | None, text: str) -> dt.date:
    """The gold DCT; two articles lack one and one writes it day-month-year: there the
    date line under the headline (line 3, "April 27, 2005") is the DCT."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d.*", value):
        return dt.date.fromisoformat(value[:10])
    return dt.datetime.strptime(text.split("\n")[2].strip(), "%B %d, %Y").date()


def meantime_documents(root: Path) -> Iterator[Document]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    for name in sorted(gold):
        g = gold[name]
        text = (root / g["file"]).read_text(encoding="utf-8")
        timexes = [
            Timex(t["start"], t["end"], t["type"], t["value"], t["text"])
            for t in g["timexes"]
            if t.get("start") is not None
        ]
        dct = _meantime_dct(g["dct"], text)
        yield Document(name, text, dct, sorted(timexes, key=lambda t: t.start))


def is_meantime(root: Path) -> bool:
    return (root / "gold.json").is_file()


def documents(root: Path) -> Iterator[Document]:
    if is_meantime(root):
        yield from meantime_documents(root)
        return
    for path in sorted(root.rglob("*.tml")):
        yield read_document(path)


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0


def score(gold: list[Timex], system: list[Timex], counts: Counts) -> list[tuple[str, Any, Any]]:
    """Add one document's hits to `counts`; return (kind, gold, system) error records."""
    counts.gold += len(gold)
    counts.system += len(system)
    used: set[int] = set()
    errors: list[tuple[str, Any, Any]] = []
    for g in gold:
        best = None
        for i, s in enumerate(system):
            if i in used or s.end <= g.start or s.start >= g.end:
                continue
            # Prefer the exact match, else the first overlapping one.
            if (s.start, s.end) == (g.start, g.end):
                best = i
                break
            if best is None:
                best = i
        if best is None:
            errors.append(("missed", g, None))
            continue
        used.add(best)
        s = system[best]
        counts.relaxed += 1
        exact = (s.start, s.end) == (g.start, g.end)
        counts.strict += exact
        counts.type += s.type == g.type
        counts.value += s.value == g.value
        if not exact:
            errors.append(("extent", g, s))
        if s.type != g.type:
            errors.append(("type", g, s))
        if s.value != g.value:
            errors.append(("value", g, s))
    for i, s in enumerate(system):
        if i not in used:
            errors.append(("spurious", None, s))
    return errors


def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = 100.0 * hits / system if system else 0.0
    r = 100.0 * hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Stopwatch:
    """Accumulates the seconds spent inside wrapped functions, by stage name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, stage: str, fn: F) -> F:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0

        return timed  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="a folder of TimeML .tml files, or MEANTIME")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument("--errors", type=Path, help="write every error, one per line, here")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default as the CLI)")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        print(f"temporal benchmark: no such directory: {args.dir}", file=sys.stderr)
        return 2
    docs = list(documents(args.dir))
    if not docs:
        print(f"temporal benchmark: no documents under {args.dir}", file=sys.stderr)
        return 2
    if args.limit:
        docs = docs[: args.limit]

    import newsbrief
    from newsbrief import compose, temporal
    from newsbrief.nlp import load_model, resolve_model_name

    load_model(resolve_model_name(args.model))  # loading is not part of either stage
    watch = Stopwatch()
    compose.annotate = watch.wrap("spacy", compose.annotate)  # type: ignore[attr-defined]
    temporal.find_reference_date = watch.wrap("temporal", temporal.find_reference_date)
    temporal.find_dates = watch.wrap("temporal", temporal.find_dates)

    counts = Counts()
    lines: list[str] = []
    t0 = time.perf_counter()
    for doc in docs:
        brief = newsbrief.extract(doc.text, reference_date=doc.dct, model=args.model)
        system = [Timex(d.start, d.end, d.type, d.value, d.text) for d in brief.dates]
        for kind, g, s in score(doc.gold, system, counts):
            gs = f"{g.text!r} {g.type} {g.value}" if g else "-"
            ss = f"{s.text!r} {s.type} {s.value}" if s else "-"
            pos = (g or s).start
            ctx = doc.text[max(0, pos - 50) : pos + 60].replace("\n", " ")
            lines.append(f"{kind}\t{doc.name}\t{doc.dct}\t{gs}\t{ss}\t{ctx}")
    total = time.perf_counter() - t0

    print(f"{len(docs)} documents, {counts.gold} gold and {counts.system} system expressions")
    if is_meantime(args.dir):
        print(f"{'':8}{'R':>7}   (not every expression is marked: recall only)")
    else:
        print(f"{'':8}{'P':>7}{'R':>7}{'F1':>7}")
    for name in ("strict", "relaxed", "type", "value"):
        p, r, f = _prf(getattr(counts, name), counts.system, counts.gold)
        print(f"{name:8}{r:7.1f}" if is_meantime(args.dir) else f"{name:8}{p:7.1f}{r:7.1f}{f:7.1f}")
    spacy_s = watch.seconds.get("spacy", 0.0)
    temporal_s = watch.seconds.get("temporal", 0.0)
    share = 100.0 * temporal_s / spacy_s if spacy_s else 0.0
    print(f"spaCy {spacy_s:.2f}s, temporal {temporal_s:.2f}s ({share:.1f}% of spaCy), "
          f"whole extract {total:.2f}s")  # fmt: skip
    if args.errors:
        args.errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
