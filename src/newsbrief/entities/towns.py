"""A town named alone and the same town named with its state: one place; two
people named one after the other are no town and its state."""

from __future__ import annotations

from newsbrief.entities.cues import PLACE_LABELS
from newsbrief.entities.merging import Group, merge, named_kind
from newsbrief.lexicon import ORG_HEAD_WORDS


def merge_towns(groups: dict[str, Group]) -> None:
    """A town named alone joins the same town named with its state ("Mobile" and
    "Mobile, Alabama"), also when the recognizer took it alone for an organization
    ("Ferguson" beside "Ferguson, Missouri"), unless a person's name or title says
    it is someone's."""
    _drop_listed_people(groups)
    for key in list(groups):
        head, comma, _ = key.partition(", ")
        if not comma or head not in groups or key not in groups:
            continue
        alone, place = groups[head], groups[key].label
        if place not in PLACE_LABELS:
            continue
        if alone.label in PLACE_LABELS:
            merge(groups, key, head)
        elif alone.label == "ORG" and _town_word(alone):
            for m in alone.mentions:
                m.label = place  # the recognizer's organization was the town
            merge(groups, key, head)


def _town_word(g: Group) -> bool:
    """Whether an organization's group could be a town's name taken for one: no
    person's name or title, no figure ("MH370"), no name of a known organization
    or with an organization's last word ("Bayern Munich", "Congress")."""
    form = g.longest()
    return (
        not g.person
        and not g.titles()
        and not any(ch.isdigit() for ch in form)
        and named_kind(form, g.forms) is None
        and form.split()[-1] not in ORG_HEAD_WORDS
    )


def _drop_listed_people(groups: dict[str, Group]) -> None:
    """Drop a "place" whose two names around its comma are both people's elsewhere
    in the article ("whatever happened to Jackie, Goldberg and others were
    skeptical": Jackie and Jonah Goldberg, no town and state)."""
    people: set[str] = set()
    for g in groups.values():
        if g.person or any(m.label == "PERSON" for m in g.mentions):
            people.update(g.forms)
            if g.person:
                people.add(g.longest().split()[-1])  # "Goldberg" of "Jonah Goldberg"
    for key, g in list(groups.items()):
        form = g.longest()
        head, comma, tail = form.partition(", ")
        if (
            comma
            and all(m.label in PLACE_LABELS for m in g.mentions)
            and head in people
            and tail in people
        ):
            del groups[key]
