"""At a Glance against journalists' highlights: the brief versus lead-3, per set and part.

    python bench/glance.py DATA_DIR [DATA_DIR ...] [--part tune|confirm|both]
                           [--glance 3] [--draws 2000] [--show N]

Each DATA_DIR holds `article/<id>.txt` (one sentence per paragraph) and
`highlights/<id>.txt` (one highlight a line), as in the CNN/DailyMail highlights
sets. Sets are reported separately and never pooled: CNN and Daily Mail stories
score differently.

Each article goes through `newsbrief.extract(text, glance=N)`, the same path as
`brief extract --glance N`. Its At a Glance, one item a line, is scored against the
highlights with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (Google's rouge-score, stemming
on), averaged over the stories.

The baseline is the better (by mean ROUGE-1 over the stories reported) of two
lead-3s on the same spaCy sentences as the brief: the raw first three sentences, and
a clean lead-3, the first three after dropping byline, "PUBLISHED:" and credit
lines, video prompts and caption-label lines, and a leading dateline ("(CNN) --").
Removing boilerplate is not beating the lead.

Every set is split once, for good, into a tuning part and a confirmation part by
the SHA-1 of each file name (even: tuning, odd: confirmation), so that a decision
taken on one part is confirmed on stories it never saw. `--part tune` scores only
the tuning part (what development looks at); `--part confirm` only the
confirmation part.

For each part: the margin over the baseline, with a 90% paired bootstrap interval
of the ROUGE-1 and ROUGE-2 margins (stories resampled with replacement, seeded so
runs repeat); Key Takeaways against the next lead sentences (the first k clean
lead sentences that At a Glance did not take, for k takeaways) and how many repeat
an At a Glance item; the same against the next lead sentences the brief may use
at all (its own candidates: the clean lead also holds unlabelled picture captions,
fragments and bare quotations, which are never summary copy) that do not repeat an
At a Glance item, as Key Takeaways may not; the time of the summary stages against
spaCy's.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from rouge_score import rouge_scorer  # type: ignore[import-untyped]

import newsbrief
from newsbrief import compose, summary
from newsbrief.lexicon import SPEECH_VERB_FORMS
from newsbrief.nlp import Annotated, load_model, resolve_model_name
from newsbrief.summary import scoring
from newsbrief.summary.furniture import BOILERPLATE, leading_cut
from newsbrief.summary.sections import section_blocks
from newsbrief.summary.sentences import candidates

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
LEAD = 3
# The target: ROUGE-1 at least this far above lead-3, ROUGE-2 not below it.
TARGET_R1 = 1.0
TARGET_R2 = 0.0
BOOTSTRAP_SEED = 0
INTERVAL = 0.90
# Furniture a clean lead skips: whole lines of these kinds.
LEAD_FURNITURE = frozenset({"byline", "video", "credit", "note", "link"})
# A caption label ("Wanted: ...", "Go fetch: ..."); a speaker's lead-in is not one.
_LABEL = re.compile(r"^([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}):\s")
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERB_FORMS})\b", re.I)

F = TypeVar("F", bound=Callable[..., Any])


def part_of(name: str) -> str:
    """'tune' or 'confirm': the fixed half of its set that a story belongs to."""
    return "tune" if hashlib.sha1(name.encode()).digest()[-1] % 2 == 0 else "confirm"


def _sentences(doc: Annotated) -> list[str]:
    out: list[str] = []
    for seg in doc.segments:
        for sent in seg.doc.sents:
            text = doc.text[seg.start + sent.start_char : seg.start + sent.end_char].strip()
            if text:
                out.append(text)
    return out


def _furniture(text: str) -> bool:
    if any(p.search(text) for reason, p in BOILERPLATE if reason in LEAD_FURNITURE):
        return True
    label = _LABEL.match(text)
    return label is not None and not _SPEECH.search(label.group(1))


def clean_sentences(sentences: Sequence[str]) -> list[str]:
    """The sentences without furniture lines, and without a leading dateline."""
    out: list[str] = []
    for text in sentences:
        text = text[leading_cut(text) :].strip()
        if text and not _furniture(text):
            out.append(text)
    return out


def next_lead(clean: Sequence[str], picked: Sequence[str], count: int) -> list[str]:
    """The first `count` clean lead sentences that At a Glance did not take.

    A sentence counts as taken when it is part of an item or an item is part of it
    (the brief joins a sentence that the article's line breaks cut in two).
    """
    out: list[str] = []
    for text in clean:
        flat = " ".join(text.split())
        if not any(flat in item or item in flat for item in picked):
            out.append(flat)
            if len(out) == count:
                break
    return out


def usable_sentences(doc: Annotated) -> list[tuple[str, Counter[str]]]:
    """The sentences the brief may use, in order (its candidates without a reject),
    each with its content words."""
    found = candidates(doc, section_blocks(doc.blocks))
    return [(" ".join(s.text.split()), s.terms) for s in found if s.reject is None]


def fresh_lead(
    usable: Sequence[tuple[str, Counter[str]]], picked: Sequence[str], count: int
) -> list[str]:
    """The first `count` usable sentences that neither are nor repeat an At a Glance
    item (as similar to one as the brief's own rule for a repeat)."""
    if not usable:
        return []
    texts = [t for t, _ in usable]
    sim = scoring.similarity_matrix([terms for _, terms in usable])
    taken = [i for i, t in enumerate(texts) if any(t in p or p in t for p in picked)]
    closest = sim[:, taken].max(axis=1) if taken else np.zeros(len(texts))
    out: list[str] = []
    for i, text in enumerate(texts):
        if i not in taken and closest[i] < scoring.WEIGHTS.takeaway_overlap:
            out.append(text)
            if len(out) == count:
                break
    return out


class Clock:
    """Seconds spent inside wrapped functions, by stage name; keeps the sentences."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.sentences: list[str] = []
        self.usable: list[tuple[str, Counter[str]]] = []

    def wrap(self, stage: str, fn: F) -> F:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            out = fn(*args, **kwargs)
            self.spent[stage] = self.spent.get(stage, 0.0) + time.perf_counter() - t0
            if isinstance(out, Annotated):
                # Read now: spaCy's strings for this article are freed when it is done.
                self.sentences = _sentences(out)
                self.usable = usable_sentences(out)
            return out

        return timed  # type: ignore[return-value]


@dataclass
class Story:
    name: str
    part: str
    brief: dict[str, float]
    raw: dict[str, float]
    clean: dict[str, float]
    takeaways: dict[str, float] | None  # None: no takeaways generated
    next_lead: dict[str, float] | None
    next_usable: dict[str, float] | None  # the next usable lead, repeats left out
    repeats: int
    shown: tuple[list[str], list[str], str] = field(repr=False, default=([], [], ""))


def mean(rows: Sequence[dict[str, float]], key: str) -> float:
    return 100.0 * sum(r[key] for r in rows) / max(len(rows), 1)


def interval(diff: np.ndarray, draws: int) -> tuple[float, float]:
    """The 90% paired bootstrap interval of a mean difference (in points)."""
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    means = diff[rng.integers(0, len(diff), size=(draws, len(diff)))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - INTERVAL) / 2, (1 + INTERVAL) / 2])
    return 100.0 * float(lo), 100.0 * float(hi)


def report_part(title: str, stories: Sequence[Story], draws: int) -> list[str]:
    if not stories:
        return [f"{title}: no stories"]
    ours = [s.brief for s in stories]
    raw = [s.raw for s in stories]
    clean = [s.clean for s in stories]
    base, base_name = (
        (clean, "clean lead-3")
        if mean(clean, "rouge1") >= mean(raw, "rouge1")
        else (raw, "raw lead-3")
    )

    def row(name: str, rows: Sequence[dict[str, float]]) -> str:
        return f"  {name:<14} " + " ".join(f"{mean(rows, k):6.2f}" for k in ROUGE_TYPES)

    out = [f"{title}: {len(stories)} stories", f"  {'':<14} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6}"]
    out += [row("brief", ours), row("raw lead-3", raw), row("clean lead-3", clean)]
    out.append(
        f"  {'margin':<14} "
        + " ".join(f"{mean(ours, k) - mean(base, k):+6.2f}" for k in ROUGE_TYPES)
        + f"   (over {base_name}, the better lead)"
    )
    d1 = np.array([o["rouge1"] - b["rouge1"] for o, b in zip(ours, base, strict=True)])
    d2 = np.array([o["rouge2"] - b["rouge2"] for o, b in zip(ours, base, strict=True)])
    lo1, hi1 = interval(d1, draws)
    lo2, hi2 = interval(d2, draws)
    out.append(
        f"  90% bootstrap of the margin: R-1 [{lo1:+.2f}, {hi1:+.2f}], R-2 [{lo2:+.2f}, {hi2:+.2f}]"
    )
    met = 100 * d1.mean() >= TARGET_R1 and 100 * d2.mean() >= TARGET_R2 and lo1 > 0
    out.append(
        f"  target (R-1 >= lead + {TARGET_R1:.1f}, R-2 >= lead, R-1 interval above 0): "
        + ("met" if met else "not met")
    )
    with_kt = [s for s in stories if s.takeaways is not None and s.next_lead is not None]
    if with_kt:
        kt = [s.takeaways for s in with_kt if s.takeaways is not None]
        nl = [s.next_lead for s in with_kt if s.next_lead is not None]
        out.append(
            f"  Key Takeaways ({len(with_kt)} stories) R-1 {mean(kt, 'rouge1'):.2f} against "
            f"the next lead sentences' {mean(nl, 'rouge1'):.2f} "
            f"({mean(kt, 'rouge1') - mean(nl, 'rouge1'):+.2f}); "
            f"items repeating At a Glance: {sum(s.repeats for s in stories)}"
        )
        nu = [s.next_usable if s.next_usable is not None else s.next_lead for s in with_kt]
        out.append(
            f"    against the next lead sentences the brief may use (no captions, "
            f"fragments, bare quotes, nor repeats of At a Glance): {mean(nu, 'rouge1'):.2f} "
            f"({mean(kt, 'rouge1') - mean(nu, 'rouge1'):+.2f})"
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", type=Path, nargs="+", help="directories with article/ and highlights/"
    )
    parser.add_argument("--glance", type=int, default=3, help="At a Glance items (default 3)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default as the CLI)")
    parser.add_argument(
        "--part",
        choices=("tune", "confirm", "both"),
        default="both",
        help="score the tuning part, the confirmation part, or both (default)",
    )
    parser.add_argument("--draws", type=int, default=2000, help="bootstrap resamples")
    parser.add_argument(
        "--show", type=int, default=0, help="print the N stories the brief loses most on"
    )
    args = parser.parse_args(argv)

    for data in args.data:
        if not (data / "article").is_dir() or not (data / "highlights").is_dir():
            print(
                f"error: {data} has no article/ and highlights/ folders "
                "(the CNN/DailyMail highlights sets are not part of the repository)",
                file=sys.stderr,
            )
            return 2

    model = resolve_model_name(args.model)
    nlp = load_model(model)
    nlp("Warm-up sentence.")
    clock = Clock()
    # Time the stages where compose calls them (and keep the sentences for lead-3).
    for module, name, stage in (
        (compose, "annotate", "spacy"),
        (summary, "at_a_glance", "summary"),
        (summary, "key_takeaways", "summary"),
    ):
        setattr(module, name, clock.wrap(stage, getattr(module, name)))
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)

    def score(target: str, lines: Sequence[str]) -> dict[str, float]:
        found = scorer.score(target, "\n".join(lines))
        return {k: found[k].fmeasure for k in ROUGE_TYPES}

    print(f"model {model}, At a Glance of {args.glance}")
    print(
        "parts: each set split by the SHA-1 of the file name (last byte even: tuning "
        "part, odd: confirmation part)"
    )
    for data in args.data:
        paths = sorted((data / "article").glob("*.txt"))
        if args.part != "both":
            paths = [p for p in paths if part_of(p.name) == args.part]
        if not paths:
            print(f"error: no articles in {data / 'article'}", file=sys.stderr)
            return 2
        stories: list[Story] = []
        for path in paths:
            text = path.read_text(encoding="utf-8")
            lines = (data / "highlights" / path.name).read_text(encoding="utf-8").splitlines()
            target = "\n".join(line.strip() for line in lines if line.strip())
            clock.sentences = []
            brief = newsbrief.extract(text, path=str(path), model=model, glance=args.glance)
            # One item a line: an item the article's own line breaks cut in two is one line.
            picked = [" ".join(i.text.split()) for i in brief.at_a_glance]
            taken = [" ".join(i.text.split()) for i in brief.key_takeaways]
            raw = clock.sentences[:LEAD]
            clean = clean_sentences(clock.sentences)
            following = next_lead(clean, picked, len(taken))
            following_usable = fresh_lead(clock.usable, picked, len(taken))
            stories.append(
                Story(
                    path.name,
                    part_of(path.name),
                    score(target, picked),
                    score(target, raw),
                    score(target, clean[:LEAD]),
                    score(target, taken) if taken else None,
                    score(target, following) if taken and following else None,
                    score(target, following_usable) if taken and following_usable else None,
                    sum(t in picked for t in taken),
                    (picked, clean[:LEAD], target),
                )
            )
        print(f"\n== {data.name}")
        parts = ("tune", "confirm") if args.part == "both" else (args.part,)
        names = {"tune": "tuning part", "confirm": "confirmation part"}
        for part in parts:
            print(
                "\n".join(
                    report_part(names[part], [s for s in stories if s.part == part], args.draws)
                )
            )
        if args.part == "both":
            print("\n".join(report_part("whole set", stories, args.draws)))
        if args.show:
            worst = sorted(stories, key=lambda s: s.brief["rouge1"] - s.clean["rouge1"])
            for s in worst[: args.show]:
                picked, lead, target = s.shown
                gap = 100 * (s.brief["rouge1"] - s.clean["rouge1"])
                print(f"\n-- {s.name}  R-1 {gap:+.1f} against clean lead-3")
                print("  highlights:\n    " + target.replace("\n", "\n    "))
                print("  brief:\n    " + "\n    ".join(picked))
                print("  clean lead-3:\n    " + "\n    ".join(lead))

    spacy_s = clock.spent.get("spacy", 0.0)
    summary_s = clock.spent.get("summary", 0.0)
    print(
        f"\ntime: spaCy {spacy_s:.2f} s, summary {summary_s:.3f} s "
        f"({100.0 * summary_s / max(spacy_s, 1e-9):.1f}% of spaCy)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
