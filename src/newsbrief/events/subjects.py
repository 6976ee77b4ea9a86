"""Who a clause row is about, when its words leave the doer out.

A relative clause ("who was born in Worcestershire in 2009"), an
infinitive of purpose ("to travel to Syria in 2013") or a gerund after a preposition
("after seeing Santa Claus at a mall") tells an event whose doer is named earlier in
the sentence. A row is an exact span of the article, so it reaches back to that doer
when the words between are few and tell no dated event of their own ("Aqsa Mahmood,
who left her home in Scotland to travel to Syria in 2013"). So does a row whose own
subject was left out because it holds a clause, when that clause only tells which
thing the subject is ("A woman who was watching her clothes dry was killed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.antecedents import antecedent, climbed, planned_thing
from newsbrief.events.doers import blamed, sharing_verb
from newsbrief.events.naming import names_its_subject
from newsbrief.events.tree import SUBJECT_DEPS, has_subject, open_brackets, run_around

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbrief.events.tree import Tree


def subjects_before(tree: Tree, head: Token) -> list[set[int]]:
    """The token indices of each subject told before `head` ("efforts to enact a
    treaty" fell apart)."""
    return [tree.subtree(c.i) for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]


# Dependency labels of a clause whose doer is that of the word it hangs from: a
# infinitive or participle, a gerund after a preposition.
# A verb joined to another ("made profits, and expects to stay profitable this
# year") is not among them: reaching back would put two events in one row.
_SHARING = frozenset({"xcomp", "advcl", "pcomp"})

# Relative pronouns, whose clause is about the noun it modifies.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})

# How far a row may reach back to its doer, in tokens, and how many words up the
# parse the doer may be looked for. A clause's own subject, left out of its row
# because it holds a clause ("A woman who was watching her clothes dry was
# killed"), is reached back to further: the words between are its own phrase.
MAX_REACH = 12
MAX_SUBJECT_REACH = 40
_MAX_CLIMB = 5


def understood_subject(head: Token) -> Token | None:
    """The word naming who does what the clause at `head` tells: its own subject
    unless that is a relative pronoun, else the relative pronoun's antecedent, the
    noun a participle describes ("the man arrested for shooting two officers") or
    the subject of the clause it shares its doer with, or the thing a plan is
    about ("his speech, set for Tuesday"); None when none is found."""
    verb = head
    if not has_subject(head):
        taken = _taken_for_an_object(head) or planned_thing(head)
        if taken is not None:
            return taken
    for _ in range(_MAX_CLIMB):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.tag_ in _RELATIVE_TAGS:
                return antecedent(verb)
            return subject
        if verb.dep_ in ("relcl", "acl"):
            return antecedent(verb)
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":
            verb = verb.head.head  # "after seeing": the preposition's verb
        elif verb.dep_ in _SHARING and verb.head != verb:
            verb = verb.head
        elif verb.dep_ == "conj" and (
            _bare_before(verb.head, verb) or _told_alike_before(verb.head, verb)
        ):
            verb = verb.head  # "was shot and killed Sunday": one event, told twice
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    return None


def _bare_before(first: Token, verb: Token) -> bool:
    """Whether `first` is a verb joined to `verb` with nothing of its own after it
    ("shot and killed", "was shot and killed"): the two tell one event."""
    return first.pos_ in ("VERB", "AUX") and all(
        c.i < first.i or c == verb or c.dep_ in ("cc", "punct") for c in first.children
    )


def _told_alike_before(first: Token, verb: Token) -> bool:
    """Whether `first` is a verb in the same simple past as `verb` (or passive, with
    one auxiliary for both), joined to it by "and", with no time of its own
    ("Darren Sharper changed course and pleaded guilty Monday"): the row reaches
    back over it to their doer, where a partner of another tense tells another
    time ("made profits, and expects to stay profitable this year")."""
    if first.pos_ != "VERB" or first.tag_ not in ("VBD", "VBN") or verb.tag_ != first.tag_:
        return False
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "was arrested and charged": the partner's auxiliary serves both
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return False
    own = [t for t in first.subtree if t.i < verb.i and not t.is_ancestor(verb)]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in own)


# Words that open a clause of time, which the parse may take for a preposition
# with the clause's subject for its object ("as the Sharks beat the Oilers").
_CLAUSE_OPENERS = frozenset({"as", "after", "before", "until", "since", "while", "once"})


