"""At a Glance against journalists' highlights: the brief versus lead-3, in one run.

    python bench/glance.py DATA_DIR [--glance 3] [--halves] [--subsets 2000]

DATA_DIR holds `article/<id>.txt` (one sentence per paragraph) and
`highlights/<id>.txt` (one highlight a line), as in the CNN/DailyMail highlights
set. Each article goes through `newsbrief.extract(text, glance=N)`, the same path as
`brief extract --glance N`. Its At a Glance, one item a line, is scored against the
highlights with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (Google's rouge-score,
stemming on), averaged over the stories. Lead-3 is the first three sentences of the
same spaCy annotation, so both systems see identical sentences.

`--halves` scores alternate stories as two halves; `--subsets N` draws N random
subsets of `--subset-size` stories (seeded, so runs repeat) and counts how often the
target holds on a subset (R-1 at least lead-3 + 1.0 and R-2 at least lead-3's): a
margin that holds on the whole set only by a few stories shows up here.

Time is measured in the same run: the spaCy stage (annotation) against the summary
stages (At a Glance and Key Takeaways together), as a ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from rouge_score import rouge_scorer  # type: ignore[import-untyped]

import newsbrief
from newsbrief import compose, summary
from newsbrief.blocks import split_blocks
from newsbrief.nlp import Annotated, annotate, load_model, resolve_model_name

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
LEAD = 3
# The target: ROUGE-1 at least this far above lead-3, ROUGE-2 not below it.
TARGET_R1 = 1.0
TARGET_R2 = 0.0
SUBSET_SEED = 0

F = TypeVar("F", bound=Callable[..., Any])


class Clock:
    """Seconds spent inside wrapped functions, by stage name."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.lead: list[str] | None = None

    def wrap(self, stage: str, fn: F) -> F:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            out = fn(*args, **kwargs)
            self.spent[stage] = self.spent.get(stage, 0.0) + time.perf_counter() - t0
            if isinstance(out, Annotated):
                # Read now: spaCy's strings for this article are freed when it is done.
                self.lead = lead_sentences(out, LEAD)
            return out

        return timed  # type: ignore[return-value]


def lead_sentences(doc: Annotated, n: int) -> list[str]:
    """The first `n` spaCy sentences of the article, whatever their block."""
    out: list[str] = []
    for seg in doc.segments:
        for sent in seg.doc.sents:
            text = doc.text[seg.start + sent.start_char : seg.start + sent.end_char].strip()
            if text:
                out.append(text)
                if len(out) == n:
                    return out
    return out


def mean(rows: Sequence[dict[str, float]], key: str) -> float:
    return 100.0 * sum(r[key] for r in rows) / max(len(rows), 1)


def report(name: str, rows: Sequence[dict[str, float]]) -> str:
    return f"{name:<16} " + " ".join(f"{mean(rows, k):6.2f}" for k in ROUGE_TYPES)


