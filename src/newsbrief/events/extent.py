"""How far a clause's row reaches: the clause's own words, cut out of the parse
at the clauses of its own (`CLAUSE_DEPS`), and what completes it besides them (the
noun phrase a clause modifying a noun belongs to, what was said, what the
object is, the subject told whole ...), each left out when it names a time of
its own."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from newsbrief.events.antecedents import noun_of, planned_thing
from newsbrief.events.comparisons import COMPARISON_LEMMAS
from newsbrief.events.completing import (
    bridging_clauses,
    circumstance_clauses,
    compared_clauses,
    completing_clauses,
    object_clauses,
    outcome_of,
)
from newsbrief.events.joined import joined_gerunds, shared_conjuncts
from newsbrief.events.moments import moment_clauses
from newsbrief.events.participles import (
    after_the_object,
    fronted_doer,
    noun_participles,
    saying_participle,
)
from newsbrief.events.said import said_clauses
from newsbrief.events.subjects import subjects_before
from newsbrief.events.tree import Tree, contiguous, core, core_keeping
from newsbrief.lexicon import SPEECH_VERBS, dateline_length

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels of a verb that heads its own clause. `xcomp` is not among
# them: "agreed to schedule the trip" is one event.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "pcomp"}
)

# Verbs that report what someone made known, whose complement is the event a
# row tells ("Officials indicated on Monday that the plant would close"): the
# verbs of speech and those that make a thing known without saying it outright.
REPORTING_VERBS = SPEECH_VERBS | frozenset(
    {"indicate", "signal", "reveal", "disclose", "reiterate", "hint", "inform", "notify"}
)

# Words that open the figure an event is compared with, which a row leaves out
# ("against" aside: "protested against the plan" is the event itself).
TRIMMED_COMPARISONS = COMPARISON_LEMMAS - {"against"}


def clause_span(
    tree: Tree,
    head: Token,
    dated: dict[int, str] | None = None,
    moved: dict[int, int] | None = None,
    own: str | None = None,
    timed: set[int] | None = None,
) -> list[Token]:
    """A clause's readable tokens: its core, and for a clause modifying a noun ("a
    visit she made ... two weeks ago") the noun phrase it belongs to. `dated` holds
    the tokens of dates that anchor some clause: a part of the clause that holds
    one the clause's own date is not in tells another event. `moved` gives date
    tokens that belong to a reporting verb other than the one they hang from; `own`
    is the value of the clause's own date; `timed` holds the tokens of every date."""
    top = noun_of(head) or head
    cut = frozenset(CLAUSE_DEPS - {"ROOT"})
    ids = core(tree, top.i, cut) if top == head else core_keeping(tree, top.i, head.i, cut)
    planned = planned_thing(head)  # "his speech to Congress, set for Tuesday"
    if planned is not None:
        first = planned.left_edge.i
        first -= 1 if first and head.doc[first - 1].is_quote else 0  # '"Temple," expected'
        ids |= set(range(first, head.i))
    # "a decline in Intel's stock yesterday ... and a drop in Compaq's on
    # Wednesday": a conjunct with a date of its own is another event.
    dated = dated or {}
    if dated:
        for t in list(ids):
            if t in ids and tree.deps[t] == "conj" and t != head.i:
                if t in dated and tree.heads[t] in dated:
                    continue  # "between 2001 and 2009": one phrase of dates, not an event
                sub = tree.subtree(t)
                if sub & dated.keys() and (ids - sub) & dated.keys():
                    ids -= sub
    # "called for a re-run of the bidding, citing major flaws": a participle of
    # saying without a subject, a conjunction or a date of its own tells what the
    # event said, not another event.
    for child in head.children:
        if saying_participle(tree, child, dated, top.i):
            ids |= tree.subtree(child.i)
    # "asked forgiveness after using a racist term": a gerund after a preposition with
    # no subject or date of its own is part of the event, one of saying with what it said.
    ids |= joined_gerunds(tree, head, ids, dated, cut)
    # "efforts to enact a treaty in Copenhagen fell apart in 2009": the subject before
    # the verb is told whole, an infinitive after its noun too, when it holds no date
    # but the clause's own ("Boehner's late-January invitation ... was coordinated")
    # and no clause of its own ("the man who owns it" is another event).
    subjects = sorted(subjects_before(tree, head), key=min)
    whole = set(range(min(subjects[0]), max(subjects[-1]) + 1)) if subjects else set()
    if (
        len(subjects) > 1
        and _side_by_side(head.doc, subjects)
        and not {t for t in whole & dated.keys() if dated[t] != own}
    ):
        # "Musk's tweet the previous month that he had ... at $420 (U.S.) a share
        # drew": the parse split one subject in two, and "a share drew" was the row.
        ids |= whole
        subjects = []
    for sub in subjects:
        if not {t for t in sub & dated.keys() if dated[t] != own} and not any(
            tree.deps[t] in CLAUSE_DEPS and head.doc[t].tag_ != "VB" for t in sub
        ):
            ids |= sub
    timed = timed or set(dated)
    ids |= object_clauses(tree, head, timed, cut)
    ids |= completing_clauses(tree, head, ids, timed, cut)
    ids |= compared_clauses(tree, head, ids, timed, cut)
    ids |= circumstance_clauses(tree, head, dated, cut) | fronted_doer(head, dated)
    ids |= outcome_of(tree, head, timed, cut)  # "eased past Almagro to reach ... on Wednesday"
    ids = noun_participles(tree, head, ids, dated, own, timed, cut)  # "a deal brokered"
    # "..., according to estimates by Dalbar": the source, not the event.
    for child in head.children:
        if child.lower_ == "according" and child.i in ids:
            ids -= tree.subtree(child.i)
    # "a loss of $35.2 million, compared with year-earlier profit": another time's.
    for t in sorted(ids):
        if t > head.i and t in ids and head.doc[t].lemma_.lower() in TRIMMED_COMPARISONS:
            ids -= tree.subtree(t)
    ids |= said_clauses(tree, head, ids, dated, moved, own, cut, head.lemma_ in REPORTING_VERBS)
    ids |= moment_clauses(tree, head, ids, timed)  # "the day they left the church"
    ids |= after_the_object(tree, head, timed)  # "spent the next day waiting at a bus stop"
    if own is not None:
        ids |= shared_conjuncts(tree, head, dated, cut)
        ids |= joined_gerunds(tree, head, ids, dated, cut)  # "and began by saying ..."
    for t, owner in (moved or {}).items():
        if owner == head.i:
            ids.add(t)
        else:
            ids.discard(t)
    ids |= bridging_clauses(tree, head, ids, dated, own, timed)
    return contiguous(ids, head)


def _side_by_side(doc: Doc, subjects: list[set[int]]) -> bool:
    """Whether the parse's subjects of one verb follow each other with nothing but
    punctuation between them: one phrase the parse split ("The Ebola outbreak,
    ravaging primarily Guinea, ..., is"), not a dateline the parse took for one
    ("New York (CNN)When prosecuting attorneys began"), nor two events whose
    verb the parse shares ("in 2001 the iPod and the following year the Mac OS X
    operating system was released": a date joined to a subject)."""
    if min(subjects[0]) == 0 and doc[max(subjects[0])].idx < dateline_length(doc.text):
        return False
    if any(
        doc[i].dep_ == "conj" and doc[i].ent_type_ in ("DATE", "TIME") for s in subjects for i in s
    ):
        return False
    return all(
        all(doc[i].is_punct for i in range(max(a) + 1, min(b))) for a, b in pairwise(subjects)
    )
