"""Helpers shared by the entity and quote tests: samples, entities by name, speakers."""

from __future__ import annotations

from pathlib import Path

from newsbrief.brief import Entity, Quote

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def named(entities: list[Entity], name: str) -> list[Entity]:
    """Entities carrying `name` as their name or an alias."""
    return [e for e in entities if name == e.name or name in e.aliases]


def names_of(entities: list[Entity], label: str | None = None) -> set[str]:
    """Every name and alias of the entities (of one label, if given)."""
    return {n for e in entities if label in (None, e.label) for n in (e.name, *e.aliases)}


def one(entities: list[Entity], name: str) -> Entity:
    found = named(entities, name)
    assert len(found) == 1, [(e.name, e.label, e.aliases) for e in entities]
    return found[0]


def said(quotes: list[Quote], fragment: str) -> str | None:
    """The speaker of the one quote containing `fragment`."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.speaker, q.text) for q in quotes]
    return found[0].speaker
