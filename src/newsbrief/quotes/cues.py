"""Speech verbs near a quote, and their subjects: after the closing mark, in the
lead-in before the opening one, or governing a quote inside a sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsbrief.lexicon import PERSON_TITLES
from newsbrief.nlp import Segment
from newsbrief.quotes.claims import claimant
from newsbrief.quotes.context import Context, outside_quotes
from newsbrief.quotes.marks import Piece
from newsbrief.quotes.speakers import Resolver, Speaker
from newsbrief.quotes.syntax import HE_OR_SHE, adjacent_subject, speech_verb, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

TERMINAL_TOKENS = frozenset({".", "!", "?", "…"})
CUE_WINDOW_TOKENS = 16
HEAD_WALK_STEPS = 8
GROUP_PRONOUNS = frozenset({"they", "we"})


def _tokens_between(ctx: Context, start: int, end: int) -> Iterator[tuple[Segment, Token]]:
    for seg in ctx.doc.segments:
        if seg.end <= start or seg.start >= end:
            continue
        doc = seg.doc
        # From the token holding `start` on (found by bisection), not the first.
        for i in range(max(0, seg.token_index(start - seg.start)), len(doc)):
            tok = doc[i]
            at = seg.offset(tok.idx)
            if at >= end:
                break
            if at >= start:
                yield seg, tok


def _ends_sentence(tok: Token) -> bool:
    """A full stop, question or exclamation mark; not a dot right after a personal
    title that the tokenizer split from it (it keeps the short titles of
    `lexicon.TITLE_ABBREVIATIONS` whole: 'Capt. John McMahon told')."""
    if tok.text not in TERMINAL_TOKENS:
        return False
    before = tok.nbor(-1) if tok.i > 0 else None
    return not (
        tok.text == "."
        and before is not None
        and not before.whitespace_
        and before.lower_ in PERSON_TITLES
    )


def cue_speaker(
    ctx: Context,
    resolver: Resolver,
    start: int,
    end: int,
    nearest_last: bool,
    limit: int = CUE_WINDOW_TOKENS,
    paragraph: bool = False,
) -> Speaker | None:
    """A speech verb (or 'according to') between two offsets and its subject: the
    first after a quote (up to the end of its sentence), the last before one; in
    the `paragraph` before a quote's, not one that only tells when ('after the
    paper posted the clip')."""

    found: list[tuple[Segment, Token]] = []
    for seg, tok in _tokens_between(ctx, start, end):
        if ctx.inside_quote(seg.offset(tok.idx)):
            continue
        if not nearest_last and found and (_ends_sentence(tok) or tok.is_quote):
            break
        found.append((seg, tok))
    window = found[-limit:] if nearest_last else found[:limit]
    order = reversed(range(len(window))) if nearest_last else iter(range(len(window)))
    for k in order:
        seg, tok = window[k]
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            source = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            if source is not None:
                return with_cue(resolver.speaker(seg, source), seg, tok, tok.i + 2)
        if speech_verb(tok):
            before = window[:k]
            if not nearest_last and tok.dep_ == "relcl" and any(t == tok.head for _, t in before):
                continue  # '"...," read the letter, which was posted by': said of the letter
            if paragraph and _at_a_time(tok):
                continue  # 'James said he reached out after the paper posted the clip.'
            allowed = outside_quotes(ctx, seg)
            inverted = not nearest_last and all(t.is_punct for _, t in before)
            subj = subject(tok, allowed) or adjacent_subject(tok, allowed, inverted)
            if subj is not None:
                return with_cue(resolver.speaker(seg, subj), seg, tok)
            if not nearest_last:
                return with_cue(_named_before_verb(ctx, resolver, before), seg, tok)
    return None


# Words opening a clause that tells when something else happened.
_TIME_MARKS = frozenset({"after", "before", "since", "until", "once", "when"})


