"""The second look-up: known names found again where the recognizer missed them.

Each group's own forms, and people's surnames, are searched for in every segment
(longest first), outside the mentions already taken; a sentence-initial common
word ("Young people ...") and a word inside a longer name ("Thames" in "Thames
Valley Water") are not taken.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsbrief.entities.credits import is_credit
from newsbrief.entities.gender import title_gender
from newsbrief.entities.mentions import Mention, block_weights
from newsbrief.entities.merging import Group
from newsbrief.entities.names import (
    name_key,
    sentence_initial,
    title_before,
    title_cased,
    title_word,
)
from newsbrief.entities.owned import PROPER_TAGS
from newsbrief.entities.roles import main_subject
from newsbrief.entities.words import Words
from newsbrief.lexicon import PERSON_TITLES
from newsbrief.nlp import Annotated

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a regular expression's \w matches


def _occurrences(form: str, text: str) -> Iterator[tuple[int, int]]:
    """Where the form stands as whole words: no word character or dot before it,
    no word character after. A plain search: compiling a pattern for every name of
    every article cost more than the search itself."""
    i = text.find(form)
    while i >= 0:
        end = i + len(form)
        if (i == 0 or not (_word_char(text[i - 1]) or text[i - 1] == ".")) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield i, end
            i = text.find(form, end)
        else:
            i = text.find(form, i + 1)


def looked_up(
    doc: Annotated, forms: Iterable[str], taken: list[tuple[int, int]], words: Words
) -> Iterator[Mention]:
    """Occurrences of known names where the recognizer found none."""
    weights = block_weights(doc.blocks)
    spans = sorted(taken)

    def free(a: int, z: int) -> bool:
        i = bisect.bisect_left(spans, (z, z))
        return all(end <= a for _, end in spans[max(0, i - 8) : i])

    longest_first = sorted(forms, key=len, reverse=True)
    for seg in doc.segments:
        if not seg.entities:
            continue
        seg_text = doc.text[seg.start : seg.end]  # Doc.text would rebuild it from tokens
        in_title_case = title_cased(seg_text)
        # A substring test first: most names are absent from most segments.
        for form in (f for f in longest_first if f in seg_text):
            for found in _occurrences(form, seg_text):
                span = seg.doc.char_span(*found, alignment_mode="strict")
                if span is None:
                    continue
                ts = seg.span(span)
                if ts.start < seg.entity_start or not free(ts.start, ts.end):
                    continue
                if is_credit(doc.text, ts.start, ts.end):
                    continue
                first = span[0]
                if (
                    len(span) == 1
                    and first.tag_ not in PROPER_TAGS
                    and sentence_initial(seg.doc, first.i)
                    and words.known(first.lower_)
                ):
                    continue  # "Young people ..." is not Mr. Young
                if not in_title_case and _inside_longer_name(seg.doc, span.start, span.end):
                    continue  # "Thames" in "Thames Valley Water"
                title = title_before(seg.doc, span.start)
                bisect.insort(spans, (ts.start, ts.end))
                mention = Mention(ts, "", len(ts.text.split()), title, weight=weights[seg.block])
                mention.gender = title_gender(title)
                mention.block = seg.block
                mention.main_subject = main_subject(span)
                yield mention


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalized name word (not a title) touches the span on either side."""
    for i in (start - 1, end):
        if 0 <= i < len(doc):
            tok = doc[i]
            if (
                tok.is_alpha
                and tok.text[:1].isupper()
                and tok.tag_ in PROPER_TAGS
                and title_word(tok) not in PERSON_TITLES
                and not (i == start - 1 and sentence_initial(doc, i) and not tok.ent_type_)
            ):
                return True
    return False


def lookup_forms(groups: dict[str, Group]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Names to look for: each group's own forms, and people's surnames (a surname
    may belong to several people)."""
    exact: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for key, g in groups.items():
        for form in g.forms:
            if len(form) >= 2:
                exact.setdefault(form, key)
        surname = g.surname()
        if surname is not None:
            for word in g.longest().split():
                if name_key(word) == surname:
                    surnames.setdefault(word, []).append(key)
    return exact, surnames
