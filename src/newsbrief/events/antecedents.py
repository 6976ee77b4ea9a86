"""What a clause that modifies a noun belongs to: the noun, or the one before it
that a "who" stands for ("the passengers and crew on board, who have had ..." is
about the passengers, not about "board")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns that stand for a person as a pronoun would.
_SOMEONE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one"}
)


def phrase_of(clause: Token, noun: Token) -> Token:
    """The noun a relative clause (at its verb `clause`) after `noun` is about:
    `noun`, unless that is a bare singular noun closing a phrase of place or state
    ("on board", "in power", "on duty") that a "who" cannot stand for; then the
    noun that phrase hangs from ("the 239 passengers and crew on board, who have
    had ...": the passengers, not "board")."""
    if noun.lower_ in _SOMEONE:
        return noun  # "against someone who beat me"
    who = any(c.tag_ == "WP" and c.lower_ in ("who", "whom") for c in clause.children)
    bare = noun.tag_ == "NN" and all(c.is_punct or c == clause for c in noun.children)
    if who and bare and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        above = noun.head.head
        if above.pos_ in ("NOUN", "PROPN") and above.ent_type_ not in ("DATE", "TIME"):
            return above
    return noun


def antecedent(clause: Token) -> Token | None:
    """The head of the noun phrase a relative clause or participle (at its verb) is
    about (`phrase_of`)."""
    if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return phrase_of(clause, clause.head)
    # "a country that, 100 years ago, was a superpower": a relative clause the parse
    # took for another kind. Its pronoun follows the noun it stands for; a "that"
    # follows no name ("another in Columbus that killed a 13-year-old").
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None or pronoun.tag_ not in ("WDT", "WP") or not pronoun.i:
        return None
    before = clause.doc[pronoun.i - 1]
    named = before.pos_ == "PROPN" and pronoun.lower_ != "that"
    return before if before.pos_ == "NOUN" or named else None


def climbed(verb: Token, noun: Token) -> bool:
    """Whether `noun` is the head of a noun phrase that a relative clause or
    participle at `verb` or above it is about, past the noun it hangs from
    (`phrase_of`)."""
    return any(
        c.dep_ in ("relcl", "acl") and c.head != noun and antecedent(c) == noun
        for c in (verb, *verb.ancestors)
    )


_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def noun_of(clause: Token) -> Token | None:
    """The head of the noun phrase a clause modifying a noun belongs to (`phrase_of`):
    a noun that is no date ("a visit she made"; not "on Friday, when the cover was
    revealed", whose row the date says), or, as a relative clause of "who" or
    "which" or a participle, a number or a pronoun ("the 14.9 million who tuned
    in", "those who left", "one sent in October 2011"); None for any other clause."""
    word = clause.head
    if clause.dep_ not in ("relcl", "acl") or word.ent_type_ in ("DATE", "TIME"):
        return None
    # An adjective in a noun's place, a participle after it, is one ("results from an
    # autopsy, scheduled for Sunday"); not "much who prevailed".
    adjective = word.pos_ == "ADJ" and word.dep_ in _NOUN_SLOTS and clause.dep_ == "acl"
    if word.pos_ in ("NOUN", "PROPN") or adjective:
        return phrase_of(clause, word)
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        return word if word.pos_ in ("NUM", "PRON", "DET") else None  # "one sent in October"
    relative = any(c.tag_ in ("WP", "WDT") for c in clause.children)
    if clause.dep_ == "relcl" and relative and word.pos_ in ("NUM", "PRON", "DET"):
        return word
    return None


# Participles of a plan ("set for Tuesday", "scheduled to open", "expected to
# finish"), and the words a noun phrase they follow may run through.
_PLANNED = frozenset({"set", "schedule", "slate", "expect", "plan"})
_PHRASE_LINKS = frozenset({"of", "to"})


def planned_thing(clause: Token) -> Token | None:
    """The noun a participle of a plan right after it is about, where the parse made
    the participle an adverbial clause of the verb: "have come out against his
    speech to Congress, set for Tuesday" (the speech is set, not the coming out),
    "will display the ship in its museum of movie history, scheduled to open in
    2017". Not a place, a person or a date: after those the participle more likely
    tells of the verb's subject ("He arrived in Washington, expected to meet ...").
    None for any other clause."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBN" or clause.lemma_ not in _PLANNED:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in clause.children):
        return None
    doc, i = clause.doc, clause.i - 1
    while i > clause.sent.start and doc[i].is_punct and clause.i - i <= 2:
        i -= 1
    last = doc[i]
    noun, current = None, last
    for _ in range(6):
        if current.pos_ in ("NOUN", "PROPN"):
            noun = current
        up = current.head
        linked = up.pos_ == "ADP" and up.lower_ in _PHRASE_LINKS
        if up == current or up.right_edge != last or not (linked or up.pos_ in ("NOUN", "PROPN")):
            break
        current = up
    if noun is None or noun.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP", "DATE", "TIME"):
        return None
    return noun
