"""Participles in a row: whom one opening its sentence is about, the subject of the
clause after it ("Born in 1923, Lee co-founded Singapore": the row of the birth is
"Born in 1923, Lee", not "Born in 1923", which tells no one's); one describing
a noun of the row, which is part of that noun ("a deal brokered by Teixeira"); and
one right after the verb's object, which goes on telling the deed ("spent much of
the next day waiting at a bus station")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.joined import CITING_VERBS
from newsbrief.events.tree import SUBJECT_DEPS, Tree, core, has_subject
from newsbrief.lexicon import SAYING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Participles: "Born in 1923", "Asked by reporters Sunday about ...".
_PARTICIPLES = frozenset({"VBN", "VBG"})
# Words before an infinitive opening a sentence that say it is planned.
_DUE = frozenset({"due", "set", "slated", "poised", "scheduled", "expected"})


# Verbs of speaking in public whose participle, opening a sentence, sets the scene
# for what its doer said or did there ("Speaking Friday on behalf of the family,
# Salem expressed gratitude").
_SCENE_VERBS = frozenset({"speak", "talk", "appear", "write", "testify", "address"})
# What a verb telling nothing itself holds: "Mrs Okonjo said:", its participle.
_BARE_VERB = frozenset({*SUBJECT_DEPS, "punct", "aux", "advmod", "advcl", "neg"})


def sets_the_scene(head: Token) -> bool:
    """Whether the clause at `head` is a participle of speaking that opens its
    sentence, with no subject or mark of its own, before the subject of the clause
    it hangs from: its time is that clause's, whose row tells what was said or
    done, the participle with it (the row was the bare "Speaking Friday on behalf
    of the family, Salem")."""
    verb = head.head
    if head.dep_ != "advcl" or head.tag_ != "VBG" or head.lemma_ not in _SCENE_VERBS:
        return False
    if verb.pos_ not in ("VERB", "AUX") or head.left_edge.i != head.sent.start:
        return False
    if has_subject(head) or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not head.right_edge.i < subject.left_edge.i < verb.i:
        return False
    # "..., Mrs Okonjo said:" and a quotation after: the clause says nothing itself.
    return any(c.dep_ not in _BARE_VERB for c in verb.children)


def fronted_doer(head: Token, dated: dict[int, str]) -> set[int]:
    """The token indices from the end of the participle's (or infinitive's: "To mark
    the day on Sunday, the mayor") clause at `head` to the end of the name of its
    doer, when the participle opens its sentence and the clause it hangs from goes
    on with its subject right after a comma ("Launched in 1940, the Musashi was
    ..." gives ", the Musashi"); else none. The name ends
    at the subject's noun ("McCurry -- whose hand was damaged" gives "McCurry");
    a pronoun names no one, and a name that holds a date (`dated`) is another
    time's."""
    verb = head.head
    infinitive = head.tag_ == "VB" and any(c.tag_ == "TO" for c in head.children)
    if head.dep_ != "advcl" or not (head.tag_ in _PARTICIPLES or infinitive) or head.i > verb.i:
        return set()
    start = head.left_edge.i
    # "Due to reopen March 26, Spain's Caminito del Rey ...": the word the parse
    # hangs apart opens the infinitive.
    due = infinitive and start == head.sent.start + 1 and head.doc[start - 1].lower_ in _DUE
    if has_subject(head) or (start != head.sent.start and not due):
        return set()
    if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children):
        return set()  # "When asked ..., it seemed": whom it is about goes unsaid
    end = head.right_edge.i
    doc = head.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return set()
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != end + 2 or subject.i > verb.i:
        return set()
    if subject.pos_ == "PRON":
        return set()  # "Launched in 1940, it": names no one
    span = set(range(start - due, start)) | set(range(end + 1, subject.i + 1))
    return set() if span & dated.keys() else span


# What a clause of its own has and a participle describing a noun does not.
OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})


