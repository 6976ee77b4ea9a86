"""Direct quotes and who said them.

Quotation marks are paired block by block: curly and straight, double and single
(an apostrophe inside or at the end of a word is not a quote mark). A paragraph
that opens a quote and never closes it runs on into the next paragraph that opens
with a quote mark, as news copy writes a quote of several paragraphs.

Each quote takes its speaker from the first of these that applies (the approach
of textacy's `direct_quotations`: a speech verb next to the quote, its subject):

- the block's "X said:" lead-in (a Markdown block quote);
- a speech verb right after the closing mark, up to the end of the sentence:
  '"...," said X', '"...," X told CNN', '"...," according to X';
- a lead-in right before the opening mark: 'X said: "..."', 'X said, "..."', or a
  paragraph ending "X said:" before a quote paragraph;
- for a quote inside a sentence, the speech verb that governs it: 'called the
  plan a "reckless gamble"', 'said the group was "not against jobs"';
- the rest of a multi-paragraph quote, then the quote before it in the paragraph,
  then, for a paragraph that is only a quote, the paragraph before.

The speaker is resolved to a consolidated entity: a name through its mentions, a
pronoun to the nearest person named before it who agrees in gender (from titles
like "Mr" and "Ms" and from pronouns the article uses for them), "who" to the
noun it qualifies, "it" to the nearest organization, "the ministry" to the
organization whose name has that word, "the statement" to whoever issued it. A
speaker that is none of these is kept as the article gives it ("a spokeswoman
for the company"). A quoted phrase no speech verb governs is a scare quote or a
title ("so-called 'green corridor'") and is left out; a speaker is never invented.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from newsbrief.brief import Block, Entity, Quote, TextSpan
from newsbrief.entities import (
    EntityIndex,
    appositions,
    person_genders,
    pronoun_gender,
    title_cased,
)
from newsbrief.lexicon import SPEECH_VERBS
from newsbrief.nlp import Annotated, Segment
from newsbrief.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

QUOTED_KINDS = frozenset({"paragraph", "bullet", "quote"})

DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE = "“", "”", '"'
SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE = "‘", "’", "'"
QUOTE_CHARS = "\"“”'‘’«»"
DOUBLE_QUOTE_MARKS = frozenset('"“”')
RUN_LOOKAHEAD_BLOCKS = 8
# What may stand before an opening mark and after a closing one.
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:;,")
_AFTER_CLOSE = frozenset(" \t\n)]}—–-/.,;:!?…")
SENTENCE_END_CHARS = frozenset(".!?…")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"“”'‘’)]|$)")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
ORG_PRONOUNS = frozenset({"it", "its"})
NOMINATIVE_PRONOUNS = frozenset({"he", "she"})  # "found him standing" has no he as subject
# Words before a quoted phrase that make it a name or a label, not speech.
SCARE_CUES = frozenset({"so-called", "dubbed", "titled", "entitled", "nicknamed", "branded"})
# Nouns for what an organization publishes; "the statement said" is its issuer speaking.
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "release", "filing", "post", "memo", "notice", "ruling"}
)
# Nouns an article uses for an organization it has already named.
ORG_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "agency",
        "ministry",
        "department",
        "council",
        "organization",
        "organisation",
        "bank",
        "union",
        "party",
        "board",
        "committee",
        "commission",
        "authority",
        "government",
        "carrier",
        "airline",
        "automaker",
        "retailer",
        "manufacturer",
        "insurer",
        "operator",
        "utility",
        "charity",
        "club",
        "team",
        "office",
        "institute",
        "university",
        "hospital",
        "court",
        "alliance",
        "association",
        "network",
        "coalition",
    }
)
NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod"})
NP_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from"})

LEAD_IN_ENDS = (":", ",")
TERMINAL_TOKENS = frozenset({".", "!", "?", "…"})
TITLE_MAX_WORDS = 8
MINOR_TITLE_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "or"})
MIN_DIRECT_WORDS = 5
FRAGMENT_MAX_WORDS = 8  # an unattributed quote shorter than this is not taken for speech
CUE_WINDOW_TOKENS = 16
HEAD_WALK_STEPS = 8
ORG_LOOKBACK_BLOCKS = 3
PRONOUN_LOOKBACK_SENTENCES = 3  # sentences before the pronoun's own
PRONOUN_FAR_SENTENCES = 8  # beyond the lookback, only a person of known gender
DOCUMENT_LOOKBACK_BLOCKS = 3
SUBJECT_WALK_STEPS = 3
SUBJECT_DEPTH_CAP = 8
REPORTED_CLAUSE_STEPS = 3
# Speech verbs whose object is the listener: "told the court" never names the speaker.
LISTENER_VERBS = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform", "call"})


@dataclass
class _Piece:
    """One quoted stretch inside one block."""

    block: int
    open: int  # article offset of the opening mark (== start when there is none)
    start: int  # the quoted text, without marks
    end: int
    close: int | None  # article offset of the closing mark; None when it runs on
    run: int = -1  # pieces of one multi-paragraph quote share a run number
    speaker: str | None = None
    speaker_span: TextSpan | None = None
    keep: bool = True


@dataclass
class _Speaker:
    name: str
    span: TextSpan


@dataclass
class _Antecedent:
    """A person a pronoun may point back to."""

    start: int
    end: int
    entity: Entity
    sentence: int
    depth: int  # of the clause it is the subject of; -1 when named in passing
    known: str | None  # gender
    meant: bool  # an earlier pronoun resolved to this person


@dataclass
class _Context:
    """What attribution reads: the article, its entities and where quotes are."""

    doc: Annotated
    entities: list[Entity]
    pieces: list[_Piece] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # shown, else by given name
    shown_genders: dict[str, str] = field(default_factory=dict)  # as the article shows

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Article offsets where sentences begin, in order."""
        return [seg.offset(s.start_char) for seg in self.doc.segments for s in seg.doc.sents]

    def inside_quote(self, offset: int) -> bool:
        return self._quoted.at(offset) is not None

    @cached_property
    def _quoted(self) -> SpanIndex[_Piece]:
        # Built on first use, once the pieces are all found.
        return SpanIndex(self.pieces)

    def segment_at(self, offset: int) -> Segment | None:
        return self.doc.segment_at(offset)

    def token_at(self, offset: int) -> tuple[Segment, Token] | None:
        seg = self.segment_at(offset)
        if seg is None:
            return None
        i = seg.token_index(offset - seg.start)
        return (seg, seg.doc[i]) if i >= 0 else None

    @cached_property
    def entities_by_offset(self) -> EntityIndex:
        """The entities by position, indexed once per article on first use."""
        return EntityIndex(self.entities)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The first entity (in list order) with a mention overlapping [start, end)."""
        return self.entities_by_offset.at(start, end)


# --- Quotation marks ------------------------------------------------------------------


def _shape(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the straight or curly mark at text[i]."""
    ch = text[i]
    if ch == DOUBLE_OPEN:
        return "open"
    if ch == DOUBLE_CLOSE:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _BEFORE_OPEN and not after.isspace():
        return "open"
    if not before.isspace() and (after in _AFTER_CLOSE or after in QUOTE_CHARS):
        return "close"
    return "either"


