"""What joins a clause's row besides its own words: a verb joined to a dated
verb that tells the same telling's next step ("killed three soldiers and wounded
six others last week"), a gerund after a preposition ("close to winning the
Triple Crown"); whether a clause names a time of its own, which keeps it
apart; whether a clause of "when", "while" or "as" is of its verb's time; and
whether a clause of "be" tells an event ("was due to expire
yesterday") or a state.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from newsbrief.events.tree import SUBJECT_DEPS, Tree, core, has_subject, present_perfect
from newsbrief.lexicon import SPEECH_VERBS
from newsbrief.temporal import tense_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clauses nested in what was said that tell other events: their dates are theirs.
NESTED = frozenset({"relcl"})

# What a form of "be" says of its subject: "was at a conference", "was the
# culprit", "will be available".
_BE_COMPLEMENTS = frozenset({"acomp", "attr", "prep", "advmod", "oprd", "xcomp"})

# Auxiliaries of the future ("will be available"), not of what may be ("can be").
_FUTURE = frozenset({"will", "'ll", "shall", "wo"})

# Adverbs that put a joined verb at another time than the verb it joins.
_OTHER_TIME = frozenset(
    {"later", "earlier", "previously", "afterwards", "afterward", "subsequently",
     "eventually", "since", "once", "formerly", "before"}
)  # fmt: skip


def shared_conjuncts(
    tree: Tree, head: Token, dated: dict[int, str], cut: frozenset[str]
) -> set[int]:
    """The verbs joined to a dated clause's verb that share its subject, its tense
    and so its date ("Last week, Hezbollah fighters killed three soldiers and
    wounded six others"): without a subject or a date of their own they tell the
    same telling's next step, and the row holds them whole."""
    out: set[int] = set()
    todo = [head]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            if child.dep_ != "conj" or child.pos_ != "VERB" or not _same_form(child, head):
                continue
            if has_subject(child):
                continue
            if tree.subtree(child.i) & dated.keys() or apart(tree, child, cut):
                continue
            out |= core(tree, child.i, cut)
            todo.append(child)
    return out


def _same_form(verb: Token, head: Token) -> bool:
    """Whether `verb` is told in the form of `head`, a past with "did" counting as a
    past ("announced its agreements, but didn't disclose the price")."""
    if verb.tag_ == head.tag_:
        return True
    did = any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    return head.tag_ == "VBD" and verb.tag_ == "VB" and did


def same_tense(verb: Token, other: Token) -> bool:
    """Whether two joined verbs are told in the same tense: the same form, or both
    past however told ("had a falling out, and Pol Pot was arrested", "began
    talks, but the talks didn't result in changes")."""
    if verb.tag_ == other.tag_:
        return True
    return tense_of(verb, stated=True) == tense_of(other, stated=True) == "past"


# Words that open a clause of the same time as the clause it hangs from ("implied
# as much yesterday when reporters asked", "a decline in the fourth quarter as
# customers continue to adjust"); "after", "before", "until" and "once" open
# another time.
SAME_TIME_MARKS = frozenset({"when", "while", "as"})


def same_time(tree: Tree, clause: Token, dated: dict[int, str], own: str) -> bool:
    """Whether the adverbial clause at `clause` tells what happened at the time of
    the clause it hangs from ("President Bush implied as much yesterday when
    reporters asked whether ..."), whose date has the value `own`: opened by
    "when", "while" or "as", told in the same tense, with no time word of its own.
    `dated` gives the value of the date each date token is part of."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    marks = [
        c for c in clause.children
        if c.lower_ in SAME_TIME_MARKS and c.i < clause.i
        and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ != "as"))
    ]  # fmt: skip
    if not marks or any(c.lower_ in ("if", "though") and c.dep_ == "mark" for c in clause.children):
        return False  # "as if to prove that point": a likeness, not a time
    doc = clause.doc
    before = marks[0].i - 1
    if before >= 0 and doc[before].is_punct:
        before -= 1
    if before >= 0 and doc[before].ent_type_ in ("DATE", "TIME") and dated.get(before) != own:
        # "... in the first half of 1990, when the industry will see": the clause
        # tells of the time just named, not of its verb's.
        return False
    if names_a_time(tree, clause) or any(c.lower_ in _OTHER_TIME for c in clause.children):
        return False
    if clause.lemma_ == "do":
        return False  # "as did four others": the same event told again, elided
    if _subject_cut(clause):
        return False
    if present_perfect(clause) and not present_perfect(clause.head):
        return False  # "summoned five men ..., while Chelsea has vowed": up to now
    tense = tense_of(clause, stated=True)
    above = tense_of(clause.head, stated=True)
    # A present is a state or a habit ("while all agree", "as we still wrestle
    # with violence"), no event of the time; "will exhibit a decline as the
    # sector remains weak": a clause of time tells the future in the present.
    return (above, tense) in (("past", "past"), ("future", "future"), ("future", "present"))


def said_alongside(
    tree: Tree, clause: Token, dated: dict[int, str], anchored: Collection[int]
) -> bool:
    """Whether the dated participle of saying at `clause` tells the day of the deed
    it hangs from ("sought to soften his words, saying on Friday that ...", "alerted
    police to the page, telling them in January that ..."): a past deed with no
    date of its own, said and done at once."""
    deed = clause.head
    return (
        clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_ in SPEECH_VERBS
        and clause.i in anchored and deed.i not in anchored and deed.tag_ == "VBD"
        and not (tree.subtree(deed.i) - tree.subtree(clause.i)) & dated.keys()
    )  # fmt: skip


def clause_of_when(span: Span) -> Token | None:
    """The verb of a clause of "when" right after the date `span`, which tells
    what happened at that time ("the morning in 1983 when two FBI agents showed
    up", "Since 1985 -- when the Israelis created a buffer zone"), whatever the
    date is to the clause before it (a bound, a noun's time)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].tag_ != "WRB":
        return None
    verb = doc[i].head
    if verb.i <= i or verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "relcl"):
        return None
    return None if names_a_time_after(verb, span.end) or _subject_cut(verb) else verb


def _subject_cut(verb: Token) -> bool:
    """Whether the subject of `verb` holds a clause of its own, which its row cuts
    out, leaving the bare verb ("when a building that housed five factories
    collapsed" is told "collapsed"): such a row tells the reader nothing."""
    return any(
        c.dep_ in SUBJECT_DEPS and any(t.dep_ in ("relcl", "acl") for t in c.subtree)
        for c in verb.children
    )


def names_a_time_after(verb: Token, start: int) -> bool:
    """Whether the clause of `verb` names a time after the token `start`."""
    return any(t.i >= start and t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def apart(tree: Tree, verb: Token, cut: frozenset[str]) -> bool:
    """Whether a joined verb tells a time of its own ("and died a few days later",
    "and was earlier cleared") or a clause the row would cut from it ("and
    declared that ..."): then it is no step of the dated telling."""
    if names_a_time(tree, verb) or any(c.lower_ in _OTHER_TIME for c in verb.children):
        return True
    return any(tree.cuts(c.i, cut) and c.dep_ != "conj" for c in verb.children)


# Verbs of saying, and those that state a reason or a charge, which a participle
# of the event it explains carries ("called for a re-run, citing major flaws").
CITING_VERBS = SPEECH_VERBS | frozenset({"cite", "accuse", "blame", "allege", "charge"})


def joined_gerunds(
    tree: Tree, top: Token, ids: set[int], dated: dict[int, str], cut: frozenset[str]
) -> set[int]:
    """The gerunds and the clauses of "how", "what" or "whether" in the phrase at
    `top` that hang from a word of `ids` and tell part of its event (`joined_gerund`),
    without their clauses, or whole for one of saying, with what it said ("responded
    by saying his refusal was manufactured")."""
    taken, doc = set(ids), top.doc
    for t in sorted(tree.subtree(top.i)):
        if t not in taken and tree.heads[t] in taken and joined_gerund(tree, doc[t], dated):
            taken |= tree.subtree(t) if doc[t].lemma_ in CITING_VERBS else core(tree, t, cut)
    return taken - ids


def joined_gerund(tree: Tree, token: Token, dated: dict[int, str]) -> bool:
    """Whether `token` is a gerund after a preposition that tells part of the
    event above it ("close to winning the Triple Crown"), with no subject of its
    own, or a clause of "how", "what" or "whether" that is the preposition's object
    ("fascinated by how Americans discuss race"); no date in it."""
    if tree.deps[token.i] != "pcomp" or token.head.head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
        return False  # "the wisdom in returning", "victims of bombing": a noun's
    opener = token.left_edge
    if opener.lower_ == "what" and token.head.lower_ == "in":
        return False  # "in what amounted to an endorsement": the writer's aside
    wh = opener.tag_ in ("WRB", "WP") or opener.lower_ == "whether"
    own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    # "after being admitted", "after having spent": a gerund in its auxiliary.
    gerund = token.tag_ == "VBG" or any(
        c.tag_ == "VBG" and c.dep_ in ("aux", "auxpass") for c in token.children
    )
    if not wh and (not gerund or own):
        return False  # no gerund, or one with a subject of its own: another event
    return not (tree.subtree(token.i) & dated.keys())


def names_a_time(tree: Tree, clause: Token) -> bool:
    """Whether the clause at `clause` names a time, anchoring or not ("be
    reinstated later this year"): a complement that does tells its own event."""
    doc = clause.doc
    return any(doc[t].ent_type_ in ("DATE", "TIME") for t in core(tree, clause.i, NESTED))


def tells_of_be(verb: Token, dated: dict[int, str]) -> bool:
    """Whether a form of "be" heads a clause that tells what happened or will:
    a verb of it ("is to resume", "were to be delisted", "was due to expire"),
    or a past or future tense that says more of its subject than the date ("was
    at a conference on Saturday", "will be available on June 17"). A present
    state ("it is only mid-March") is the article's now; "it was in 2008" and
    "what my rent will be next year" say nothing; in "Today's meltdown was
    avoidable" the date names the subject, not when it was."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return True
        if child.dep_ == "acomp" and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" for c in child.children
        ):
            return True
    # "There has been a rise over the past year": what came to be, in any tense.
    existential = any(c.dep_ == "expl" for c in verb.children)
    if (
        not existential
        and verb.tag_ != "VBD"
        and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)
    ):
        return False  # "I can be the greatest after 2016": a hope, not what will be
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(t.i in dated for s in subjects for t in s.subtree):
        return False
    return any(
        c.dep_ in _BE_COMPLEMENTS and any(
            t.i not in dated and t.pos_ not in ("ADP", "DET", "PUNCT")
            and t.tag_ not in ("WP", "WDT")
            for t in c.subtree
        )
        for c in verb.children
    )  # fmt: skip
