"""The entity index answers as a scan of the entity list would."""

from __future__ import annotations

from typing import Any, NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.brief import Entity, TextSpan
from newsbrief.entities import EntityIndex
from newsbrief.spans import SpanIndex

LABELS = ("PERSON", "ORG", "GPE", "DATE")
ACTORS = frozenset({"PERSON", "ORG"})


class Placed(NamedTuple):
    start: int
    end: int
    entity: Entity


def scan(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The first entity with a mention overlapping [start, end): the plain scan."""
    for e in entities:
        for m in e.mentions:
            if m.start < end and start < m.end:
                return e
    return None


def entity(name: str, label: str, *spans: tuple[int, int]) -> Entity:
    return Entity(name, label, [], [TextSpan("x" * (z - a), a, z) for a, z in spans])


mentions = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])),
    min_size=1,
    max_size=6,
)
entity_lists = st.lists(st.tuples(st.sampled_from(LABELS), mentions), max_size=12).map(
    lambda found: [entity(f"e{i}", label, *spans) for i, (label, spans) in enumerate(found)]
)


@settings(max_examples=500)
@given(entity_lists, st.integers(-2, 80), st.integers(-3, 50))
def test_overlap_agrees_with_a_scan(entities: list[Entity], start: int, length: int) -> None:
    index = EntityIndex(entities)
    assert index.at(start, start + length) is scan(entities, start, start + length)


@given(entity_lists, st.integers(0, 80), st.integers(0, 15))
def test_containment_over_labels_agrees_with_a_span_index(
    entities: list[Entity], start: int, length: int
) -> None:
    # As the events stage indexes its actors' mentions.
    end = start + length
    actors = SpanIndex(
        Placed(m.start, m.end, e) for e in entities if e.label in ACTORS for m in e.mentions
    )
    index = EntityIndex(entities)
    holding = actors.containing(start, end)
    assert index.containing(start, end, ACTORS) is (holding.entity if holding else None)
    assert [id(e) for e in index.within(start, end, ACTORS)] == [
        id(m.entity) for m in actors.within(start, end)
    ]
    everyone = SpanIndex(Placed(m.start, m.end, e) for e in entities for m in e.mentions)
    assert [id(e) for e in index.within(start, end)] == [
        id(m.entity) for m in everyone.within(start, end)
    ]


def test_the_first_entity_in_the_list_wins_over_the_nearest_mention() -> None:
    later = entity("Thames Valley Water", "ORG", (0, 19))
    first = entity("Thames", "LOC", (0, 6), (40, 46))
    entities = [first, later]
    index = EntityIndex(entities)
    assert index.at(10, 12) is later
    assert index.at(2, 3) is first
    assert index.at(5, 12) is first
    assert index.at(19, 40) is None
    assert index.at(19, 41) is first
    assert EntityIndex([]).at(0, 5) is None
    # The first entity's mention is at the far end of the query.
    far = entity("Far", "ORG", (10, 12))
    near = entity("Near", "ORG", (0, 5), (6, 8))
    assert EntityIndex([far, near]).at(3, 11) is far
    assert EntityIndex([near, far]).at(3, 11) is near


def test_empty_and_reversed_queries_and_mentions_answer_as_the_scan() -> None:
    outer = entity("Outer", "ORG", (0, 10))
    inner = entity("Inner", "ORG", (5, 7))
    index = EntityIndex([inner, outer])
    assert index.at(5, 5) is outer  # strictly inside [0, 10) only
    assert index.at(8, 2) is outer
    odd = [entity("Empty", "ORG", (4, 4)), outer]
    assert EntityIndex(odd).at(3, 6) is scan(odd, 3, 6)


def test_a_long_list_is_indexed(entities_of: Any) -> None:
    text = (
        "George Lowe, a retired postman, said the water reached his door within an hour.\n\n"
        "Lowe said the White Horse District Council had ignored years of warnings."
    )
    entities = entities_of(text)
    index = EntityIndex(entities)
    for start in range(len(text)):
        for end in (start + 1, start + 4):
            assert index.at(start, end) is scan(entities, start, end)
