"""Helpers shared by the entity tests: samples, entities by name."""

from __future__ import annotations

from pathlib import Path

from newsbrief.brief import Entity

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def named(entities: list[Entity], name: str) -> list[Entity]:
    """Entities carrying `name` as their name or an alias."""
    return [e for e in entities if name == e.name or name in e.aliases]


def one(entities: list[Entity], name: str) -> Entity:
    found = named(entities, name)
    assert len(found) == 1, [(e.name, e.label, e.aliases) for e in entities]
    return found[0]
