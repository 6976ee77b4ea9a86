"""What completes a clause's row besides its own words: the clause saying which
thing its object is ("has released an application that limits the volume"), the
verb's purpose and what completes a noun of the row ("a need to raise the
minimum wage", "after charges that those elections were illegitimate"), what a
word of the row is measured against ("earlier than scheduled"), what a light
"came" came after or as, what happened at the time a bare "It was <a time>"
sets, and the deed an infinitive tells the outcome of. Each stays out when it
names a time of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.doers import adverbial_infinitive
from newsbrief.events.tree import SUBJECT_DEPS, Tree, core, run_around

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def object_clauses(tree: Tree, head: Token, timed: set[int], cut: frozenset[str]) -> set[int]:
    """The clauses that say which thing the verb's object is ("has released an
    application that limits the volume", "rolled out the first to be delivered"):
    part of the event, not another, when no date (`timed`: every date's tokens) is
    in them or after them in the verb's phrase, which the row would then take in
    ("its Monetary Policy Report, known locally as IPoM, in September"); what the
    object is doing only when no date is in it."""
    out: set[int] = set()
    for child in head.children:
        if child.dep_ not in ("dobj", "attr", "oprd"):
            continue
        for t in tree.children[child.i]:
            if tree.deps[t] not in ("relcl", "acl") or not tree.verbal[t]:
                continue
            sub = tree.subtree(t)
            # What the object was left doing ("sent tourists scrambling for cover
            # ... on Wednesday") is part of the event whatever date follows it.
            doing = tree.deps[t] == "acl" and head.doc[t].tag_ == "VBG"
            if not (
                sub & timed if doing else any(d >= min(sub) for d in tree.subtree(head.i) & timed)
            ):
                out |= sub
    return out


def bridging_clauses(
    tree: Tree, head: Token, ids: set[int], dated: dict[int, str], own: str | None, timed: set[int]
) -> set[int]:
    """The clauses that describe a noun of the row and stand between the verb and
    the row's own date (`own`, the value `dated` gives its tokens), which the row
    would otherwise end before: "Hadi took to the airwaves of Adan TV, a station he
    recently started, on Saturday". Only when they name no time (`timed`) of their
    own, and not after a verb in the present, whose date the clause more likely
    owns ("White heads a team that is prosecuting the bombings which killed 224
    people, on Aug. 7, 1998")."""
    if own is None or head.tag_ in ("VBZ", "VBP"):
        return set()
    _, last = run_around(ids, head.i)
    after = [t for t in ids if t > last and dated.get(t) == own]
    if not after:
        return set()
    gap = set(range(last + 1, min(after))) - ids
    out: set[int] = set()
    for t in gap:
        if tree.deps[t] in ("relcl", "acl") and tree.heads[t] in ids:
            out |= tree.subtree(t)
    return out if out and not gap - out and not out & timed else set()


def completing_clauses(
    tree: Tree, head: Token, ids: set[int], timed: set[int], cut: frozenset[str]
) -> set[int]:
    """The clauses that complete the row of `head`: the verb's purpose ("set Jan.
    24 to elect a new king") and what completes the noun or a noun after it ("a
    need to raise the minimum wage", "with hopes of coming back", "the decision to
    declare", "after charges that those elections were illegitimate"), and so on
    within them ("to see if I could get a chance to try it out"): an infinitive,
    or a gerund after a preposition, with no subject, or a clause of "that" saying
    what the noun says, with no date (`timed`) of its own, with its complement but
    without its other clauses of the kinds in `cut`. They tell what the event or
    the noun is for, not another event; without them the row ends short. A
    subject's are left to `subjects_before` ("the wisdom in returning the boy was
    confirmed": the return is another event)."""
    out: set[int] = set()
    verbs, nouns = [head.i], set(ids)
    for _ in range(4):  # clauses within the ones taken
        found = _completing(tree, head, verbs, nouns, timed) - out - ids
        if not found:
            break
        for clause in found:  # "counts of drugging and raping three women": both
            out |= core(tree, clause, cut - {"ccomp", "conj"})
        verbs, nouns = sorted(found), out
    return out


def compared_clauses(
    tree: Tree, head: Token, ids: set[int], timed: set[int], cut: frozenset[str]
) -> set[int]:
    """The clauses of "than" that a word of the row (`ids`) is measured against
    ("left the event earlier than scheduled", "rose more than expected", "released
    weaker-than-expected data"): how the event went, not another event, when no
    date (`timed`) is in them ("more than it did in 2015" compares with another time)."""
    out: set[int] = set()
    for word in sorted(ids):
        for clause in _than_clauses(tree, head.doc, word):
            if tree.subtree(clause).isdisjoint(timed):
                out |= core(tree, clause, cut)
    return out


def _than_clauses(tree: Tree, doc: Doc, word: int) -> list[int]:
    """The verbal clauses of "than" under `word`: marked by it ("earlier than
    scheduled") or its object ("weaker-than-expected", "than" then a preposition)."""
    found: list[int] = []
    for child in tree.children[word]:
        if tree.deps[child] == "advcl" and any(
            tree.deps[m] == "mark" and doc[m].lower_ == "than" for m in tree.children[child]
        ):
            found.append(child)
        elif tree.deps[child] == "prep" and doc[child].lower_ == "than":
            found += [c for c in tree.children[child] if tree.deps[c] == "pcomp"]
    return [c for c in found if tree.verbal[c]]


# Marks of a clause that tells what a light "come" means: "The attack came a day
# after a magistrate ruled ...", "The statement came as protests grew".
_CIRCUMSTANCE_MARKS = frozenset({"after", "as", "before", "while", "when"})


def circumstance_clauses(
    tree: Tree, head: Token, dated: dict[int, str], cut: frozenset[str]
) -> set[int]:
    """The clause after "came" that says what it came after or as: "Tuesday's
    violence came" tells nothing without it. One with a date of its own that
    anchors it is another event of its own time, left to its own row. For a
    form of "be", what a bare "It was <a time>" sets (`setting_clauses`)."""
    if head.lemma_ == "be":
        return setting_clauses(tree, head, dated, cut)
    if head.lemma_ != "come" or any(c.dep_ == "dobj" for c in head.children):
        return set()
    out: set[int] = set()
    for child in head.children:
        if child.dep_ != "advcl" or child.i < head.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in child.children):
            continue
        if tree.subtree(child.i).isdisjoint(dated.keys()):
            out |= core(tree, child.i, cut - {"ccomp"})
    return out


# What "It was <a time>" may hold besides the time: "around 4 p.m.", "only".
_SETTING_PARTS = frozenset({"nsubj", "punct", "cc", "conj", "advcl", "advmod"})


def setting_clauses(
    tree: Tree, head: Token, dated: dict[int, str], cut: frozenset[str]
) -> set[int]:
    """What happened at the time a bare "It was <a time>" sets: the clause joined
    after it ("It was midnight on Friday, and he had no choice but to wade out")
    or its clause of "when" ("It was around 4 p.m. on February 2 when the veteran
    first attempted to pull Kassick over"). The time alone tells no event. A
    clause with a date of its own is another event, left to its own row."""
    kids = list(head.children)
    timing = [c for c in kids if tree.subtree(c.i) & dated.keys()]
    it = next((c for c in kids if c.dep_ == "nsubj" and c.lower_ == "it"), None)
    if not timing or it is None:
        return set()
    # "It was 9:35 on ...", "..., according to the charging documents", "Boston
    # (CNN)It was ...": a clock time, a source, a dateline.
    aside = [c for c in kids if (c.pos_ == "NUM" and ":" in c.text) or c.lower_ == "according"]
    if any(c.dep_ not in _SETTING_PARTS and c not in timing + aside and c.i > it.i for c in kids):
        return set()  # "It was near a deal in November": more than a time
    times = {t for t, value in dated.items() if not value.startswith("P")}  # not "15-year"
    out: set[int] = set()
    for child in kids:
        when = any(c.lower_ == "when" for c in child.children if c.i < child.i)
        if child.i < head.i or not (child.dep_ == "conj" or (child.dep_ == "advcl" and when)):
            continue
        if tree.verbal[child.i] and tree.subtree(child.i).isdisjoint(times):
            out |= core(tree, child.i, cut - {"ccomp", "conj", "pcomp"})
            out |= {c.i for c in kids if c.dep_ == "cc"}
    return out


def _completing(
    tree: Tree, head: Token, verbs: list[int], nouns: set[int], timed: set[int]
) -> set[int]:
    """The heads of the purposes of `verbs` and of the complements of the nouns
    among `nouns` after `head` (what they are for, or what they say) that
    `completing_clauses` takes."""
    doc = head.doc
    infinitives = [c for v in verbs for c in tree.children[v] if c > v and tree.deps[c] == "advcl"]
    gerunds: list[int] = []
    found: set[int] = set()
    for n in sorted(nouns):
        if n >= head.i and doc[n].pos_ == "NOUN":
            for c in tree.children[n]:
                if tree.deps[c] == "acl" and _tells_what(tree, doc, c, timed):
                    found.add(c)
                elif tree.deps[c] == "acl":
                    infinitives.append(c)
                elif tree.deps[c] == "prep":
                    gerunds += [g for g in tree.children[c] if tree.deps[g] == "pcomp"]
    for clause in infinitives + gerunds:
        if clause in infinitives and _called_for(tree, doc, clause):
            found |= set() if tree.subtree(clause) & timed else {clause}
            continue
        if doc[clause].tag_ != ("VBG" if clause in gerunds else "VB"):
            continue
        kids = tree.children[clause]
        if clause in infinitives and not any(doc[a].tag_ == "TO" for a in kids):
            continue
        if any(tree.deps[a] in SUBJECT_DEPS or tree.deps[a] == "mark" for a in kids):
            continue
        if not tree.subtree(clause) & timed:
            found.add(clause)
    return found


def _called_for(tree: Tree, doc: Doc, clause: int) -> bool:
    """Whether the clause is what the verb right before its "for" calls for: "Crump
    called for Loehmann and Garmback to be charged" (the parse makes "for" the
    mark of a clause of its own, and the row ended at "called")."""
    kids = tree.children[clause]
    return any(
        tree.deps[m] == "mark" and doc[m].lower_ == "for" and m == tree.heads[clause] + 1
        for m in kids
    ) and any(doc[a].tag_ == "TO" for a in kids)


def _tells_what(tree: Tree, doc: Doc, clause: int, timed: set[int]) -> bool:
    """Whether the clause under a noun tells what the noun says ("after charges
    that those elections were illegitimate"), with no date of its own."""
    said = any(
        tree.deps[m] == "mark" and doc[m].lower_ in ("that", "whether")
        for m in tree.children[clause]
    )
    return said and tree.verbal[clause] and not tree.subtree(clause) & timed


def outcome_of(tree: Tree, head: Token, timed: set[int], cut: frozenset[str]) -> set[int]:
    """The clause an infinitive at `head` tells the outcome of, when the infinitive
    follows it and holds the only time (`timed`: every date's tokens) of the two:
    "Nadal eased past Almagro 6-3 6-1 to reach the third round on Wednesday" is one
    event, whose row was "reach the third round on Wednesday". Not a verb of
    saying's or of being's, whose infinitive is what was said or what something is,
    nor a deed only supposed ("would", "could")."""
    deed = head.head
    if not adverbial_infinitive(head) or deed.i > head.i or deed.pos_ != "VERB":
        return set()
    if deed.lemma_ in ("be", "say", "tell", "ask", "urge"):
        return set()
    verbs = [deed]
    while verbs[-1].dep_ == "xcomp":  # "would have to have been blessed"
        verbs.append(verbs[-1].head)
    if any(c.tag_ == "MD" and c.lower_ not in ("will", "shall") for v in verbs for c in v.children):
        return set()  # "would have to have been blessed with clairvoyance to know in 2009"
    if (tree.subtree(deed.i) - tree.subtree(head.i)) & timed:
        return set()
    # "when police arrived to arrest him": the deed's own word of time stays out.
    opener = {c.i for c in deed.children if c.dep_ == "mark" or c.tag_ == "WRB"}
    return core(tree, deed.i, cut) - opener
