"""Who is who: the brief's entities against MEANTIME and the Gender Gap Tracker.

    python bench/entities.py DATA [--errors] [--model NAME]

DATA is the folder of the evaluation sets; two are used:

- `DATA/meantime` (60 Wikinews articles): each gold PER/ORG/LOC entity with a
  proper-name (NAM) mention counts once. Each of its NAM mentions goes to the brief
  entity whose mention overlaps it most (the closest-fitting one among equals).
  Found: some brief entity got one. Typed
  right (of those found): the brief entity that got most of them is PERSON for
  PER, ORG for ORG, GPE/LOC/FAC for LOC. Merged (of the entities named in two or
  more ways): one brief entity got all their NAM mentions, every name among them.
  Wrong merge: a brief entity holding NAM mentions of two gold entities of one type.
- `DATA/quotes-ggt` (49 Canadian articles): the annotators' `people` against the
  brief's PERSON entities, one to one, same full name first, then same surname
  (last word; case, dots and apostrophes aside). Precision = matched PERSON
  entities / PERSON entities; recall = matched people / people.

Each set is split by a fixed rule, its files in name order alternating: the
even-numbered ones (0, 2, ...) are the development part, the odd ones the
confirmation part; both are printed. The time of the entity stage
(`find_entities`) is printed as a ratio to spaCy's (`annotate`) in the same run.
`--errors` lists every miss, wrong type, split, wrong merge and spurious person.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = {"PER": {"PERSON"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"}}
PARTS = ("development", "confirmation")


@dataclass
class MeantimeTally:
    gold: int = 0
    found: int = 0
    typed: int = 0
    multi: int = 0
    merged: int = 0
    wrong_merges: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class PeopleTally:
    gold: int = 0
    system: int = 0
    matched: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Timer:
    spacy: float = 0.0
    entities: float = 0.0


def _run(text: str, nlp: Any, timer: Timer) -> list[Any]:
    from newsbrief.blocks import split_blocks
    from newsbrief.entities import find_entities
    from newsbrief.nlp import annotate

    blocks = split_blocks(text)
    t0 = time.perf_counter()
    doc = annotate(nlp, text, blocks)
    t1 = time.perf_counter()
    found = find_entities(doc, nlp)
    timer.spacy += t1 - t0
    timer.entities += time.perf_counter() - t1
    return found


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score_meantime(name: str, text: str, gold: dict[str, Any], found: list[Any]) -> MeantimeTally:
    t = MeantimeTally()
    held: defaultdict[int, set[tuple[str, str]]] = defaultdict(set)
    for g in gold["entities"]:
        if g["type"] not in TYPES:
            continue
        nams = [m for m in g["mentions"] if m["syntactic_type"] == "NAM"]
        if not nams:
            continue
        t.gold += 1
        got: dict[int, int | None] = {}
        for m in nams:
            best, fit = None, (0, 0)
            for i, e in enumerate(found):
                for s in e.mentions:
                    o = _overlap(m["start"], m["end"], s.start, s.end)
                    # Most overlap; among equals, the mention that fits closest.
                    if o and (o, -(s.end - s.start)) > fit:
                        best, fit = i, (o, -(s.end - s.start))
            got[m["start"]] = best
            if best is not None:
                held[best].add((g["type"], g["id"]))
        owners = Counter(i for i in got.values() if i is not None)
        label = f"{g['type']} {g['name']!r}"
        if not owners:
            t.notes.append(f"missed\t{name}\t{label}")
            continue
        t.found += 1
        top = found[owners.most_common(1)[0][0]]
        if top.label in TYPES[g["type"]]:
            t.typed += 1
        else:
            t.notes.append(f"type\t{name}\t{label} as {top.label} {top.name!r}")
        names = {m["text"] for m in nams}
        if len(names) >= 2:
            t.multi += 1
            one = len(owners) == 1 and None not in got.values()
            if one:
                t.merged += 1
            else:
                owner = {
                    m["start"]: found[i].name if (i := got[m["start"]]) is not None else None
                    for m in nams
                }
                parts = sorted({f"{m['text']!r}->{owner[m['start']]!r}" for m in nams})
                t.notes.append(f"split\t{name}\t{label}: {', '.join(parts)}")
    for i, golds in held.items():
        by_type = Counter(kind for kind, _ in golds)
        if any(n >= 2 for n in by_type.values()):
            t.wrong_merges += 1
            ids = {g["id"]: g["name"] for g in gold["entities"]}
            held_names = sorted(ids[gid] for _, gid in golds)
            t.notes.append(f"wrong merge\t{name}\t{found[i].name!r} holds {held_names}")
    return t


def _key(name: str) -> str:
    name = name.replace("’", "'").replace(".", "").casefold()
    return re.sub(r"'s$", "", re.sub(r"\s+", " ", name).strip())


def _surname(name: str) -> str:
    words = _key(name).split()
    return words[-1] if words else ""


def score_people(name: str, people: list[str], found: list[Any]) -> PeopleTally:
    persons = [e.name for e in found if e.label == "PERSON"]
    t = PeopleTally(gold=len(people), system=len(persons))
    free_gold = list(people)
    free_sys = list(persons)
    for same in (_key, _surname):
        for g in list(free_gold):
            for s in free_sys:
                if same(g) == same(s):
                    free_gold.remove(g)
                    free_sys.remove(s)
                    t.matched += 1
                    break
    t.notes += [f"missed person\t{name}\t{g!r}" for g in free_gold]
    t.notes += [f"spurious person\t{name}\t{s!r}" for s in free_sys]
    return t


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f}%" if d else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder of the evaluation sets")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default as the CLI)")
    args = parser.parse_args(argv)
    meantime, ggt = args.data / "meantime", args.data / "quotes-ggt"
    for folder in (meantime, ggt):
        if not (folder / "gold.json").is_file():
            print(f"entities benchmark: no gold.json in {folder}", file=sys.stderr)
            return 2

    from newsbrief.nlp import load_model, resolve_model_name

    nlp = load_model(resolve_model_name(args.model))
    timer = Timer()

    mt_gold: dict[str, Any] = json.loads((meantime / "gold.json").read_text(encoding="utf-8"))
    mt = {p: MeantimeTally() for p in PARTS}
    for n, key in enumerate(sorted(mt_gold)):
        doc = mt_gold[key]
        text = (meantime / doc["file"]).read_text(encoding="utf-8")
        t = score_meantime(key, text, doc, _run(text, nlp, timer))
        total = mt[PARTS[n % 2]]
        for f in ("gold", "found", "typed", "multi", "merged", "wrong_merges"):
            setattr(total, f, getattr(total, f) + getattr(t, f))
        total.notes += t.notes

    gg_gold: dict[str, Any] = json.loads((ggt / "gold.json").read_text(encoding="utf-8"))
    gg = {p: PeopleTally() for p in PARTS}
    for n, key in enumerate(sorted(gg_gold)):
        doc = gg_gold[key]
        text = (ggt / doc["file"]).read_text(encoding="utf-8")
        p = score_people(key, doc["people"], _run(text, nlp, timer))
        total_p = gg[PARTS[n % 2]]
        total_p.gold += p.gold
        total_p.system += p.system
        total_p.matched += p.matched
        total_p.notes += p.notes

    for part in PARTS:
        t, p = mt[part], gg[part]
        print(f"{part}:")
        print(
            f"  MEANTIME {t.gold} named entities: found {_pct(t.found, t.gold)}, "
            f"typed right {_pct(t.typed, t.found)} of found ({t.typed}/{t.found}), "
            f"named-two-ways merged {_pct(t.merged, t.multi)} ({t.merged}/{t.multi}), "
            f"wrong merges {t.wrong_merges}"
        )
        print(
            f"  GGT people {p.gold}: precision {_pct(p.matched, p.system)} "
            f"({p.matched}/{p.system}), recall {_pct(p.matched, p.gold)}"
        )
    ratio = timer.entities / timer.spacy if timer.spacy else 0.0
    print(
        f"time: spaCy {timer.spacy:.1f} s, entities {timer.entities:.2f} s "
        f"({100 * ratio:.1f}% of spaCy's time)"
    )
    if args.errors:
        for part in PARTS:
            print(f"\n{part} errors:")
            for note in mt[part].notes + gg[part].notes:
                print(" ", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
