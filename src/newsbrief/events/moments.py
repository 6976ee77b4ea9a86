"""Clauses that say which moment a row's time word means: "the day they left the
church", "days after she suffered the blows". Without its clause the word tells
nothing ("marked March 26 as the day"), so a row keeps the clause with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.tree import Tree

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of a moment or a stretch of time that a clause may pin down ("the year he
# competed", "in the days before he sent the plane into a mountain").
_MOMENT_NOUNS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
     "hour", "minute", "moment", "time", "date", "season", "decade", "era", "period"}
)  # fmt: skip

# What opens a clause of the time before or after which ("days after she ...").
_SINCE_MARKS = frozenset({"before", "after", "until", "since"})


def moment_clauses(tree: Tree, head: Token, ids: set[int], timed: set[int]) -> set[int]:
    """The clauses, after the verb at `head`, that pin down a time word of the row
    in `ids`, whole: a relative clause of the word ("the day Obamacare was signed
    into law", "the same day Nemtsov was to lead a rally") and a clause of before
    or after right after a word that is no date of its own ("found days after she
    suffered the blows"; not "banned them last month after members tried ...",
    another event at another time). None holding a date (`timed`), which would be
    another time's words."""
    doc = head.doc
    out: set[int] = set()
    for t in sorted(ids):
        if t <= head.i or doc[t].pos_ != "NOUN" or doc[t].lemma_.lower() not in _MOMENT_NOUNS:
            continue
        # Not an infinitive: "the optimal time to start the offensive" is a time
        # still to come, not the row's. Nor a clause of "when" after a date ("on
        # Friday night when a gunman shot him"): the date dates it as an event of
        # its own, with a row of its own.
        clauses = [
            c
            for c in tree.children[t]
            if tree.deps[c] == "relcl"
            and c > t
            and doc[c].tag_ != "VB"
            and not (t in timed and any(doc[k].lower_ == "when" for k in tree.children[c]))
        ]
        mark = t + 1
        if t not in timed and mark < len(doc) and tree.deps[mark] == "mark":
            verb = tree.heads[mark]
            if doc[mark].lower_ in _SINCE_MARKS and tree.deps[verb] == "advcl":
                clauses.append(verb)
        for c in clauses:
            whole = tree.subtree(c)
            if c not in ids and not whole & timed:
                out |= whole
    return out


# What opens a clause of the time during which ("As the weekend went on, ...").
_DURING_MARKS = frozenset({"as", "when", "while"})

# What a verb may hold besides its subject and still tell only that time passed.
_BARE_DEPS = frozenset({"nsubj", "mark", "prt", "advmod", "punct", "aux"})


def time_passing(span: Span, clause_head: Token) -> bool:
    """Whether the date `span` is the whole subject of a clause of "as", "when" or
    "while" that says only that its time came or went ("As the weekend went on,
    billboards showed up", "When Monday came"): the time of the clause it opens,
    which has the event."""
    root = span.root
    return (
        root.dep_ == "nsubj"
        and root.head == clause_head
        and clause_head.dep_ == "advcl"
        and clause_head.head.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _DURING_MARKS for c in clause_head.children
        )
        and all(c.dep_ in _BARE_DEPS for c in clause_head.children)
    )
