"""The attribution sieve: the ordered strategies that give a quote its speaker.

Each quote (scare quotes and titles aside: `is_scare_quote`) goes through
`STRATEGIES` in order, the approach of textacy's `direct_quotations` (a speech verb
next to the quote, its subject). A strategy either does not apply, and the next
one is tried, or applies and decides: a speaker, or deliberately nobody, and the
chain stops there. Then the passes (`passes.py`) run over the whole article. Each
quote records the name of what decided it.

Strategies, per quote:

- `transcript_label`: a transcript's turn, '"PENCE: ..."';
- `block_speaker`: the block's "X said:" lead-in (a Markdown block quote);
- `verb_after`: a speech verb right after the closing mark, up to the end of the
  sentence: '"...," said X', '"...," X told CNN', '"...," according to X' (when
  it finds nobody, the next strategy is tried; '"...," they said' decides
  nobody, and no pass gives that quote one person);
- `lead_in`: a lead-in ending in ':' or ',' right before the opening mark:
  'X said: "..."', 'X said, "..."';
- `governing_verb`: for a quote inside a sentence, the speech verb that governs
  it: 'called the plan a "reckless gamble"', 'said the group was "not against jobs"';
- `paragraph_lead_in`: for a quote opening its paragraph, a paragraph before it
  ending "X said:";
- `next_fragment`: a short paragraph after the quote that only says who spoke
  ('Tolliver recalled.').

A quoted phrase no speech verb governs is a scare quote or a title ("so-called
'green corridor'") and is left out; a speaker is never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from newsbrief.blocks.marks import QUOTE_CHARS, QUOTED_KINDS
from newsbrief.brief import Block, TextSpan
from newsbrief.entities import title_cased
from newsbrief.quotes.context import Context
from newsbrief.quotes.cues import (
    claimed_speaker,
    colon_subject,
    cue_speaker,
    governing_speaker,
    group_cue,
)
from newsbrief.quotes.marks import Piece
from newsbrief.quotes.speakers import Resolver, Speaker

# A transcript's speaker label at the start of a quote: 'PENCE: ', 'SEN. JOHN DOE: '.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s+(?=\S)")
SENTENCE_END = re.compile(r"[.!?…](?=[\s\"“”'‘’)]|$)")
LEAD_IN_ENDS = (":", ",")
AFTER_WINDOW = 24  # tokens after a quote: room for a name and a long apposition
TITLE_MAX_WORDS = 8
MINOR_TITLE_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "or"})
FRAGMENT_MAX_WORDS = 8  # a paragraph after a quote this short may only say who spoke
FRAGMENT_ENDS = (".", "!", "?", "…", ":")
# Words before a quoted phrase that, with a noun right after it, make it that
# noun's label: 'the "strong man" trope'.
LABEL_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its"})
# Words before a quoted phrase that make it a name or a label, not speech.
SCARE_CUES = frozenset({"so-called", "dubbed", "titled", "entitled", "nicknamed", "branded"})


@dataclass(frozen=True)
class Verdict:
    """What a strategy that applies decides: a speaker, or None for nobody."""

    speaker: Speaker | None


@dataclass
class Attempt:
    """One quote, as the strategies read it."""

    ctx: Context
    resolver: Resolver
    index: int

    @property
    def piece(self) -> Piece:
        return self.ctx.pieces[self.index]

    @property
    def block(self) -> Block:
        return self.ctx.doc.blocks[self.piece.block]

    @cached_property
    def lead_start(self) -> int:
        """Where the sentence holding the quote begins, not before the close of the
        quote before it in its paragraph."""
        piece, block = self.piece, self.block
        previous = self.ctx.pieces[self.index - 1] if self.index else None
        floor = block.start
        if previous is not None and previous.block == piece.block and previous.close is not None:
            floor = previous.close + 1
        return _sentence_start(self.ctx.doc.text, block, piece.open, floor)

    @cached_property
    def lead(self) -> str:
        """The words of that sentence before the opening mark."""
        return self.ctx.doc.text[self.lead_start : self.piece.open].strip()


@dataclass(frozen=True)
class Strategy:
    """One way to find a quote's speaker: `find` gives None when it does not apply."""

    name: str
    find: Callable[[Attempt], Verdict | None]


# --- Strategies -----------------------------------------------------------------------


