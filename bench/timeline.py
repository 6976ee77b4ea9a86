"""The timeline's dates against gold event→date links.

    python bench/timeline.py DIR [DIR ...] [--errors FILE] [--misses FILE] [--article-date]
                             [--limit N] [--part all|dev|confirm]

Each DIR is either a folder of TimeML `.tml` files (TBAQ-cleaned TimeBank and
AQUAINT) or a MEANTIME folder (`gold.json` and `articles/`). The gold is an event
anchored to a date: in TimeML a `<TLINK>` from an event instance to a `TIMEX3`
(the DCT's included) with `relType` IS_INCLUDED, DURING or SIMULTANEOUS; in
MEANTIME the `dated_events` with those relations. Only calendar values count
(a value that starts with a year: not PRESENT_REF, not a duration).

Every document is briefed with `newsbrief.extract(text, reference_date=DCT)` (with
`--article-date`, MEANTIME articles get no reference date and must find their own
date line). A timeline row *holds* a gold event when one of its sources covers the
event's first character. For each (row, gold event) held:

- right: the row's date value equals one of the event's gold values, or one is a
  prefix of the other (coarser but true), a gold `X` standing for any digit (gold
  "1989-WXX" is some week of 1989); wrong otherwise.

Figures per part, and for the development and confirmation parts:

- right %: right / (right + wrong), over the (row, event) pairs held;
- coverage %: gold-dated events held by a row with a right date / all gold-dated events;
- cover-t %: the same coverage over the gold events dated by an expression of the
  text (not only by the DCT, which a timeline does not date events by);
- exact-wrong %: checkable rows (rows holding a gold event) shown as `exact` whose
  date is wrong for one of the events they hold / checkable rows;
- exact %: checkable rows shown as `exact` / checkable rows (what exact-wrong costs:
  a timeline that calls every date approximate has none wrong and none exact).

`--misses FILE` lists, for the development part only (the confirmation part's
events are not to be read), every gold event dated by an expression of the text
that no right-dated row holds, with its cause: no event covers it (not in prose,
or a clause span misses it), its clause is undated while the date anchors
another clause or nothing (in the same sentence or another), the expression is
missed or misread, or the row holding it has a wrong date; the causes are counted.

Parts: TimeBank and MEANTIME's Airbus and Apple corpora are the development part;
AQUAINT and MEANTIME's GM and stock-market corpora confirm. The TIMEX3 scores of
`bench/temporal.py` are printed per part too (on MEANTIME recall and value only:
it does not mark every expression).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from temporal import Counts, Timex, _meantime_dct, _prf, score, tagged_text  # bench/temporal.py

DATING = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS"})
_CALENDAR = re.compile(r"^\d{4}")
DEVELOPMENT = frozenset({"TimeBank", "meantime-airbus", "meantime-apple"})


@dataclass
class GoldEvent:
    start: int
    end: int
    text: str
    values: set[str] = field(default_factory=set)
    in_text: bool = False  # dated by an expression in the text, not only by the DCT
    timexes: list[tuple[int, int, str]] = field(default_factory=list)  # in-text: start, end, value


@dataclass
class Document:
    name: str
    part: str
    text: str
    dct: dt.date
    events: list[GoldEvent]
    timexes: list[Timex]
    all_timexes_marked: bool  # False: MEANTIME (recall and value only)


def read_timeml(path: Path, part: str) -> Document:
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    text_elem = root.find("TEXT")
    if dct_timex is None or text_elem is None:
        raise ValueError(f"{path.name}: no DCT or TEXT element")
    dct_value = dct_timex.get("value", "")
    dct = dt.date.fromisoformat(dct_value[:10])
    text, tagged = tagged_text(text_elem)
    spans: dict[str, dict[str, tuple]] = {"event": {}, "timex": {}}
    for elem, a, b in tagged:
        if elem.tag == "EVENT":
            spans["event"][elem.get("eid", "")] = (a, b)
        elif elem.tag == "TIMEX3":
            typ, value = elem.get("type", ""), elem.get("value", "")
            spans["timex"][elem.get("tid", "")] = (a, b, typ, value)
    values = {tid: v[3] for tid, v in spans["timex"].items()}
    values[dct_timex.get("tid", "")] = dct_value
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    events: dict[str, GoldEvent] = {}
    for link in root.iter("TLINK"):
        ei, tid = link.get("eventInstanceID"), link.get("relatedToTime")
        if ei is None or tid is None or link.get("relType") not in DATING:
            continue
        eid = instance.get(ei)
        value = values.get(tid, "")
        if eid not in spans["event"] or not _CALENDAR.match(value):
            continue
        a, b = spans["event"][eid]
        ev = events.setdefault(eid, GoldEvent(a, b, text[a:b]))
        ev.values.add(value)
        ev.in_text = ev.in_text or tid in spans["timex"]
        if tid in spans["timex"]:
            ev.timexes.append((*spans["timex"][tid][:2], value))
    timexes = [Timex(a, b, typ, val, text[a:b]) for a, b, typ, val in spans["timex"].values()]
    return Document(
        path.stem, part, text, dct, sorted(events.values(), key=lambda e: e.start),
        sorted(timexes, key=lambda t: t.start), True,
    )  # fmt: skip


def read_meantime(root: Path) -> list[Document]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    out = []
    for name in sorted(gold):
        g = gold[name]
        text = (root / g["file"]).read_text(encoding="utf-8")
        events: dict[str, GoldEvent] = {}
        by_id = {t["id"]: t for t in g["timexes"] if t.get("start") is not None}
        for d in g["dated_events"]:
            if d["relation"] not in DATING or not _CALENDAR.match(d["value"] or ""):
                continue
            a = d["event_start"]
            ev = events.setdefault(
                d["event_id"], GoldEvent(a, a + len(d["event_text"]), d["event_text"])
            )
            ev.values.add(d["value"])
            ev.in_text = ev.in_text or not d["is_dct"]
            t = by_id.get(d["timex_id"])
            if not d["is_dct"] and t is not None:
                ev.timexes.append((t["start"], t["end"], d["value"]))
        timexes = [
            Timex(t["start"], t["end"], t["type"], t["value"], t["text"])
            for t in g["timexes"]
            if t.get("start") is not None
        ]
        part = "meantime-" + g["corpus"].removeprefix("corpus_")
        out.append(
            Document(
                name, part, text, _meantime_dct(g["dct"], text),
                sorted(events.values(), key=lambda e: e.start),
                sorted(timexes, key=lambda t: t.start), False,
            )
        )  # fmt: skip
    return out


def documents(paths: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for root in paths:
        if (root / "gold.json").is_file():
            docs.extend(read_meantime(root))
            continue
        for path in sorted(root.rglob("*.tml")):
            docs.append(read_timeml(path, path.parent.name))
    return docs


def compatible(system: str, gold: str) -> bool:
    """Equal, or one a prefix of the other (a coarser value that is still true).
    Some gold weeks are written without their leading zero ("2000-W6")."""
    gold = re.sub(r"-W(\d)(?!\d)", r"-W0\1", gold)
    if "X" in gold:
        # A gold part left unknown ("1989-WXX": some week of 1989) admits any value.
        n = min(len(gold), len(system))
        if all(g in ("X", s) for g, s in zip(gold[:n], system[:n], strict=True)):
            return True
    return system.startswith(gold) or gold.startswith(system)


@dataclass
class Tally:
    documents: int = 0
    gold_events: int = 0
    in_text: int = 0  # gold events dated by an expression of the text
    covered_in_text: int = 0
    right: int = 0
    wrong: int = 0
    covered: int = 0
    rows: int = 0
    checkable: int = 0
    exact_wrong: int = 0
    exact: int = 0  # checkable rows shown as exact
    timex: Counts = field(default_factory=Counts)
    timex_precision: bool = True

    def add(self, other: Tally) -> None:
        for name in ("documents", "gold_events", "in_text", "covered_in_text", "right",
                     "wrong", "covered", "rows", "checkable", "exact_wrong", "exact"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold", "system", "strict", "relaxed", "type", "value"):
            setattr(self.timex, name, getattr(self.timex, name) + getattr(other.timex, name))
        self.timex_precision = self.timex_precision and other.timex_precision


def check(
    doc: Document, brief: object, tally: Tally, errors: list[str], misses: list[str] | None = None
) -> None:
    """Score one brief's timeline against the document's gold-dated events."""
    tally.documents += 1
    tally.gold_events += len(doc.events)
    tally.in_text += sum(ev.in_text for ev in doc.events)
    right_events: set[int] = set()
    for row in brief.timeline:  # type: ignore[attr-defined]
        tally.rows += 1
        held = [
            (i, ev) for i, ev in enumerate(doc.events)
            if any(s.start <= ev.start < s.end for s in row.sources)
        ]  # fmt: skip
        if not held:
            continue
        tally.checkable += 1
        tally.exact += row.certainty == "exact"
        row_wrong = False
        for i, ev in held:
            if any(compatible(row.date.value, v) for v in ev.values):
                tally.right += 1
                right_events.add(i)
            else:
                tally.wrong += 1
                row_wrong = True
                own = any(
                    s.start <= ev.start < s.end and s.start <= row.date.start < s.end
                    for s in row.sources
                )
                ctx = doc.text[max(0, ev.start - 60) : ev.end + 60].replace("\n", " ")
                how = getattr(row.date, "template", "")
                errors.append(
                    f"{row.certainty}\t{'own' if own else 'merged'}\t{doc.part}\t{doc.name}\t"
                    f"dct={doc.dct}\t{ev.text!r} gold={sorted(ev.values)}\t"
                    f"row={row.date.value} {row.date.text!r} {how}\t{row.event!r}\t{ctx}"
                )
        if row_wrong and row.certainty == "exact":
            tally.exact_wrong += 1
    tally.covered += len(right_events)
    tally.covered_in_text += sum(doc.events[i].in_text for i in right_events)
    if misses is None or doc.part not in DEVELOPMENT:
        return  # the confirmation part's events are not read
    for i, ev in enumerate(doc.events):
        if not ev.in_text or i in right_events or not ev.timexes:
            continue
        a, b, value = ev.timexes[0]
        ctx = doc.text[max(0, ev.start - 80) : ev.end + 80].replace("\n", " ")
        misses.append(
            f"{miss_cause(doc, brief, ev)}\t{doc.name}\t{ev.text!r} gold={value} "
            f"{doc.text[a:b]!r}\t{ctx}"
        )


_SENTENCE_BREAK = re.compile(r"[.!?][\"'`]*\s+[\"'`]*[A-Z]|\n")


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def miss_cause(doc: Document, brief: object, ev: GoldEvent) -> str:
    """Why a gold event dated by an expression of the text is held by no
    right-dated row, as one of a few causes (see `--misses`)."""
    timeline = brief.timeline  # type: ignore[attr-defined]
    holding = [r for r in timeline if any(s.start <= ev.start < s.end for s in r.sources)]
    if holding:
        return "row's date wrong"
    # The brief's expression for the gold one, and whether its value is right.
    found = [
        d for d in brief.dates  # type: ignore[attr-defined]
        if any(_overlaps(d.start, d.end, a, b) for a, b, _ in ev.timexes)
    ]  # fmt: skip
    right = [d for d in found if any(compatible(d.value, v) for v in ev.values)]
    if not found:
        return "expression not found"
    if not right:
        return "expression's value wrong"
    a, b = min((t[0], t[1]) for t in ev.timexes)
    lo, hi = min(a, ev.start), max(b, ev.end)
    apart = "" if not _SENTENCE_BREAK.search(doc.text, lo, hi) else ", another sentence"
    events = brief.events  # type: ignore[attr-defined]
    covering = [e for e in events if e.start <= ev.start < e.end]
    anchored = [
        e for e in events
        if e.date is not None and any(e.date.start == d.start for d in right)
    ]  # fmt: skip
    rowed = [
        r for r in timeline
        if any(r.date.start == d.start for d in right) or any(
            s.start <= e.start < s.end for s in r.sources for e in anchored
        )
    ]  # fmt: skip
    if not covering:
        if not any(b.start <= ev.start < b.end and b.kind == "paragraph" for b in brief.blocks):  # type: ignore[attr-defined]
            return "no event: not in a prose block"
        if anchored:
            return "no event: span misses it, date on another clause" + apart
        return "no event: span misses it, date anchors nothing" + apart
    if any(e.date is not None for e in covering):
        return "event dated, no row holds it"
    if anchored:
        return (
            "event undated: date anchored to another clause"
            + apart
            + ("" if rowed else " (no row)")
        )
    return "event undated: date anchors nothing" + apart


def _pct(a: int, b: int, width: int = 7) -> str:
    return f"{100.0 * a / b:{width}.1f}" if b else " " * (width - 1) + "-"


def report(name: str, t: Tally) -> str:
    _, rr, rf = _prf(t.timex.relaxed, t.timex.system, t.timex.gold)
    _, vr, vf = _prf(t.timex.value, t.timex.system, t.timex.gold)
    _, _, sf = _prf(t.timex.strict, t.timex.system, t.timex.gold)
    if not t.timex.gold:
        timex = ""
    elif t.timex_precision:
        timex = f"TIMEX F1 strict {sf:5.1f} relaxed {rf:5.1f} value {vf:5.1f}"
    else:
        timex = f"TIMEX recall relaxed {rr:5.1f} value {vr:5.1f}"
    return (
        f"{name:18}{t.documents:5}{t.gold_events:6}{t.right + t.wrong:6}"
        f"{_pct(t.right, t.right + t.wrong)}{_pct(t.covered, t.gold_events)}"
        f"{t.checkable:6}{_pct(t.exact_wrong, t.checkable, 13)}"
        f"{_pct(t.covered_in_text, t.in_text, 9)}{_pct(t.exact, t.checkable)}   {timex}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", type=Path, nargs="+", help="TimeML or MEANTIME folders")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents per part")
    parser.add_argument("--errors", type=Path, help="write every wrong date, one per line, here")
    parser.add_argument(
        "--article-date", action="store_true",
        help="MEANTIME: no reference date given; the article's own date line must be found",
    )  # fmt: skip
    parser.add_argument(
        "--misses", type=Path,
        help="development part: write every gold event dated by the text that no "
        "right-dated row holds, with its cause, here (and count the causes)",
    )  # fmt: skip
    parser.add_argument("--model", default=None, help="spaCy pipeline (default as the CLI)")
    parser.add_argument(
        "--part", choices=("all", "dev", "confirm"), default="all",
        help="only the development or only the confirmation documents",
    )  # fmt: skip
    args = parser.parse_args(argv)
    for d in args.dirs:
        if not d.is_dir():
            print(f"timeline benchmark: no such directory: {d}", file=sys.stderr)
            return 2
    docs = documents(args.dirs)
    if not docs:
        print("timeline benchmark: no documents found", file=sys.stderr)
        return 2
    if args.part != "all":
        docs = [d for d in docs if (d.part in DEVELOPMENT) == (args.part == "dev")]
    if args.limit:
        seen: dict[str, int] = defaultdict(int)
        kept = []
        for doc in docs:
            seen[doc.part] += 1
            if seen[doc.part] <= args.limit:
                kept.append(doc)
        docs = kept

    import newsbrief

    tallies: dict[str, Tally] = defaultdict(Tally)
    errors: list[str] = []
    misses: list[str] | None = [] if args.misses else None
    for doc in docs:
        given = None if (args.article_date and not doc.all_timexes_marked) else doc.dct
        brief = newsbrief.extract(doc.text, reference_date=given, model=args.model)
        tally = tallies[doc.part]
        tally.timex_precision = doc.all_timexes_marked
        check(doc, brief, tally, errors, misses)
        system = [Timex(d.start, d.end, d.type, d.value, d.text) for d in brief.dates]
        score(doc.timexes, system, tally.timex)

    print(f"{'part':18}{'docs':>5}{'gold':>6}{'held':>6}{'right%':>7}{'cover%':>7}"
          f"{'rows':>6}{'exact-wrong%':>13}{'cover-t%':>9}{'exact%':>7}")  # fmt: skip
    # Pooled parts: the timeline only (TIMEX scores differ in kind between the sets).
    development, confirmation = Tally(), Tally()
    for part in sorted(tallies):
        print(report(part, tallies[part]))
        (development if part in DEVELOPMENT else confirmation).add(tallies[part])
    development.timex = confirmation.timex = Counts()
    print(report("development", development))
    print(report("confirmation", confirmation))
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if args.misses and misses is not None:
        misses.sort()
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
        causes: dict[str, int] = defaultdict(int)
        for line in misses:
            causes[line.split("\t", 1)[0]] += 1
        print("\ndevelopment, gold events dated by the text and held by no right-dated row:")
        for cause, n in sorted(causes.items(), key=lambda c: -c[1]):
            print(f"{n:6}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
