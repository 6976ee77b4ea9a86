"""Reported speech: "X said (that) ...", "X says ...", "X told Y ...", "X warned
that ...", "..., according to X".

A speech verb outside quotation marks whose clausal complement (`ccomp` in the
parse) is a statement gives its content, the verb as the cue, and its subject as
the speaker; "according to X" gives the rest of its sentence as content and X as
the speaker. A question ("asked whether ...") or a negated verb ("did not say
when ...") reports no statement. Only speech with someone to attribute it to is
kept: a statement nobody is named for is no quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbrief.blocks import trailer_start
from newsbrief.brief import TextSpan
from newsbrief.lexicon import LINK_LINE, dateline_length
from newsbrief.nlp import Segment
from newsbrief.quotes.claims import claimant
from newsbrief.quotes.context import Context, outside_quotes
from newsbrief.quotes.cues import governing_speaker, with_cue
from newsbrief.quotes.frames import after_frame
from newsbrief.quotes.speakers import Resolver, Speaker
from newsbrief.quotes.syntax import LISTENER_VERBS, SUBJECT_DEPS, speech_verb, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Speech verbs whose complement is no statement of the speaker's.
NOT_REPORTING = frozenset({"continue", "describe", "call", "post", "ask"})
# Words opening a complement that asks rather than states ("said whether ...").
QUESTION_WORDS = frozenset(
    {"whether", "if", "why", "how", "when", "where", "what", "who", "which", "whom"}
)
MIN_CONTENT_TOKENS = 3
DATELINE_MAX_TOKENS = 12  # "KUALA LUMPUR, Malaysia —", "LONDON (Reuters) -"
PARTIAL_MAX_WORDS = 4
_MARKS = " \n\"'\u201c\u2018"  # what may stand between a statement's words and its quote
# Verbs that judge in someone else's quoted words ('likened the rules to "burning the
# Constitution"', 'dismissed Estonia as being in the "suburbs of St. Petersburg"').
JUDGING_VERBS = frozenset(
    {"liken", "dismiss", "blast", "pound", "proclaim", "laud", "hail", "deride", "brand"}
    | {"label", "slam", "praise", "criticize", "criticise", "mock", "accuse", "decry"}
)  # quoted words this few under a speech verb are part of a statement


# What a clause's subject may be: "there was", "who did it remains".
_CLAUSE_SUBJECTS = SUBJECT_DEPS | {"csubj", "expl"}


@dataclass
class Reported:
    """A statement given in the article's words, its cue and its speaker."""

    content: TextSpan
    speaker: Speaker


def reported_speech(ctx: Context, resolver: Resolver) -> Iterator[Reported]:
    """Every statement of reported speech in the article, in order."""
    from spacy.symbols import AUX, VERB  # loaded with the model already

    verbal = (VERB, AUX)
    trailer = trailer_start(ctx.doc.blocks)
    for seg in ctx.doc.segments:
        if LINK_LINE.match(ctx.doc.blocks[seg.block].text) or seg.block >= trailer:
            # "READ MORE: Trudeau says ...": another story's headline; "Hakim Almasmari
            # reported from Sanaa": a credit after the story's end.
            continue
        allowed = outside_quotes(ctx, seg)
        according = seg.doc.vocab.strings["according"]
        for tok in seg.doc:
            # The word first, then whether it stands outside quotes (the dearer
            # test); the word's number and part of speech before any string.
            if tok.lower == according and tok.i + 1 < len(tok.doc):
                found = _according_to(seg, resolver, tok) if allowed(tok) else None
            elif (
                tok.pos in verbal
                and speech_verb(tok)
                and tok.lemma_.lower() not in NOT_REPORTING
                and allowed(tok)
            ):
                found = _said_that(seg, resolver, tok, allowed)
            else:
                continue
            if found is not None:
                yield found