def subset_report(
    ours: Sequence[dict[str, float]], lead: Sequence[dict[str, float]], draws: int, size: int
) -> str:
    """How often the target holds on random subsets of `size` stories."""
    gain1 = np.array([o["rouge1"] - ld["rouge1"] for o, ld in zip(ours, lead, strict=True)])
    gain2 = np.array([o["rouge2"] - ld["rouge2"] for o, ld in zip(ours, lead, strict=True)])
    rng = np.random.default_rng(SUBSET_SEED)
    held = 0
    for _ in range(draws):
        pick = rng.choice(len(ours), size, replace=False)
        held += bool(
            100.0 * gain1[pick].mean() >= TARGET_R1 and 100.0 * gain2[pick].mean() >= TARGET_R2
        )
    return (
        f"target (R-1 >= lead-3 + {TARGET_R1:.1f}, R-2 >= lead-3) holds on "
        f"{100.0 * held / draws:.1f}% of {draws} random {size}-story subsets"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="directory with article/ and highlights/")
    parser.add_argument("--glance", type=int, default=3, help="At a Glance items (default 3)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default as the CLI)")
    parser.add_argument(
        "--halves", action="store_true", help="also score alternate stories as two halves"
    )
    parser.add_argument(
        "--subsets", type=int, default=0, help="also score N random subsets of the stories"
    )
    parser.add_argument("--subset-size", type=int, default=50, help="stories per subset")
    parser.add_argument(
        "--show", type=int, default=0, help="print the N stories the brief loses most on"
    )
    args = parser.parse_args(argv)

    articles = args.data / "article"
    highlights = args.data / "highlights"
    if not articles.is_dir() or not highlights.is_dir():
        print(
            f"error: {args.data} has no article/ and highlights/ folders "
            "(the CNN/DailyMail highlights set is not part of the repository)",
            file=sys.stderr,
        )
        return 2
    paths = sorted(articles.glob("*.txt"))
    if not paths:
        print(f"error: no articles in {articles}", file=sys.stderr)
        return 2

    model = resolve_model_name(args.model)
    nlp = load_model(model)
    nlp("Warm-up sentence.")

    clock = Clock()
    # Time the stages where compose calls them (and keep the annotation for lead-3).
    stages = (
        (compose, "annotate", "spacy"),
        (summary, "at_a_glance", "summary"),
        (summary, "key_takeaways", "summary"),
    )
    for module, name, stage in stages:
        setattr(module, name, clock.wrap(stage, getattr(module, name)))

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    ours: list[dict[str, float]] = []
    lead: list[dict[str, float]] = []
    losses: list[tuple[float, str, list[str], list[str], str]] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        target = "\n".join(
            line.strip()
            for line in (highlights / path.name).read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        clock.lead = None
        brief = newsbrief.extract(text, path=str(path), model=model, glance=args.glance)
        first = clock.lead
        if first is None:  # compose did not annotate (cannot happen today)
            first = lead_sentences(annotate(nlp, text, split_blocks(text)), LEAD)
        # One item a line: an item the article's own line breaks cut in two is one line.
        picked = [" ".join(item.text.split()) for item in brief.at_a_glance]
        s_ours = scorer.score(target, "\n".join(picked))
        s_lead = scorer.score(target, "\n".join(first))
        ours.append({k: s_ours[k].fmeasure for k in ROUGE_TYPES})
        lead.append({k: s_lead[k].fmeasure for k in ROUGE_TYPES})
        gap = s_ours["rouge1"].fmeasure - s_lead["rouge1"].fmeasure
        losses.append((gap, path.name, picked, first, target))

    print(f"{len(paths)} stories, model {model}, At a Glance of {args.glance}")
    print(f"{'':<16} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6}")
    print(report("brief", ours))
    print(report(f"lead-{LEAD}", lead))
    print(
        f"{'difference':<16} "
        + " ".join(f"{mean(ours, k) - mean(lead, k):+6.2f}" for k in ROUGE_TYPES)
    )
    if args.halves:
        for half in (0, 1):
            o, ld = ours[half::2], lead[half::2]
            diff = " ".join(f"{mean(o, k) - mean(ld, k):+6.2f}" for k in ROUGE_TYPES)
            print(f"half {half}: {report('brief', o)} | {report('lead', ld)} | {diff}")

    if args.subsets > 0:
        print(subset_report(ours, lead, args.subsets, min(args.subset_size, len(ours))))

    spacy_s = clock.spent.get("spacy", 0.0)
    summary_s = clock.spent.get("summary", 0.0)
    print(
        f"time: spaCy {spacy_s:.2f} s, summary {summary_s:.3f} s "
        f"({100.0 * summary_s / max(spacy_s, 1e-9):.1f}% of spaCy)"
    )

    if args.show:
        losses.sort()
        for gap, name, picked, first, target in losses[: args.show]:
            print(f"\n== {name}  R-1 {100 * gap:+.1f}")
            print("  highlights:\n    " + target.replace("\n", "\n    "))
            print("  brief:\n    " + "\n    ".join(picked))
            print("  lead-3:\n    " + "\n    ".join(first))
    return 0


if __name__ == "__main__":
    sys.exit(main())
