"""The article's sentences as summary candidates, with the boilerplate marked.

Every candidate is a stretch of the article (`text == article[start:end]`): a spaCy
sentence of a paragraph or bullet, cut where a picture caption was glued to the
sentence after it, and trimmed of a leading dateline ("LONDON (CNN) --"). A
candidate that can never be summary copy (a byline, a caption, "Scroll down for
video", a dateline on its own, a quotation without its speaker, a line that only
says who spoke, the headline again, a line of the story's trailer after its end:
`newsbrief.blocks.trailer_start`) carries the reason in `reject`; its words still
count for the story's vocabulary. How a sentence's words are read, and what their
form says, is in `newsbrief.summary.words`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsbrief.blocks import trailer_start
from newsbrief.blocks.marks import inside
from newsbrief.brief import Block
from newsbrief.lexicon import DANGLING_WORDS, SPEECH_VERB_FORMS, SPEECH_VERBS
from newsbrief.nlp import Annotated, Segment
from newsbrief.summary.furniture import BOILERPLATE, PICTURE_REFERENCE, caption_cuts, leading_cut
from newsbrief.summary.words import FIRST_PERSON, Word, between, refers_back, says_nothing, table

# Blocks whose sentences may be summary copy. Headlines and headings are titles,
# tables are data, block quotes are a speaker's words set apart from the speaker.
CANDIDATE_KINDS = frozenset({"paragraph", "bullet"})

# How a complete sentence ends: a full stop (or ! ? …), perhaps inside quotes.
_SENTENCE_END = re.compile(r"[.!?…][\"'‘”’)\]\s]*$")
# A sentence starts with a capital, a digit or a quotation mark; a line that starts
# with a lower-case word ("come the end of May and ...") continues an earlier one.
# Names spelled in lower case ("iPhone", "eBay") have a capital inside. A line that
# opens with a comma, semicolon or colon continues one too (", Karo states that ..."),
# and so does one that opens with the possessive of the word the line before ended on
# ("... more at play in Earth" / "’s formation than first thought.").
_CONTINUATION = re.compile(r"[\"'“‘(]?[a-z][a-z'’-]*\b(?![\w'’-]*[A-Z])|[,;:]|[’']s\b")
# A line that stops on a comma or a semicolon has left its sentence open ("... and
# disappeared beneath the waves," / "29-year-old Jorge Lopez told his friends ..."); a
# comma before a closing quotation mark ends a quotation instead ("...,' she said").
_OPEN_PUNCTUATION = re.compile(r"[,;]\s*$")
# Quotation marks, opening and closing. A single quote opens after a space and
# closes before one, so that apostrophes inside words are not taken for quotes.
_QUOTED = re.compile(
    r'"[^"]*(?:"|$)'
    r"|“[^”]*(?:”|$)"
    r"|(?:^|(?<=[\s(\[—–-]))[‘'](?=\S)[^’']*?(?:[’'](?=[\s.,;:!?)\]—–-]|$)|$)",
    re.M,
)
# A picture caption's label: "Go fetch: ...", "Wanted: ..." (a label with a verb of
# saying, "He said: ...", introduces speech instead).
_CAPTION_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s")
LEAD_IN_VERBS = SPEECH_VERBS | {"read"}
# Speech, outside any quotation, that names who is talking.
ATTRIBUTION_PHRASES = ("according to",)
# A quotation attributed to a pronoun ("..., she said."): out of its story, the
# reader of a brief cannot tell who "she" is.
_PRONOUN_SPEAKER = re.compile(
    rf"[,\"”’'?!]\s+(?:he|she|they|I|we)\s+(?:{SPEECH_VERB_FORMS})\b"
    rf"|\b(?:{SPEECH_VERB_FORMS})\s+(?:he|she|they)\b",
    re.I,
)
# Parts of speech a sentence cannot end on (a preposition, a determiner, a
# conjunction): a line ending on one is finished by the next line.
OPEN_END_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ"})
# How many sentences of a long text are read (a long news story has about 60).
MAX_SENTENCES = 400
# Below this many words a line is not a sentence ("No wonder.").
MIN_WORDS = 4
# A sentence mostly inside quotation marks needs its speaker in the sentence.
QUOTED_SHARE = 0.5
# A sentence whose content words are nearly all in the headline only repeats it.
HEADLINE_COVER = 0.8


@dataclass
class Sentence:
    """One candidate: article offsets, words, and what the filters found."""

    start: int
    end: int
    text: str
    block: int
    words: int
    terms: Counter[str]
    lowers: list[str]  # the words as written, lower-cased, in order
    numeric: bool
    quoted: float  # share of the words inside quotation marks
    voiced: bool  # a first-person word outside quotation marks: speech without its marks
    attributed: bool  # a speech verb (or "according to") outside the quotation
    question: bool
    picture: bool
    labelled: bool  # opens with a caption label
    mid_quote: bool  # starts inside a quotation opened by an earlier sentence
    verb: bool  # has a verb: a sentence, not a dateline or a list of names
    open_end: bool  # ends on a word that leaves the sentence unfinished ("to", "the")
    refers_back: bool  # opens with a pronoun that stands for something said before
    says_nothing: bool = False  # only says who spoke: what was said is in another line
    reject: str | None = None
    position: int = field(default=-1)  # rank among the usable candidates


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text) if m.end() > m.start()]


def title_terms(doc: Annotated) -> Counter[str]:
    """The content words of the article's headline (empty when it has none)."""
    terms: Counter[str] = Counter()
    for seg in doc.segments:
        if doc.blocks[seg.block].kind == "headline":
            terms.update(w.lemma for w in table(seg)[0] if w.content)
    return terms