def _double_spans(text: str) -> list[tuple[int, int | None]]:
    """(open, close) indexes of double-quoted stretches; close None when unclosed.

    An opening mark inside an open quote starts a quote within it ('the show
    "Harbour Lights"'), except right after the end of a sentence: copy that lost a
    closing mark ('boil the water first. "This is') pairs up again from there."""
    spans: list[tuple[int, int | None]] = []
    opened: int | None = None
    nested = False
    for i, ch in enumerate(text):
        if ch not in (DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE):
            continue
        shape = _shape(text, i)
        if opened is None:
            if shape != "close":
                opened = i
        elif nested:
            nested = shape == "open"
        elif shape == "open" and text[:i].rstrip()[-1:] in SENTENCE_END_CHARS:
            spans.append((opened, i))
            opened = i
        elif shape == "open":
            nested = True
        else:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, None))
    return spans


def _single_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """Single-quoted stretches outside `taken`; apostrophes ("don't", "Lowes'") are not
    marks unless they close an open quote."""
    spans: list[tuple[int, int | None]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch not in (SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE):
            continue
        if any(a <= i < b for a, b in taken):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch != SINGLE_CLOSE and before in _BEFORE_OPEN and (after.isalnum() or after in '"“'):
                opened = i
        elif not before.isspace() and after in _AFTER_CLOSE and ch != SINGLE_OPEN:
            spans.append((opened, i))
            opened = None
    if opened is not None and _opens_speech(text, opened):
        spans.append((opened, None))  # runs on into the next paragraph
    return spans


def _opens_speech(text: str, i: int) -> bool:
    """Whether an unclosed single mark opens a quote rather than an elision ('90s):
    at the start of the paragraph, or after a lead-in and before a capital."""
    lead = text[:i].rstrip()
    return i == 0 or (lead[-1:] in (":", ",", ".") and text[i + 1 : i + 2].isupper())


def quote_spans(text: str) -> list[tuple[int, int | None]]:
    """Quoted stretches of one block as (opening mark, closing mark or None)."""
    doubles = _double_spans(text)
    closed = [(a, b if b is not None else len(text)) for a, b in doubles]
    singles = _single_spans(text, closed)
    spans = sorted(doubles + singles)
    # A quote within a quote belongs to the outer one.
    outer: list[tuple[int, int | None]] = []
    reach = -1
    for a, b in spans:
        if a < reach:
            continue
        outer.append((a, b))
        reach = len(text) if b is None else b
    return outer


def _first_mark(text: str, double: bool) -> tuple[str | None, int]:
    """The shape ('open' or 'close') and index of the first quote mark of a kind in
    `text`, apostrophes aside; (None, -1) when there is none."""
    for i, ch in enumerate(text):
        if double and ch in (DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE):
            return ("open" if _shape(text, i) == "open" else "close"), i
        if not double and ch in (SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch != SINGLE_OPEN and not before.isspace() and after in _AFTER_CLOSE:
                return "close", i
            if ch != SINGLE_CLOSE and before in _BEFORE_OPEN and after.isalnum():
                return "open", i
    return None, -1


def _block_spans(blocks: list[Block]) -> dict[int, list[tuple[int, int | None]]]:
    """Quoted stretches of each block that may hold quotes; -1 as the opening index
    means the block starts inside a quote. A quote left open at the end of a
    paragraph runs on through following paragraphs that have no marks, up to the
    paragraph whose first mark closes it (copy set one sentence a paragraph loses
    the marks that open each paragraph of a long quote)."""
    spans: dict[int, list[tuple[int, int | None]]] = {}
    for i, b in enumerate(blocks):
        if b.kind in QUOTED_KINDS:
            found = quote_spans(b.text)
            if b.kind == "quote" and not found:
                found = [(-1, None)]  # a block quote without marks is all quote
            spans[i] = found
    for i in sorted(spans):
        last = spans[i][-1] if spans[i] else None
        if last is None or last[1] is not None or last[0] < 0:
            continue
        following = spans.get(i + 1)
        if following and following[0][0] == 0:
            continue  # the next paragraph opens with a mark: the usual way
        double = blocks[i].text[last[0]] in DOUBLE_QUOTE_MARKS
        for j in range(i + 1, i + 1 + RUN_LOOKAHEAD_BLOCKS):
            if j not in spans:
                break
            shape, at = _first_mark(blocks[j].text, double)
            if shape == "open" and at == 0:
                for k in range(i + 1, j):  # the quote goes on in a paragraph of its own
                    spans[k] = [(-1, None)]
                break
            if shape == "open":
                break
            if shape == "close":
                for k in range(i + 1, j):
                    spans[k] = [(-1, None)]
                rest = quote_spans(blocks[j].text[at + 1 :])
                spans[j] = [(-1, at)] + [
                    (a + at + 1, None if z is None else z + at + 1) for a, z in rest
                ]
                break
    return spans


def _pieces(doc: Annotated) -> list[_Piece]:
    out: list[_Piece] = []
    runs = 0
    previous: _Piece | None = None  # an unclosed piece waiting for its continuation
    spans_of = _block_spans(doc.blocks)
    for i, b in enumerate(doc.blocks):
        spans = spans_of.get(i)
        if spans is None:
            previous = None
            continue
        continues = previous is not None and bool(spans) and spans[0][0] <= 0
        if previous is not None and not continues:
            previous = None
        for a, z in spans:
            start = a + 1
            end = len(b.text) if z is None else z
            piece = _Piece(i, b.start + max(a, 0), *_trim(b, start, end), None)
            if z is not None:
                piece.close = b.start + z
            if previous is not None and a == spans[0][0]:
                if previous.run < 0:
                    previous.run, runs = runs, runs + 1
                piece.run = previous.run
            if piece.end > piece.start:
                out.append(piece)
        last = spans[-1] if spans else None
        previous = out[-1] if last is not None and last[1] is None and out else None
    return out


def _trim(b: Block, start: int, end: int) -> tuple[int, int]:
    """Article offsets of a quote's text: no surrounding space, no trailing comma."""
    text = b.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",‘“"):
        end -= 1  # a stray opening mark left at the end by copy split into sentences
    return b.start + start, b.start + end


# --- Speakers -------------------------------------------------------------------------


def _subject(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """Who speaks with a speech verb: its active subject (a name before a common noun
    when the parse gives two: 'said study co-author Miriam Achterberg'), the agent of a
    passive one ('was called ... by X'), through conjoined and relative clauses, the
    noun an active participle describes ('a manager describing it as ...'). A
    speech verb the parse hangs inside reported speech ('said the verdict would give
    ..., adding:', 'said every penny had gone ... and told the court:') belongs to the
    speech verb that reports it."""
    speech = _speech_verb(verb)
    for _ in range(SUBJECT_WALK_STEPS):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and allowed(c)]
        if subjects:
            return next((s for s in subjects if s.pos_ == "PROPN"), subjects[0])
        for child in verb.children:
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None and allowed(agent):
                    return agent
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "she was called ...": not her words
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            reporter = _reporting_verb(verb.head) if speech else None
            verb = reporter if reporter is not None else verb.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and allowed(verb.head):
            return verb.head  # "a product manager describing the program as ..."
        return None
    return None


def _reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose reported clause holds `verb` ('said' for 'give' in 'said
    the verdict would give ...'), when `verb` is no speech verb itself."""
    node = verb
    for _ in range(REPORTED_CLAUSE_STEPS):
        if _speech_verb(node) or node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and _speech_verb(node.head):
            return node.head
        if node.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        node = node.head
    return None


def _adjacent_subject(
    verb: Token, allowed: Callable[[Token], bool], inverted: bool
) -> Token | None:
    """When the parse gives no usable subject: the name or pronoun right before the
    verb ('Mrs Lowe told'), else, where the order may be inverted (right after a
    quote), the name right after it ('said Maria Okafor'); never the listener of a
    verb that takes one ('told the court')."""
    doc = verb.doc
    if verb.i > 0:
        before = doc[verb.i - 1]
        if before.pos_ in ("PROPN", "PRON", "NOUN") and allowed(before):
            return before
    if not inverted or verb.lemma_.lower() in LISTENER_VERBS:
        return None
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PROPN", "ADJ", "NOUN") and allowed(doc[i]):
        if i + 1 >= len(doc) or doc[i + 1].pos_ not in ("PROPN", "NOUN"):
            return doc[i] if doc[i].pos_ in ("PROPN", "NOUN") else None
        i += 1
    return None


def _speech_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """Token range of a speaker's noun phrase: 'a spokeswoman for the company'."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in NP_DEPS:
            left = min(left, child.left_edge.i)
    right = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in NP_PREPOSITIONS:
            right = max(right, child.right_edge.i + 1)
            break
    return left, right


def _subject_depth(ctx: _Context, end: int) -> int:
    """How deep the clause is whose subject the name ending at `end` is (0 for the
    main clause); -1 when it is no subject."""
    hit = ctx.token_at(end - 1)
    if hit is None:
        return -1
    tok = hit[1]
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in SUBJECT_DEPS:
        return -1
    depth, node = 0, tok.head
    while node.head.i != node.i and depth < SUBJECT_DEPTH_CAP:
        depth, node = depth + 1, node.head
    return depth


class _Resolver:
    """From the subject of a speech verb to a speaker."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.people = sorted(
            (m.start, m.end, e)
            for e in ctx.entities
            if e.label == "PERSON"
            for m in e.mentions
            if not ctx.inside_quote(m.start)
        )
        self.orgs = sorted(
            (m.start, m.end, e)
            for e in ctx.entities
            if e.label == "ORG"
            for m in e.mentions
            if not ctx.inside_quote(m.start)
        )
        self.roles = self._roles()
        # (offset, end, person) of pronouns already resolved: 'she said' ... 'she said'.
        self.meant: list[tuple[int, int, Entity]] = []

    def _roles(self) -> list[tuple[int, str, Entity]]:
        """(offset, role noun, person) for 'the couple's lawyer, Harold Pennick',
        'Varga, the agency's regional administrator', 'Fire Marshal Luis Ortega'."""
        out = []
        for start, end, e in self.people:
            hit = self.ctx.token_at(end - 1)
            if hit is None:
                continue
            root = hit[1]
            nouns = appositions(root)
            nouns += [c for c in root.lefts if c.dep_ == "compound" and c.i < root.i]
            out += [
                (start, noun.lemma_.lower(), e) for noun in nouns if noun.pos_ in ("NOUN", "PROPN")
            ]
        return sorted(out, key=lambda r: r[0])

    def _person_by_role(self, at: int, role: str) -> _Speaker | None:
        """'the attorney': the person last introduced with that role before `at`."""
        for start, noun, e in reversed(self.roles):
            if start < at and noun == role:
                span = next(m for m in e.mentions if m.start == start)
                return _Speaker(e.name, span)
        return None

    def speaker(self, seg: Segment, tok: Token, depth: int = 0) -> _Speaker | None:
        ctx = self.ctx
        at = seg.offset(tok.idx)
        lower = tok.lower_
        gender = pronoun_gender(lower)
        if gender is not None:
            return self._person_before(at, at + len(tok.text), gender)
        if lower in ORG_PRONOUNS:
            return self._org_before(at, self._block_of(at), None)
        if lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" and depth < 2:
            return self.speaker(seg, tok.head.head, depth + 1)
        if tok.pos_ == "PRON":
            return None  # "they", "we", "I": no one named
        entity = ctx.entity_at(at, at + len(tok.text))
        if entity is not None:
            return _Speaker(entity.name, self._mention_span(entity, at))
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if tok.pos_ != "PROPN" and named is not None and depth < 2:
            return self.speaker(seg, named, depth + 1)  # "Its sponsor, Sen. Linda Cole, said"
        if tok.pos_ == "PROPN":
            a = tok.i
            while a > 0 and tok.doc[a - 1].pos_ == "PROPN" and tok.doc[a - 1].dep_ == "compound":
                a -= 1
            name = seg.span(tok.doc[a : tok.i + 1])
            known = self._entity_named(name.text)
            return _Speaker(known.name if known is not None else name.text, name)
        a, z = _noun_phrase(tok)
        phrase = seg.span(seg.doc[a:z])
        head = tok.lemma_.lower()
        if head in DOCUMENT_NOUNS and depth < 2:
            issuer = self._issuer(at, head, depth)
            if issuer is not None:
                return issuer
        if head in ORG_NOUNS and len(seg.doc[a:z]) <= 3:
            org = self._org_before(at, self._block_of(at), head)
            if org is not None:
                return org
        if any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            person = self._person_by_role(at, head)
            if person is not None:
                return person
        return _Speaker(phrase.text, phrase)

    def _entity_named(self, text: str) -> Entity | None:
        """The one entity with this name or alias, for a name the recognizer missed."""
        found = [e for e in self.ctx.entities if text == e.name or text in e.aliases]
        return found[0] if len(found) == 1 else None

    def _block_of(self, offset: int) -> int:
        seg = self.ctx.segment_at(offset)
        return seg.block if seg is not None else 0

    def _mention_span(self, entity: Entity, at: int) -> TextSpan:
        return next((m for m in entity.mentions if m.start <= at < m.end), entity.mentions[0])

    def _person_before(self, at: int, until: int, gender: str) -> _Speaker | None:
        """The person 'he' or 'she' means, among those named (or already meant by a
        pronoun) a few sentences before it and not of the other gender: in the
        nearest sentence that names any, a subject first ('Hallam admits ...'
        before 'for Rendell'), then one of that gender, then the subject of the higher
        clause, then the first named. Nobody when that is a name in passing and a he
        or she is that sentence's subject ('He said he would leave out Stuart'), or
        someone of that gender comes a little earlier. Further back, only a first
        person met whom the article shows to be of that gender."""
        pool = self._pronoun_candidates(at, gender)
        if not pool:
            return None
        nearest = pool[0].sentence
        if self._sentence_of(at) - nearest > PRONOUN_LOOKBACK_SENTENCES:
            far = pool[0]
            shown = far.meant or self.ctx.shown_genders.get(far.entity.name) == gender
            chosen = far if shown else None
        else:
            chosen = max(
                (c for c in pool if c.sentence == nearest),
                key=lambda c: (c.depth >= 0, c.known == gender, -c.depth, -c.start),
            )
            in_passing = chosen.depth < 0
            rival = any(
                c.known == gender and c.entity is not chosen.entity
                for c in pool
                if nearest - PRONOUN_LOOKBACK_SENTENCES <= c.sentence < nearest
            )
            if in_passing and (
                (chosen.known != gender and rival) or self._pronoun_subject(nearest, gender)
            ):
                chosen = None
        if chosen is None:
            return None
        self.meant.append((at, until, chosen.entity))
        a, z = chosen.start, chosen.end
        return _Speaker(chosen.entity.name, TextSpan(self.ctx.doc.text[a:z], a, z))

    def _pronoun_candidates(self, at: int, gender: str) -> list[_Antecedent]:
        """People a pronoun at `at` may mean, nearest first: not of the other gender,
        not a name used as a modifier ('the Trump administration'), nor one in
        passing in the pronoun's own sentence ('In an episode of Dr Hank, he says')."""
        i = bisect.bisect_left(self.people, (at, -1))
        here = self._sentence_of(at)
        found = [(s, z, e, _subject_depth(self.ctx, z), False) for s, z, e in self.people[:i]]
        found += [(s, z, e, 0, True) for s, z, e in self.meant if s < at]
        found.sort(key=lambda c: c[0], reverse=True)
        out = []
        for start, end, e, depth, meant in found:
            sentence = self._sentence_of(start)
            if here - sentence > PRONOUN_FAR_SENTENCES:
                break
            known = self.ctx.genders.get(e.name)
            if known not in (None, gender) or self._modifier(end):
                continue
            if sentence == here and depth < 0:
                continue
            out.append(_Antecedent(start, end, e, sentence, depth, known, meant))
        return out

    def _pronoun_subject(self, sentence: int, gender: str) -> bool:
        """Whether a he or she of that gender is a subject in that sentence."""
        starts = self.ctx.sentence_starts
        a = starts[sentence]
        z = starts[sentence + 1] if sentence + 1 < len(starts) else len(self.ctx.doc.text)
        hit = self.ctx.token_at(a)
        if hit is None:
            return False
        seg, tok = hit
        for t in tok.sent:
            if (
                t.dep_ in SUBJECT_DEPS
                and t.lower_ in NOMINATIVE_PRONOUNS
                and pronoun_gender(t.lower_) == gender
                and a <= seg.offset(t.idx) < z
                and not self.ctx.inside_quote(seg.offset(t.idx))
            ):
                return True
        return False

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.ctx.sentence_starts, offset) - 1

    def _modifier(self, end: int) -> bool:
        hit = self.ctx.token_at(end - 1)
        return hit is not None and hit[1].dep_ == "compound" and hit[1].head.pos_ == "NOUN"

    def _org_before(self, at: int, block: int, noun: str | None) -> _Speaker | None:
        """The organization meant by 'it' or 'the company': one whose name has the
        noun, else the nearest one named as a subject in the last few blocks."""
        i = bisect.bisect_left(self.orgs, (at, -1))
        earlier = list(reversed(self.orgs[:i]))
        if noun is not None:
            for start, end, e in earlier:
                if noun in e.name.lower().split():
                    return _Speaker(e.name, TextSpan(self.ctx.doc.text[start:end], start, end))
            if any(noun in e.name.lower().split() for e in self.ctx.entities):
                return None
        for start, end, e in earlier:
            hit = self.ctx.token_at(start)
            if hit is None or hit[0].block < block - ORG_LOOKBACK_BLOCKS:
                break
            head = hit[1]
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "Pacific Crest Power": each word compounds the next
            if head.dep_ in SUBJECT_DEPS or head.dep_ == "poss":
                return _Speaker(e.name, TextSpan(self.ctx.doc.text[start:end], start, end))
        return None

    def _issuer(self, at: int, noun: str, depth: int) -> _Speaker | None:
        """Who issued 'the statement': the subject of 'issued a statement' or of
        'said in a statement', the owner in 'the ministry's statement'."""
        block = self._block_of(at)
        for seg in reversed(self.ctx.doc.segments):
            if seg.start >= at or seg.block < block - DOCUMENT_LOOKBACK_BLOCKS:
                continue
            for tok in reversed(list(seg.doc)):
                if seg.offset(tok.idx) >= at or tok.lemma_.lower() != noun:
                    continue
                if self.ctx.inside_quote(seg.offset(tok.idx)):
                    continue
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                allowed = _outside_quotes(self.ctx, seg)
                if owner is None and tok.dep_ == "dobj":
                    owner = _subject(tok.head, allowed)
                if owner is None and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
                    owner = _subject(tok.head.head, allowed)
                if owner is None:
                    by = next((c for c in tok.children if c.lower_ in ("from", "by")), None)
                    owner = next(iter(by.children), None) if by is not None else None
                if owner is not None and owner.lemma_.lower() not in DOCUMENT_NOUNS:
                    return self.speaker(seg, owner, depth + 1)
        return None