def _said_that(seg: Segment, resolver: Resolver, verb: Token, allowed: object) -> Reported | None:
    """'X said (that) ...': the verb's clausal complement, when it states something."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in said if c.i > verb.i]
    before = said[0].right_edge.i + 1 if said and said[0].i < verb.i else None
    if after and before is not None and not any(t.is_punct for t in verb.doc[before : verb.i]):
        # "... in Petrie on March 30, 2013 Magistrate Rinaudo said he was swayed": a
        # caption run on into the sentence, with no mark before its speaker, is no
        # part of what was said.
        said = after
    # Not a relative "that" ("said the company that he founded would close", "said
    # the principle that a pilot follows is this"): one of the clause said itself.
    opener = next(
        (
            t.i
            for a in after[:1]
            for t in verb.doc[verb.i + 1 : a.i]
            if t.lower_ == "that" and t.dep_ in ("mark", "pobj") and a in (t.head, t.head.head)
        ),
        None,
    )
    if opener is not None:
        # "It's important to know that ..., she said over and over that she would
        # root out corruption": what "that" opens after the verb is what was said.
        said = after
    if not said and claimant(verb.head, verb.head.head) == verb:
        # "While the BBC claimed the plate was an 'unhappy coincidence', X said":
        # the words the parse gave the verb after are this one's.
        words = verb.doc[verb.right_edge.i + 1 : verb.head.right_edge.i + 1]
        if _asks(words) or len(words) < MIN_CONTENT_TOKENS:
            return None
        subj = subject(verb, allowed)  # type: ignore[arg-type]
        found = with_cue(resolver.speaker(seg, subj), seg, verb) if subj is not None else None
        return Reported(_trimmed(seg, words), found) if found is not None else None
    if not said or said[0].pos_ not in ("VERB", "AUX") or claimant(said[0], verb) is not None:
        return None
    # "She had suggested a taxi, but Nemtsov didn't want to, her mother said": the
    # parse may split what was said into clauses that follow each other; all of them
    # were said. One set apart is something else ("She added that ...: 'Nobody went
    # home.'" is a quote of its own).
    end = said[0].right_edge.i
    for clause in said[1:]:
        if clause.left_edge.i != end + 1:
            break
        end = clause.right_edge.i
    # "said on Monday it would close ...": the day it was said is not what was said
    # (but "On Sunday, 3,000 women marched, police said" is when they marched).
    start = said[0].left_edge.i
    if start > verb.i:
        start = min(after_frame(said[0].lefts, start), said[0].i)
    if opener is not None and start < opener:
        start = opener  # "said over and over that ...": from "that"
    words = verb.doc[start : end + 1]
    if _asks(words) or len(words) < MIN_CONTENT_TOKENS:
        return None
    subj = subject(verb, allowed)  # type: ignore[arg-type]
    if subj is None:
        return None
    found = with_cue(resolver.speaker(seg, subj), seg, verb)
    return Reported(_trimmed(seg, words), found) if found is not None else None


def _according_to(seg: Segment, resolver: Resolver, tok: Token) -> Reported | None:
    """'..., according to X': the rest of the sentence, said by X."""
    to = tok.nbor()
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if to.lower_ != "to" or source is None:
        return None
    sent: Iterable[Token] = tok.sent
    if tok.head.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        # "History is written by the victors, and according to the Tudors, Richard
        # was hunchbacked": the clause it is joined to is not the Tudors' to say.
        sent = list(tok.head.subtree)
    end = max(to.right_edge.i, source.right_edge.i)
    aside = _in_brackets(tok, end)
    if aside is not None:
        # "since it was formed (at the urging of Simon Cowell, according to some
        # stories) in 2010": the source vouches for the words in the brackets only,
        # and a phrase without a verb is no statement.
        sent = [t for t in aside if not tok.i <= t.i <= end]
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            return None
    words = [t for t in sent if not t.is_punct]
    if words and words[0].i == tok.i and end >= words[-1].i:
        # The parse took the statement for an apposition ('According to Rush
        # Limbaugh, the move reeks of "fear"'): the source ends at its comma.
        comma = next((t.i for t in sent if source.i < t.i <= end and t.text == ","), None)
        end = comma - 1 if comma is not None else end
    phrase = range(tok.i, end + 1)
    rest = [t for t in sent if t.i not in phrase and not t.is_punct and not t.is_space]
    if len(rest) < MIN_CONTENT_TOKENS:
        return None
    found = with_cue(resolver.speaker(seg, source), seg, tok, to.i + 1)
    if found is None:
        return None
    return Reported(_trimmed(seg, tok.doc[rest[0].i : rest[-1].i + 1]), found)


def _in_brackets(tok: Token, end: int) -> list[Token] | None:
    """The words inside the brackets that hold `tok` up to token `end`, if any."""
    sent = tok.sent
    opening = next((t for t in reversed(sent[: tok.i - sent.start]) if t.text in "()"), None)
    closing = next((t for t in sent[end + 1 - sent.start :] if t.text in "()"), None)
    if opening is None or closing is None or opening.text != "(" or closing.text != ")":
        return None
    return list(tok.doc[opening.i + 1 : closing.i])


def around_partial_quotes(ctx: Context, resolver: Resolver) -> Iterator[Reported]:
    """A few quoted words the parse hangs under a speech verb ('called the plan a
    "reckless gamble"', 'described him as "unhinged"'): the verb's words after it,
    up to the quote's end, as a statement of its speaker."""
    for piece in ctx.pieces:
        if not piece.partial or len(ctx.doc.text[piece.start : piece.end].split()) > (
            PARTIAL_MAX_WORDS
        ):
            continue
        found = governing_speaker(ctx, resolver, piece, JUDGING_VERBS)
        hit = ctx.token_at(found.cue.start) if found is not None and found.cue else None
        if found is None or hit is None:
            continue
        seg, verb = hit
        # Not the listener of "told" ("told African-Americans this weekend he ..."),
        # unless the parse took the subject of what was said for one ("told
        # psychologists mass shooters ... were his 'idols'"); what is "called" is
        # what the words are said of.
        told = verb.lemma_.lower() in LISTENER_VERBS and verb.lemma_.lower() != "call"
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        subjects = [s for c in clauses for s in c.children if s.dep_ in _CLAUSE_SUBJECTS]
        listener = ("dobj", "dative") if told and subjects else ()
        after = [
            c
            for c in verb.rights
            if not c.is_punct and c.dep_ not in SUBJECT_DEPS and c.dep_ not in listener
        ]
        holding = [c for c in after if seg.offset(c.left_edge.idx) <= piece.open]
        if not holding:
            continue
        last = holding[-1]
        start = after_frame(after, after[0].left_edge.i)  # 'said Monday he was "..."'
        if after[0].dep_ == "ccomp" and start == after[0].left_edge.i:
            # 'told them this weekend he would ...': a frame the parse gave the clause
            start = min(after_frame(after[0].lefts, start), after[0].i)
        end = last.right_edge.i + 1
        gap = ctx.doc.text[seg.offset(verb.doc[end - 1].idx + len(verb.doc[end - 1])) : piece.start]
        if gap.strip(_MARKS):
            continue  # 'posted a video Thursday in which a car takes "snow laps"': not said
        while end < len(verb.doc) and seg.offset(verb.doc[end].idx) < piece.end:
            end += 1  # 'raised concerns about the system "repeatedly"': up to its end
        words = verb.doc[min(start, last.i) : end]
        if len(words) >= MIN_CONTENT_TOKENS:
            yield Reported(_trimmed(seg, words), found)


def _asks(words: Span) -> bool:
    first = next((t for t in words if not t.is_punct), None)
    return first is not None and first.lower_ in QUESTION_WORDS


def _trimmed(seg: Segment, words: Span) -> TextSpan:
    """The content's words without punctuation at either end, nor the dateline a
    paragraph opens with ('(CNN)An American ...', 'LONDON (Reuters) - The ...')."""
    a, z = words.start, words.end
    doc = words.doc
    while a < z - 1 and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while z > a + 1 and (doc[z - 1].is_punct or doc[z - 1].is_space):
        z -= 1
    found = seg.span(doc[a:z])
    if all(t.is_punct or t.is_space for t in doc[:a]):  # the segment's first words
        # From the segment's start: "(CNN)The crew ..." read from "CNN)" is no dateline.
        opening = doc[: min(z, a + DATELINE_MAX_TOKENS)]
        cut = dateline_length(opening.text)
        b = seg.offset(opening.start_char) + cut if cut else 0
        if found.start < b < found.end:
            return TextSpan(found.text[b - found.start :], b, found.end)
    return found
