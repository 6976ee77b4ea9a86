"""Short forms of organizations' names: "Voltaris" for "Voltaris Energy", "the
Alliance" for "the ... Alliance", "Federal Reserve" for "U.S. Federal Reserve";
not a product ("Chrysler Aspen"), a subsidiary named for its country ("Ford
Australia") or a people's word used as an adjective ("Turkish media" beside
"Turkish Airlines")."""

from __future__ import annotations

from newsbrief.entities.cues import PLACE_LABELS
from newsbrief.entities.merging import Group, merge, named_kind
from newsbrief.entities.places import place_name
from newsbrief.entities.words import Words
from newsbrief.lexicon import PARTY_WORDS, WELL_KNOWN_ORGS

CHAMBERS = frozenset({"House"})


def merge_org_short_forms(groups: dict[str, Group], words: Words) -> None:
    """'Voltaris' for 'Voltaris Energy', 'the Alliance' for 'the ... Alliance'; not
    a people's word used as an adjective ("Turkish media", "European officials"),
    nor a name the article gives a personal title for an organization its name
    calls one ("Mr. Trump" is not "the Trump Foundation", whatever the recognizer
    called him; "Mr Sekhon" is "Navinder Sekhon", whatever it called that)."""
    for key, g in list(groups.items()):
        if key not in groups or g.person or g.label in PLACE_LABELS or _adjective(g, words):
            continue
        forms = {tuple(f.split()) for f in g.forms}
        titled = g.honorific()
        candidates = []
        for k, other in groups.items():
            if k == key or other.person or other.label != "ORG":
                continue
            if titled and named_kind(max(other.forms, key=len), other.forms) is not None:
                continue
            longs = {tuple(f.split()) for f in other.forms}
            # Each of its names is a short form: "GM", also named "General Motors",
            # is not "New GM".
            if all(any(_short_form(short, long) for long in longs) for short in forms):
                candidates.append(k)
        if len(candidates) == 1:
            merge(groups, candidates[0], key)


def _adjective(g: Group, words: Words) -> bool:
    # An English word (not a party's: "Labour leader") the recognizer calls NORP.
    return any(m.modifier for m in g.mentions) and all(
        g.label == "NORP" and words.known(f.lower()) and f.lower().rstrip("s") not in PARTY_WORDS
        for f in g.forms
    )


def _short_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` is a short form of the organization `long`: its first words
    ("Voltaris" for "Voltaris Energy", not "Ford" for the subsidiary "Ford
    Australia"), its last word alone, or the name without a country before it
    ("Federal Reserve" for "U.S. Federal Reserve")."""
    if len(long) <= len(short):
        return False
    if long[: len(short)] == short:
        if _product(short, long):
            return False  # "Chrysler Aspen" is a model of Chrysler's, not its name
        return place_name([" ".join(long[len(short) :])]) is None
    if long[-len(short) :] != short:
        return False
    if place_name([" ".join(long[: -len(short)])]) is not None:
        return True  # "U.S. Federal Reserve", "U.S. House"
    # Its last word alone, but "the House" is no short form of "the White House".
    return len(short) == 1 and short[0] not in CHAMBERS


def _product(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `long` is a well-known organization's name and one more word that
    does not make an organization's name: a product ("Chrysler Aspen", "Airbus
    A380"), not "Ford Motor" or "Apple Inc."."""
    name = " ".join(long)
    return (
        len(long) == len(short) + 1
        and " ".join(short) in WELL_KNOWN_ORGS
        and named_kind(name, [name]) is None
        and place_name([long[-1]]) is None
    )
