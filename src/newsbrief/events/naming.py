"""Which words of a subject's phrase only tell which thing it is.

A row reaches back to its subject over the words between when they name it ("A
woman who was watching her clothes dry was killed", "The singer, whose full name
was Kayahan Acar, was born"), and not when they tell an event or state of another
time ("The warship, which was launched in 1956,", "Carnival, which has three ships
on order, presented claims this week"): then the subject is told apart ("Carnival
… presented claims this week").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.tree import has_subject
from newsbrief.temporal.tense import verb_tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Marks setting words aside. A subject's relative clause set aside with no time
# of its own ("The singer, whose full name was Kayahan Acar, was born") is read
# with the row; other asides are of another time. A relative or participle clause
# that tells which thing ("a woman who was watching her clothes dry") is part of
# naming the subject. A clause hanging from the subject's nouns by a preposition
# ("the wisdom in returning the boy") tells an event of its own.
_ASIDE = frozenset({",", "(", ")", "—", "–", "--", ";", ":"})
_NAMING_DEPS = frozenset({"relcl", "acl"})
# Marks that set an aside off in pairs.
_PAIRED = frozenset({",", "--", "—", "–"})
_EVENT_DEPS = frozenset({"pcomp", "advcl", "ccomp", "csubj", "parataxis"})


def names_its_subject(subject: Token, tokens: Span) -> bool:
    """Whether `tokens`, the words of `subject` before its verb, only tell which
    thing it is: nothing set aside but another name for it between commas ("The
    centerpiece of his strategy, federal rules curbing emissions, faces a test"),
    every clause in them within a relative or participle one (or the subject
    itself, "Taking photos")."""
    named = {i for i in _other_names(subject, tokens) if tokens.doc[i].text == ","}
    named |= _inner_commas(subject, tokens)
    asides = _relative_asides(subject, tokens)
    for t in tokens:
        if t.text in _ASIDE and not (t.i in named or t.i in asides):
            return False
        if t == subject or t.pos_ not in ("VERB", "AUX") or t.dep_ not in _EVENT_DEPS:
            continue
        up = t
        while up != subject and up.dep_ not in _NAMING_DEPS and up.head != up:
            up = up.head
        if up == subject:
            return False
    return True


# Verb forms with a tense of their own: a clause in an aside that tells a state or
# event of its own time ("Carnival, a company that has three ships on order,").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _other_names(subject: Token, tokens: Span) -> set[int]:
    """The indices of the appositions of `subject` in `tokens` with no verb of a
    tense of their own, and of the commas around them. A second subject of the
    same verb after a comma is one the parse did not join ("The centerpiece of
    his strategy, federal rules curbing emissions, faces")."""
    out: set[int] = set()
    others = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]
    for t in [c for c in subject.children if c.dep_ == "appos"] + others:
        if not tokens.start <= t.i < tokens.end:
            continue
        sub = list(t.subtree)
        if any(w.tag_ in _FINITE for w in sub):
            continue
        lo, hi = sub[0].i, sub[-1].i
        out |= set(range(lo, hi + 1)) | {lo - 1, hi + 1}
    return out


def _inner_commas(subject: Token, tokens: Span) -> set[int]:
    """The indices of the commas in `tokens` that set nothing aside: those joining
    names within the subject's phrase ("a small aircraft carrying Buddy Holly,
    Ritchie Valens and Richardson"), unless a verb is in them, and the commas or
    dashes around a participle with no tense or date of its own ("Winners of the
    annual contest, judged by the Stars and Stripes newspaper, were announced")."""
    out: set[int] = set()
    doc = subject.doc
    for t in tokens:
        participle = t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.i >= tokens.start
        listed = t.dep_ in ("conj", "appos") and t.head != subject and t.head.pos_ != "VERB"
        if not participle and not listed:
            continue
        sub = list(t.subtree)
        before, after = sub[0].i - 1, sub[-1].i + 1
        mark = doc[before].text if before >= tokens.start else None
        if participle and mark in _PAIRED:
            # Between dashes too: "The search for the coffin -- using radar -- began".
            closed = mark == "," or (after < len(doc) and doc[after].text == mark)
            if closed and not any(
                w.tag_ in _FINITE or w.ent_type_ in ("DATE", "TIME") for w in sub
            ):
                out |= {before, after}
        elif listed and mark == "," and not any(w.pos_ in ("VERB", "AUX") for w in sub):
            out.add(before)
    return out


def _relative_asides(subject: Token, tokens: Span) -> set[int]:
    """The indices of the marks around a relative clause on the subject, or a
    participle of its verb, set aside with no time in it ("The singer, whose full
    name was Kayahan Acar, was born", "City, seeking to retain its title, is one
    point ahead", "The 20-year-old -- who was born in Syria -- was arrested").
    A relative clause of now on a verb of another time (`_of_now`) is no such
    aside: "The 20-year-old -- who claims he is affiliated with ISIS -- was
    arrested" is "The 20-year-old … was arrested"."""
    out: set[int] = set()
    doc = subject.doc
    for t in tokens:
        relative = t.dep_ == "relcl" and t.head == subject
        participle = (
            t.dep_ == "advcl"
            and t.tag_ in ("VBG", "VBN")
            and t.head == subject.head
            and not has_subject(t)
        )
        if not relative and not participle:
            continue
        if relative and _of_now(t, subject):
            continue
        sub = list(t.subtree)
        before, after = sub[0].i - 1, sub[-1].i + 1
        if before < tokens.start or after >= tokens.end:
            continue
        if doc[before].text not in _PAIRED or doc[after].text != doc[before].text:
            continue
        if any(w.ent_type_ in ("DATE", "TIME") for w in sub):
            continue
        out |= {before, after}
    return out


def _of_now(clause: Token, subject: Token) -> bool:
    """Whether the relative clause at `clause` tells a state of now ("which has
    three ships on order") while the subject's verb tells a past or a future
    ("presented claims this week"). Not when the subject is one of several
    ("Russia, which we speak of so much, and the Russian people showed"): told
    apart, the doer would be only the first."""
    verb = subject.head
    others = [c for c in verb.children if c.dep_ == subject.dep_ and c.i > subject.i]
    if others or any(c.dep_ == "conj" for c in subject.children):
        return False
    return verb_tense(clause, stated=True) == "present" and verb_tense(verb, stated=True) in (
        "past",
        "future",
    )