def _taken_for_an_object(head: Token) -> Token | None:
    """The subject of the verb at `head`, with a tense but no subject of its own,
    that the parse took for the object of a word opening its clause ("in his
    return as the San Jose Sharks beat the Oilers 7-4 on Saturday")."""
    if head.tag_ not in ("VBD", "VBZ", "VBP") or head.i == 0:
        return None
    noun = head.doc[head.i - 1]
    while (
        noun.dep_ != "pobj"
        and noun.head != noun
        and noun.head.i < head.i
        and noun.head.right_edge.i == head.i - 1
    ):
        noun = noun.head
    # "after the roof of a partially built factory collapsed": up from the noun of
    # "of" to the noun it belongs to.
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ not in _CLAUSE_OPENERS
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and noun.head.head.right_edge.i == head.i - 1
    ):
        noun = noun.head.head
    opener = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != head.i - 1 or opener.i != noun.left_edge.i - 1:
        return None
    return noun if opener.lower_ in _CLAUSE_OPENERS else None


def reach_start(head: Token, first: int, blocked: set[int], floor: int) -> int:
    """The index of the token a row starting at token `first` should start at: the
    start of its understood subject's phrase (`understood_subject`) when that lies
    at most `MAX_REACH` tokens before (`MAX_SUBJECT_REACH` for the clause's own
    subject, with nothing set aside in it), in the same sentence, at or after token
    `floor`, and no token between is in `blocked` (the words of a date that dates
    another clause); else `first`."""
    subject = understood_subject(head)
    if subject is not None and subject.i < floor:
        # "Istanbul (CNN)A prosecutor involved in a case died": the parse takes the
        # dateline's city for a subject too.
        subject = next(
            (c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i >= floor), None
        )
    if subject is None or subject.i >= first:
        return first
    start = subject.left_edge.i
    doc = head.doc
    while start < subject.i and _opens_clause(doc[start]):
        start += 1  # "When prosecuting attorneys began": the row is their beginning
    own = subject.head == head
    # "the families of the passengers and crew on board, who have had ...": the
    # words between are the doer's own phrase and the clause about it.
    far = own or climbed(head, subject)
    if start >= first or first - start > (MAX_SUBJECT_REACH if far else MAX_REACH):
        return first
    if start < floor or (own and not names_its_subject(subject, doc[start:first])):
        return first
    if subject.sent.start != head.sent.start or blocked.intersection(range(start, first)):
        return first
    return start


# Parts of a subject's phrase a row leaves out of the doer it names: clauses and
# appositions ("Litvinenko, a former officer who fled to London,").
_ASIDE_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
# The longest doer's phrase told apart before a row, in tokens.
MAX_STRETCH = 10


