"""Date phrases the parse hangs in the wrong place, mended in place before clauses
are read, so that every reader of the parse sees the same phrase.

- A phrase split between clauses hangs whole from the word its preposition
  governs ("what happened not long after midnight Friday, the sheriff told").
- A date right after a clause inside a subject, just before the subject's verb,
  is that clause's ("a report released last month singled out").
- A date right after a preposition the parse left without its object is that
  object ("In nineteen ninety-one Charles Keating was convicted").
- A participle right after a noun, which the parse hangs from the verb, tells of
  that noun ("a report by the association released this week").
- A finished time right after a clause in the past, which the parse hangs from
  a verb in the present perfect, is that clause's ("has worked for Adele Berne,
  who launched the arm of their storefront, in 2008").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.participles import OWN_CLAUSE
from newsbrief.events.tree import present_perfect, simple_past
from newsbrief.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

# A subject's clause that tells its own past event: "who attacked", "released".
_CLAUSES = frozenset({"relcl", "acl"})


def mend_date_phrases(doc: Doc, spans: Iterable[tuple[int, int]]) -> None:
    """Mend the parse around each date phrase of `doc` (character offsets)."""
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            give_to_bare_preposition(span)
            join_date_phrase(span)
            hang_from_subject_clause(span)
            hang_participle_from_noun(span)
            hang_from_closing_clause(span)


def give_to_bare_preposition(span: Span) -> None:
    """Make a date phrase the object of the preposition right before it when the
    parse left that preposition without one and hung the phrase elsewhere ("In
    nineteen ninety-one Charles Keating was convicted", where the numbers become
    the name's)."""
    if span.start == 0:
        return
    prep, root = span.doc[span.start - 1], span.root
    if prep.dep_ != "prep" or prep.n_lefts + prep.n_rights:
        return
    if root.head == prep or prep in root.subtree or prep.sent != root.sent:
        return
    if any(c.tag_ == "POS" for c in root.children):
        return  # "After last year's disaster": the preposition's object is the noun
    root.head = prep
    root.dep_ = "pobj"


def join_date_phrase(span: Span) -> None:
    """Hang a date phrase the parse split between clauses from its word that a
    preposition governs: the preposition takes the whole phrase ("what happened
    not long after midnight Friday, the sheriff told ...", where the parse hangs
    "Friday" from "told"; "a military coup in May last year")."""
    outside = [t for t in span if t.head != t and not span.start <= t.head.i < span.end]
    if len({t.head.i for t in outside}) < 2:
        return
    first = outside[0]
    if first.dep_ != "pobj" or first.head.dep_ != "prep":
        return
    stray = [t for t in outside[1:] if not t.is_punct]
    # Not across the parse's sentences, which it cuts from its own heads; and all
    # or nothing, lest the phrase's root move to a third place.
    sent, above = first.sent, set(first.ancestors)
    if all(t.sent == sent and t not in above for t in stray):
        for t in stray:
            t.head = first


def hang_from_subject_clause(span: Span) -> None:
    """Hang a date the parse gives to a verb from the clause in past tense that
    ends its subject right before the date ("The terrorists who attacked the
    museum last week were wearing suicide vests", "a report released last month
    singled out", "the bodies of tourists slain three days ago arrived on
    Saturday"): a subject's own clause runs on to its end. Not a clause in the
    present ("The panel that oversees intelligence on Tuesday released": its
    time is the panel's habit, the date the release's), and not with a comma
    between (the clause is closed: "The panel, which met in private, on Tuesday
    released"), but the one after a place's state or country ("who attacked the
    Bardo Museum in Tunis, Tunisia, last week were wearing")."""
    top = _phrase_top(span)
    verb = top.head
    if top.i >= verb.i or verb.pos_ not in ("VERB", "AUX"):
        return
    end = top.left_edge.i - 1
    doc = span.doc
    ends = {end}
    if end > 0 and doc[end].text == ",":
        if doc[end - 1].dep_ != "appos" or doc[end - 1].ent_type_ != "GPE":
            return  # a comma closes the clause
        ends.add(end - 1)  # "in Tunis, Tunisia, last week": the place's comma
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.right_edge.i not in ends:
            continue
        inner = _clause_ending_at(subject, ends)
        if inner is not None:
            top.head = inner


def _phrase_top(span: Span) -> Token:
    """The word that hangs the date phrase: its preposition ("on Tuesday") or its root."""
    root = span.root
    before = span.start - 1
    if root.dep_ == "pobj" and root.head.i == before and root.head.dep_ == "prep":
        return root.head
    return root


def _clause_ending_at(subject: Token, ends: set[int]) -> Token | None:
    """The innermost verb in past tense of a clause within `subject` whose words
    end at one of the tokens `ends`."""
    found = None
    for t in subject.subtree:
        if t.dep_ in _CLAUSES and t.tag_ in ("VBD", "VBN") and t.right_edge.i in ends:
            found = t  # later ones are deeper in
    return found


# Names of who may say something.
_SPEAKERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def hang_participle_from_noun(span: Span) -> None:
    """Hang a participle holding the date from the noun right before it when the
    parse gives it to a verb as an adverbial clause ("Take a couple of casting
    choices announced this week", "Find out in Part II published on Thursday"):
    with no comma between, no subject and no auxiliary of its own, it is a reduced
    relative clause, as "the man arrested last week" is parsed. The noun is the
    one a phrase of "of" belongs to ("a report of the association released")."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "advcl":
        return
    # A past tense only where it is also the participle ("announced", not "rose").
    if not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))):
        return
    if verb.i == 0 or any(c.dep_ in OWN_CLAUSE for c in verb.children):
        return
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1:
        noun = noun.head
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        noun = noun.head.head
    if noun.right_edge.i != verb.i - 1 or noun in verb.subtree or noun.i >= verb.i:
        return
    if any(t.is_punct and t.text != "'" for t in verb.doc[noun.left_edge.i : verb.i]):
        return  # "in the Arctic, state-run media reported Monday": two phrases
    if verb.lemma_.lower() in SPEECH_VERBS and noun.ent_type_ in _SPEAKERS:
        return  # "Reuters reported Monday": the subject the parse lost
    verb.head = noun
    verb.dep_ = "acl"


# Words of a time that reaches up to now, which the present perfect does take:
# "since 2008", "this year", "in the past decade", "in recent weeks", "so far".
_UP_TO_NOW = frozenset({"since", "this", "past", "recent", "so", "far", "these", "for"})
# Clauses of their own inside the perfect's: "who launched", "since it was formed".
_PAST_CLAUSES = frozenset({"relcl", "advcl", "acl"})


def hang_from_closing_clause(span: Span) -> None:
    """Hang a finished time the parse gives to a verb in the present perfect from
    the clause in the past inside it that ends right before it ("It's a model that
    has worked for Adele Berne and Mike Kuhle, who launched the e-commerce arm of
    their storefront, in 2008"; "has been part of the band since it was formed
    (at the urging of Simon Cowell) in 2010"): English joins no finished time to
    that tense, and the clause before is the nearest verb that takes one. Not a
    time that reaches up to now ("has risen at the chain he founded, this year"),
    nor a plural one ("in the last two years")."""
    top = _phrase_top(span)
    verb = top.head
    if verb.i >= top.i or not present_perfect(verb):
        return
    words = span.doc[top.i : span.end]
    if any(t.lower_ in _UP_TO_NOW or t.tag_ in ("NNS", "NNPS") for t in words):
        return
    doc, end = span.doc, top.i - 1
    if doc[end].text == ",":
        end -= 1
    aside = _aside_opening(doc, end)
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in _PAST_CLAUSES or not simple_past(t):
            continue
        # Its words end right before the date, or an aside in parentheses opened
        # inside them or right after does ("since it was formed (at the urging of
        # Simon Cowell, according to some stories) in 2010").
        if t.right_edge.i == end or (aside is not None and t.i < aside <= t.right_edge.i + 1):
            top.head = t
            return


def _aside_opening(doc: Doc, end: int) -> int | None:
    """The index of the "(" that the ")" at token `end` closes, if it is one."""
    if doc[end].text != ")":
        return None
    for t in reversed(doc[doc[end].sent.start : end]):
        if t.text == ")":
            return None
        if t.text == "(":
            return t.i
    return None
