"""Quote attribution: which speaker each quote takes, and from where.

Each quote takes its speaker from the first of these that applies (the approach
of textacy's `direct_quotations`: a speech verb next to the quote, its subject):

- the block's "X said:" lead-in (a Markdown block quote);
- a speech verb right after the closing mark, up to the end of the sentence:
  '"...," said X', '"...," X told CNN', '"...," according to X';
- a lead-in right before the opening mark: 'X said: "..."', 'X said, "..."', or a
  paragraph ending "X said:" before a quote paragraph;
- for a quote inside a sentence, the speech verb that governs it: 'called the
  plan a "reckless gamble"', 'said the group was "not against jobs"';
- the rest of a multi-paragraph quote, then the quote before it in the paragraph,
  then, for a paragraph that is only a quote, the paragraph before.

A quoted phrase no speech verb governs is a scare quote or a title ("so-called
'green corridor'") and is left out; a speaker is never invented.
"""

from __future__ import annotations

import re

from newsbrief.brief import Block
from newsbrief.entities import title_cased
from newsbrief.quotes.context import Context
from newsbrief.quotes.cues import cue_speaker, governing_speaker
from newsbrief.quotes.marks import QUOTE_CHARS, QUOTED_KINDS, Piece
from newsbrief.quotes.speakers import Resolver, Speaker
from newsbrief.quotes.syntax import subject_depth

_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"“”'‘’)]|$)")
LEAD_IN_ENDS = (":", ",")
TITLE_MAX_WORDS = 8
MINOR_TITLE_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "or"})
FRAGMENT_MAX_WORDS = 8  # an unattributed quote shorter than this is not taken for speech
# Words before a quoted phrase that make it a name or a label, not speech.
SCARE_CUES = frozenset({"so-called", "dubbed", "titled", "entitled", "nicknamed", "branded"})


def _sentence_start(text: str, block: Block, piece_open: int, floor: int) -> int:
    """Where the sentence holding a quote begins (article offset), not before `floor`."""
    local = text[block.start : piece_open]
    ends = [m.end() for m in _SENTENCE_END.finditer(local)]
    return max(floor, block.start + (ends[-1] if ends else 0))


def is_scare_quote(ctx: Context, piece: Piece) -> bool:
    """A quoted name or label: after 'so-called' or 'titled', or every word of it
    capitalized ('Star Trek', 'American Pie')."""
    before = ctx.doc.text[max(0, piece.open - 24) : piece.open].lower().split()
    if before and before[-1] in SCARE_CUES:
        return True
    body = ctx.doc.text[piece.start : piece.end]
    words = re.findall(r"[^\W\d_][\w'’-]*", body)
    if re.search(r"[.!?]$", body) or not words:
        return False
    if len(words) <= TITLE_MAX_WORDS and all(
        w[0].isupper() or w.lower() in MINOR_TITLE_WORDS for w in words
    ):
        return True
    return title_cased(body)


def attribute(ctx: Context, resolver: Resolver, index: int) -> Speaker | None:
    piece = ctx.pieces[index]
    text = ctx.doc.text
    block = ctx.doc.blocks[piece.block]
    if block.kind == "quote" and block.speaker is not None:
        hit = ctx.token_at(block.speaker.end - 1)
        if hit is not None:
            seg, tok = hit
            found = resolver.speaker(seg, tok)
            if found is not None:
                return found
        return Speaker(block.speaker.text, block.speaker)
    previous = ctx.pieces[index - 1] if index else None
    floor = block.start
    if previous is not None and previous.block == piece.block and previous.close is not None:
        floor = previous.close + 1
    lead_start = _sentence_start(text, block, piece.open, floor)
    lead = text[lead_start : piece.open].strip()
    if piece.close is not None and _may_continue(text, piece, bool(lead)):
        found = cue_speaker(ctx, resolver, piece.close + 1, block.end, nearest_last=False)
        if found is not None:
            return found
    if lead.endswith(LEAD_IN_ENDS):
        return cue_speaker(ctx, resolver, lead_start, piece.open, nearest_last=True)
    if lead and lead not in ("—", "–", "-"):
        return governing_speaker(ctx, resolver, piece)
    if piece.open == block.start and piece.block > 0:
        before = ctx.doc.blocks[piece.block - 1]
        if before.kind in QUOTED_KINDS and before.text.rstrip().endswith(":"):
            return cue_speaker(ctx, resolver, before.start, before.end, nearest_last=True)
    if piece.close is not None and not text[piece.close + 1 : block.end].strip():
        after = _attribution_fragment(ctx, piece.block + 1)
        if after is not None:
            return cue_speaker(ctx, resolver, after.start, after.end, nearest_last=False)
    return None


