"""When a date was said, and the tense it was said in: the clause's tense, the
words that put a date ahead, and the time a quotation or a reported "would"
counts from when its sentence names it ("She wrote in an e-mail sent last July:
'Call me Sunday night'"; "Forecasters said on Wednesday the snow would cause
disruption on Friday")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsbrief.lexicon import BLAMING_VERBS, SPEECH_VERBS
from newsbrief.temporal.context import Context, Tense
from newsbrief.temporal.resolve import resolve
from newsbrief.temporal.scan import Candidate
from newsbrief.temporal.stated import dateline_end
from newsbrief.temporal.tense import before_what_was_said, governing_verb, tense_of_span, would_of
from newsbrief.temporal.tense_words import DEADLINE_VERBS, FUTURE_PARTICIPLES, FUTURE_VERBS
from newsbrief.temporal.values import is_reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A month or day named without its year ("near(10)", "near(10-03)").
NEAREST = re.compile(r"^near\((?P<code>[^,)]+)\)(?P<suffix>.*)$")

# Phrases just before a date that put it ahead: "as soon as Tuesday", "come October".
_AHEAD = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$|\bno\s+later\s+than\s*$|\bcome\s*$", re.I)
# "as of March 20": the state of things at a time already reached, usually; so is
# a dateline's day, the day the story was filed.
_AS_OF = re.compile(r"\bas\s+of\s*$", re.IGNORECASE)


def marked_ahead(c: Candidate) -> bool:
    """Whether the words before it put the date ahead of any time already over."""
    return _AHEAD.search(c.match.string, max(0, c.start - 20), c.start) is not None


def clause_tense(doc: Doc, c: Candidate) -> Tense | None:
    """The tense the date is read in: ahead after "come" or "as soon as", past
    after "as of" or in a dateline, else its clause's (`tense.py`)."""
    if marked_ahead(c):
        return "future"
    text = c.match.string
    if _AS_OF.search(text, max(0, c.start - 10), c.start) or c.start < (dateline_end(text) or 0):
        return "past"
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return "past" if _made_then(span) else tense_of_span(span)


# Words after a date that make "from" open a stretch ("from Monday to Friday").
_STRETCH_ENDS = frozenset({"to", "until", "till", "through", "-", "–"})


def _made_then(span: Span) -> bool:
    """Whether the date tells when a thing named was made ("features a report from
    over the weekend", "photos from Saturday"): a time already over, whatever the
    tense of the clause that holds the thing ("features" is now)."""
    prep = span.root.head
    if prep.lower_ == "over" and prep.head.lower_ == "from":
        prep = prep.head
    if prep.lower_ != "from" or prep.i == 0:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _STRETCH_ENDS:
        return False
    thing = prep.head
    if thing.pos_ in ("VERB", "AUX"):
        # The parse may hang "from" on the verb right after its object's noun.
        before = doc[prep.i - 1]
        thing = before if before.dep_ == "dobj" and before.head == thing else thing
    return thing.pos_ in ("NOUN", "PROPN") and thing.i < prep.i


def _by_sentence(sentences: list[int], indices: Iterable[int]) -> dict[int, list[int]]:
    """The candidates' indices grouped by the sentence they sit in, in order."""
    grouped: dict[int, list[int]] = {}
    for j in indices:
        grouped.setdefault(sentences[j], []).append(j)
    return grouped


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def day_of(value: str) -> dt.date | None:
    """The day a value names, if it names one ("2009-03-03", not "2009-03")."""
    return dt.date.fromisoformat(value) if _DAY.match(value) else None


def quotation_times(
    doc: Doc,
    candidates: list[Candidate],
    sentences: list[int],
    quoted: list[bool],
    reference: dt.date | None,
) -> dict[int, dt.date | None]:
    """For each quoted candidate whose sentence, outside the quotation, names a
    date: the day the quotation counts from ('She wrote in an e-mail sent last
    July: "Call me Sunday night"' is no Sunday of the article's week). A day named
    outside is that day; a coarser time ("last July") leaves the day unknown (None)."""
    out: dict[int, dt.date | None] = {}
    outside = _by_sentence(
        sentences, (j for j, c in enumerate(candidates) if not quoted[j] and c.rule.type == "DATE")
    )
    if not outside or not any(quoted):
        return out
    for i in range(len(candidates)):
        told = outside.get(sentences[i], []) if quoted[i] else []
        frames = [j for j in told if not _of_the_speaker(doc, candidates[j])]
        if not frames:
            continue
        j = min(frames, key=lambda j: abs(j - i))
        frame = candidates[j]
        tense = clause_tense(doc, frame)
        value = resolve(frame.template(), Context(reference, tense, {}, {}))
        if is_reference(value):
            continue  # 'said Einhorn, now with the Brookings Institution': no time of saying
        if _DAY.match(value):
            out[i] = dt.date.fromisoformat(value)
        elif reference is None or not value.startswith(reference.isoformat()[:7]):
            out[i] = None
    return out


def _of_the_speaker(doc: Doc, c: Candidate) -> bool:
    """Whether the date sits in a clause or an apposition that tells of the
    speaker ('said Ricciardo, who was third in the 2014 championship'): the time
    of that, not of the saying. (The medium's own time is the saying's: "in an
    e-mail sent last July".)"""
    current = root_of(doc, c)
    while current is not None and current.head != current:
        if current.dep_ in ("relcl", "appos") and current.head.dep_ in ("nsubj", "nsubjpass"):
            return True
        current = current.head
    return False


