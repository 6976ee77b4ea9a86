"""Whose deed a gerund tells: "Jordan Spieth has Rory McIlroy in his sights after
winning the Valspar Championship on Sunday" is Spieth's win, so a row of "winning
the Valspar Championship on Sunday" names him as its doer; and whether a verb is
an infinitive hung from another verb's clause, whose doer and time are that
verb's (`adverbial_infinitive`).

Only where the words make the doer plain: the gerund hangs from a clause with a
subject of its own, by a preposition or as a participle of what that doer did,
after that clause or in front of it ("Campaigning against Mitt Romney in 2012,
he barely mentioned climate change").
Not when the verb above has an object that may be the doer, unless it is a verb
of blame or credit, whose object did the deed ("accusing Durst of killing his
friend": `blamed`), and not a participle telling what the event brought about
("..., forcing the company to file for bankruptcy", "capping a tumultuous week"):
a wrong doer is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.lexicon import BLAMING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions of time: what comes after or before is done by the clause's doer
# even when its verb has an object ("passed up the chance after losing").
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "while", "upon", "until"})

# Participles whose doer is the event above or a thing, not its subject: results
# ("resulting in", "making it the top show", "sending shares down") and ranges
# or measures ("spanning from March 2008", "using July 2013 dollars").
_NOT_THE_DOERS = frozenset(
    {"bring", "cap", "cause", "force", "leave", "lift", "make", "mark", "prompt", "push",
     "raise", "result", "send", "spark", "trigger", "boost", "drive", "put", "take",
     "give", "add", "span", "range", "cover", "use"}
)  # fmt: skip

# Verbs whose gerunds are what they name, not deeds of their subject ("His
# exploits have included riding horses, ..., handling a tranquilized tiger").
_NAMING = frozenset({"include", "involve", "mean", "require", "entail", "feature"})

# Labels of an object of the verb above, which may be the gerund's doer.
_OBJECTS = frozenset({"dobj", "dative"})


def adverbial_infinitive(verb: Token) -> bool:
    """Whether `verb` is a "to" infinitive hung from another verb's clause ("Du
    Pont's stock rose $2.50 a share to close at $117.375 ... yesterday"): its doer
    and its time are that verb's, whatever the parse hangs from it."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _gerund(verb: Token) -> bool:
    """Whether `verb` is a gerund or participle, active or passive ("being freed")."""
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)


def sharing_verb(verb: Token, subject_deps: frozenset[str]) -> Token | None:
    """The verb whose subject (a label of `subject_deps`) does what the gerund at
    `verb` tells: the verb its preposition hangs from ("after winning"), or the
    one its participle clause does ("..., telling CBS in January"); None when the
    gerund has a subject of its own or the doer is not plain (see above)."""
    if not _gerund(verb) or any(c.dep_ in subject_deps for c in verb.children):
        return None
    if verb.i > verb.sent.start and (verb.text[:1].isupper() or verb.doc[verb.i - 1].is_quote):
        return None  # a title ("Looking for Richard" (1996))
    if verb.dep_ == "advcl":  # "..., telling CBS in January"; "Speaking on Thursday, Richard"
        if verb.lemma_ in _NOT_THE_DOERS:
            return None
        above = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        above = verb.head.head
        if verb.head.lower_ not in _TIME_PREPOSITIONS and any(
            c.dep_ in _OBJECTS for c in above.children
        ):
            return None
    else:
        return None
    if above.pos_ not in ("VERB", "AUX") or above.lemma_ in _NAMING:
        return None
    # A subject that only points ("This would mark Kim's first trip since
    # inheriting the leadership") names no doer.
    if not any(c.dep_ in subject_deps and c.tag_ != "DT" for c in above.children):
        return None
    return above


def blamed(verb: Token) -> Token | None:
    """The object of a verb of blame or credit whose deed the gerund at `verb`
    tells ("accusing Durst of shooting and killing his close friend in December
    2000" is Durst's deed), when the gerund has no subject of its own."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for", "with") or prep.dep_ != "prep":
        return None
    if not _gerund(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    above = prep.head
    if above.lemma_ not in BLAMING_VERBS:
        return None
    return next((c for c in above.children if c.dep_ == "dobj" and c.i < prep.i), None)
