"""A name misspelled once: the same thing as the name spelled right.

Copy slips a letter now and then ("Toyko's Haneda Airport" beside "Tokyo",
"Rhianna Dorris" beside "Rihanna Dorris"). Two names that differ in one word of
five letters or more, by two neighbouring letters swapped or one letter more,
with the same first letter, name one thing: the misspelling joins the name
spelled most often. Shorter words differ by one letter too often to tell ("Olsen"
and "Olson" are two people).
"""

from __future__ import annotations

from collections import defaultdict

from newsbrief.entities.merging import Group

_MIN_LETTERS = 5


def _slip(a: str, b: str) -> bool:
    """Whether `b` is `a` with two neighbouring letters swapped or one letter added
    or dropped inside the word (never the first or the last)."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < _MIN_LETTERS:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    # Not a letter more at the end: "Germany" and "German", "Parker" and "Parkers".
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


def _misspelled(a: str, b: str) -> bool:
    """Whether two names differ by one slip in one word."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and _slip(*diff[0])


def _frames(form: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """The form with each of its long words left out but for its first letter: two
    names one slip apart share the frame of the word that differs (a slip keeps
    the first letter, and keeping it spares comparing every one-word name with
    every other)."""
    words = form.split()
    return [
        (i, w[0], (*words[:i], *words[i + 1 :]))
        for i, w in enumerate(words)
        if len(w) >= _MIN_LETTERS
    ]


def merge_misspellings(groups: dict[str, Group]) -> None:
    """Fold each group whose every name is one slip from another group's name into
    that group, when it is the only one; the more often written spelling stays."""
    frames: defaultdict[tuple[int, str, tuple[str, ...]], set[str]] = defaultdict(set)
    for key, group in groups.items():
        for f in set(group.forms):
            for frame in _frames(f):
                frames[frame].add(key)
    for key in sorted(groups, key=lambda k: len(groups[k].mentions)):
        g = groups.get(key)
        if g is None or g.label == "NORP":
            continue  # "German" is no misspelling of "Germany"
        forms = set(g.forms)
        near = {k for f in forms for frame in _frames(f) for k in frames[frame]} - {key}
        into = [
            k
            for k in near
            if k in groups
            and len(groups[k].mentions) >= len(g.mentions)
            and all(any(_misspelled(f, o) for o in set(groups[k].forms)) for f in forms)
        ]
        if len(into) == 1:
            groups[into[0]].mentions.extend(groups.pop(key).mentions)
