"""At a Glance and Key Takeaways: the article's own sections, else chosen from it.

When the article has its own summary section ("At a Glance", "Highlights", "Key
Takeaways", "Why it matters", ...; the names are data in `newsbrief.lexicon`), its
bullets are used as they are (origin `article`). Otherwise the items are sentences
of the article, exactly as written and with their offsets (origin `generated`),
filtered as `newsbrief.summary.sentences` describes, scored and chosen as
`newsbrief.summary.scoring` documents, and shown in article order.

- `sections.py`: the article's own summary sections.
- `sentences.py`: the article's sentences as candidates, with the reason a sentence
  can never be summary copy.
- `words.py`: a sentence's words as the filters and the scoring read them, and what
  their form says (a pronoun pointing back, a line that only says who spoke).
- `furniture.py`: datelines, bylines, captions, prompts and promotions around the
  sentences.
- `scoring.py`: every weight, the scores and the choice of items together.
- `cues.py`: the cue words of Key Takeaways.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.brief import DateExpr, Entity, Item
from newsbrief.nlp import Annotated
from newsbrief.summary import scoring
from newsbrief.summary.scoring import WEIGHTS, Weights
from newsbrief.summary.sections import section_blocks, section_items
from newsbrief.summary.sentences import Sentence, candidates, terms_in, title_terms

__all__ = ["at_a_glance", "default_glance_count", "default_takeaway_count", "key_takeaways"]

# Story length (usable sentences) from which At a Glance grows to 4, then 5 items.
GLANCE_FOUR_FROM = 15
GLANCE_FIVE_FROM = 30
# Below this many usable sentences a story is very short: At a Glance takes about
# half of it, leaving the rest for Key Takeaways.
SHORT_STORY = 6
# Story length from which Key Takeaways grows from 2 to 3 items.
TAKEAWAYS_THREE_FROM = 20


def default_glance_count(usable: int) -> int:
    """How many At a Glance items a story of `usable` sentences gets by default."""
    if usable < SHORT_STORY:
        return (usable + 1) // 2
    if usable >= GLANCE_FIVE_FROM:
        return 5
    return 4 if usable >= GLANCE_FOUR_FROM else 3


def default_takeaway_count(usable: int) -> int:
    """How many Key Takeaways a story of `usable` sentences gets by default."""
    return 3 if usable >= TAKEAWAYS_THREE_FROM else 2


@dataclass
class _Analysis:
    """The sentences of one article and their similarities, shared by both sections."""

    sentences: list[Sentence]
    sim: np.ndarray
    usable: int


# At a Glance and Key Takeaways read the same analysis of the same article; it is
# kept for the last article only, and only while that article is alive.
_last: tuple[weakref.ref[Annotated], _Analysis] | None = None


def _analysis(doc: Annotated) -> _Analysis:
    global _last
    if _last is not None and _last[0]() is doc:
        return _last[1]
    sentences = candidates(doc, section_blocks(doc.blocks))
    sim = scoring.similarity_matrix([s.terms for s in sentences])
    found = _Analysis(sentences, sim, sum(1 for s in sentences if s.reject is None))
    _last = (weakref.ref(doc), found)
    return found


def _items(sentences: Sequence[Sentence], chosen: Sequence[int]) -> list[Item]:
    return [
        Item(sentences[i].text, "generated", sentences[i].start, sentences[i].end) for i in chosen
    ]


def at_a_glance(
    doc: Annotated,
    entities: list[Entity],
    dates: Sequence[DateExpr],
    count: int | None = None,
    *,
    weights: Weights = WEIGHTS,
) -> list[Item]:
    """The article's own At a Glance bullets, else `count` of its sentences.

    `count` None chooses by the story's length (3 to 5; fewer for a very short one).
    `entities` and `dates` are part of the stage's interface, but the scoring reads
    the story's actors and events from its words (`scoring` says why).
    """
    own = section_items(doc.blocks, "glance")
    if own:
        return own
    found = _analysis(doc)
    wanted = default_glance_count(found.usable) if count is None else count
    scores = scoring.glance_scores(found.sentences, found.sim, title_terms(doc), weights)
    chosen = scoring.select(scores, found.sim, wanted, weights.redundancy, weights.duplicate)
    return _items(found.sentences, chosen)


def key_takeaways(
    doc: Annotated,
    entities: list[Entity],
    glance: list[Item],
    count: int | None = None,
    *,
    weights: Weights = WEIGHTS,
) -> list[Item]:
    """The article's own Key Takeaways bullets, else `count` of its next sentences.

    Generated takeaways never repeat At a Glance: its own sentences are out, and so
    is any sentence too similar to one of its items. `count` None gives 2 or 3.
    """
    own = section_items(doc.blocks, "takeaways")
    if own:
        return own
    found = _analysis(doc)
    sentences, sim = found.sentences, found.sim
    wanted = default_takeaway_count(found.usable) if count is None else count
    scores = scoring.takeaway_scores(sentences, sim, weights)
    taken = {(g.start, g.end) for g in glance}
    for i, s in enumerate(sentences):
        if (s.start, s.end) in taken:
            scores[i] = -np.inf
    if glance:
        scores[_repeats(doc, found, glance) >= weights.takeaway_overlap] = -np.inf
    chosen = scoring.select(scores, sim, wanted, 0.0, weights.takeaway_overlap)
    return _items(sentences, chosen)


def _repeats(doc: Annotated, found: _Analysis, glance: Sequence[Item]) -> np.ndarray:
    """For each sentence, its greatest similarity to an At a Glance item."""
    index = {(s.start, s.end): i for i, s in enumerate(found.sentences)}
    rows = [index.get((g.start, g.end)) for g in glance]
    if all(r is not None for r in rows):  # generated items: sentences already compared
        sim = found.sim[:, [r for r in rows if r is not None]]
    else:  # the article's own bullets
        bags: list[Counter[str]] = [s.terms for s in found.sentences]
        bags += [terms_in(doc, g.start, g.end) for g in glance]
        sim = scoring.similarity_matrix(bags)[: len(found.sentences), len(found.sentences) :]
    closest: np.ndarray = sim.max(axis=1)
    return closest
