"""The article-level passes that give speakers to quotes the sieve left without one.

After the strategies (`sieve.py`), `PASSES` run over the whole article in order,
each giving a speaker to quotes still without one and recording its name on them.

Passes, over the article:

- `reported_before`: a quote paragraph right after a paragraph of someone's
  reported speech ('Pemberton said he would listen.');
- `inherit_run`: the rest of a multi-paragraph quote;
- `inherit_previous`: the quote before it in the paragraph, or, for a paragraph
  opening with a quote, the last one of the paragraph before, or of the one
  before that across a paragraph of narration that brings in nobody;
- `inherit_forward`: a quote followed at once by an attributed one in its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsbrief.quotes.context import Context
from newsbrief.quotes.cues import cue_speaker
from newsbrief.quotes.marks import Piece
from newsbrief.quotes.nouns import DOCUMENT_NOUNS, ORG_NOUNS
from newsbrief.quotes.sieve import SENTENCE_END
from newsbrief.quotes.speakers import Resolver
from newsbrief.quotes.syntax import SUBJECT_DEPS, speech_verb, subject_depth


@dataclass(frozen=True)
class Pass:
    """An article-level pass: `run` gives speakers to quotes still without one and
    records `name` on them."""

    name: str
    run: Callable[[Context, Resolver, str], None]


def _reported_before(ctx: Context, resolver: Resolver, name: str) -> None:
    """A quote paragraph nobody is named for, right after a paragraph of someone's
    reported speech ('Pemberton said he would listen.' then a quote): theirs."""
    attributed = {p.run for p in ctx.pieces if p.run >= 0 and p.speaker is not None}
    # A single quoted word or a scare quote ('the "unpredictable" nature') leaves
    # the paragraph reported speech.
    blocks_with_quotes = {p.block for p in ctx.pieces if p.keep}
    seen_runs: set[int] = set()
    for p in ctx.pieces:
        first_of_run = p.run < 0 or p.run not in seen_runs
        seen_runs.add(p.run)
        if p.speaker is not None or not p.keep or not first_of_run or p.run in attributed:
            continue
        if p.open != ctx.doc.blocks[p.block].start or p.block == 0:
            continue
        before = ctx.doc.blocks[p.block - 1]
        if before.kind != "paragraph" or p.block - 1 in blocks_with_quotes:
            continue
        found = cue_speaker(
            ctx, resolver, before.start, before.end, True, limit=len(before.text), paragraph=True
        )
        if found is not None:
            p.attribute(found.name, found.span, name)
            if p.run >= 0:
                attributed.add(p.run)


def _inherit_run(ctx: Context, resolver: Resolver, name: str) -> None:
    """Speakers for quotes without their own attribution: the rest of their
    multi-paragraph quote (the last part before it that has a speaker, as a
    transcript's turns change speaker; else the first after it)."""
    first: dict[int, Piece] = {}
    for p in ctx.pieces:
        if p.run >= 0 and p.speaker is not None and p.run not in first:
            first[p.run] = p
    last: dict[int, Piece] = {}
    for p in ctx.pieces:
        if p.run >= 0 and p.speaker is not None and p.strategy != name:
            last[p.run] = p
        if p.speaker is not None or not p.keep or p.run not in first:
            continue
        src = last.get(p.run, first[p.run])
        p.attribute(src.speaker, src.speaker_span, name)


def _inherit_previous(ctx: Context, resolver: Resolver, name: str) -> None:
    """Speakers for quotes still without one: the quote before them in the
    paragraph or, for a paragraph that opens with a quote, the last quote of the
    paragraph before; unless someone else is told acting in between, where the
    paragraph holds more than quotes."""
    for i, p in enumerate(ctx.pieces):
        if p.speaker is not None or not p.keep:
            continue
        prev = _quote_before(ctx, i)
        if prev is None or prev.speaker is None or _sentence_goes_on(ctx, p):
            continue
        block = ctx.doc.blocks[p.block]
        same = prev.block == p.block
        opens = prev.block == p.block - 1 and not ctx.doc.text[block.start : p.open].strip()
        after = (prev.close or prev.end) + 1
        between = ctx.doc.text[after : p.open]
        # The last quote's own "he was quoted as saying" is no one else speaking.
        own_cue = prev.cue_span is not None and after <= prev.cue_span.start < p.open
        guarded = same or not _only_quotes(ctx, p.block)
        if guarded and (
            (_has_other_subject(between) and not own_cue)
            or _other_person_acts(ctx, prev, after, p.open)
        ):
            continue
        if same or opens or _across_narration(ctx, prev, p):
            p.attribute(prev.speaker, prev.speaker_span, name)


def _across_narration(ctx: Context, prev: Piece, p: Piece) -> bool:
    """Whether a paragraph of nothing but a quote follows the last quote's paragraph
    across one paragraph of narration that brings in nobody else: no person, no
    group, no pronoun for one and no speech ('"...," Gajewski said.' / 'For cities
    like Ottawa, people shouldn't plan to retire their shovels.' / '"We're going to
    have to shovel more often."')."""
    if prev.block != p.block - 2 or not _only_quotes(ctx, p.block):
        return False
    middle = ctx.doc.blocks[p.block - 1]
    if middle.kind != "paragraph" or any(q.block == p.block - 1 for q in ctx.pieces):
        return False
    if re.search(r"\b(?:he|she|him|his|her|they|we|i)\b", middle.text, re.IGNORECASE):
        return False
    if ctx.entities_by_offset.within(middle.start, middle.end, ("PERSON", "ORG", "NORP")):
        return False
    tokens = [t for seg in ctx.doc.segments if seg.block == p.block - 1 for t in seg.doc]
    return not any(
        speech_verb(t)
        or t.ent_type_ in ("PERSON", "ORG", "NORP")
        or (
            t.dep_ in SUBJECT_DEPS
            and (t.pos_ == "PROPN" or t.lemma_.lower() in ORG_NOUNS | DOCUMENT_NOUNS)
        )
        for t in tokens
    )


TITLE_SKIP_MAX_WORDS = 6


def _quote_before(ctx: Context, i: int) -> Piece | None:
    """The quote before piece i, past short titles inside a paragraph ('said Julie
    Holland, author of "Moody Bitches"'): nobody's words."""
    for q in reversed(ctx.pieces[:i]):
        title = not (q.keep or q.partial or q.speaker)
        inside = q.open > ctx.doc.blocks[q.block].start
        words = len(ctx.doc.text[q.start : q.end].split())
        if not (title and inside and words <= TITLE_SKIP_MAX_WORDS):
            return q
    return None


def _sentence_goes_on(ctx: Context, p: Piece) -> bool:
    """Whether a quote's sentence says more after it ('"The best sleigh!" was the
    response of one viewer', '"and two belt loops" between May and October, says
    ...'): a quote told by its own sentence, not the last speaker's next words."""
    if p.close is None:
        return False
    text = ctx.doc.text
    block = ctx.doc.blocks[p.block]
    # A quote inside it may close the quote ('"They say, 'Maybe I can too!'"').
    body = text[p.start : p.end].rstrip().rstrip("\"'“”‘’ ")
    rest = text[p.close + 1 : block.end]
    if body[-1:] in ".!?…" and not rest.lstrip()[:1].islower():
        return False  # the sentence ended inside the marks
    end = SENTENCE_END.search(rest)
    return bool(re.search(r"[^\W\d_]", rest[: end.start() if end else len(rest)]))


def _other_person_acts(ctx: Context, prev: Piece, start: int, end: int) -> bool:
    """Whether someone other than the last quote's speaker is the subject of a clause
    between two quotes ('..." Even though ..., Carol Fielding agrees it was "a
    mistake"'): the second quote may be theirs."""
    for e in ctx.entities:
        if e.label != "PERSON" or e.name == prev.speaker:
            continue
        if any(start <= m.start < end and subject_depth(ctx, m.end) >= 0 for m in e.mentions):
            return True
    return False


def _inherit_forward(ctx: Context, resolver: Resolver, name: str) -> None:
    """A quote followed at once by an attributed one in the same paragraph, with
    nothing but punctuation between them, has the same speaker, unless a quote of
    someone else comes before it in the paragraph (paragraphs run together)."""
    for i in range(len(ctx.pieces) - 2, -1, -1):
        p, q = ctx.pieces[i], ctx.pieces[i + 1]
        if p.speaker is not None or q.speaker is None or p.block != q.block or p.close is None:
            continue
        if re.search(r"[^\W_]", ctx.doc.text[p.close + 1 : q.open]):
            continue
        before = ctx.pieces[i - 1] if i else None
        if (
            before is not None
            and before.block == p.block
            and before.speaker not in (None, q.speaker)
        ):
            continue  # '"...," says Wise. "..." "...," says his dad': either may own it
        p.attribute(q.speaker, q.speaker_span, name)


def _has_other_subject(between: str) -> bool:
    """Text between two quotes of a paragraph that tells of someone else speaking."""
    return bool(re.search(r"\b(?:he|she|they)\b", between, re.IGNORECASE)) and not re.search(
        r"\b(?:said|says|added|told)\b", between
    )


def _only_quotes(ctx: Context, block: int) -> bool:
    b = ctx.doc.blocks[block]
    rest = b.text
    for p in ctx.pieces:
        if p.block == block:
            rest = rest.replace(ctx.doc.text[p.start : p.end], "")
    return not re.search(r"[^\W\d_]", rest)


PASSES: tuple[Pass, ...] = (
    Pass("reported_before", _reported_before),
    Pass("inherit_run", _inherit_run),
    Pass("inherit_previous", _inherit_previous),
    Pass("inherit_forward", _inherit_forward),
)