# --- Attribution ----------------------------------------------------------------------


def _tokens_between(ctx: _Context, start: int, end: int) -> Iterator[tuple[Segment, Token]]:
    for seg in ctx.doc.segments:
        if seg.end <= start or seg.start >= end:
            continue
        for tok in seg.doc:
            if start <= seg.offset(tok.idx) < end:
                yield seg, tok


def _cue_speaker(
    ctx: _Context,
    resolver: _Resolver,
    start: int,
    end: int,
    nearest_last: bool,
    limit: int = CUE_WINDOW_TOKENS,
) -> _Speaker | None:
    """A speech verb (or 'according to') between two offsets and its subject: the
    first after a quote (up to the end of its sentence), the last before one."""

    found: list[tuple[Segment, Token]] = []
    for seg, tok in _tokens_between(ctx, start, end):
        if ctx.inside_quote(seg.offset(tok.idx)):
            continue
        if not nearest_last and found and (tok.text in TERMINAL_TOKENS or tok.is_quote):
            break
        found.append((seg, tok))
    window = found[-limit:] if nearest_last else found[:limit]
    order = reversed(range(len(window))) if nearest_last else iter(range(len(window)))
    for k in order:
        seg, tok = window[k]
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            source = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            if source is not None:
                return resolver.speaker(seg, source)
        if _speech_verb(tok):
            allowed = _outside_quotes(ctx, seg)
            before = window[:k]
            inverted = not nearest_last and all(t.is_punct for _, t in before)
            subj = _subject(tok, allowed) or _adjacent_subject(tok, allowed, inverted)
            if subj is not None:
                return resolver.speaker(seg, subj)
            if not nearest_last:
                return _named_before_verb(ctx, resolver, before)
    return None


