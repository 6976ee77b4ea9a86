"""The actors of an event: the named entities that can act, looked up by offset in
the article's entity index (`newsbrief.entities.EntityIndex`): which of them a
stretch of text names (`actors_in`), which one a token belongs to (`actor_at`), and
who acts in a parsed clause (`clause_actors`): its subject's names, not every place
the clause mentions ("Rebels seized the airport in Goma": Goma did not act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.entities import EntityIndex
from newsbrief.events.doers import adverbial_infinitive
from newsbrief.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity labels that can act in an event.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

# Parts of a subject that name where or whom, not who: "officials in Kampala",
# "the man who met Obama", "troops sent to Goma".
_NOT_ACTING = frozenset({"prep", "relcl", "acl", "advcl", "appos"})

# Pronouns a reported clause's subject may be, and the labels of a speaker they
# can stand for ("the United Nations said it would", "Smith said he would").
_PRONOUN_LABELS: dict[str, frozenset[str] | None] = {
    "it": frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"}),
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "they": None,
    "we": None,
    "i": frozenset({"PERSON"}),
}

# How many clauses up a verb without a subject of its own may look for one.
_MAX_CLIMB = 4


# Labels of actors that are not places: in a stretch without a clause ("Mar 3 |
# Council | budget vote"), a place named is where, not who.
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP"})


def actors_in(index: EntityIndex, start: int, end: int, *, places: bool = True) -> list[str]:
    """The names of the actors named inside [start, end), in order, each once
    (`places=False`: people, organizations and groups only)."""
    labels = ACTOR_LABELS if places else _NOT_PLACES
    return list(dict.fromkeys(e.name for e in index.within(start, end, labels)))


def actor_at(index: EntityIndex, start: int, end: int) -> str | None:
    """The name of the actor whose earliest-starting mention holds [start, end)."""
    found = index.containing(start, end, ACTOR_LABELS)
    return found.name if found is not None else None


def _subject(verb: Token, offset: int = 0, floor: int = 0) -> Token | None:
    """The subject of `verb` (at or after `floor`: a dateline may be parsed as one),
    or the agent of a passive ("was seized by rebels")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and offset + child.idx >= floor:
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _named(index: EntityIndex, subject: Token, offset: int, floor: int) -> dict[str, str]:
    """The actors a subject names, each with its label, leaving out the subject's
    prepositional phrases and clauses and anything before `floor` (a dateline the
    parse hung from the subject: "COLUMBUS, Ohio (AP) — The state sued")."""
    skipped: set[int] = set()
    for t in subject.subtree:
        if t.i not in skipped and t != subject and t.dep_ in _NOT_ACTING:
            skipped.update(s.i for s in t.subtree)
    named: dict[str, str] = {}
    for t in subject.subtree:
        if t.i in skipped:
            continue
        a = offset + t.idx
        found = index.containing(a, a + len(t.text), ACTOR_LABELS) if a >= floor else None
        if found is not None and found.label == "NORP" and t.dep_ in _DESCRIBING:
            continue  # "a senior Iranian diplomat": what the doer is, not who
        if found is not None:
            named.setdefault(found.name, found.label)
    return named


# How a word describes the noun it hangs from.
_DESCRIBING = frozenset({"amod", "compound", "nmod"})


def clause_actors(index: EntityIndex, head: Token, offset: int, floor: int = 0) -> list[str]:
    """Who acts in the clause `head` heads (token offsets + `offset` are the
    article's; nothing before `floor` counts): the names in its subject. A verb
    sharing its subject with the verb it is joined to ("seized the airport and
    burned it") takes that one's, as does an infinitive ("rose to close"); a
    pronoun subject of what was said ("the United Nations said it would send
    envoys") is the speaker, when the pronoun can stand for them."""
    verb = head
    for _ in range(_MAX_CLIMB):
        subject = _subject(verb, offset, floor)
        if subject is None:
            shares = verb.dep_ in ("conj", "xcomp") or adverbial_infinitive(verb)
            if not shares or verb.head == verb:
                return []
            verb = verb.head
            continue
        if subject.pos_ != "PRON":
            return list(_named(index, subject, offset, floor))
        if subject.lower_ not in _PRONOUN_LABELS:
            return []
        labels = _PRONOUN_LABELS[subject.lower_]
        frame = verb.head
        speaker = _subject(frame, offset, floor) if verb.dep_ == "ccomp" else None
        if speaker is None or frame.lemma_ not in SPEECH_VERBS:
            return []
        named = _named(index, speaker, offset, floor)
        return [name for name, label in named.items() if labels is None or label in labels]
    return []