def _transcript_label(q: Attempt) -> Verdict | None:
    """A transcript's turn ('"PENCE: Well, look, ..."'): the person the label in
    capitals names, when the article names that person or gives the label to more
    than one turn; the quote is what follows the label."""
    piece, ctx = q.piece, q.ctx
    text = ctx.doc.text
    found = TRANSCRIPT_LABEL.match(text, piece.start, piece.end)
    if found is None:
        return None
    label = found.group(1)
    people = ctx.people_by_surname.get(label.split()[-1].casefold(), [])
    if ctx.turns is None:  # counted once: a transcript of thousands of turns stays linear
        labels = (TRANSCRIPT_LABEL.match(text, p.start, p.end) for p in ctx.pieces)
        ctx.turns = Counter(m[1] for m in labels if m is not None)
    if not people and ctx.turns.get(label, 0) < 2:
        return None
    # The fullest name the article gives ('Mike Pence' for 'PENCE').
    name = max((e.name for e in people), key=len, default=label.title())
    span = TextSpan(label, found.start(1), found.end(1))
    piece.start = found.end()
    return Verdict(Speaker(name, span, span, TextSpan(":", found.end(1), found.end(1) + 1)))


def _block_speaker(q: Attempt) -> Verdict | None:
    """The block's "X said:" lead-in, as the entity it names or as written."""
    block, ctx = q.block, q.ctx
    if block.kind != "quote" or block.speaker is None:
        return None
    hit = ctx.token_at(block.speaker.end - 1)
    if hit is not None:
        seg, tok = hit
        found = q.resolver.speaker(seg, tok)
        if found is not None:
            return Verdict(found)
    return Verdict(Speaker(block.speaker.text, block.speaker, block.speaker))


def _verb_after(q: Attempt) -> Verdict | None:
    """A speech verb after the closing mark, where the sentence goes on there; the
    next strategy is tried when it names nobody."""
    piece = q.piece
    if piece.close is None or not _may_continue(q.ctx.doc.text, piece, bool(q.lead)):
        return None
    claim = claimed_speaker(q.ctx, q.resolver, piece)
    if claim is not None:
        return Verdict(claim)  # "While the BBC claimed it was an 'unhappy coincidence', X said"
    found = cue_speaker(
        q.ctx, q.resolver, piece.close + 1, q.block.end, nearest_last=False, limit=AFTER_WINDOW
    )
    if found is None and group_cue(q.ctx, piece.close + 1, q.block.end):
        piece.group = True  # '"...," they said': no one person's words
        return Verdict(None)
    return Verdict(found) if found is not None else None


def _lead_in(q: Attempt) -> Verdict | None:
    """The speech verb of a lead-in ending in ':' or ','; nobody when it has none."""
    if not q.lead.endswith(LEAD_IN_ENDS):
        return None
    piece = q.piece
    found = cue_speaker(q.ctx, q.resolver, q.lead_start, piece.open, nearest_last=True)
    if found is None and q.lead.endswith(":"):  # 'Martell is more blunt: "..."'
        found = colon_subject(q.ctx, q.resolver, q.lead_start, piece.open)
    return Verdict(found)


def _governing_verb(q: Attempt) -> Verdict | None:
    """For a quote inside a sentence (any other lead-in but a dash): the speech verb
    above it in the parse; nobody when there is none."""
    if not q.lead or q.lead in ("—", "–", "-"):
        return None
    return Verdict(governing_speaker(q.ctx, q.resolver, q.piece))


def _paragraph_lead_in(q: Attempt) -> Verdict | None:
    """For a quote opening its paragraph: the paragraph before, when it ends with
    ':' ('Chen said:'); nobody when it has no speech verb."""
    piece, ctx = q.piece, q.ctx
    if piece.open != q.block.start or piece.block == 0:
        return None
    before = ctx.doc.blocks[piece.block - 1]
    if before.kind not in QUOTED_KINDS or not before.text.rstrip().endswith(":"):
        return None
    found = cue_speaker(ctx, q.resolver, before.start, before.end, nearest_last=True)
    return Verdict(found or colon_subject(ctx, q.resolver, before.start, before.end))


def _next_fragment(q: Attempt) -> Verdict | None:
    """For a quote ending its paragraph: the short paragraph after it that only
    says who spoke; nobody when it has no speech verb."""
    piece, ctx = q.piece, q.ctx
    if piece.close is None or ctx.doc.text[piece.close + 1 : q.block.end].strip():
        return None
    after = _attribution_fragment(ctx, piece.block + 1)
    if after is None:
        return None
    return Verdict(cue_speaker(ctx, q.resolver, after.start, after.end, nearest_last=False))