def reported_ahead(
    doc: Doc,
    candidates: list[Candidate],
    sentences: list[int],
    quoted: list[bool],
    reference: dt.date | None,
) -> dict[int, dt.date | None]:
    """For each date of what a past reporting verb said would happen, when the
    sentence names the day or month it was said: that day (the month's first),
    which the date lies ahead of ("Forecasters said on Wednesday the snow would
    cause disruption on Friday" is the Friday after that Wednesday, even in
    Saturday's paper; "said on Monday it would close in January" next January)."""
    out: dict[int, dt.date | None] = {}
    roots = [root_of(doc, c) for c in candidates]
    # The day it was said is named in the same sentence: looking only there keeps
    # an article of a thousand such sentences linear.
    same_sentence = _by_sentence(sentences, range(len(candidates)))
    for i, root in enumerate(roots):
        verb = governing_verb(root) if root is not None and not quoted[i] else None
        if verb is None or verb.dep_ != "ccomp" or not would_of(verb):
            continue
        frame = verb.head
        if frame.lemma_ not in SPEECH_VERBS or frame.tag_ != "VBD":
            continue
        for j in same_sentence[sentences[i]]:
            other = roots[j]
            if other is None or j == i or quoted[j] or candidates[j].rule.type != "DATE":
                continue
            if governing_verb(other) != frame and not before_what_was_said(other, verb):
                continue
            c = candidates[j]
            template = c.template()
            value = resolve(template, Context(reference, "past", {}, {}))
            if _DAY.match(value):
                out[i] = dt.date.fromisoformat(value)
            elif _MONTH_VALUE.match(value) and NEAREST.match(candidates[i].template()):
                # "said last month": a month or day named ahead of the first of it
                # ("next week" counted from a day the words do not give is not).
                out[i] = dt.date.fromisoformat(value + "-01")
            break
    return out


_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")


def told_over(doc: Doc, c: Candidate) -> bool:
    """Whether the date is the time of a verb in the simple past, a past passive
    or a pluperfect that it hangs from directly ("changed to a calendar year in
    December", "BP agreed in October", "was charged on April 3"): an event told as
    over, so not a month or day still to come; so is a gerund such a verb follows
    or blames ("was praised after winning the race in June", "arrested him for
    stealing a car in May"). A verb of saying is left out (what was said may lie
    ahead: "said in October it would close"), as are one of planning ("was
    expected in December") and other helpers ("would close")."""
    verb = _verb_told_at(doc, c)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in SPEECH_VERBS:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.lemma_ not in _PLANNING:
        # "was praised after winning the race in June", "arrested him for stealing
        # a car in May": a deed a past verb follows, or blames or credits, is over.
        prep, above = verb.head, verb.head.head
        follows = prep.lower_ in ("after", "following", "since")
        blames = prep.lower_ in ("for", "of", "with") and above.lemma_ in BLAMING_VERBS
        helpers = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
        return (follows or blames) and not helpers and _told_as_over(above)
    return _told_as_over(verb)


def _told_as_over(verb: Token) -> bool:
    """Whether `verb` is in the simple past, a past passive or a pluperfect."""
    if verb.pos_ != "VERB" or verb.lemma_ in SPEECH_VERBS:
        return False
    helpers = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not helpers
    # "was arrested on April 18", "had been charged on April 3": a passive or a
    # pluperfect is over too, unless it tells a plan ("was scheduled for May 5").
    return (
        verb.tag_ == "VBN"
        and verb.lemma_ not in _PLANNING
        and bool(helpers)
        and all(a.lower_ in _PAST_HELPERS for a in helpers)
        and helpers[0].lower_ in ("was", "were", "had")
    )


def told_ahead(doc: Doc, c: Candidate) -> bool:
    """Whether the date is the time of a verb with "will" or "shall" that it hangs
    from directly ("the board will meet in March"), or of an infinitive a present
    verb of planning looks ahead to ("the board plans to meet in March"): an event
    still to come, so not in a month or on a day already over."""
    verb = _verb_told_at(doc, c)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in verb.children):
        return True
    plan = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        and plan.tag_ in ("VBZ", "VBP")
        and plan.lemma_ in FUTURE_VERBS
    )


# What the helpers of an event told as over may be: "was", "were", "had", "had been".
_PAST_HELPERS = frozenset({"was", "were", "had", "been"})
# Participles that tell what was planned or moved, whose time may lie ahead.
_PLANNING = FUTURE_VERBS | FUTURE_PARTICIPLES | DEADLINE_VERBS | {"set", "book", "call"}


# Parts of a day the day itself may be told through: "on the evening of April 18".
_PARTS_OF_A_DAY = frozenset({"morning", "afternoon", "evening", "night", "hour", "eve"})


def _verb_told_at(doc: Doc, c: Candidate) -> Token | None:
    """The word the date hangs from directly, over "in", "on" or "during", and over
    a part of the day ("was killed on the evening of April 18")."""
    root = root_of(doc, c)
    if root is None:
        return None
    verb = root.head
    if verb.lower_ == "of" and verb.head.lemma_ in _PARTS_OF_A_DAY:
        verb = verb.head.head
    if verb.pos_ == "ADP" and verb.lower_ in ("in", "on", "during"):
        verb = verb.head
    return verb


def root_of(doc: Doc, c: Candidate) -> Token | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
