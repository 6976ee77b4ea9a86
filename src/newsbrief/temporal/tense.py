"""The tense of the clause a temporal expression sits in, from spaCy's parse.

"Friday" in "Trump called her on Friday" is the Friday before the reference date;
in "the board will meet Friday" the one after. The resolver needs only three
answers: past, present or future (None when there is no verb to ask).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.lexicon import PERFECT_AUXILIARIES, PRESENT_BE, SPEECH_VERBS
from newsbrief.temporal.context import Tense
from newsbrief.temporal.scan import opens_speech
from newsbrief.temporal.tense_words import (
    ACCOUNTS_NOUNS,
    DEADLINE_VERBS,
    FORWARD_MARKERS,
    FUTURE_AUXILIARIES,
    FUTURE_INFINITIVE_HEADS,
    FUTURE_PARTICIPLES,
    FUTURE_VERBS,
    HABIT_ADVERBS,
    PAST_AS_BASE,
    REPORTING_ACCOUNTS_VERBS,
    SCHEDULED_NOUNS,
    SETTING_VERBS,
    SINGULAR_PRONOUNS,
    SINGULAR_TAGS,
    STATIVE_VERBS,
    TRIED_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MAX_HOPS = 8
# Words before what a clause comes after, which is over by then: "after", "since".
_FOLLOWING = frozenset({"after", "since"})


def governing_verb(token: Token) -> Token | None:
    """The verb (or copula) of the clause `token` belongs to, however long the
    list of nouns between ("sanctions came in response to the annexation of
    Crimea, ..., and the poisoning in March of a former spy")."""
    current = token
    for _ in range(len(token.doc)):  # the root ends it; a parse may lack sentences
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def would_of(verb: Token) -> bool:
    """Whether `verb`'s only future auxiliary is "would" (a future seen from the past)."""
    lowers = {a.lower_ for a in _auxiliaries(verb)}
    return lowers & FUTURE_AUXILIARIES == {"would"}


def verb_tense(verb: Token, depth: int = 0, *, stated: bool = False) -> Tense | None:
    """Past, present or future for `verb`, following infinitives up to their head.

    With `stated`, the simple present stays present: only what the words say
    (will, scheduled, plans to) makes a future, not news style ("they meet Monday").
    """
    auxes = _auxiliaries(verb)
    lowers = {a.lower_ for a in auxes}
    if "had" in lowers:
        return "past"  # past perfect: "had been due to expire Friday"
    if lowers & FUTURE_AUXILIARIES:
        if would_of(verb) and any(c.lower_ in HABIT_ADVERBS for c in verb.children):
            return "past"  # "In summer, he would sometimes live in a tent": a habit
        return "future"
    # "set" when a thing is set for a time ("his speech, set for Tuesday"), not "set it for".
    kids = {(c.dep_, c.lower_) for c in verb.children}
    set_for = verb.lower_ != "set" or (("prep", "for") in kids and "dobj" not in dict(kids))
    if (verb.lemma_ in FUTURE_PARTICIPLES or verb.lower_ in FUTURE_INFINITIVE_HEADS) and (
        verb.tag_ in ("VBN", "JJ") and set_for
    ):
        return "future"
    if verb.lemma_ in FUTURE_VERBS and verb.tag_ in ("VB", "VBG") and lowers <= {"to"}:
        # A date on a non-finite "to invite her ... this spring", "scheduling the
        # trip for April": the time of what is invited or planned.
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG":
        return "future"  # "is going to sign"
    if verb.tag_ == "VB" and lowers <= {"to"}:
        # An infinitive: the complement of a planning verb lies ahead; otherwise it
        # shares its head's time ("was forced to resign Friday").
        if head == verb or depth > 3:
            return None
        above = governing_verb(head) if head.pos_ not in ("VERB", "AUX") else head
        if above is not None and "had" in {a.lower_ for a in _auxiliaries(above)}:
            return "past"  # "had been scheduled to expire Friday", "had been due to"
        if head.lower_ in FUTURE_INFINITIVE_HEADS and head.tag_ in ("VBN", "JJ"):
            return "future"  # "set to resume Monday", "due to arrive Friday"
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if head.lemma_ in FUTURE_VERBS and not (head.lemma_ in TRIED_VERBS and head.tag_ == "VBD"):
            return "future"  # "plans to visit"; but "sought to" is a try made then
        if head.lemma_ == "be" and verb.dep_ == "xcomp":
            return "future"  # "is to resume trading Tuesday"
        return verb_tense(head, depth + 1, stated=stated)
    if verb.tag_ in ("VBD", "VBN") and not auxes and _ahead_of_its_head(verb, depth, stated):
        return "future"
    if any(a.morph.get("Tense", []) == ["Past"] for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and (lowers & PERFECT_AUXILIARIES or not auxes):
        # Present perfect ("has risen since Friday") and reduced relatives ("the
        # deal signed Friday") both look back.
        return "past"
    if verb.tag_ == "VBP" and not auxes and verb.lower_ in PAST_AS_BASE and _singular_subject(verb):
        return "past"  # "Weakness hurt the index Friday": "hurt" cannot be a present
    if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.pos_ == "VERB" and not stated:
        # News uses the simple present for what is scheduled ("they meet Monday"),
        # except with verbs of saying ("says", "tells") and of states ("wants").
        if verb.lemma_ in SPEECH_VERBS or verb.lemma_ in STATIVE_VERBS:
            return "present"
        return "future"
    if _arranged(verb, lowers, depth, stated) or _when_it_is_held(verb, auxes, depth):
        return "future"
    if any(a.morph.get("Tense", []) == ["Pres"] for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG" and head != verb and depth <= 3:
        # "with the third flight departing from August 6": the clause it hangs from;
        # a participle that describes a noun ("the huzzahs coming out of her
        # headquarters Monday night, Clinton still has work") is no schedule, so
        # only words make a simple present above it a future.
        above = governing_verb(head)
        if above is not None and verb.dep_ == "pcomp" and head.lower_ in _FOLLOWING:
            # "has McIlroy in his sights after winning on Sunday": what a clause
            # follows is over, unless words put that clause ahead ("will rest
            # after winning on Sunday"); news style's present does not.
            return "future" if verb_tense(above, depth + 1, stated=True) == "future" else "past"
        described = stated or verb.dep_ == "acl"
        return verb_tense(above, depth + 1, stated=described) if above is not None else None
    return None


def _arranged(verb: Token, lowers: set[str], depth: int, stated: bool) -> bool:
    """Whether `verb` (its auxiliaries `lowers`) is the present progressive of a deed
    with a time of its own, an arrangement ("his side are playing on Friday night",
    "she is meeting him on Friday"); not with the time of a thing in a clause below
    it (`depth`: "is facing charges stemming from his arrest over the weekend")."""
    return (
        verb.tag_ == "VBG"
        and bool(lowers & PRESENT_BE)
        and not lowers & {"has", "have", "been"}
        and depth == 0
        and not stated
        and verb.lemma_ not in SPEECH_VERBS
        and verb.lemma_ not in STATIVE_VERBS
    )


def _when_it_is_held(verb: Token, auxes: list[Token], depth: int) -> bool:
    """Whether `verb` is a present "be" telling when a happening held at a set time
    is ("His performance is Saturday", "The vote is on Thursday"): still to come,
    or the words would say "was"."""
    return (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and not auxes
        and depth == 0
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in SCHEDULED_NOUNS for c in verb.children)
    )


# Words that open a clause of time: in reported speech its past tense is the
# future of the clause it hangs from ("would buy as soon as trading opened Monday").
TIME_CLAUSE_MARKS = frozenset({"when", "once", "as", "until", "till", "after", "before"})


def _ahead_of_its_head(verb: Token, depth: int, stated: bool) -> bool:
    """Whether `verb`, a simple past in a clause of time, hangs from a clause that
    lies ahead ("said he would sign when the board met Friday"): the past is only
    the tense of reporting."""
    if verb.dep_ != "advcl" or depth > 3:
        return False
    marks = [c for c in verb.children if c.dep_ in ("mark", "advmod")]
    if not any(c.lower_ in TIME_CLAUSE_MARKS for c in marks):
        return False
    above = governing_verb(verb.head)
    if above is None or _future_of_now(above):
        # "As the dust settles after the court ruled on Friday": a future told in
        # the present ("will", news style "settles") takes a present, not a past,
        # in its clause of time, so the past there is the past.
        return False
    return verb_tense(above, depth + 1, stated=stated) == "future"


def _future_of_now(verb: Token) -> bool:
    """Whether `verb` is told in a present form ("will sign", "meets"), not one seen
    from the past ("would sign", "were likely to bid")."""
    lowers = {a.lower_ for a in _auxiliaries(verb)}
    if lowers:
        return bool(lowers & (FUTURE_AUXILIARIES - {"would"}))
    return verb.tag_ in ("VBZ", "VBP")


def _singular_subject(verb: Token) -> bool:
    """Whether the subject of `verb` is a singular noun or third-person pronoun."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if any(c.dep_ == "conj" for c in child.children):
                return False  # "He and Arafat meet Monday"
            return child.tag_ in SINGULAR_TAGS or child.lower_ in SINGULAR_PRONOUNS
    return False


def _points_ahead(token: Token, verb: Token | None) -> bool:
    """Whether a forward marker governs `token`: directly ("payable Dec. 7", "until
    Nov. 9") or through prepositions ("due by 5 p.m."), not from beyond another noun
    ("through an office building in Nairobi, Kenya Friday morning", "by the Tuesday
    deadline", where the marker is about the building or the deadline)."""
    current = token
    for _ in range(_MAX_HOPS):
        if current == verb or current.head == current:
            return False
        current = current.head
        if current.lower_ in FORWARD_MARKERS:
            return True
        if current.pos_ != "ADP":
            return False
    return False


def tense_of(token: Token, *, stated: bool = False) -> Tense | None:
    """The tense a date at `token` is read in (`stated`: see `verb_tense`).

    A forward marker ("until", "payable", "effective") makes it future, except in
    a past-tense clause, where it only cancels the pull towards the past
    ("the offer was extended until Nov. 9" may well be this coming November).
    """
    if token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children):
        # "Tuesday's ruling": the date belongs to a noun, not to the clause's verb,
        # unless that noun is plainly still to come: after what is told ("ahead of
        # Sunday's race"), which may itself be over ("Ahead of Friday's meeting,
        # France unveiled a plan": that Friday is past too), or a happening held
        # at a set time that a verb of the future looks ahead to (`_held_ahead`).
        if not _thing_to_come(token.head):
            return "future" if _held_ahead(token) else None
        verb = governing_verb(token)
        return None if verb is not None and verb_tense(verb) == "past" else "future"
    if _reported_accounts(token):
        return "past"
    if of_a_source(token):
        return None  # "according to the union's Friday release": the source's time
    verb = governing_verb(token)
    if (
        verb is not None
        and verb.tag_ == "VB"
        and verb.dep_ == "xcomp"
        and verb.head.i < token.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # "BP agreed in October to pay": a date between a verb and its infinitive
        # goes with the verb, whatever the parse attaches it to.
        verb = verb.head
    elif verb is not None and before_what_was_said(token, verb):
        # "Forecasters said on Wednesday the snow would cause disruption": a date
        # between a reporting verb and what was said tells when it was said.
        verb = verb.head
    if verb is not None and _what_it_follows(token, verb):
        return "past"
    if verb is not None and _after_the_subject(token, verb):
        stated = True  # "Netanyahu's speech to Congress on Tuesday threatens": the speech's day
    tense = verb_tense(verb, stated=stated) if verb is not None else None
    if _points_ahead(token, verb):
        if verb is not None and verb.lemma_ in DEADLINE_VERBS:
            return "future"
        return None if tense == "past" else "future"
    if verb is not None and (
        (verb.lemma_ in DEADLINE_VERBS and _moved_to(token, verb))
        or (verb.lemma_ in SETTING_VERBS and token.dep_ == "dobj" and token.head == verb)
    ):
        # "moved up the release date to July 31", "set Jan. 24 to elect a new king":
        # the date set, ahead of the setting, which may itself be over ("saw the
        # vote extended to Sunday").
        return None if tense == "past" else "future"
    return tense


def _moved_to(token: Token, verb: Token) -> bool:
    """Whether `token` is the object of a "to" or "for" that hangs from `verb`
    ("pushed back the launch to September", "rescheduled for June 5")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head == verb


def _after_the_subject(token: Token, verb: Token) -> bool:
    """Whether `token` sits between a noun subject and its verb, where it tells the
    subject's time whatever the parse hangs it from."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.i < token.i < verb.i


def _what_it_follows(token: Token, verb: Token) -> bool:
    """Whether `token` is in what a present "follows", or comes after or since,
    names, which is over ("The move follows a vote Thursday", "comes after an
    attack on Thursday", "sits in jail after his arrest Saturday")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.lemma_ == "follow":
        after = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.i > verb.i]
    else:
        after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FOLLOWING]
    return any(token in c.subtree for c in after)


def _thing_to_come(noun: Token) -> bool:
    """Whether a day's thing is still to come by the words: "ahead of Sunday's race".
    (Being told with a future verb is not enough for most things: "will appeal
    Tuesday's ruling"; for a happening held at a set time, see `_held_ahead`.)"""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.i > 0
        and noun.doc[head.i - 1].lower_ == "ahead"
    )


def _held_ahead(token: Token) -> bool:
    """Whether a day's happening (`token` the day, its head the happening) is told
    by a verb the words put in the future, so is still to come ("will start Friday
    night's match"): not news style's present ("view issues as the priority for
    Tuesday's poll"), nor a "would" seen from the past ("said they would abstain
    from Tuesday's vote")."""
    verb = governing_verb(token)
    return (
        token.head.lemma_.lower() in SCHEDULED_NOUNS
        and verb is not None
        and verb_tense(verb, stated=True) == "future"
        and not would_of(verb)
    )


def of_a_source(token: Token) -> bool:
    """Whether `token` sits in an "according to" phrase: the time of the source
    told there (a release, a report) is not the clause's."""
    current = token
    for _ in range(_MAX_HOPS):
        if current.head == current or (current.pos_ in ("VERB", "AUX") and current.dep_ != "prep"):
            return False
        current = current.head
        if current.lower_ == "according":
            return True
    return False


def _reported_accounts(token: Token) -> bool:
    """Whether `token` names the period of accounts a verb reports ("report Q4
    results", "posted third-quarter earnings", "results for Q4 will be released")."""
    noun = token.head
    if token.dep_ == "pobj" and noun.dep_ == "prep" and noun.lower_ in ("for", "of"):
        noun = noun.head  # "results for the fourth quarter"
    elif token.dep_ not in ("compound", "nmod", "amod"):
        return False
    if noun.lemma_.lower() not in ACCOUNTS_NOUNS or noun.i == token.i:
        return False
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in REPORTING_ACCOUNTS_VERBS


def before_what_was_said(token: Token, verb: Token) -> bool:
    """Whether `token` (in a clause of `verb`) comes after a reporting verb and
    before every word of what it reports, with no quotation mark or colon
    opening what it reports before it (`opens_speech`)."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.lemma_ not in SPEECH_VERBS or not frame.i < token.i:
        return False
    date = {t.i for t in token.subtree} | {token.i}
    if token.head.dep_ == "prep":
        date.add(token.head.i)
    if opens_speech(token.doc, frame.i, min(date)):
        return False
    said = [t.i for t in verb.subtree if t.i not in date]
    return bool(said) and token.i < min(said)


def tense_of_span(span: Span) -> Tense | None:
    """The tense a date spanning several tokens is read in: its root's, with any
    forward marker above any of its parts ("due by 5 p.m. EST, Nov. 6")."""
    root = span.root
    tense = tense_of(root)
    if tense == "future":
        return tense
    tops = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
    verb = governing_verb(root)
    if any(t != root and _points_ahead(t, verb) for t in tops):
        return None if tense == "past" else "future"
    return tense
