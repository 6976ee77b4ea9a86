"""A date stated once and carried by the sentences after it that go on telling
the same story without a time of their own ("Police on Sunday seized a van
packed with explosives. They arrested two men.").

Only the simple past (active or passive) carries and takes a date: a present or a future ("He says",
"It will cost $5 million") is the article's now or a plan, not the story's next
step. The date is inferred (the words do not state it), so its row is
approximate, and its row says it was carried. It carries for a few sentences of
its paragraph, until a sentence names a time of its own or is set at the time
of writing ("the recent rally", "now").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbrief.events.doers import adverbial_infinitive
from newsbrief.events.moves import figure_move, latest
from newsbrief.events.tree import simple_past
from newsbrief.lexicon import SPEECH_VERBS
from newsbrief.nlp import doc_text
from newsbrief.temporal import TemporalExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many sentences without a time of their own a date carries to: news goes
# back and forth in time, and the further from its date the likelier a sentence
# is to tell of another time.
CARRIED_SENTENCES = 3

# Words that set a sentence at or near the time of writing.
_NOW_WORDS = frozenset({"recent", "recently", "now", "currently", "lately", "nowadays"})

# A date that names a day ("1998-02-13", "2009-07-30T10:00").
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class Carry:
    """The date the sentences read so far pass on to the next one."""

    date: TemporalExpr | None = None
    left: int = 0  # sentences it may still date
    speech: bool = False  # carried from a verb of speech
    frame: bool = False  # ... dated as the time of saying ("told me this week that")
    move: TemporalExpr | None = None  # the day a report's figures move on (`moves.py`)


def carry_dates(
    doc: Doc, anchored: dict[int, TemporalExpr], dated: dict[int, str], state: Carry
) -> set[int]:
    """Date the main verb of each sentence of `doc` that names no time by the date
    of the main verb of the dated sentence before it, both in the simple past.
    `anchored` maps clause heads to their dates (updated in place); `dated` holds
    the tokens of dates that anchor a clause; `state` comes from the segments of
    the paragraph before this one. Returns the heads it dated."""
    out: set[int] = set()
    for sent in doc.sents:
        root: Token = sent.root
        if any(t.i in dated or t.ent_type_ in ("DATE", "TIME") for t in sent):
            told = _told(root, anchored)
            date = anchored.get(told.i)
            # A date left unresolved ("Friday" with no reference date) tells
            # the reader nothing more carried to another row; one end of a
            # stretch or one of several times ("from 1996 until 2013", "its 2017
            # to 2018 season") is no time of the sentences after it.
            known = date is not None and "X" not in date.value and not date.joined
            past = simple_past(told) or (_tenseless(told) and simple_past(root))
            own = not _of_its_doer(told, dated)
            state.date = date if known and past and own else None
            if state.date is not None and _DAY.match(state.date.value) and figure_move(told):
                # Only a day: "The stock sank 25 per cent in 2018" looks back from
                # the trading day of the report, in another year.
                state.move = latest(state.move, state.date)
            state.left = CARRIED_SENTENCES
            state.speech = told == root and root.lemma_ in SPEECH_VERBS
            state.frame = _says(root, dated)
            continue
        if any(t.lower_ in _NOW_WORDS for t in sent):
            # "the S&P 500's recent rally was accompanied by ...": a time of its own,
            # counted from now, whatever the sentence before told.
            state.date = None
            continue
        if state.date is None or state.left <= 0:
            state.date = None
            if state.move is not None and _moved(doc, root, anchored):
                # "Intel eased 1/8 to 31 7/8." paragraphs after the day was told.
                anchored[root.i] = replace(state.move, loose=True)
                out.add(root.i)
            continue
        if (
            simple_past(root) and root.i not in anchored and root.lemma_ != "be"
            and not _quoted(doc, root.idx) and _fits(root, state.date, state)
        ):  # fmt: skip
            # A time of day ("at 4 a.m.") is the first sentence's own: the next
            # ones tell of that day.
            value = state.date.value.split("T")[0]
            anchored[root.i] = replace(state.date, value=value, loose=True)
            out.add(root.i)
        state.left -= 1
    return out


def _moved(doc: Doc, root: Token, anchored: dict[int, TemporalExpr]) -> bool:
    """Whether the undated root of a sentence tells a figure's move in the simple
    past, outside quotation marks."""
    return (
        root.i not in anchored
        and simple_past(root)
        and figure_move(root)
        and not _quoted(doc, root.idx)
    )


def _tenseless(verb: Token) -> bool:
    """Whether `verb` has no tense of its own ("plunging", "to resign"), not even
    with an auxiliary ("will rise"): it takes its root's."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VB", "VBG") and all(a == "to" for a in aux)


