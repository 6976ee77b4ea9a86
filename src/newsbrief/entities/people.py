"""People named in shorter and longer ways: one person each.

An article may give a person's full name once and a shorter one elsewhere that
is not the bare surname: without the middle name ("Jason LeBlanc" for "Jason
Marcel LeBlanc"), the compound surname alone ("Paz Akin" for "Lorena Paz Akin",
"Van Koeverden" for "Adam van Koeverden"). The shorter name's words, in order,
are among the longer one's, it ends on the same surname and it starts on the same
given name or is the compound surname whole: the same person when only one person
in the article is named so. A nickname in quotes is a word of the name like any
other ('Pedro "Perro" Aguayo' is "Perro Aguayo"), and used alone it names the one
person it is the nickname of ("Sugar Bear" after "Mike 'Sugar Bear' Thompson").
"""

from __future__ import annotations

from newsbrief.entities.merging import Group
from newsbrief.entities.names import name_key
from newsbrief.entities.owned import NICKNAMED

_QUOTES = "\"'“”‘’"


def _words(form: str) -> list[str]:
    return [name_key(w.strip(_QUOTES)) for w in form.split()]


def _within(short: list[str], long: list[str]) -> bool:
    """Whether `short` is `long` with some words left out, the last word kept, and
    either the first word kept too or only words before a compound surname left out.
    A middle name and the surname without the given name name someone else: in
    "Mohamed Said Ismail Musallam" the father's and grandfather's given names follow
    the son's, and "Said Musallam, his father" is the father."""
    if not 2 <= len(short) < len(long) or short[-1] != long[-1]:
        return False
    if short[0] != long[0] and short != long[-len(short) :]:
        return False
    rest = iter(long)
    return all(w in rest for w in short)


def merge_name_parts(groups: dict[str, Group]) -> None:
    """Fold a person named by part of a longer name into the one person with it."""
    people = {k: g for k, g in groups.items() if g.label == "PERSON"}
    longest = {k: _words(g.longest()) for k, g in people.items()}
    for key, words in sorted(longest.items(), key=lambda kv: len(kv[1])):
        if key not in groups:
            continue
        into = [k for k, other in longest.items() if k in groups and _within(words, other)]
        if len(into) == 1:
            groups[into[0]].mentions.extend(groups.pop(key).mentions)


def merge_nicknames(groups: dict[str, Group]) -> None:
    """Fold a nickname used alone into the one person whose name holds it."""
    owners: dict[str, list[str]] = {}
    for key, g in groups.items():
        found = NICKNAMED.fullmatch(g.longest()) if g.label == "PERSON" else None
        if found is not None:
            owners.setdefault(name_key(found.group(1)), []).append(key)
    for nickname, keys in owners.items():
        if len(keys) == 1 and nickname in groups and nickname != keys[0]:
            groups[keys[0]].mentions.extend(groups.pop(nickname).mentions)