def _at_a_time(verb: Token) -> bool:
    """Whether a speech verb's clause, with a subject of its own, only tells when
    another thing happened ('after the paper posted the clip'): no lead-in to the
    words that follow ('When asked, Mulder didn't hesitate' is Mulder's)."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def group_cue(ctx: Context, start: int, end: int) -> bool:
    """Whether the first speech verb after a quote, in its sentence, has 'they' or
    'we' as its subject ('"...," they said'): a group spoke, no one person."""
    for seg, tok in _tokens_between(ctx, start, end):
        if ctx.inside_quote(seg.offset(tok.idx)):
            continue
        if tok.text in TERMINAL_TOKENS:
            return False
        if speech_verb(tok):
            subj = subject(tok, outside_quotes(ctx, seg))
            return subj is not None and subj.lower_ in GROUP_PRONOUNS
    return False


def with_cue(found: Speaker | None, seg: Segment, verb: Token, end: int = -1) -> Speaker | None:
    """The speaker with the cue that attributes the quote: the verb's token (up to
    token `end`, for 'according to')."""
    if found is not None:
        found.cue = seg.span(verb.doc[verb.i : max(end, verb.i + 1)])
    return found


def _named_before_verb(
    ctx: Context, resolver: Resolver, words: list[tuple[Segment, Token]]
) -> Speaker | None:
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


def governing_speaker(
    ctx: Context, resolver: Resolver, piece: Piece, also: frozenset[str] = frozenset()
) -> Speaker | None:
    """For a quote inside a sentence: the speech verb above it in the parse (or a
    verb of `also`, by lemma)."""
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
    claim = claimed(root)
    if claim is not None:
        return _speaker_of(ctx, resolver, seg, claim)
    node = root
    for _ in range(HEAD_WALK_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        speaks = speech_verb(node) or (node.pos_ == "VERB" and node.lemma_.lower() in also)
        if speaks and not ctx.inside_quote(seg.offset(node.idx)):
            return _speaker_of(ctx, resolver, seg, node)
    return None


def _speaker_of(ctx: Context, resolver: Resolver, seg: Segment, verb: Token) -> Speaker | None:
    """The speaker of a speech verb, with the verb as its cue."""
    allowed = outside_quotes(ctx, seg)
    # A subject the parse hung elsewhere ('..., U.S. Secretary of State John
    # Kerry said Monday that "..."'): the name right before the verb.
    subj = subject(verb, allowed) or adjacent_subject(verb, allowed, False)
    return with_cue(resolver.speaker(seg, subj), seg, verb) if subj is not None else None


def claimed(tok: Token) -> Token | None:
    """The verb of saying whose words, misread by the parse as another's, hold
    `tok` (`claimant`)."""
    node = tok
    for _ in range(HEAD_WALK_STEPS):
        if node.head.i == node.i:
            return None
        claim = claimant(node, node.head)
        if claim is not None:
            return claim
        node = node.head
    return None


def claimed_speaker(ctx: Context, resolver: Resolver, piece: Piece) -> Speaker | None:
    """The speaker of the verb of saying `claimed` finds for a quote, if any."""
    hit = ctx.token_at(piece.start)
    if hit is None:
        return None
    seg, tok = hit
    claim = claimed(tok)
    return _speaker_of(ctx, resolver, seg, claim) if claim is not None else None


def colon_subject(ctx: Context, resolver: Resolver, start: int, end: int) -> Speaker | None:
    """For a sentence ending in a colon before a quote, with no speech verb: its
    main subject, when that is a person named (or a he or she) and nobody else is
    named in it ('Martell, the addictions doctor on the South Shore, is more blunt:
    "..."'). A thing or a group as subject ('The sign read:') gives nobody."""
    words = [(s, t) for s, t in _tokens_between(ctx, start, end) if not t.is_space]
    if not words or words[-1][1].text != ":" or len({id(s) for s, _ in words}) > 1:
        return None
    seg = words[0][0]
    inside = {t.i for _, t in words}
    # The subject of the clause the colon ends ('... when Musk took to Twitter with
    # this:'): up from the word before it to the first verb with one.
    node, subjects = words[-2][1] if len(words) > 1 else words[-1][1], []
    for _ in range(HEAD_WALK_STEPS):
        subjects = [c for c in node.children if c.dep_ == "nsubj" and c.i in inside]
        if subjects or node.head.i == node.i or node.head.i not in inside:
            break
        node = node.head
    people = {
        e.name
        for _, t in words
        if (e := ctx.entity_at(seg.offset(t.idx), seg.offset(t.idx) + 1)) is not None
        and e.label == "PERSON"
    }
    if len(subjects) != 1 or len(people) > 1:
        return None
    subj = subjects[0]
    if not (subj.lower_ in HE_OR_SHE or (people and ctx.person_at(seg.offset(subj.idx)))):
        return None
    return with_cue(resolver.speaker(seg, subj), seg, words[-1][1])
