"""Dates of what an event is compared with, not of the event: the figure it is
measured against ("up from $10 million a year ago", "compared with earnings of $33
million last year", "an improvement from 2008"), a time it is likened to ("felt like
1985", "greater concessions than in the 1990s") or the time a figure was foreseen
("less than forecast in July")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that introduce the figure an event is compared with.
COMPARISON_LEMMAS = frozenset({"compare", "versus", "vs.", "vs", "against"})


# Prepositions of likeness: a date after them is what the event is likened to.
_LIKENESS = frozenset({"like", "unlike"})


def dates_a_comparison(root: Token, clause_head: Token) -> bool:
    """Whether `root` (a date's head word) sits in the phrase of a figure the event
    is compared with, or of a time it is likened to: "from $93.3 million a year
    earlier", "compared with earnings of $33 million last year", "higher than a
    year ago", "more than they did 10 years ago", "felt like 1985", "less than
    forecast in July"."""
    if _of_an_expectation(root.left_edge) or _change_since(root):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in clause_head.children):
        return True  # "travel more than they did 10 years ago": the time compared with
    if root.dep_ == "pobj" and root.head.lower_ in _LIKENESS:
        return True  # "making it like midnight": the object of "like", however it is tagged
    current = root
    for _ in range(8):
        if current.head == clause_head and current.dep_ == "prep":
            # "fell to $9.5 million from $10.1 million in the year-ago period": the
            # time of the figure the verb's "from" phrase compares with ("doubled
            # from 10 in 1996 to 20 in 2015": 2015 is the verb's, after its "to").
            figures = [c for c in clause_head.children if c.dep_ == "prep" and c.i < current.i]
            if figures and (
                _from_a_figure(figures[-1], current.i) or _than_a_thing(figures[-1], current)
            ):
                return True
        if current == clause_head or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in COMPARISON_LEMMAS:
            return True
        if current.lower_ in _LIKENESS and current.pos_ in ("ADP", "SCONJ"):
            return True  # "It felt like 1985": no time of the feeling
        if current.lower_ == "than" or (current.lower_ == "as" and _second_as(current)):
            # "greater concessions than in the 1990s", "not as many headlines as
            # in 2013": the time compared with, not the event's.
            return True
        if _from_a_figure(current, root.i, root):
            return True
    return False


# Changes measured against an earlier time: "an improvement from 2008", "a 5%
# increase over last year", "up 3% from a year ago".
_CHANGES = frozenset(
    {"improvement", "increase", "rise", "gain", "jump", "decline", "drop", "fall", "decrease",
     "change", "growth", "up", "down"}
)  # fmt: skip


def _change_since(root: Token) -> bool:
    """Whether the date at `root` is the object of "from" or "over" after a change
    named by a noun or an adverb: the time the change is measured against, not the
    event's."""
    token = root.head
    if root.dep_ != "pobj" or token.lower_ not in ("from", "over"):
        return False
    if token.lower_ == "over" and not _a_baseline(root):
        return False  # "a rise over the weekend": during it
    change = token.head
    # Not after a verb: "Sales rose from January" is when they began to.
    return change.lemma_.lower() in _CHANGES and change.pos_ != "VERB"


def _a_baseline(root: Token) -> bool:
    """Whether the date at `root` names a time to measure against rather than a
    stretch to measure over: a year ("over 2013"), the one before ("over the
    previous year"), last year's ("over last year", not "over the last year")."""
    words = {t.lower_ for t in root.subtree}
    return (
        root.like_num
        or bool(words & {"previous", "prior"})
        or ("last" in words and "the" not in words)
    )


# What a figure is compared with when it was foreseen: "less than forecast in July".
_FORESEEING = frozenset(
    {"forecast", "forecasted", "expect", "predict", "estimate", "project", "anticipate"}
)


def _of_an_expectation(first: Token) -> bool:
    """Whether the date opening at `first` follows "than" or "as" and a word of
    foreseeing ("than forecast in July", "as expected last year"): the time the
    figure was foreseen, whatever the parse hangs it from."""
    doc, i = first.doc, first.i - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i -= 1  # "in July"
    return i > 0 and doc[i].lemma_.lower() in _FORESEEING and doc[i - 1].lower_ in ("than", "as")


def _from_a_figure(token: Token, before: int, date: Token | None = None) -> bool:
    """Whether `token` is "from" with a number for its object ("from $10.1 million")
    before the word at index `before`, or of which `date` is a part ("fell to 50.0
    from December's 52.6")."""
    return token.lower_ == "from" and any(
        c.dep_ == "pobj"
        and (c.pos_ == "NUM" or c.like_num)
        and (c.i < before or (date is not None and c in date.ancestors))
        for c in token.children
    )


def _than_a_thing(than: Token, date_phrase: Token) -> bool:
    """Whether `than` compares with a thing ("occur later than the switch") and the
    date's phrase follows its object at once, as the parse may hang it from the verb:
    "later in the season than the switch in 1972" is not a change made in 1972. Not
    a quantity ("rose more than 10% in 2014" rose in 2014)."""
    return (
        than.lower_ == "than"
        and than.right_edge.i + 1 == date_phrase.left_edge.i
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in than.children)
        and not any(t.like_num or t.tag_ == "$" or t.text == "%" for t in than.subtree)
    )


# Words "as ... as" measures a time by: "as recently as 2010" is the event's time.
_TIME_DEGREES = frozenset({"recently", "early", "late", "soon", "long", "ago"})


def _second_as(token: Token) -> bool:
    """Whether `token` ("as") closes an "as ... as" comparison: the phrase it hangs
    from holds the first "as" ("as many headlines as", "as high as"). "As recently
    as 2010", "as early as next week" tell the event's time."""
    return (
        token.dep_ == "prep"
        and token.head.lower_ not in _TIME_DEGREES
        and any(
            c.lower_ == "as" and c.dep_ == "advmod" and c.i < token.i for c in token.head.subtree
        )
    )
