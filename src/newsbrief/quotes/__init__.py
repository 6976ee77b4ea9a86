"""Who said what: direct quotes, reported speech, and who said them.

- `marks.py`: quotation marks paired into quoted pieces, block by block, and
  quotes running over several paragraphs.
- `context.py`: what attribution reads: the article, its entities, the pieces,
  sentence starts, the token and the entity at an offset.
- `syntax.py`: speech verbs and their subjects in the parse, the verb reporting a
  clause, a speaker's noun phrase, how deep a subject's clause is.
- `speakers.py`: the resolver, from a speech verb's subject to a speaker: names,
  he and she by gender, "it", "the company", "the statement", roles;
  `antecedents.py`: the people a he or she may mean, and who is ruled out.
- `cues.py`: speech verbs near a quote: after it, in its lead-in, governing it.
- `sieve.py`: the attribution strategies, in order; `passes.py`: the article-level
  passes after them.
- `reported.py`: reported speech ("X said (that) ...", "according to X, ...").
- `descriptions.py`, `nouns.py`: who "the rookie defenceman" is; the nouns for
  documents, organizations and things that speak, and whom such a noun names in
  its own phrase ("a statement from the EU", "Secretary of State John Kerry").
- `frames.py`: when and in what something was said ("said on Monday", "in a
  statement"), which is not part of what was said.

Reported speech is resolved first, in the article's order, then each quoted piece
through the sieve. A reported statement holding a partial quote is one `mixed`
statement; a single quoted word, a title or a label ('the "strong man" trope') is
no quote on its own; a statement told twice (a pull quote) is listed once. Each
quote carries the mention that attributes it (the "she" next to the cue) and the cue.

A quote's speaker is a consolidated entity's name, or the words the article gives
("a spokeswoman for the company"), or None when nobody is named (no speaker beats a
wrong one); a short quoted phrase nobody is said to have spoken is left out.
"""

from __future__ import annotations

from typing import NamedTuple

from newsbrief.brief import Entity, Quote, QuoteKind
from newsbrief.entities import person_genders
from newsbrief.lexicon import LINK_LINE
from newsbrief.nlp import Annotated
from newsbrief.quotes.context import Context
from newsbrief.quotes.marks import Piece, pieces
from newsbrief.quotes.passes import PASSES
from newsbrief.quotes.reported import Reported, around_partial_quotes, reported_speech
from newsbrief.quotes.sieve import is_label, is_scare_quote, is_single_word, sieve
from newsbrief.quotes.speakers import Resolver

__all__ = ["REPORTED", "Attributed", "attribute", "find_quotes"]

MIN_DIRECT_WORDS = 5
REPORTED = "reported_speech"  # what decided the speaker of reported speech
# A statement whose quoted words cover less than this share of it is reported
# speech holding a partial quote; more, and it is the direct quote itself.
MIXED_MAX_QUOTED = 0.8


class Attributed(NamedTuple):
    """A quote and the name of the strategy or pass that decided its speaker
    (None when none applied)."""

    quote: Quote
    strategy: str | None


