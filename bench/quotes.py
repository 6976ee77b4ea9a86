"""Who said what, and who is who: quotes, speakers and merged names against gold.

    PYTHONPATH=src python bench/quotes.py [--gold FILE] [--root .] [-v] [SAMPLE ...]

The gold file (hand-written, see its `_about`) is keyed by sample path relative
to `--root`; name samples to score only those (samples written after the code
was last changed are the honest measure; the others were tuned against). Each
sample goes through `newsbrief.extract`, the same path as `brief extract`, and is
scored on:

- quotes: a gold quote is found when a brief quote overlaps it; the brief quote
  that overlaps it most answers for it. It is wrong when any overlapping brief
  quote names someone who is neither an accepted nor a vague speaker (so a wrong
  speaker beside a right one counts), else right when the answering quote's
  speaker is one of the accepted speakers (case-insensitive), vague when it is one
  of the `vague` answers (true, but the article names the speaker better: "the
  company" where it names the company), unattributed when it has no speaker. Extra: brief
  quotes in quotation marks (direct or mixed) with a speaker that overlap no gold
  quote. Scare quotes, single quoted words and titles (`not_quotes`) must never be
  a quote with a speaker (reported speech may hold them).
- people: a person named in full and by surname is merged when one PERSON entity
  carries every form (name or alias) and each listed bare or titled mention
  belongs to it (`at`: [context, mention] pairs located in the text).
- merges (acronyms, country spellings, short forms of organizations), labels,
  names that must be one entity only (`single`), texts that must never be
  entities (`not_entities`).
- strategies: for each attribution strategy and pass (`quotes.sieve`, `quotes.passes`),
  the brief quotes it gave a speaker, and of those the ones whose speaker is right
  or wrong for the gold quote they overlap, or that overlap none; and the quotes
  it decided nobody is named for. The quotes are found again by the stages
  `extract` runs, with the strategy that decided each (`newsbrief.quotes.attribute`).

Targets (issue 4): >= 90% of quotes with the right speaker, no wrong speaker,
>= 90% of people merged.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsbrief
from newsbrief.blocks import split_blocks
from newsbrief.brief import Brief, Entity, Quote
from newsbrief.entities import find_entities
from newsbrief.nlp import annotate, load_model, resolve_model_name
from newsbrief.quotes import REPORTED, Attributed, attribute
from newsbrief.quotes.passes import PASSES
from newsbrief.quotes.sieve import STRATEGIES

DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "quotes.json"


@dataclass
class Tally:
    quotes: int = 0
    found: int = 0
    right: int = 0
    vague: int = 0
    wrong: int = 0
    unattributed: int = 0
    extra: int = 0
    scare: int = 0
    scare_attributed: int = 0
    people: int = 0
    merged: int = 0
    merges: int = 0
    merges_ok: int = 0
    labels: int = 0
    labels_ok: int = 0
    singles: int = 0
    singles_ok: int = 0
    banned: int = 0
    banned_found: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        add_counts(self, other)
        self.notes += other.notes


@dataclass
class StrategyTally:
    attributed: int = 0
    right: int = 0
    vague: int = 0
    wrong: int = 0
    no_gold: int = 0
    nobody: int = 0

    def add(self, other: StrategyTally) -> None:
        add_counts(self, other)


def add_counts(total: object, other: object) -> None:
    """Add each count (int field) of `other` to the same field of `total`."""
    for name, value in vars(other).items():
        if isinstance(value, int):
            setattr(total, name, getattr(total, name) + value)


NO_STRATEGY = "(none)"


def strategy_names() -> list[str]:
    return [s.name for s in STRATEGIES] + [p.name for p in PASSES] + [REPORTED, NO_STRATEGY]


def attributed_quotes(text: str) -> list[Attributed]:
    """The quotes of an article, each with what decided its speaker, found by the
    stages `extract` runs."""
    nlp = load_model(resolve_model_name())
    doc = annotate(nlp, text, split_blocks(text))
    return attribute(doc, find_entities(doc, nlp))


def _locate(text: str, needle: str, path: str) -> tuple[int, int]:
    at = text.find(needle)
    if at < 0:
        raise SystemExit(f"gold text not in {path}: {needle!r}")
    return at, at + len(needle)


def _names(e: Entity) -> set[str]:
    return {e.name.casefold(), *(a.casefold() for a in e.aliases)}


def _entity_named(entities: list[Entity], name: str) -> list[Entity]:
    key = name.casefold()
    return [e for e in entities if key in _names(e)]


def _overlap(q: Quote, a: int, z: int) -> int:
    return min(q.end, z) - max(q.start, a)


def score_quotes(brief: Brief, gold: dict[str, Any], text: str, path: str) -> Tally:
    t = Tally()
    used: set[int] = set()
    for g in gold.get("quotes", []):
        a, z = _locate(text, g["text"], path)
        accepted = {s.casefold() for s in g["speakers"]}
        vague = {s.casefold() for s in g.get("vague", [])}
        t.quotes += 1
        hits = [i for i, q in enumerate(brief.quotes) if q.start < z and a < q.end]
        if not hits:
            t.notes.append(f"{path}: missed quote {g['text'][:50]!r}")
            continue
        used.update(hits)
        t.found += 1
        # The brief quote that overlaps it most answers for it; any other overlapping
        # quote that names someone else is a wrong speaker all the same.
        best = max(hits, key=lambda i: _overlap(brief.quotes[i], a, z))
        speaker = brief.quotes[best].speaker
        others = {
            q.speaker
            for i, q in enumerate(brief.quotes)
            if i in hits and q.speaker is not None and q.speaker.casefold() not in accepted | vague
        }
        if others:
            t.wrong += 1
            t.notes.append(f"{path}: wrong speaker {sorted(others)} for {g['text'][:50]!r}")
        elif speaker is None:
            t.unattributed += 1
            t.notes.append(f"{path}: no speaker for {g['text'][:50]!r}")
        elif speaker.casefold() in accepted:
            t.right += 1
        else:
            t.vague += 1
            t.notes.append(f"{path}: vague speaker {speaker!r} for {g['text'][:50]!r}")
    for i, q in enumerate(brief.quotes):
        if i not in used and q.speaker is not None and q.kind != "reported":
            t.extra += 1
            t.notes.append(f"{path}: extra quote [{q.speaker}] {q.text[:50]!r}")
    for scare in gold.get("not_quotes", []):
        a, z = _locate(text, scare, path)
        t.scare += 1
        if any(
            q.start < z and a < q.end and q.speaker is not None and q.kind != "reported"
            for q in brief.quotes
        ):
            t.scare_attributed += 1
            t.notes.append(f"{path}: scare quote attributed {scare!r}")
    return t


def score_strategies(
    attributed: list[Attributed], gold: dict[str, Any], text: str, path: str
) -> dict[str, StrategyTally]:
    spans = []
    for g in gold.get("quotes", []):
        a, z = _locate(text, g["text"], path)
        accepted = {s.casefold() for s in g["speakers"]}
        spans.append((a, z, accepted, {s.casefold() for s in g.get("vague", [])}))
    out: dict[str, StrategyTally] = {}
    for quote, strategy in attributed:
        t = out.setdefault(strategy or NO_STRATEGY, StrategyTally())
        if quote.speaker is None:
            t.nobody += 1
            continue
        t.attributed += 1
        speaker = quote.speaker.casefold()
        overlapping = [
            (ok, vague) for a, z, ok, vague in spans if quote.start < z and a < quote.end
        ]
        if not overlapping:
            t.no_gold += 1
        elif any(speaker not in ok | vague for ok, vague in overlapping):
            t.wrong += 1
        elif all(speaker in ok for ok, _ in overlapping):
            t.right += 1
        else:
            t.vague += 1
    return out


def score_entities(brief: Brief, gold: dict[str, Any], text: str, path: str) -> Tally:
    t = Tally()
    people = [e for e in brief.entities if e.label == "PERSON"]
    for person in gold.get("people", []):
        t.people += 1
        forms = [f.casefold() for f in person["forms"]]
        owner = next(
            (e for e in people if e.name.casefold() == forms[0] and set(forms) <= _names(e)), None
        )
        ok = owner is not None
        for context, mention in person.get("at", []):
            a, _ = _locate(text, context, path)
            start = text.index(mention, a)
            if owner is None or not any(m.start == start for m in owner.mentions):
                ok = False
                t.notes.append(f"{path}: {mention!r} in {context!r} not a mention of {forms[0]}")
        if owner is None:
            t.notes.append(f"{path}: no PERSON entity {person['forms'][0]!r} with {forms}")
        t.merged += ok
    for merge in gold.get("merges", []):
        t.merges += 1
        forms = {f.casefold() for f in merge["forms"]}
        if any(forms <= _names(e) for e in brief.entities):
            t.merges_ok += 1
        else:
            t.notes.append(f"{path}: not merged {merge['forms']}")
    for name, labels in gold.get("labels", {}).items():
        t.labels += 1
        found = _entity_named(brief.entities, name)
        if found and all(e.label in labels for e in found):
            t.labels_ok += 1
        else:
            got = [(e.name, e.label) for e in found]
            t.notes.append(f"{path}: label of {name!r} is {got or 'missing'}, want {labels}")
    for name in gold.get("single", []):
        t.singles += 1
        found = _entity_named(brief.entities, name)
        if len(found) == 1:
            t.singles_ok += 1
        else:
            t.notes.append(f"{path}: {name!r} is in {len(found)} entities")
    for banned in gold.get("not_entities", []):
        t.banned += 1
        key = banned.casefold()
        if any(key in _names(e) for e in brief.entities):
            t.banned_found += 1
            t.notes.append(f"{path}: {banned!r} is an entity")
    return t


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "    -"


def report(t: Tally) -> list[str]:
    return [
        f"quotes: {t.quotes} gold, found {t.found} ({_pct(t.found, t.quotes)}), "
        f"right speaker {t.right} ({_pct(t.right, t.quotes)}), vague speaker {t.vague}, "
        f"wrong speaker {t.wrong}, no speaker {t.unattributed}, extra attributed {t.extra}",
        f"scare quotes and titles: {t.scare}, attributed {t.scare_attributed}",
        f"people merged (full name + surname): {t.merged}/{t.people} ({_pct(t.merged, t.people)})",
        f"other merges (acronyms, country names, short forms): {t.merges_ok}/{t.merges} "
        f"({_pct(t.merges_ok, t.merges)})",
        f"labels right: {t.labels_ok}/{t.labels} ({_pct(t.labels_ok, t.labels)}); "
        f"one entity per name: {t.singles_ok}/{t.singles}; "
        f"furniture taken for entities: {t.banned_found}/{t.banned}",
    ]


def strategy_report(tallies: dict[str, StrategyTally]) -> list[str]:
    lines = [
        f"{'strategy':<18} {'attributed':>10} {'right':>6} {'vague':>6} {'wrong':>6} "
        f"{'no gold':>8} {'nobody':>7}"
    ]
    total = StrategyTally()
    for name in strategy_names():
        t = tallies.get(name, StrategyTally())
        total.add(t)
        lines.append(
            f"{name:<18} {t.attributed:>10} {t.right:>6} {t.vague:>6} {t.wrong:>6} "
            f"{t.no_gold:>8} {t.nobody:>7}"
        )
    lines.append(
        f"{'all':<18} {total.attributed:>10} {total.right:>6} {total.vague:>6} {total.wrong:>6} "
        f"{total.no_gold:>8} {total.nobody:>7}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("samples", nargs="*", help="score only these gold keys (sample paths)")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    gold: dict[str, Any] = json.loads(args.gold.read_text(encoding="utf-8"))
    unknown = [s for s in args.samples if s not in gold]
    if unknown:
        print(f"no gold for: {', '.join(unknown)}", file=sys.stderr)
        return 2
    total = Tally()
    strategies: dict[str, StrategyTally] = {}
    for rel, sample in gold.items():
        if rel.startswith("_") or (args.samples and rel not in args.samples):
            continue
        path = args.root / rel
        if not path.is_file():
            print(f"sample not found: {path} (run from the repository root or pass --root)")
            return 2
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        brief = newsbrief.extract(text, path=rel)
        attributed = attributed_quotes(text)
        if [found.quote for found in attributed] != brief.quotes:
            print(f"{rel}: the quotes found again differ from the brief's", file=sys.stderr)
            return 1
        for name, tally in score_strategies(attributed, sample, text, rel).items():
            strategies.setdefault(name, StrategyTally()).add(tally)
        t = score_quotes(brief, sample, text, rel)
        t.add(score_entities(brief, sample, text, rel))
        print(
            f"{rel}: quotes {t.right}/{t.quotes} right, {t.vague} vague, {t.wrong} wrong; "
            f"people {t.merged}/{t.people}; merges {t.merges_ok}/{t.merges}; "
            f"labels {t.labels_ok}/{t.labels}"
        )
        total.add(t)
    print()
    for line in report(total):
        print(line)
    print()
    for line in strategy_report(strategies):
        print(line)
    if args.verbose and total.notes:
        print()
        for note in total.notes:
            print(" ", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
