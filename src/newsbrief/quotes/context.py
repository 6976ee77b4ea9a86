"""What attribution reads: the article, its entities, its quoted pieces, its
sentences, and the token or entity at an offset."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.brief import Entity
from newsbrief.entities import EntityIndex
from newsbrief.nlp import Annotated, Segment
from newsbrief.quotes.marks import Piece
from newsbrief.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Context:
    """What attribution reads: the article, its entities and where quotes are."""

    doc: Annotated
    entities: list[Entity]
    pieces: list[Piece] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # shown, else by given name
    shown_genders: dict[str, str] = field(default_factory=dict)  # as the article shows
    # Transcript labels ('PENCE') -> the turns they open, counted once on first use.
    turns: dict[str, int] | None = None

    @cached_property
    def people_by_surname(self) -> dict[str, list[Entity]]:
        """People by the last word of their name, casefolded."""
        found: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.label == "PERSON" and e.name.split():
                found.setdefault(e.name.split()[-1].casefold(), []).append(e)
        return found

    @cached_property
    def people_by_first_word(self) -> dict[str, list[Entity]]:
        """People of names of two words or more by their first word, casefolded: a
        given name, or a surname where it comes first ("Hua Chunying")."""
        found: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.label == "PERSON" and len(e.name.split()) >= 2:
                found.setdefault(e.name.split()[0].casefold(), []).append(e)
        return found

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Article offsets where sentences begin, in order."""
        return [seg.offset(s.start_char) for seg in self.doc.segments for s in seg.doc.sents]

    def inside_quote(self, offset: int) -> bool:
        return self._quoted.at(offset) is not None

    @cached_property
    def _quoted(self) -> SpanIndex[Piece]:
        # Built on first use, once the pieces are all found.
        return SpanIndex(self.pieces)

    def segment_at(self, offset: int) -> Segment | None:
        return self.doc.segment_at(offset)

    def token_at(self, offset: int) -> tuple[Segment, Token] | None:
        seg = self.segment_at(offset)
        if seg is None:
            return None
        i = seg.token_index(offset - seg.start)
        return (seg, seg.doc[i]) if i >= 0 else None

    @cached_property
    def entities_by_offset(self) -> EntityIndex:
        """The entities by position, indexed once per article on first use."""
        return EntityIndex(self.entities)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The first entity (in list order) with a mention overlapping [start, end)."""
        return self.entities_by_offset.at(start, end)

    def modifier_at(self, end: int) -> bool:
        """Whether the word ending at `end` is a name modifying the noun after it
        ("the Obama administration"): no mention of a person."""
        hit = self.token_at(end - 1)
        return hit is not None and hit[1].dep_ == "compound" and hit[1].head.pos_ == "NOUN"

    def person_at(self, offset: int) -> bool:
        """Whether a person's mention covers that offset."""
        found = self.entity_at(offset, offset + 1)
        return found is not None and found.label == "PERSON"


def outside_quotes(ctx: Context, seg: Segment) -> Callable[[Token], bool]:
    """A test for tokens of `seg` that stand outside every quote."""

    def allowed(tok: Token) -> bool:
        return not ctx.inside_quote(seg.offset(tok.idx))

    return allowed