def terms_in(doc: Annotated, start: int, end: int) -> Counter[str]:
    """The content words of the article between two offsets."""
    terms: Counter[str] = Counter()
    for seg in doc.segments:
        if seg.start < end and seg.end > start:
            words = table(seg)[0]
            a, b = start - seg.start, end - seg.start
            terms.update(w.lemma for w in words if w.content and a <= w.offset < b)
    return terms


def candidates(doc: Annotated, skip_blocks: set[int]) -> list[Sentence]:
    """The sentences of the article's prose, in order, with boilerplate marked.

    A very long text is read up to `MAX_SENTENCES`: news puts what matters first,
    and time and memory stay bounded.
    """
    title = title_terms(doc)
    trailer = trailer_start(doc.blocks)
    out: list[Sentence] = []
    for seg in doc.segments:
        if len(out) >= MAX_SENTENCES:
            break
        block: Block = doc.blocks[seg.block]
        if block.kind not in CANDIDATE_KINDS or seg.block in skip_blocks:
            continue
        text = doc.text[seg.start : seg.end]  # Doc.text would rebuild it token by token
        words, starts = table(seg)
        offsets = [w.offset for w in words]
        quotes = _quoted_ranges(text)
        bounds = [*starts[1:], len(text)]
        first = True
        for sent_start, sent_end in zip(starts, bounds, strict=True):
            for a, b in caption_cuts(text[sent_start:sent_end]):
                a, b = _trim(text, sent_start + a, sent_start + b)
                if a >= b:
                    continue
                found = _sentence(seg, text, a, b, between(words, offsets, a, b), quotes)
                if first and out and _continues(out[-1], found):
                    found = _merge(out.pop(), found, doc.text)
                first = False
                found.reject = "trailer" if seg.block >= trailer else _reject(found, title)
                out.append(found)
    usable = 0
    for s in out:
        if s.reject is None:
            s.position = usable
            usable += 1
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A piece without surrounding space, a leading dateline or a video prompt."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    a += leading_cut(text[a:b])
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _continues(prev: Sentence, cur: Sentence) -> bool:
    """Whether `cur`, first in its block, completes `prev`, last in the block before."""
    if cur.block != prev.block + 1 or _SENTENCE_END.search(prev.text):
        return False
    return prev.open_end or bool(_CONTINUATION.match(cur.text))