def _named_before_verb(
    ctx: _Context, resolver: _Resolver, words: list[tuple[Segment, Token]]
) -> _Speaker | None:
    """After a quote, the words before a speech verb the parse gave no subject name
    the speaker ('"...," the group's executive director, Sharon Kimura, said'): the
    one person named there."""
    people = {
        e.name: (seg, tok)
        for seg, tok in words
        if (e := ctx.entity_at(seg.offset(tok.idx), seg.offset(tok.idx) + 1)) is not None
        and e.label == "PERSON"
    }
    if len(people) != 1:
        return None
    seg, tok = next(iter(people.values()))
    return resolver.speaker(seg, tok)


def _outside_quotes(ctx: _Context, seg: Segment) -> Callable[[Token], bool]:
    def allowed(tok: Token) -> bool:
        return not ctx.inside_quote(seg.offset(tok.idx))

    return allowed


def _sentence_start(text: str, block: Block, piece_open: int, floor: int) -> int:
    """Where the sentence holding a quote begins (article offset), not before `floor`."""
    local = text[block.start : piece_open]
    ends = [m.end() for m in _SENTENCE_END.finditer(local)]
    return max(floor, block.start + (ends[-1] if ends else 0))


def _governing_speaker(ctx: _Context, resolver: _Resolver, piece: _Piece) -> _Speaker | None:
    """For a quote inside a sentence: the speech verb above it in the parse."""
    hit = ctx.token_at(piece.start)
    if hit is None:
        return None
    seg, tok = hit
    inside = [t for t in tok.sent if piece.start <= seg.offset(t.idx) < piece.end]
    if not inside:
        return None
    root = next(
        (t for t in inside if not piece.start <= seg.offset(t.head.idx) < piece.end), inside[0]
    )
    node = root
    for _ in range(HEAD_WALK_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if _speech_verb(node) and not ctx.inside_quote(seg.offset(node.idx)):
            subj = _subject(node, _outside_quotes(ctx, seg))
            return resolver.speaker(seg, subj) if subj is not None else None
    return None


def _is_scare_quote(ctx: _Context, piece: _Piece) -> bool:
    """A quoted name or label: after 'so-called' or 'titled', or every word of it
    capitalized ('Star Trek', 'American Pie')."""
    before = ctx.doc.text[max(0, piece.open - 24) : piece.open].lower().split()
    if before and before[-1] in SCARE_CUES:
        return True
    body = ctx.doc.text[piece.start : piece.end]
    words = re.findall(r"[^\W\d_][\w'’-]*", body)
    if re.search(r"[.!?]$", body) or not words:
        return False
    if len(words) <= TITLE_MAX_WORDS and all(
        w[0].isupper() or w.lower() in MINOR_TITLE_WORDS for w in words
    ):
        return True
    return title_cased(body)


def _attribute(ctx: _Context, resolver: _Resolver, index: int) -> _Speaker | None:
    piece = ctx.pieces[index]
    text = ctx.doc.text
    block = ctx.doc.blocks[piece.block]
    if block.kind == "quote" and block.speaker is not None:
        hit = ctx.token_at(block.speaker.end - 1)
        if hit is not None:
            seg, tok = hit
            found = resolver.speaker(seg, tok)
            if found is not None:
                return found
        return _Speaker(block.speaker.text, block.speaker)
    previous = ctx.pieces[index - 1] if index else None
    floor = block.start
    if previous is not None and previous.block == piece.block and previous.close is not None:
        floor = previous.close + 1
    lead_start = _sentence_start(text, block, piece.open, floor)
    lead = text[lead_start : piece.open].strip()
    if piece.close is not None and _may_continue(text, piece, bool(lead)):
        found = _cue_speaker(ctx, resolver, piece.close + 1, block.end, nearest_last=False)
        if found is not None:
            return found
    if lead.endswith(LEAD_IN_ENDS):
        return _cue_speaker(ctx, resolver, lead_start, piece.open, nearest_last=True)
    if lead and lead not in ("—", "–", "-"):
        return _governing_speaker(ctx, resolver, piece)
    if piece.open == block.start and piece.block > 0:
        before = ctx.doc.blocks[piece.block - 1]
        if before.kind in QUOTED_KINDS and before.text.rstrip().endswith(":"):
            return _cue_speaker(ctx, resolver, before.start, before.end, nearest_last=True)
    if piece.close is not None and not text[piece.close + 1 : block.end].strip():
        after = _attribution_fragment(ctx, piece.block + 1)
        if after is not None:
            return _cue_speaker(ctx, resolver, after.start, after.end, nearest_last=False)
    return None


def _may_continue(text: str, piece: _Piece, has_lead: bool) -> bool:
    """Whether the sentence goes on after a quote's closing mark: not after a full
    stop inside the marks ('was "the best thing we built." Then ...'), nor after a
    question or exclamation inside a sentence that began before the quote."""
    last = text[piece.start : piece.end].rstrip()[-1:]
    after = text[(piece.close or piece.end) + 1 :].lstrip()[:1]
    if last == ".":
        return after.islower()
    if last in "?!":
        return not has_lead or after.islower()
    return True


def _attribution_fragment(ctx: _Context, index: int) -> Block | None:
    """A paragraph that only says who spoke ('Tolliver recalled.'), as copy split
    one sentence a paragraph has it after a quote."""
    if index >= len(ctx.doc.blocks):
        return None
    b = ctx.doc.blocks[index]
    words = b.text.split()
    if (
        b.kind != "paragraph"
        or len(words) > FRAGMENT_MAX_WORDS
        or any(c in b.text for c in QUOTE_CHARS[:3])
    ):
        return None
    return b


def _reported_before(ctx: _Context, resolver: _Resolver) -> None:
    """A quote paragraph nobody is named for, right after a paragraph of someone's
    reported speech ('Pemberton said he would listen.' then a quote): theirs."""
    attributed = {p.run for p in ctx.pieces if p.run >= 0 and p.speaker is not None}
    blocks_with_quotes = {p.block for p in ctx.pieces}
    seen_runs: set[int] = set()
    for p in ctx.pieces:
        first_of_run = p.run < 0 or p.run not in seen_runs
        seen_runs.add(p.run)
        if p.speaker is not None or not p.keep or not first_of_run or p.run in attributed:
            continue
        if p.open != ctx.doc.blocks[p.block].start or p.block == 0:
            continue
        before = ctx.doc.blocks[p.block - 1]
        if before.kind != "paragraph" or p.block - 1 in blocks_with_quotes:
            continue
        found = _cue_speaker(ctx, resolver, before.start, before.end, True, limit=len(before.text))
        if found is not None:
            p.speaker, p.speaker_span = found.name, found.span
            if p.run >= 0:
                attributed.add(p.run)


def _inherit(ctx: _Context) -> None:
    """Speakers for quotes without their own attribution: the rest of their
    multi-paragraph quote, else the quote before them in the paragraph or, for a
    paragraph that is only a quote, in the paragraph before."""
    by_run: dict[int, _Piece] = {}
    for p in ctx.pieces:
        if p.run >= 0 and p.speaker is not None and p.run not in by_run:
            by_run[p.run] = p
    for i, p in enumerate(ctx.pieces):
        if p.speaker is not None or not p.keep:
            continue
        if p.run in by_run:
            src = by_run[p.run]
            p.speaker, p.speaker_span = src.speaker, src.speaker_span
            continue
        prev = ctx.pieces[i - 1] if i else None
        if prev is None or prev.speaker is None:
            continue
        block = ctx.doc.blocks[p.block]
        same = prev.block == p.block
        only_quote = (
            prev.block == p.block - 1 and not ctx.doc.text[block.start : p.open].strip()
        ) and _only_quotes(ctx, p.block)
        after = (prev.close or prev.end) + 1
        between = ctx.doc.text[after : p.open] if same else ""
        if same and (_has_other_subject(between) or _other_person_acts(ctx, prev, after, p.open)):
            continue
        if same or only_quote:
            p.speaker, p.speaker_span = prev.speaker, prev.speaker_span


def _other_person_acts(ctx: _Context, prev: _Piece, start: int, end: int) -> bool:
    """Whether someone other than the last quote's speaker is the subject of a clause
    between two quotes ('..." Even though ..., Carol Fielding agrees it was "a
    mistake"'): the second quote may be theirs."""
    for e in ctx.entities:
        if e.label != "PERSON" or e.name == prev.speaker:
            continue
        if any(start <= m.start < end and _subject_depth(ctx, m.end) >= 0 for m in e.mentions):
            return True
    return False


def _inherit_forward(ctx: _Context) -> None:
    """A quote followed at once by an attributed one in the same paragraph, with
    nothing but punctuation between them, has the same speaker."""
    for i in range(len(ctx.pieces) - 2, -1, -1):
        p, q = ctx.pieces[i], ctx.pieces[i + 1]
        if p.speaker is not None or q.speaker is None or p.block != q.block or p.close is None:
            continue
        if not re.search(r"[^\W_]", ctx.doc.text[p.close + 1 : q.open]):
            p.speaker, p.speaker_span = q.speaker, q.speaker_span


def _has_other_subject(between: str) -> bool:
    """Text between two quotes of a paragraph that tells of someone else speaking."""
    return bool(re.search(r"\b(?:he|she|they)\b", between, re.IGNORECASE)) and not re.search(
        r"\b(?:said|says|added|told)\b", between
    )


def _only_quotes(ctx: _Context, block: int) -> bool:
    b = ctx.doc.blocks[block]
    rest = b.text
    for p in ctx.pieces:
        if p.block == block:
            rest = rest.replace(ctx.doc.text[p.start : p.end], "")
    return not re.search(r"[^\W\d_]", rest)


# --- Quotes ---------------------------------------------------------------------------


def find_quotes(doc: Annotated, entities: list[Entity]) -> list[Quote]:
    """Every direct quote of the article with its speaker (None when none is named)."""
    ctx = _Context(doc, entities, _pieces(doc))
    ctx.shown_genders, ctx.genders = person_genders(ctx)
    resolver = _Resolver(ctx)
    for i, piece in enumerate(ctx.pieces):
        if _is_scare_quote(ctx, piece):
            piece.keep = False
            continue
        found = _attribute(ctx, resolver, i)
        if found is not None:
            piece.speaker, piece.speaker_span = found.name, found.span
    _reported_before(ctx, resolver)
    _inherit(ctx)
    _inherit_forward(ctx)
    out = []
    for p in ctx.pieces:
        body = doc.text[p.start : p.end]
        if not p.keep:
            continue
        if p.speaker is None and len(body.split()) < MIN_DIRECT_WORDS:
            continue  # a quoted phrase nobody is said to have spoken
        out.append(Quote(body, p.start, p.end, p.speaker, p.speaker_span))
    return out