def _may_continue(text: str, piece: Piece, has_lead: bool) -> bool:
    """Whether the sentence goes on after a quote's closing mark: not after a full
    stop inside the marks ('was "the best thing we built." Then ...'), nor after a
    question or exclamation inside a sentence that began before the quote."""
    last = text[piece.start : piece.end].rstrip()[-1:]
    after = text[(piece.close or piece.end) + 1 :].lstrip()[:1]
    if last == ".":
        return after.islower()
    if last in "?!":
        return not has_lead or after.islower()
    return True


def _attribution_fragment(ctx: Context, index: int) -> Block | None:
    """A paragraph that only says who spoke ('Tolliver recalled.'), as copy split
    one sentence a paragraph has it after a quote."""
    if index >= len(ctx.doc.blocks):
        return None
    b = ctx.doc.blocks[index]
    words = b.text.split()
    if (
        b.kind != "paragraph"
        or len(words) > FRAGMENT_MAX_WORDS
        or any(c in b.text for c in QUOTE_CHARS[:3])
    ):
        return None
    return b


def reported_before(ctx: Context, resolver: Resolver) -> None:
    """A quote paragraph nobody is named for, right after a paragraph of someone's
    reported speech ('Pemberton said he would listen.' then a quote): theirs."""
    attributed = {p.run for p in ctx.pieces if p.run >= 0 and p.speaker is not None}
    blocks_with_quotes = {p.block for p in ctx.pieces}
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
        found = cue_speaker(ctx, resolver, before.start, before.end, True, limit=len(before.text))
        if found is not None:
            p.speaker, p.speaker_span = found.name, found.span
            if p.run >= 0:
                attributed.add(p.run)


def inherit(ctx: Context) -> None:
    """Speakers for quotes without their own attribution: the rest of their
    multi-paragraph quote, else the quote before them in the paragraph or, for a
    paragraph that is only a quote, in the paragraph before."""
    by_run: dict[int, Piece] = {}
    for p in ctx.pieces:
        if p.run >= 0 and p.speaker is not None and p.run not in by_run:
            by_run[p.run] = p
    for i, p in enumerate(ctx.pieces):
        if p.speaker is not None or not p.keep:
            continue
        if p.run in by_run:
            src = by_run[p.run]
            p.speaker, p.speaker_span = src.speaker, src.speaker_span
            continue
        prev = ctx.pieces[i - 1] if i else None
        if prev is None or prev.speaker is None:
            continue
        block = ctx.doc.blocks[p.block]
        same = prev.block == p.block
        only_quote = (
            prev.block == p.block - 1 and not ctx.doc.text[block.start : p.open].strip()
        ) and _only_quotes(ctx, p.block)
        after = (prev.close or prev.end) + 1
        between = ctx.doc.text[after : p.open] if same else ""
        if same and (_has_other_subject(between) or _other_person_acts(ctx, prev, after, p.open)):
            continue
        if same or only_quote:
            p.speaker, p.speaker_span = prev.speaker, prev.speaker_span


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


def inherit_forward(ctx: Context) -> None:
    """A quote followed at once by an attributed one in the same paragraph, with
    nothing but punctuation between them, has the same speaker."""
    for i in range(len(ctx.pieces) - 2, -1, -1):
        p, q = ctx.pieces[i], ctx.pieces[i + 1]
        if p.speaker is not None or q.speaker is None or p.block != q.block or p.close is None:
            continue
        if not re.search(r"[^\W_]", ctx.doc.text[p.close + 1 : q.open]):
            p.speaker, p.speaker_span = q.speaker, q.speaker_span


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
