"""Where a rule is worth trying: the words and digits its matches cannot do without.

Trying ~120 patterns at every position of every paragraph is what extraction would
otherwise spend its time on, and compiling a pattern is most of what its first use
costs. So text is scanned only in windows around trigger words (`VOCABULARY`), and
a rule is tried in a window only when the window holds one of its triggers
(`rule_triggers`), every trigger kind its pattern cannot match without
(`required_triggers`) and every literal word it cannot match without
(`required_words`). Each of these is a necessary condition of a match, never a
guess: skipping a rule where one fails loses nothing.
"""

from __future__ import annotations

import re

from newsbrief.temporal import tables as T
from newsbrief.temporal.patterns import REFERENCE

# Sub-patterns whose matches hold a digit.
DIGIT_KINDS = frozenset(
    {"year", "yy", "yy2", "mmnum", "ddnum", "hour", "hour24", "minute", "decade", "decade2",
     "day", "centuryord"}
)  # fmt: skip

# Word tables that make a stretch of text worth scanning, by sub-pattern. A rule
# runs only where a word of one of its tables, one of its literal words, or (for
# numeric sub-patterns) a digit occurs.
_TRIGGER_TABLES: dict[str, object] = {
    "month": T.MONTHS, "weekday": T.WEEKDAYS, "weekdays": [d + "s" for d in T.WEEKDAYS],
    "season": T.SEASONS, "unit": T.UNIT_FORMS, "pluralunit": T.UNIT_FORMS,
    "calunit": T.CALENDAR_UNITS, "part": T.PARTS_OF_DAY, "dayword": T.DAY_WORDS,
    "clockword": T.CLOCK_WORDS, "refword": T.REF_WORDS, "frequency": T.FREQUENCIES,
    "decadeword": T.DECADE_WORDS, "yearword": ("nineteen", "thousand"),
    "holiday": [*T.HOLIDAYS_FIXED, *T.HOLIDAYS_NTH_WEEKDAY, *T.HOLIDAYS_EASTER],
    "other": ("tonight", "overnight", "ago", "half", "fiscal", "period"),
    "longunit": T.LONG_UNITS,
}  # fmt: skip

# Word tables that only say which rules a window is worth trying, not where to scan:
# a rule that cannot match without one of these sub-patterns is not tried (nor
# compiled) where none of its words is. "a.m." reads as the tokens "a" and "m".
_GATE_TABLES: dict[str, object] = {
    "ampm": ("am", "pm", "m"), "vague": T.VAGUE_QUANTITIES, "dir": T.DIRECTIONS,
    "anchordir": T.ANCHOR_DIRECTIONS, "partword": T.PART_WORDS,
}  # fmt: skip

# Tables whose kind is told by each entry's longest word rather than its last: a
# holiday by "memorial" or "christmas", not by "day" or "eve".
_BY_LONGEST_WORD = frozenset({"holiday", *_GATE_TABLES})

_WORD = re.compile(r"[a-z]+")


def _words(entry: object) -> list[str]:
    return _WORD.findall(str(entry).lower())


