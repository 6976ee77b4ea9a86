"""The year a time of year named without one takes from a date before it: a date
set beside it to say which it is ("last year, in October"), or a year opening its
sentence ("In 2002, Barrientos wed Koridze on Valentine's Day"). Either way the
year is the other date's, so the value stays inferred (`within`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.temporal.said import NEAREST
from newsbrief.temporal.scan import Candidate, opens_sentence, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Between a date and one set beside it to say which it is: "the year-ago quarter,
# the second quarter", "a year ago, in March", "last year, in October".
_APPOSED = re.compile(r"^\s*,\s*(?:(?:in|on|during)\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}")


def year_before(template: str, c: Candidate, before: tuple[Candidate, str] | None, doc: Doc) -> str:
    """`template`, when it names a time of year without its year, with the year of
    the date just before it (`before`, with its value) where that date says which
    year: set beside it ("last year, in October"), or a bare year opening the
    sentence with no date between ("In 2002, she moved to Paris in March"). Not a
    year further in ("She died in 2002 and was honored in March": news names the
    latest March so). Else `template` as it is, the time nearest the reference."""
    m = NEAREST.match(template)
    if m is None or before is None:
        return template
    prior, value = before
    year = _YEAR.match(value)
    if prior.rule.type != "DATE" or year is None:
        return template
    apposed = _APPOSED.match(c.match.string[prior.end : c.start])
    if not apposed and not (value == year.group() and _opens_with(prior, c, doc)):
        return template
    return f"within({m.group('code')},{year.group()}){m.group('suffix')}"


def _opens_with(prior: Candidate, c: Candidate, doc: Doc) -> bool:
    """Whether `prior` opens the sentence `c` is in."""
    opening, here = tokens_in(doc, (prior.start, prior.end)), tokens_in(doc, (c.start, c.end))
    if opening is None or here is None or not len(opening) or not len(here):
        return False
    return opening.sent == here.sent and opens_sentence(opening)
