"""Quoted pieces of the article: the stretches `blocks.marks` pairs quotation
marks around, each with the speaker attribution finds for it."""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.blocks.marks import block_spans, mark_width
from newsbrief.brief import Block, TextSpan
from newsbrief.nlp import Annotated


@dataclass
class Piece:
    """One quoted stretch inside one block."""

    block: int
    open: int  # article offset of the opening mark (== start when there is none)
    start: int  # the quoted text, without marks
    end: int
    close: int | None  # article offset of the closing mark; None when it runs on
    run: int = -1  # pieces of one multi-paragraph quote share a run number
    speaker: str | None = None
    speaker_span: TextSpan | None = None
    mention_span: TextSpan | None = None  # the words attributing it, in its sentence
    cue_span: TextSpan | None = None
    keep: bool = True  # a quote on its own
    partial: bool = True  # words someone said (no title or label), if only in part
    strategy: str | None = None  # the attribution strategy that decided the speaker
    group: bool = False  # attributed to 'they' or 'we': no one person's words

    def attribute(self, speaker: str | None, span: TextSpan | None, strategy: str) -> None:
        """Give the quote a speaker, found by `strategy` (never one person for words
        a group is said to have spoken)."""
        if self.group:
            return
        self.speaker, self.speaker_span, self.strategy = speaker, span, strategy


def pieces(doc: Annotated) -> list[Piece]:
    """The quoted pieces of the article, in order, those of one quote running over
    several paragraphs sharing a run number."""
    out: list[Piece] = []
    runs = 0
    previous: Piece | None = None  # an unclosed piece waiting for its continuation
    spans_of = block_spans(doc.blocks)
    for i, b in enumerate(doc.blocks):
        spans = spans_of.get(i)
        if spans is None:
            previous = None
            continue
        continues = previous is not None and bool(spans) and spans[0][0] <= 0
        if previous is not None and not continues:
            previous = None
        for a, z in spans:
            start = a + mark_width(b.text, a) if a >= 0 else 0
            end = len(b.text) if z is None else z
            piece = Piece(i, b.start + max(a, 0), *_trim(b, start, end), None)
            if z is not None:
                piece.close = b.start + z
            if previous is not None and a == spans[0][0]:
                if previous.run < 0:
                    previous.run, runs = runs, runs + 1
                piece.run = previous.run
            if piece.end > piece.start:
                out.append(piece)
        last = spans[-1] if spans else None
        previous = out[-1] if last is not None and last[1] is None and out else None
    return out


def _trim(b: Block, start: int, end: int) -> tuple[int, int]:
    """Article offsets of a quote's text: no surrounding space, no trailing comma."""
    text = b.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",‘“"):
        end -= 1  # a stray opening mark left at the end by copy split into sentences
    return b.start + start, b.start + end