def attribute(doc: Annotated, entities: list[Entity]) -> list[Attributed]:
    """Every direct quote of the article, with its speaker and what decided it."""
    ctx = Context(doc, entities, pieces(doc))
    ctx.shown_genders, ctx.genders = person_genders(ctx)
    resolver = Resolver(ctx)
    # Reported speech first: a "he said" there tells whom a later "he" means.
    statements = _outermost(list(reported_speech(ctx, resolver)))
    for i, piece in enumerate(ctx.pieces):
        if is_scare_quote(ctx, piece) or LINK_LINE.match(doc.blocks[piece.block].text):
            piece.keep = piece.partial = False
            continue
        if is_single_word(ctx, piece) or is_label(ctx, piece):
            piece.keep = False  # a partial quote at most
            continue
        decided = sieve(ctx, resolver, i)
        if decided is not None:
            name, found = decided
            piece.strategy = name
            if found is not None:
                piece.speaker, piece.speaker_span = found.name, found.span
                piece.mention_span, piece.cue_span = found.mention, found.cue
    for step in PASSES:
        step.run(ctx, resolver, step.name)
    statements = _outermost(statements + list(around_partial_quotes(ctx, resolver)))
    kept = [p for p in ctx.pieces if p.keep]
    quoted = [p for p in ctx.pieces if p.partial]
    out = []
    for r in statements:
        inside = [p for p in quoted if p.open < r.content.end and r.content.start < _after(p)]
        if not inside:
            out.append(Attributed(_reported_quote(doc.text, r, "reported"), REPORTED))
            continue
        share = sum(min(p.end, r.content.end) - max(p.start, r.content.start) for p in inside)
        partial = all(
            r.content.start <= p.open and _ends_with(doc.text, r.content.end, p) for p in inside
        )
        if partial and share < MIXED_MAX_QUOTED * len(r.content.text):
            # A partial quote inside reported speech: one statement, told as 'mixed',
            # up to the closing mark of a quote that ends it ('had been "hard."').
            end = max(r.content.end, *(_after(p) for p in inside))
            out.append(Attributed(_reported_quote(doc.text, r, "mixed", end), REPORTED))
            for p in inside:
                p.keep = False
    for p in kept:
        body = doc.text[p.start : p.end]
        if not p.keep:
            continue
        if p.speaker is None and len(body.split()) < MIN_DIRECT_WORDS:
            continue  # a quoted phrase nobody is said to have spoken
        quote = Quote(body, p.start, p.end, p.speaker, p.speaker_span, p.mention_span, p.cue_span)
        out.append(Attributed(quote, p.strategy))
    return _once(sorted(out, key=lambda a: (a.quote.start, a.quote.end)))


def _once(found: list[Attributed]) -> list[Attributed]:
    """Each statement listed once: a pull quote or a headline repeats words the
    article gives elsewhere; the telling kept is the first of the best: in quotation
    marks before reported, with a speaker before without."""
    by_text: dict[str, Attributed] = {}
    for a in found:
        key = " ".join(a.quote.text.casefold().split()).strip(" .,")
        kept = by_text.get(key)
        if kept is None or _telling(a.quote) > _telling(kept.quote):
            by_text[key] = a
    chosen = {id(a) for a in by_text.values()}
    return [a for a in found if id(a) in chosen]


def _after(p: Piece) -> int:
    """Where a quoted piece ends, its closing mark included."""
    return p.close + 1 if p.close is not None else p.end


def _telling(q: Quote) -> tuple[bool, bool]:
    return q.kind != "reported", q.speaker is not None


def _outermost(found: list[Reported]) -> list[Reported]:
    """Reported statements not inside another ('X said Y told him that ...'), in
    their order. One sweep in order of start (the longer first): a statement is
    inside another when one of a different span before it reaches as far (comparing
    every pair took hours on a line of 70,000 statements)."""
    spans = sorted({(r.content.start, r.content.end) for r in found}, key=lambda a: (a[0], -a[1]))
    inside: set[tuple[int, int]] = set()
    reach = -1
    for start, end in spans:
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return [r for r in found if (r.content.start, r.content.end) not in inside]


def _ends_with(text: str, end: int, p: Piece) -> bool:
    """Whether a quoted piece closes within a statement ending at `end`, or right
    after it with nothing but punctuation between ('been "hard."')."""
    return _after(p) <= end + 1 or not text[end : p.close or p.end].strip(" .,;:!?…")


def _reported_quote(text: str, r: Reported, kind: QuoteKind, end: int = -1) -> Quote:
    s, c = r.speaker, r.content
    end = max(end, c.end)
    return Quote(text[c.start : end], c.start, end, s.name, s.span, s.mention, s.cue, kind)


def find_quotes(doc: Annotated, entities: list[Entity]) -> list[Quote]:
    """Every direct quote of the article with its speaker (None when none is named)."""
    return [found.quote for found in attribute(doc, entities)]