STRATEGIES: tuple[Strategy, ...] = (
    Strategy("transcript_label", _transcript_label),
    Strategy("block_speaker", _block_speaker),
    Strategy("verb_after", _verb_after),
    Strategy("lead_in", _lead_in),
    Strategy("governing_verb", _governing_verb),
    Strategy("paragraph_lead_in", _paragraph_lead_in),
    Strategy("next_fragment", _next_fragment),
)


def sieve(ctx: Context, resolver: Resolver, index: int) -> tuple[str, Speaker | None] | None:
    """The first strategy that applies to quote `index` and what it decides (a
    speaker or None for nobody); None when no strategy applies."""
    attempt = Attempt(ctx, resolver, index)
    for strategy in STRATEGIES:
        verdict = strategy.find(attempt)
        if verdict is not None:
            return strategy.name, verdict.speaker
    return None


def _sentence_start(text: str, block: Block, piece_open: int, floor: int) -> int:
    """Where the sentence holding a quote begins (article offset), not before `floor`."""
    local = text[block.start : piece_open]
    ends = [m.end() for m in SENTENCE_END.finditer(local)]
    return max(floor, block.start + (ends[-1] if ends else 0))


def _may_continue(text: str, piece: Piece, has_lead: bool) -> bool:
    """Whether the sentence goes on after a quote's closing mark: not after a full
    stop inside the marks ('was "the best thing we built." Then ...'), nor after a
    question or exclamation inside a sentence that began before the quote."""
    last = text[piece.start : piece.close or piece.end].rstrip()[-1:]  # "etc.," goes on
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
        or not b.text.rstrip().endswith(FRAGMENT_ENDS)  # a heading ('Common belief says ...')
        or len(words) > FRAGMENT_MAX_WORDS
        or any(c in b.text for c in QUOTE_CHARS[:3])
    ):
        return None
    return b


def is_single_word(ctx: Context, piece: Piece) -> bool:
    """One quoted word that is no exclamation ('"empathy"', '"hazardous."'): a
    scare quote, or a partial quote inside reported speech; never a quote alone."""
    body = ctx.doc.text[piece.start : piece.end].rstrip()
    return len(_words(body)) == 1 and not re.search(r"[!?]$", body)


def is_label(ctx: Context, piece: Piece) -> bool:
    """A quoted phrase set between a determiner and the common noun it labels ('the
    "boys will be boys" trope', 'a "use it or lose it" approach'): no quote on its
    own, a partial quote at most (the words may be the speaker's)."""
    text = ctx.doc.text
    before = text[max(0, piece.open - 24) : piece.open].lower().split()
    if not before or before[-1] not in LABEL_DETERMINERS:
        return False
    if piece.close is None or text[piece.close + 1 : piece.close + 2] != " ":
        return False
    if text[piece.start : piece.end].rstrip()[-1:] in ",.;:!?…":
        return False
    hit = ctx.token_at(piece.close + 2)
    if hit is None:
        return False
    tok = hit[1]
    return tok.tag_ in ("NN", "NNS") and tok.is_lower and tok.dep_ != "npadvmod"


def _words(body: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", body)


FOLLOW_LINE = re.compile(r"Follow\b[^.!?]*\bon\s+(?:Twitter|Facebook|Instagram|X)\b")


def is_scare_quote(ctx: Context, piece: Piece) -> bool:
    """A quoted name or label: after 'so-called' or 'titled', or every word of it
    capitalized ('Star Trek', 'The Kid Who Would Be King.'); or a line asking the
    reader to follow someone ('Follow Pam Key on Twitter @pamkeyNEN.')."""
    before = ctx.doc.text[max(0, piece.open - 24) : piece.open].lower().split()
    if before and before[-1] in SCARE_CUES:
        return True
    body = ctx.doc.text[piece.start : piece.end]
    if FOLLOW_LINE.match(body):
        return True  # the page's own line, even inside a transcript's marks
    words = _words(body)
    if re.search(r"[!?]$", body) or not words:
        return False
    if len(words) <= TITLE_MAX_WORDS and all(
        w[0].isupper() or w.lower() in MINOR_TITLE_WORDS for w in words
    ):
        return True
    return title_cased(body)
