"""Places qualified by the state or country they are in: "Mobile, Alabama",
"Everett, Washington", "Milton, Ont." are one place each, not a town and a state.

News copy names a town with its state or country after a comma; the two names
together are one mention of the town (its fullest name), so that "Everett,
Washington" is not the same place as "Washington, D.C."; the state keeps its own
mention inside it, since the article names it too.

A name is a known place by the gazetteer (`place_name`), in capitals too, as a
dateline writes it ("OTTAWA —").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsbrief.brief import TextSpan
from newsbrief.entities.cues import PLACE_LABELS
from newsbrief.entities.mentions import Mention
from newsbrief.entities.names import name_key
from newsbrief.lexicon import (
    CAPITALS,
    COUNTIES,
    COUNTRIES,
    PARTY_WORDS,
    PERSON_TITLES,
    REGIONS,
    SUBDIVISIONS,
)

QUALIFIED_VOTE = 3.0  # "Victoria, B.C.": a place, whatever its given name says
_POSSESSIVE = ("'s", "’s")
COMPASS_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
    | {"Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower"}
)


def _known_place(name: str) -> bool:
    return name in COUNTRIES or name in SUBDIVISIONS or name_key(name).startswith("family:")


def _qualifies(town: Mention, state: Mention, text: str) -> bool:
    """Whether `state` qualifies `town` ("Mobile, Alabama"), not a list ("France,
    Germany") nor a person and a country ("John McCallum, Canada's ambassador",
    "Lee Finell, Alberta-based manager")."""
    if (
        text[town.span.end : state.span.start] != ", "
        or not (_known_place(state.span.text) or state.span.text in COUNTIES)
        or _known_place(town.span.text)
        or town.title is not None
        or town.label == "NORP"  # "One red-state Democrat, Montana Sen. Jon Tester"
        or text.startswith(_POSSESSIVE, state.span.end)
        or text.startswith("-", state.span.end)  # "Lee Finell, Alberta-based manager"
        or town.span.text.casefold() in PARTY_WORDS  # "a red-state Democrat, Montana Sen."
        or _title_follows(text, state.span.end)
    ):
        return False
    # The recognizer often calls a town a person or an organization; a state or
    # province after it still says it is a town, a country does not.
    return town.label in PLACE_LABELS or state.span.text in SUBDIVISIONS | COUNTIES


def _title_follows(text: str, end: int) -> bool:
    """Whether a personal title comes right after a state ('Montana Sen. Jon Tester'):
    the state names the person's seat, it does not end a town's name."""
    word = text[end : end + 16].split(maxsplit=1)
    return (
        bool(word)
        and text[end : end + 1] == " "
        and word[0].rstrip(".").casefold() in (PERSON_TITLES)
    )


def qualified_places(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with each "Town, State" pair joined into one place mention."""
    ms = sorted(mentions, key=lambda m: m.span.start)
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and _qualifies(m, nxt, text):
            span = TextSpan(text[m.span.start : nxt.span.end], m.span.start, nxt.span.end)
            cues = [*m.cues, ("GPE", QUALIFIED_VOTE)]
            out.append(
                replace(m, span=span, label="GPE", ntokens=m.ntokens + nxt.ntokens, cues=cues)
            )
        else:
            out.append(m)
        i += 1
    return out


def in_capitals(form: str) -> str | None:
    """A known place written in capitals ("OTTAWA", "KUALA LUMPUR" in a dateline) as
    the gazetteer writes it ("ROME" too); None for any other form (and for "UK",
    known as written, or "USSR", no place written otherwise)."""
    if not form.isupper() or len(form) < 4 or _gazetteer_kind(form) is not None:
        return None
    return form.title() if _gazetteer_kind(form.title()) is not None else None


def place_name(forms: Iterable[str]) -> str | None:
    """GPE or LOC when one of the forms is a country, capital or region."""
    for form in forms:
        bare = form.removeprefix("the ").removeprefix("The ")
        kind = _gazetteer_kind(in_capitals(bare) or bare)
        if kind is not None:
            return kind
    return None


def _gazetteer_kind(bare: str) -> str | None:
    """GPE or LOC for a country, capital, state, county or region as the gazetteer
    writes it."""
    if (
        bare in COUNTRIES
        or bare in CAPITALS
        or bare in SUBDIVISIONS
        or bare in COUNTIES
        or name_key(bare).startswith("family:")
    ):
        return "GPE"
    if bare in REGIONS:
        return "LOC"
    first, _, rest = bare.partition(" ")
    if first in COMPASS_WORDS and rest and place_name([rest]) is not None:
        return "LOC"  # "Central Canada", "Southern Ontario": a part of a known place
    return None