def _vocabulary() -> dict[str, frozenset[str]]:
    """Word -> the trigger kinds it signals (a phrase is signalled by its last word)."""
    out: dict[str, set[str]] = {}
    for kind, table in _TRIGGER_TABLES.items():
        for entry in table:  # type: ignore[attr-defined]
            word = [w for w in _words(entry) if len(w) > 1][-1]
            out.setdefault(word, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


def _kinds_by_word() -> dict[str, frozenset[str]]:
    """Word -> the kinds it tells present: as `VOCABULARY`, but a holiday told by its
    longest word, and the gate tables' kinds too. Any word of an entry is in every
    match of it, so each is a necessary sign of the kind."""
    out: dict[str, set[str]] = {w: set(k) for w, k in VOCABULARY.items()}
    for words in out.values():
        words.discard("holiday")
    for kind, table in {**_TRIGGER_TABLES, **_GATE_TABLES}.items():
        if kind not in _BY_LONGEST_WORD:
            continue
        for entry in table:  # type: ignore[attr-defined]
            word = max(_words(entry), key=len)
            out.setdefault(word, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items() if k}


# Words that open a window around them, with the kinds they signal.
VOCABULARY = _vocabulary()
_KINDS_BY_WORD = _kinds_by_word()
_WORD_OR_DIGIT = re.compile(r"[a-z]+|\d")


def triggers_in(text: str) -> set[str]:
    """The trigger words, kinds and "digit" present in `text`."""
    present: set[str] = set()
    for token in set(_WORD_OR_DIGIT.findall(text.lower())):
        if token.isdigit():
            present.add("digit")
            continue
        if token in VOCABULARY:
            present.add(token)
        present.update(_KINDS_BY_WORD.get(token, ()))
    return present


def rule_triggers(pattern: str, kinds: dict[str, str]) -> frozenset[str]:
    """What must be present for `pattern` to match: its trigger kinds and words."""
    out = {k for k in kinds.values() if k in _TRIGGER_TABLES}
    if any(k in DIGIT_KINDS for k in kinds.values()) or re.search(r"\\d|\[0-9", pattern):
        out.add("digit")
    literal = re.sub(r"\{[a-z]\w*(?::\w+)?\}|\\[a-zA-Z]|\(\?P<\w+>", " ", pattern)
    out.update(w for w in re.findall(r"[a-z]+", literal.lower()) if w in VOCABULARY)
    return frozenset(out)


# Sub-patterns that match digits only ("day" and "centuryord" also take "first").
DIGIT_ONLY_KINDS = DIGIT_KINDS - {"day", "centuryord"}


def _optional_spans(pattern: str) -> list[tuple[int, int]] | None:
    """Spans of the pattern no match must take: optional and alternative groups,
    negative lookarounds and lookbehinds (which look before the scanned window), and
    optional sub-pattern references. None when the pattern's top level has
    alternatives: then nothing in it is certain."""
    optional: list[tuple[int, int]] = []
    groups: list[tuple[int, bool]] = []  # open groups: start, uncertain
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            # What a negative lookaround names is what a match must not have.
            groups.append((i, pattern.startswith(("(?!", "(?<"), i)))
        elif c == "|":
            if not groups:
                return None
            groups[-1] = (groups[-1][0], True)
        elif c == ")":
            start, uncertain = groups.pop()
            if uncertain or _quantifier_allows_none(pattern, i + 1):
                optional.append((start, i + 1))
        elif c == "{" and (m := REFERENCE.match(pattern, i)):
            if _quantifier_allows_none(pattern, m.end()):
                optional.append((i, m.end()))
            i = m.end()
            continue
        i += 1
    return optional


def required_triggers(pattern: str) -> frozenset[str]:
    """What every match of a rule pattern must contain: the trigger kinds (and
    "digit") of the sub-patterns it references outside optional groups and
    alternations. `rule_triggers` says where a rule may match; this says where it
    cannot, so a stretch of text lacking any of these is not tried at all."""
    optional = _optional_spans(pattern)
    if optional is None:
        return frozenset()
    out: set[str] = set()
    for m in REFERENCE.finditer(pattern):
        if any(a <= m.start() and m.end() <= b for a, b in optional):
            continue
        if m.group(1) in _TRIGGER_TABLES or m.group(1) in _GATE_TABLES:
            out.add(m.group(1))
        elif m.group(1) in DIGIT_ONLY_KINDS:
            out.add("digit")
    return frozenset(out)


# A group's opening: `(?:`, `(?P<name>`, `(?=`, flags such as `(?i:` or `(?-i:`.
_GROUP_OPENING = re.compile(r"\((?:\?P<\w+>|\?[:=!]|\?<[=!]|\?[a-zA-Z-]*[:)])?")


def required_words(pattern: str) -> frozenset[str]:
    """The literal words (two letters or more, lower case) every match of a rule
    pattern holds: runs of letters outside sub-pattern references, classes, escapes
    and the spans no match must take (`_optional_spans`); a letter a quantifier
    makes optional ends a run."""
    optional = _optional_spans(pattern)
    if optional is None:
        return frozenset()
    out: set[str] = set()
    run: list[str] = []
    start = 0

    def close() -> None:
        if len(run) >= 2 and not any(a <= start and start < b for a, b in optional):
            out.add("".join(run).lower())
        run.clear()

    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            close()
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            i += 1
            continue
        if c.isalpha() and not _quantifier_allows_none(pattern, i + 1):
            if not run:
                start = i
            run.append(c)
            i += 1
            if pattern[i : i + 1] in ("+", "{"):
                close()  # "ab+c" holds "ab" and "bc", not "abc"
            continue
        close()
        if c == "[":
            in_class, i = True, i + 1
        elif c == "(":
            i = _GROUP_OPENING.match(pattern, i).end()  # type: ignore[union-attr]
        elif c == "{" and (m := REFERENCE.match(pattern, i)):
            i = m.end()
        else:
            i += 1
    close()
    return frozenset(out)


def _quantifier_allows_none(pattern: str, at: int) -> bool:
    return pattern[at : at + 1] in ("?", "*") or pattern.startswith("{0", at)
