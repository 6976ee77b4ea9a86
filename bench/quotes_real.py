"""Who said what in real news: quotes and speakers against people's annotations.

    PYTHONPATH=src python bench/quotes_real.py --ggt DATA/quotes-ggt [--polnear DATA/quotes-polnear]
        [--half even|odd] [-v]

Two annotated sets (their formats are described in the data's README):

- quotes-ggt: Canadian news, direct quotes and reported speech, each speaker
  resolved to a name and the mention that attributes it marked;
- quotes-polnear: US political news, attributions of speech and also of beliefs and
  intentions, the source as written (not resolved).

Each article goes through the stages `extract` runs (blocks, annotation, entities,
quotes). Scoring follows the Tracker's own evaluation: a gold quote is found when one
predicted quote covers more than 30% (stricter: 80%) of its characters, each
predicted quote matching at most one gold quote; precision = matched predictions /
predictions. Figures are given for direct quotes alone (gold marked direct against
predictions of kind direct or mixed) and for all attributions.

For the quotes found at 30%: the Tracker's speaker rule (the predicted attributing
mention overlaps the gold one, or neither has one); and, on quotes-ggt, whose
speakers are names, the name right (equal to the gold name or sharing its last
word), wrong (another name), or unresolved (no speaker, or a description where the
gold gives a name).

`--half` keeps every other article (sorted by id) of each set, so that rules can be
decided on one half and confirmed on the other.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsbrief.blocks import split_blocks
from newsbrief.brief import Quote
from newsbrief.entities import find_entities
from newsbrief.nlp import annotate, load_model, resolve_model_name
from newsbrief.quotes import find_quotes

THRESHOLDS = (0.3, 0.8)


@dataclass
class Gold:
    """One annotated quote or attribution: its content, speaker mention and name."""

    spans: list[tuple[int, int]]
    direct: bool
    speaker: str | None
    mention: list[tuple[int, int]]


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_rule: int = 0
    named_gold: int = 0
    name_right: int = 0
    name_wrong: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "speaker_rule", "named_gold", "name_right", "name_wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.matched.items():
            self.matched[k] += v
        self.notes += other.notes


def _length(spans: list[tuple[int, int]]) -> int:
    return sum(z - a for a, z in spans)


def _overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(z, end) - max(a, start)) for a, z in spans)


def _touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < z for a, z in spans)


def is_direct(q: Quote) -> bool:
    return getattr(q, "kind", "direct") != "reported"


# First words of a description, not a name ("the utility", "His father").
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "one",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
    ]
)


def name_verdict(gold: str, predicted: str | None) -> str:
    """right, wrong or unresolved: a name is right when it equals the gold name or
    shares its last word, wrong when it is another name; no speaker, or a
    description ("the utility", "a spokeswoman"), is unresolved."""
    if predicted is None:
        return "unresolved"
    g, p = gold.casefold().split(), predicted.casefold().split()
    if p == g or (g and p and g[-1] == p[-1]):
        return "right"
    if not p or p[0] in DETERMINERS or not predicted[:1].isupper():
        return "unresolved"
    return "wrong"


def match(golds: list[Gold], predicted: list[Quote], threshold: float) -> dict[int, int]:
    """gold index -> predicted index, each predicted quote used once: for each gold
    quote in order, the unused prediction covering most of it, if above threshold."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for gi, g in enumerate(golds):
        size = _length(g.spans) or 1
        best, best_cover = None, threshold
        for pi, q in enumerate(predicted):
            if pi in used:
                continue
            cover = _overlap(g.spans, q.start, q.end) / size
            if cover > best_cover:
                best, best_cover = pi, cover
        if best is not None:
            used.add(best)
            out[gi] = best
    return out


def score(
    text: str, golds: list[Gold], predicted: list[Quote], names: set[str], key: str, resolved: bool
) -> Tally:
    t = Tally(gold=len(golds), predicted=len(predicted))
    for threshold in THRESHOLDS:
        found = match(golds, predicted, threshold)
        t.matched[threshold] = len(found)
        if threshold != THRESHOLDS[0]:
            continue
        for gi, g in enumerate(golds):
            if gi not in found:
                a, z = g.spans[0]
                t.notes.append(f"{key}: missed {text[a:z][:70]!r}")
                continue
            q = predicted[found[gi]]
            # The attributing mention (older briefs have only the speaker's span).
            span = getattr(q, "mention_span", q.speaker_span)
            if (span is None and not g.mention) or (
                span is not None and _touches(g.mention, span.start, span.end)
            ):
                t.speaker_rule += 1
            if resolved and g.speaker:
                t.named_gold += 1
                verdict = name_verdict(g.speaker, q.speaker)
                t.name_right += verdict == "right"
                t.name_wrong += verdict == "wrong"
                if verdict != "right":
                    t.notes.append(
                        f"{key}: {verdict} {q.speaker!r} for {g.speaker!r}: {q.text[:60]!r}"
                    )
        for pi, q in enumerate(predicted):
            if pi not in found.values():
                t.notes.append(f"{key}: extra [{q.speaker}] {q.text[:70]!r}")
    return t