def noun_participles(
    tree: Tree,
    head: Token,
    ids: set[int],
    dated: dict[int, str],
    own: str | None,
    timed: set[int],
    cut: frozenset[str],
) -> set[int]:
    """`ids` with the participles after its nouns that describe them, without their
    clauses ("a brief signed by over 200,000 individuals", "a video showing the
    beheading"), or whole for one of saying ("a statement saying he would stay"),
    where the row would end at the noun. Only after the verb at `head`: what comes
    before it, a row reaches back to for reading (`subjects.row_reach`). Not one
    with a subject, an auxiliary or a date (`timed`): "the man arrested last week"
    is another event; nor one set off by a comma at the row's end, which
    the parse may give the noun; nor one that would join the row to words beyond
    it holding a date other than the row's own (`own`), which the gap it leaves
    keeps out."""
    doc = head.doc
    taken = set(ids)
    todo = sorted(ids)
    while todo:
        noun = todo.pop()
        if noun < head.i or doc[noun].pos_ not in ("NOUN", "PROPN"):
            continue
        for c in tree.children[noun]:
            word = doc[c]
            if c in taken or c < noun or tree.deps[c] != "acl" or word.tag_ not in _PARTICIPLES:
                continue
            inside = tree.subtree(c)
            if any(k.dep_ in OWN_CLAUSE for k in word.children) or inside & timed:
                continue
            first, last = min(inside), max(inside)
            before = doc[first - 1]
            after = [i for i in taken if i > last and not doc[i].is_punct]
            if before.is_punct and not before.is_quote and not after:
                continue  # "titles won in 2005, relegated to Serie B": no part of the noun
            if any(i in dated and dated[i] != own for i in after):
                continue  # "the Report, known as IPoM, in September": another date's words
            told = inside if word.lemma_ in SAYING_VERBS else core(tree, c, cut)
            todo += sorted(told - taken)
            taken |= told
    return taken


def saying_participle(tree: Tree, child: Token, dated: dict[int, str], top: int) -> bool:
    """Whether `child` is a participle of saying after its verb, which tells what
    the verb's event said ("called for a re-run, citing major flaws"). Other
    participles are events of their own ("tore through timber, destroying 40
    homes")."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < top:
        return False
    if child.lemma_ not in CITING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in child.children):
        return False
    return not (tree.subtree(child.i) & dated.keys())


# Clauses joined to a participle, which tell more than the deed it goes on with.
_JOINED = frozenset({"advcl", "parataxis", "conj"})


def after_the_object(tree: Tree, head: Token, timed: set[int]) -> set[int]:
    """The participle clause right after the object of the verb at `head`, with no
    comma between, that goes on telling the deed: what a time spent went on
    ("spent much of the next day waiting at a bus station"), how it was done
    ("executed Dennis McGuire using midazolam"), what the object shows ("released
    a video showing the beheading"). The parse makes it a clause of its own (an
    `advcl`, where "spent two days negotiating" has it as the verb's complement).
    Not one with a subject, mark or date of its own (`timed`), nor the clauses
    joined to it."""
    doc = head.doc
    ends = {max(tree.subtree(c)) for c in tree.children[head.i] if tree.deps[c] == "dobj"}
    out: set[int] = set()
    for c in tree.children[head.i]:
        if tree.deps[c] != "advcl" or doc[c].tag_ != "VBG" or min(tree.subtree(c)) - 1 not in ends:
            continue
        if any(tree.deps[k] in SUBJECT_DEPS or tree.deps[k] == "mark" for k in tree.children[c]):
            continue
        told = core(tree, c, _JOINED)
        if not told & timed:
            out |= told
    return out


def a_picture(span: Span) -> bool:
    """Whether a date (its words `span`) tells when a photograph shown with the story
    was taken: it hangs from a bare "pictured" ("Mr Waley-Cohen, pictured in 2014",
    "Clarkson (pictured this week)"), a caption's note, no event. One told with its
    auxiliary is ("His body was pictured on social media today")."""
    word = span.root
    for _ in range(4):
        if word.pos_ in ("VERB", "AUX") or word.head == word:
            break
        word = word.head
    return (
        word.lemma_.lower() == "picture"
        and word.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in word.children)
    )