def _told(root: Token, anchored: dict[int, TemporalExpr]) -> Token:
    """The verb whose date a sentence passes on: its root's, for an undated verb
    of speech what it reports ("Esselte reported third-quarter net income fell ...
    Sales rose" tells of that quarter), and for another undated verb its dated
    complement or adverbial clause without a tense, an infinitive the parse makes
    a clause ("allowed the Bulldogs to return to the championship game", "rose
    $2.50 to close at $117.375 ... yesterday"). Only these head a clause that
    can be dated: a participle or a bare infinitive ("sent shares plunging") is
    one event with its verb (`no_clause`)."""
    if root.i in anchored:
        return root
    speech = root.lemma_ in SPEECH_VERBS
    told = (
        c
        for c in root.children
        if (c.dep_ == "ccomp" and (speech or _tenseless(c)))
        or (not speech and adverbial_infinitive(c))
    )
    return next((c for c in told if c.i in anchored), root)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})


def _of_its_doer(verb: Token, dated: dict[int, str]) -> bool:
    """Whether every date of the sentence modifies a noun in the subject of a verb
    done to something ("Strong fourth-quarter earnings ... buoyed share prices in
    Asia"): it is the doer's time, not the day the story goes on with ("The
    Shanghai Composite index gained 0.4 per cent"). A change in what the subject
    names ("third-quarter net income fell 5.9%. Sales rose 2.9%") is of its time."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for c in doers for t in c.subtree}
    times = [t for t in verb.sent if t.i in dated]
    # Only a modifier of a noun: "Police on Sunday seized a van" is the clause's day.
    roots = [t for t in times if t.head.i not in dated or t.head == t]
    return bool(roots) and all(t.i in inside and t.dep_ in _MODIFIER_DEPS for t in roots)


def _says(verb: Token, dated: dict[int, str]) -> bool:
    """Whether `verb` frames what was said ("told me this week that ...") and its
    date is the time of saying, outside what was said (`_told`). A deed a
    verb of speech may also name ("called for a moratorium") is no frame."""
    if verb.lemma_ not in SPEECH_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not said:
        return False
    inside = {t.i for c in said for t in c.subtree}
    return any(t.i in dated and t.i not in inside for t in verb.subtree)


def _fits(root: Token, date: TemporalExpr, state: Carry) -> bool:
    """Whether a carried date can date `root`. A date of saying dates only more
    saying. A statement after a sentence about the story is made on a day: "Adams
    met Blair on Sunday. He said ..." was said that day, but "Sales fell in June.
    He said ..." was not said all June long."""
    if root.lemma_ not in SPEECH_VERBS:
        # When something was said is no time of what is told next: "..., Douglas
        # Holtz-Eakin told me this week. Mr. Holtz-Eakin served as director of
        # the Congressional Budget Office."
        return not state.frame
    # A bare frame ("Whitlock said") tells nothing: what was said must be its own.
    if not any(c.dep_ == "ccomp" for c in root.children):
        return False
    return state.speech or bool(_DAY.match(date.value))


_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")


def _quoted(doc: Doc, char: int) -> bool:
    """Whether the character at `char` is inside a quotation that opened before
    it: a quotation's own sentences tell of the speaker's times, not the story's."""
    text = doc_text(doc)[:char]  # Doc.text would join every token again
    straight = text.count('"') + text.count("``") - text.count("''")
    curly = sum(ch in _OPENING for ch in text) - sum(ch in _CLOSING for ch in text)
    return straight % 2 == 1 or curly > 0