def _merge(prev: Sentence, cur: Sentence, text: str) -> Sentence:
    """One sentence that the article's line breaks cut in two."""
    words = prev.words + cur.words
    return Sentence(
        start=prev.start,
        end=cur.end,
        text=text[prev.start : cur.end],
        block=cur.block,
        words=words,
        terms=prev.terms + cur.terms,
        lowers=prev.lowers + cur.lowers,
        numeric=prev.numeric or cur.numeric,
        quoted=(prev.quoted * prev.words + cur.quoted * cur.words) / max(words, 1),
        voiced=prev.voiced or cur.voiced,
        attributed=prev.attributed or cur.attributed,
        question=cur.question,
        picture=prev.picture or cur.picture,
        labelled=prev.labelled,
        mid_quote=prev.mid_quote,
        verb=prev.verb or cur.verb,
        open_end=cur.open_end,
        refers_back=prev.refers_back,
    )


def _sentence(
    seg: Segment,
    text: str,
    a: int,
    b: int,
    words: list[Word],
    quotes: list[tuple[int, int]],
) -> Sentence:
    body = text[a:b]
    lowered = body.lower()
    in_quote = [inside(quotes, w.offset) for w in words]
    attributed = any(
        w.lemma in SPEECH_VERBS and w.pos in ("VERB", "AUX") and not q
        for w, q in zip(words, in_quote, strict=True)
    ) or any(p in lowered for p in ATTRIBUTION_PHRASES)
    label = _CAPTION_LABEL.match(body)
    labelled = label is not None and not any(
        w.lemma in LEAD_IN_VERBS for w in words if w.offset < a + label.end()
    )
    return Sentence(
        start=seg.offset(a),
        end=seg.offset(b),
        text=body,
        block=seg.block,
        words=len(words),
        terms=Counter(w.lemma for w in words if w.content),
        lowers=[w.lower for w in words],
        numeric=any(w.numeric for w in words),
        quoted=sum(in_quote) / len(words) if words else 0.0,
        voiced=any(w.lower in FIRST_PERSON and not q for w, q in zip(words, in_quote, strict=True)),
        attributed=attributed,
        question=body.rstrip("\"'”’)] ").endswith("?"),
        picture=bool(PICTURE_REFERENCE.search(body)),
        labelled=labelled,
        mid_quote=any(qa < a < qb for qa, qb in quotes),
        verb=any(w.pos in ("VERB", "AUX") for w in words),
        open_end=bool(words)
        and (
            words[-1].lower in DANGLING_WORDS
            or words[-1].pos in OPEN_END_POS
            or bool(_OPEN_PUNCTUATION.search(body))
        )
        and not _SENTENCE_END.search(body),
        refers_back=refers_back(words),
        says_nothing=says_nothing(words, in_quote),
    )


def _reject(s: Sentence, title: Counter[str]) -> str | None:
    """Why a sentence can never be summary copy, or None."""
    for reason, pattern in BOILERPLATE:
        if pattern.search(s.text):
            return reason
    if s.words < MIN_WORDS:
        return "short"
    if s.labelled:
        return "caption"
    if not _SENTENCE_END.search(s.text):
        return "fragment"  # a caption, a label, or a line cut short
    if _CONTINUATION.match(s.text):
        return "continuation"  # the rest of a sentence begun in an earlier line
    if not s.verb:
        return "no verb"  # a dateline, a byline, a list of names
    if s.question:
        return "question"  # a reader wants the story's answers
    if s.text.rstrip(" )]").endswith("!"):
        # News copy does not exclaim: outside a quotation, "!" marks an aside or a
        # promotion ("Earn your style stripes!"), never what a story reports.
        return "exclamation"
    if s.says_nothing:
        return "attribution only"  # "Rowling wrote in her March 24 reply."
    if s.mid_quote:
        return "partial quote"  # the rest of a quotation begun in an earlier sentence
    if s.quoted >= QUOTED_SHARE and not s.attributed:
        return "unattributed quote"
    if (s.quoted >= QUOTED_SHARE or s.voiced) and _PRONOUN_SPEAKER.search(s.text):
        return "quote without a named speaker"
    if title and s.terms and _covered(s.terms, title) >= HEADLINE_COVER:
        return "headline"
    return None


def _covered(terms: Counter[str], by: Counter[str]) -> float:
    return sum(1 for t in terms if t in by) / len(terms)
