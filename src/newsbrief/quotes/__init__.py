"""Direct quotes and who said them.

- `marks.py`: quotation marks paired into quoted pieces, block by block, and
  quotes running over several paragraphs.
- `context.py`: what attribution reads: the article, its entities, the pieces,
  sentence starts, the token and the entity at an offset.
- `syntax.py`: speech verbs and their subjects in the parse, the verb reporting a
  clause, a speaker's noun phrase, how deep a subject's clause is.
- `speakers.py`: the resolver, from a speech verb's subject to a speaker: names,
  he and she by gender, "it", "the company", "the statement", roles.
- `cues.py`: speech verbs near a quote: after it, in its lead-in, governing it.
- `sieve.py`: the attribution strategies, in order, and the article-level passes.

A quote's speaker is a consolidated entity's name, or the words the article gives
("a spokeswoman for the company"), or None when nobody is named; a short quoted
phrase nobody is said to have spoken is left out.
"""

from __future__ import annotations

from typing import NamedTuple

from newsbrief.brief import Entity, Quote
from newsbrief.entities import person_genders
from newsbrief.nlp import Annotated
from newsbrief.quotes.context import Context
from newsbrief.quotes.marks import pieces
from newsbrief.quotes.sieve import PASSES, is_scare_quote, sieve
from newsbrief.quotes.speakers import Resolver

__all__ = ["Attributed", "attribute", "find_quotes"]

MIN_DIRECT_WORDS = 5


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
    for i, piece in enumerate(ctx.pieces):
        if is_scare_quote(ctx, piece):
            piece.keep = False
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
    out = []
    for p in ctx.pieces:
        body = doc.text[p.start : p.end]
        if not p.keep:
            continue
        if p.speaker is None and len(body.split()) < MIN_DIRECT_WORDS:
            continue  # a quoted phrase nobody is said to have spoken
        quote = Quote(body, p.start, p.end, p.speaker, p.speaker_span, p.mention_span, p.cue_span)
        out.append(Attributed(quote, p.strategy))
    return out


def find_quotes(doc: Annotated, entities: list[Entity]) -> list[Quote]:
    """Every direct quote of the article with its speaker (None when none is named)."""
    return [found.quote for found in attribute(doc, entities)]
