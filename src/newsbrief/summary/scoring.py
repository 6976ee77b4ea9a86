"""How sentences are scored and chosen: every weight in `Weights`, documented.

At a Glance is what an editor would put above a news story. News writing is
front-loaded, so the score starts from position and lets content choose among the
sentences of the lead and the few after it:

- position: a sentence's rank among the usable sentences (boilerplate removed,
  which is what makes the lead "clean") halves its score every two steps. The
  first four sentences of a news story are about equally likely to carry what its
  highlights say (the second more often than the first, which is often a teaser);
  after that the chance falls off. A steeper decay only ever reproduces the lead;
- centrality: how much a sentence shares its rarer words (and so the names of the
  story's people, places and organizations, and its dates and numbers) with the
  sentences after it. A lead is elaborated by what follows; a late sentence that
  only echoes earlier ones is not the news;
- names: how many of the story's salient entities (named in at least two of its
  sentences) a sentence names, up to three. Highlights say who: the sentence that
  names the story's actors is the one that carries its key fact;
- headline: the share of a sentence's words that the headline uses, when there is
  one;
- penalties: a sentence that opens with a pronoun standing for something said
  before it ("He", "It", "This"; it leans on context a brief does not show), one
  mostly in quotation marks, one that points at a picture, and one far shorter or
  longer than summary sentences are.

The items are then chosen together, greedily, by maximal marginal relevance: each
next sentence maximizes its score less its similarity to those already chosen (no
two items say the same thing; past a cutoff, never), plus a small bonus for the
first date or number among them (so that together they say when, not only who and
what). A like bonus for naming a salient entity that no item names yet exists as a
weight, set to zero.

Key Takeaways score consequence and significance instead: cue words ("could",
"means", "signals", "underscores", reactions, what comes next) with the salience
of the entities a sentence names and its centrality, among the sentences that At a
Glance did not take and that do not repeat it.

The weights are round numbers, none set for one article. They were checked on news
stories with journalists' highlights against the first three sentences (lead-3): on
the whole set, on two halves separately, and on random subsets of 50 stories (how
often the margin holds). The lead, cleaned of page furniture, is most of the win;
the gentler position decay with centrality, names and the back-reference penalty
adds to it on both halves, and no one of them helps alone as much as together
(with a steep decay, content never outweighs position). Tried and left out, because
they did not help on both halves or on the subsets: a stronger penalty for long
sentences or a preferred length (the alternatives to a long lead sentence are long
too), a static bonus for dates and numbers, a penalty for opening with "But" or
"However", similarity to the lead or to picture captions, centrality averaged
instead of summed, counting similarity to earlier sentences, a stronger quotation
penalty, and other redundancy weights. Key Takeaways use entity salience directly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsbrief.brief import Entity
from newsbrief.summary.cues import (
    CONSEQUENCE_CUES,
    CONSEQUENCE_PHRASES,
    REACTION_CUES,
    REACTION_PHRASES,
    SIGNIFICANCE_CUES,
    SIGNIFICANCE_PHRASES,
)
from newsbrief.summary.sentences import Sentence


@dataclass(frozen=True)
class Weights:
    """Every weight of the scoring, in one place.

    Feature values lie in [0, 1] (centrality is scaled by its maximum in the story),
    so a weight is the most a feature can add to or take from a sentence's score.
    """

    # At a Glance: the score of each sentence.
    position: float = 1.0
    position_halflife: float = 2.0  # in sentences: 1, 0.71, 0.5, 0.35, 0.25, ...
    centrality: float = 0.5
    centrality_backward: float = 0.0  # share of the similarity to earlier sentences counted
    headline: float = 0.3
    names: float = 0.2  # for naming the story's salient entities, up to `names_cap` of them
    names_cap: int = 3
    refers_back: float = 0.2  # penalty for opening with "He", "It", "This", ...
    quoted: float = 0.2  # penalty for a sentence entirely in quotation marks
    picture: float = 0.3  # penalty for "(pictured)", "(left)", ...
    short_words: int = 8  # fewer words than this: a penalty growing to `short`
    short: float = 0.3
    long_words: int = 45  # more words than this: a penalty growing to `long`
    long: float = 0.3
    # At a Glance: choosing the items together.
    redundancy: float = 0.2  # weight of the similarity to an item already chosen
    duplicate: float = 0.4  # this similar to an item already chosen: never taken
    new_entity: float = 0.0  # bonus for naming a salient entity no item names yet (see above)
    new_number: float = 0.05  # bonus for the first date or number among the items
    salient_sentences: int = 2  # an entity named in this many sentences is salient
    # Key Takeaways.
    cue_significance: float = 1.0  # "means", "signals", "underscores", ...
    cue_consequence: float = 0.5  # "could", "will", "expected", ...
    cue_reaction: float = 0.5  # "warned", "welcomed", "criticized", ...
    cue_cap: float = 2.0  # cue weight beyond this counts no more
    takeaway_entities: float = 0.3
    takeaway_centrality: float = 0.3
    takeaway_position: float = 0.2  # earlier is still better, a little
    takeaway_overlap: float = 0.5  # this similar to an At a Glance item: a repeat
    takeaway_redundancy: float = 0.5


WEIGHTS = Weights()


def similarity_matrix(bags: Sequence[Counter[str]]) -> np.ndarray:
    """Cosine similarity of bags of words, weighted by inverse sentence frequency."""
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {t: i for i, t in enumerate(df)}
    isf = np.log(1.0 + n / np.array(list(df.values()) or [1], dtype=float))
    rows = [i for i, bag in enumerate(bags) for _ in bag]
    cols = [vocab[t] for bag in bags for t in bag]
    counts = [c for bag in bags for c in bag.values()]
    m = np.zeros((n, max(len(vocab), 1)))
    m[rows, cols] = np.asarray(counts, dtype=float) * isf[cols] if cols else 0.0
    norms = np.linalg.norm(m, axis=1)
    norms[norms == 0] = 1.0
    m /= norms[:, None]
    sim: np.ndarray = m @ m.T
    return sim


def _scaled(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def centrality(sim: np.ndarray, backward: float) -> np.ndarray:
    """Similarity to the sentences after each one, plus a share of those before."""
    after = np.triu(sim, 1).sum(axis=1)
    before = np.tril(sim, -1).sum(axis=1)
    return _scaled(after + backward * before)


def entity_sentences(sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[set[int]]:
    """For each entity, the indexes of the sentences that mention it."""
    starts = [s.start for s in sentences]
    out: list[set[int]] = []
    for e in entities:
        hit: set[int] = set()
        for m in e.mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sentences[i].end:
                hit.add(i)
        out.append(hit)
    return out


def entity_salience(n: int, members: Sequence[set[int]]) -> np.ndarray:
    """For each sentence, the summed salience of the entities it names.

    An entity's salience is the number of sentences that mention it, less one: a name
    the story mentions once is not what the story is about.
    """
    scores = np.zeros(n)
    for hit in members:
        for i in hit:
            scores[i] += len(hit) - 1
    return _scaled(scores)


def salient_entities(n: int, members: Sequence[set[int]], w: Weights = WEIGHTS) -> list[set[int]]:
    """For each sentence, the salient entities (by index) it names."""
    out: list[set[int]] = [set() for _ in range(n)]
    for e, hit in enumerate(members):
        if len(hit) >= w.salient_sentences:
            for i in hit:
                out[i].add(e)
    return out


def glance_scores(
    sentences: Sequence[Sentence],
    sim: np.ndarray,
    title: Counter[str],
    w: Weights = WEIGHTS,
    salient: Sequence[set[int]] | None = None,
) -> np.ndarray:
    """The At a Glance score of each sentence (-inf for one that cannot be chosen).

    `salient` holds, for each sentence, the salient entities it names
    (`salient_entities`); without it names do not count.
    """
    cent = centrality(sim, w.centrality_backward)
    scores = np.full(len(sentences), -np.inf)
    for i, s in enumerate(sentences):
        if s.reject is not None:
            continue
        score = w.position * 0.5 ** (s.position / w.position_halflife)
        score += w.centrality * cent[i]
        if title and s.terms:
            score += w.headline * sum(1 for t in s.terms if t in title) / len(s.terms)
        if salient is not None and w.names_cap > 0:
            score += w.names * min(len(salient[i]), w.names_cap) / w.names_cap
        score -= w.refers_back * s.refers_back
        score -= w.quoted * s.quoted + w.picture * s.picture + _length_penalty(s.words, w)
        scores[i] = score
    return scores


def _length_penalty(words: int, w: Weights) -> float:
    if words < w.short_words:
        return w.short * (w.short_words - words) / w.short_words
    if words > w.long_words:
        return w.long * min(1.0, (words - w.long_words) / w.long_words)
    return 0.0


def cue_weight(s: Sentence, w: Weights = WEIGHTS) -> float:
    """How strongly a sentence speaks of consequence, significance or reaction (0 to 1)."""
    total = 0.0
    for word in set(s.lowers):
        if word in SIGNIFICANCE_CUES:
            total += w.cue_significance
        elif word in CONSEQUENCE_CUES:
            total += w.cue_consequence
        elif word in REACTION_CUES:
            total += w.cue_reaction
    joined = f" {' '.join(s.lowers)} "
    for phrases, weight in (
        (SIGNIFICANCE_PHRASES, w.cue_significance),
        (CONSEQUENCE_PHRASES, w.cue_consequence),
        (REACTION_PHRASES, w.cue_reaction),
    ):
        total += weight * sum(f" {' '.join(p)} " in joined for p in phrases)
    return min(total, w.cue_cap) / w.cue_cap


def takeaway_scores(
    sentences: Sequence[Sentence],
    sim: np.ndarray,
    salience: np.ndarray,
    cues: Sequence[float],
    w: Weights = WEIGHTS,
) -> np.ndarray:
    """The Key Takeaways score of each sentence (-inf when it cannot be one).

    `cues` holds each sentence's `cue_weight`. A sentence without any cue scores too
    (lower); callers use those only to reach the least number of takeaways.
    """
    cent = centrality(sim, 1.0)
    usable = max((s.position for s in sentences), default=0) + 1
    scores = np.full(len(sentences), -np.inf)
    for i, s in enumerate(sentences):
        if s.reject is not None:
            continue
        score = (
            cue_weight(s, w) + w.takeaway_entities * salience[i] + w.takeaway_centrality * cent[i]
        )
        score += w.takeaway_position * (1.0 - s.position / usable)
        score -= w.quoted * s.quoted + w.picture * s.picture + _length_penalty(s.words, w)
        scores[i] = score
    return scores


def select(
    scores: np.ndarray,
    sim: np.ndarray,
    count: int,
    redundancy: float,
    covers: Sequence[set[int]] | None = None,
    numeric: Sequence[bool] | None = None,
    given: Sequence[int] = (),
    w: Weights = WEIGHTS,
) -> list[int]:
    """Up to `count` sentence indexes by maximal marginal relevance, in article order.

    Relevance is the score scaled to [0, 1] over the candidates; each step takes the
    sentence with the most relevance less `redundancy` times its greatest similarity
    to a chosen one (never one at least `w.duplicate` similar), plus the coverage
    bonuses when `covers` (salient entities per sentence) and `numeric` (has a date
    or number) are given. Sentences in `given` count as chosen already (for
    redundancy and coverage) and are not returned.
    """
    finite = np.isfinite(scores)
    if count <= 0 or not finite.any():
        return []
    top = float(scores[finite].max())
    bottom = float(scores[finite].min())
    relevance = np.where(finite, (scores - bottom) / (top - bottom or 1.0), -np.inf)
    chosen: list[int] = list(given)
    covered: set[int] = set().union(*(covers[i] for i in given)) if covers is not None else set()
    has_number = numeric is not None and any(numeric[i] for i in given)
    while len(chosen) < count + len(given):
        closest = sim[:, chosen].max(axis=1) if chosen else np.zeros(len(scores))
        gain = np.where(closest >= w.duplicate, -np.inf, relevance - redundancy * closest)
        if covers is not None:
            gain = gain + w.new_entity * np.array([bool(c - covered) for c in covers])
        if numeric is not None and not has_number:
            gain = gain + w.new_number * np.asarray(numeric, dtype=float)
        gain[chosen] = -np.inf
        best = int(np.argmax(gain))
        if not np.isfinite(gain[best]):
            break
        chosen.append(best)
        if covers is not None:
            covered |= covers[best]
        if numeric is not None:
            has_number = has_number or bool(numeric[best])
    return sorted(chosen[len(given) :])