def subject_stretch(
    head: Token, first: int, blocked: set[int], floor: int
) -> tuple[int, int] | None:
    """The character offsets (in the parsed text) of the phrase naming the doer
    of the verb at `head` that the row (starting at token `first`) cannot reach
    without holding another event: that of an earlier verb whose subject it
    shares ("Litvinenko was poisoned by polonium and died in London in 2006": the
    row is "died in London in 2006", its doer "Litvinenko"), an aside of another
    time ("The warship, which was launched in 1956, was decommissioned in 1993"),
    or the antecedent of a relative pronoun further back than the row reaches.
    None when the doer is an empty "it"; when its phrase lies before token
    `floor`, is long, holds a token of `blocked` (another clause's date) or leaves
    a quotation open; or when the parse has likely joined what is not joined."""
    verb = head
    while verb.dep_ == "conj" and not has_subject(verb) and verb.head.pos_ in ("VERB", "AUX"):
        if not any(
            t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX")
            for t in head.doc[verb.head.i : verb.i]
        ) and not any(c.dep_ == "cc" for c in verb.children):
            # "believe five members -- attended": no "and", a misparse (a list's
            # "and" comes later: "managed ..., served two tours and achieved").
            return None
        verb = verb.head
    # "before being freed in 2010": a gerund's doer is that of the clause above;
    # "accusing Durst of killing his friend": the one accused.
    accused = blamed(verb)
    verb = sharing_verb(verb, SUBJECT_DEPS) or verb
    # Not one in the dateline, which the parse may take for one: "(CNN)Retired NFL
    # star Darren Sharper changed course and pleaded guilty Monday".
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i >= floor]
    if accused is not None and accused.i >= floor:
        subjects = [accused]
    noun = antecedent(verb) if subjects and subjects[0].tag_ in _RELATIVE_TAGS else None
    if noun is not None:
        subjects = [noun]  # "Bruno, nicknamed ... for years, who was born in 2009"
    elif verb != head and subjects and subjects[0].left_edge.i > head.right_edge.i:
        # "After being arrested in spring 2014, Shannon Maureen Conley was ...": a
        # gerund's clause in front of its verb is done by the subject after it.
        return _doer_after(head, subjects, blocked)
    elif not subjects or any(c.right_edge.i >= first for c in subjects):
        return None  # none, or the row holds part of one ("Lewis and 100 others joined")
    subject = subjects[0]
    found = _doer_phrase(subject)
    if found is None:
        return None
    lo, hi = found
    doc = head.doc
    # Another doer between the phrase and the row, outside its asides ("Yemen was
    # plunged into chaos when the rebels ... began seizing"), or a noun after "with"
    # ("With tensions running high, police took over"): the parse has joined what
    # is not joined.
    own = {t.i for t in subject.subtree}  # its asides may have doers of their own
    between = doc[hi + 1 : first]
    if any(
        t.dep_ in SUBJECT_DEPS and t.i not in own and t.tag_ not in _RELATIVE_TAGS for t in between
    ):
        return None
    if lo > 0 and doc[lo - 1].lower_ in ("with", "without"):
        return None
    pronoun = next((c for c in verb.children if c.tag_ in _RELATIVE_TAGS), None)
    if (
        antecedent is not None
        and pronoun is not None
        and not all(t.i in own or t.is_punct for t in doc[hi + 1 : pronoun.i])
    ):
        return None  # words not of the antecedent before "who": the parse's guess
    if lo < floor or hi >= first or hi - lo + 1 > MAX_STRETCH:
        return None
    if blocked.intersection(range(lo, hi + 1)):
        return None
    if doc[lo].sent.start != head.sent.start:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _doer_phrase(subject: Token) -> tuple[int, int] | None:
    """The first and last token of the phrase naming the doer `subject` heads,
    without its asides; None for an empty "it" or a relative pronoun, or when the
    phrase opens a quotation or a bracket and does not close it."""
    if subject.tag_ in _RELATIVE_TAGS or subject.lower_ in ("it", "there"):
        return None
    doc = subject.doc
    # An apposition not set off ("The Academy of Motion Picture Arts") is of the name.
    aside = {
        t.i for c in subject.children
        if c.dep_ in _ASIDE_DEPS and (c.dep_ != "appos" or doc[c.left_edge.i - 1].is_punct)
        for t in c.subtree
    }  # fmt: skip
    lo, hi = run_around({t.i for t in subject.subtree} - aside, subject.i)
    while lo < hi and ((doc[lo].is_punct and not doc[lo].is_quote) or _opens_clause(doc[lo])):
        lo += 1
    while hi > lo and doc[hi].is_punct and not doc[hi].is_quote and doc[hi].text != ")":
        hi -= 1
    words = doc[lo : hi + 1]
    if sum(t.is_quote for t in words) % 2 or open_brackets(words):
        return None  # a quotation or a bracket the phrase opens and does not close
    return lo, hi


def _doer_after(head: Token, subjects: list[Token], blocked: set[int]) -> tuple[int, int] | None:
    """The offsets of the doer's phrase right after a gerund's clause that opens its
    sentence, nothing but a comma between ("After being arrested in spring 2014,
    Shannon Maureen Conley was"); None when the parse gives the verb two subjects
    ("Before running for the Senate -- his first campaign for public office -- Cruz
    was")."""
    doc = head.doc
    top = head.head if head.dep_ == "pcomp" else head  # "After being arrested"
    opening = doc[top.sent.start : top.left_edge.i]
    if any(not t.is_punct and t.pos_ not in ("CCONJ", "ADV") for t in opening):
        return None  # not in front of its sentence: the parse's guess
    found = _doer_phrase(subjects[0]) if len(subjects) == 1 else None
    if found is None:
        return None
    lo, hi = found
    between = doc[head.right_edge.i + 1 : lo]
    if not all(t.is_punct and not t.is_quote for t in between) or hi - lo + 1 > MAX_STRETCH:
        return None
    if blocked.intersection(range(lo, hi + 1)):
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _opens_clause(token: Token) -> bool:
    """Whether `token` is a word opening a clause ("when", "and", "after"), no part
    of the doer's phrase the parse may hang it from."""
    return token.tag_ == "WRB" or token.dep_ in ("cc", "mark")


def row_reach(
    head: Token, first: int, blocked: set[int], floor: int
) -> tuple[int, tuple[int, int] | None]:
    """Where a row starting at token `first` starts (`reach_start`), and, when it
    cannot reach its doer, the doer's phrase told apart (`subject_stretch`)."""
    start = reach_start(head, first, blocked, floor)
    return start, subject_stretch(head, start, blocked, floor) if start == first else None