def ggt_articles(root: Path) -> list[tuple[str, str, list[Gold], set[str]]]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(gold):
        doc = gold[key]
        text = (root / doc["file"]).read_text(encoding="utf-8")
        golds = [
            Gold(
                [(q["start"], q["end"])],
                bool(q["direct"]),
                q.get("speaker"),
                [(q["speaker_start"], q["speaker_end"])] if "speaker_start" in q else [],
            )
            for q in doc["quotes"]
        ]
        out.append((key, text, golds, {p.casefold() for p in doc.get("people", [])}))
    return out


def polnear_articles(root: Path) -> list[tuple[str, str, list[Gold], set[str]]]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(gold):
        doc = gold[key]
        text = (root / doc["file"]).read_text(encoding="utf-8")
        golds = [
            Gold(
                [tuple(s) for s in a["content_spans"]],  # type: ignore[misc]
                bool(a["direct"]),
                a.get("source"),
                [tuple(s) for s in a.get("source_spans") or []],  # type: ignore[misc]
            )
            for a in doc["attributions"]
            if a["content_spans"]
        ]
        out.append((key, text, golds, set()))
    return out


@dataclass
class Clock:
    """CPU seconds spent in spaCy (blocks and annotation), entities and quotes."""

    spacy: float = 0.0
    entities: float = 0.0
    quotes: float = 0.0


def quotes_of(text: str, clock: Clock) -> list[Quote]:
    nlp = load_model(resolve_model_name())
    t0 = time.process_time()
    doc = annotate(nlp, text, split_blocks(text))
    t1 = time.process_time()
    entities = find_entities(doc, nlp)
    t2 = time.process_time()
    found = find_quotes(doc, entities)
    clock.spacy += t1 - t0
    clock.entities += t2 - t1
    clock.quotes += time.process_time() - t2
    return found


def _prf(matched: int, predicted: int, gold: int) -> str:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f} R {100 * r:5.1f} F1 {100 * f:5.1f}"


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "    -"


def report(name: str, part: str, t: Tally, resolved: bool) -> list[str]:
    base = t.matched[THRESHOLDS[0]]
    lines = [f"{name} {part}: {t.gold} gold, {t.predicted} predicted"]
    for threshold in THRESHOLDS:
        lines.append(
            f"  at {int(threshold * 100)}%: {_prf(t.matched[threshold], t.predicted, t.gold)}"
        )
    lines.append(
        f"  speaker rule (mention overlaps): {t.speaker_rule}/{base} {_pct(t.speaker_rule, base)}"
    )
    if resolved:
        lines.append(
            f"  name right {t.name_right}/{t.named_gold} {_pct(t.name_right, t.named_gold)}, "
            f"wrong {t.name_wrong} {_pct(t.name_wrong, t.named_gold)}"
        )
    return lines


def run(
    name: str, articles: list[tuple[str, str, list[Gold], set[str]]], resolved: bool, verbose: bool
) -> list[str]:
    direct, every = Tally(), Tally()
    clock = Clock()
    load_model(resolve_model_name())  # loaded before timing
    for key, text, golds, names in articles:
        predicted = quotes_of(text, clock)
        direct.add(
            score(
                text,
                [g for g in golds if g.direct],
                [q for q in predicted if is_direct(q)],
                names,
                key,
                resolved,
            )
        )
        every.add(score(text, golds, predicted, names, key, resolved))
    lines = [
        f"{name}: {len(articles)} articles; CPU: spaCy {clock.spacy:.2f} s, entities "
        f"{clock.entities:.2f} s, quotes {clock.quotes:.2f} s; entities + quotes = "
        f"{100 * (clock.entities + clock.quotes) / (clock.spacy or 1):.1f}% of spaCy"
    ]
    lines += report(name, "direct quotes", direct, resolved)
    lines += report(name, "all attributions", every, resolved)
    if verbose:
        lines += ["  direct " + n for n in direct.notes]
        lines += ["  all " + n for n in every.notes]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ggt", type=Path, help="the quotes-ggt folder")
    parser.add_argument("--polnear", type=Path, help="the quotes-polnear folder")
    parser.add_argument("--half", choices=("even", "odd"), help="every other article only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if args.ggt is None and args.polnear is None:
        print("give --ggt and/or --polnear (the data folders)", file=sys.stderr)
        return 2
    sets = [
        (label, folder, reader, resolved)
        for label, folder, reader, resolved in (
            ("quotes-ggt", args.ggt, ggt_articles, True),
            ("quotes-polnear", args.polnear, polnear_articles, False),
        )
        if folder is not None
    ]
    for label, folder, _, _ in sets:
        if not (folder / "gold.json").is_file():
            print(f"{label}: no gold.json in {folder}", file=sys.stderr)
            return 2
    for label, folder, reader, resolved in sets:
        articles = reader(folder)
        if args.half:
            articles = articles[0 if args.half == "even" else 1 :: 2]
        for line in run(label, articles, resolved, args.verbose):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
