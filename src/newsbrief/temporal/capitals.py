"""Words in capitals: a headline in title case, and the months an article uses as
someone's name ("'Mama' June Shannon", "June said"), which are no times."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.temporal import tables as T
from newsbrief.temporal.scan import Candidate, share_across, shared, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that, after a month in capitals, make it a name: "March Madness" (the
# college basketball tournament), "the October Revolution".
NAMED_MONTH_WORDS = frozenset({"Madness", "Revolution", "Uprising"})


def headline(tokens: Span) -> bool:
    """Whether the sentence of `tokens` is a headline in title case: words before
    them, and no longer word in small letters ("Storms Expected Friday Night Across
    Boston"; not "The Friday Night Lights cast reunited", nor a listing's title)."""
    sent = tokens.sent
    return any(t.is_alpha for t in sent if t.i < tokens.start) and not any(
        t.is_alpha and t.is_lower and len(t) > 3 for t in sent
    )


# Words before a month or a weekday that make it a time, not a name ("in June",
# "last June", "on Sunday Times Square was packed").
TIME_OPENERS = frozenset(
    {"in", "on", "at", "since", "until", "till", "by", "before", "after", "from", "to",
     "through", "throughout", "during", "of", "for", "into", "between", "and", "or", "last",
     "next", "this", "that", "early", "late", "mid", "each", "every", "-"}
)  # fmt: skip
# Words after a month in capitals that name a thing, not someone ("April Fools").
_MONTH_THING_WORDS = NAMED_MONTH_WORDS | {"Fool", "Fools", "Day"}


_PEOPLE = "newsbrief.month_people"

# Holidays that are also surnames ("attorney Jerryl Christmas"): a story that
# names someone so uses the word alone for them ("Christmas said").
_HOLIDAY_SURNAMES = frozenset({"christmas", "easter"})


def _months_named(doc: Doc) -> frozenset[str]:
    """The months `doc` uses as someone's name: a month in capitals before the next
    word of a name ("'Mama' June Shannon", "April Wexler"), inside a sentence and
    not after a word that makes it a time ("Since June Apple has sold"), or a
    person's name ending in one ("James May", and of the holidays only that:
    "Jerryl Christmas")."""
    found = set()
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if not t.is_title or t.is_sent_start:
            continue
        if t.lower_ not in T.MONTHS and t.lower_ not in _HOLIDAY_SURNAMES:
            continue
        before = doc[t.i - 1]
        if t.ent_type_ == "PERSON" and before.ent_type_ == "PERSON" and before.is_title:
            found.add(t.lower_)
            continue
        if t.lower_ not in T.MONTHS:
            continue
        if _listed_with_people(t):
            found.add(t.lower_)
            continue
        if nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.text[:1].isupper():
            continue
        if nxt.lower_ in T.MONTHS or nxt.lower_ in T.WEEKDAYS or nxt.text in _MONTH_THING_WORDS:
            continue
        if before.lower_ not in TIME_OPENERS and not headline(doc[t.i : t.i + 1]):
            found.add(t.lower_)
    return frozenset(found)


# Words that join the items of a list.
_LISTING = frozenset({",", "and", "or"})


def _listed_with_people(month: Token) -> bool:
    """Whether the month in capitals `month` is an item of a list of people's first
    names ("were Michelle, June and Andy"): a name the model takes for a person's
    stands beside it, no number follows ("Smith, June 5") and no word of time comes
    before it ("In July, Gingrich"). After "and" or "or" only the name before it
    counts: "In January and February, Clinton headlined" lists times."""
    doc, i = month.doc, month.i
    if i + 1 < len(doc) and doc[i + 1].like_num:
        return False
    if i and (doc[i - 1].pos_ == "ADP" or doc[i - 1].lower_ in TIME_OPENERS - _LISTING):
        return False  # "In July, Gingrich dismissed": a time, then who
    sides = [doc[i - 2]] if i >= 2 and doc[i - 1].lower_ in _LISTING else []
    if (
        i + 2 < len(doc)
        and doc[i + 1].lower_ in _LISTING
        and doc[i - 1].lower_ not in ("and", "or")
    ):
        sides.append(doc[i + 2])
    return any(s.ent_type_ == "PERSON" and s.is_title and s.lower_ not in T.MONTHS for s in sides)


def share_month_people(docs: Sequence[Doc]) -> None:
    """Tell each parsed piece of an article the months the whole article uses as
    names: "'Mama' June Shannon" in one paragraph makes "June said" in another her."""
    share_across(docs, _PEOPLE, _months_named)


def month_person(c: Candidate, doc: Doc) -> bool:
    """'June said', 'his wife June': in a story that names someone June (or
    Christmas), a June on its own is her, unless a word before it makes it a time
    ("in June", "the June hearing")."""
    month = c.match.group(0)
    holiday = c.rule.name == "date_holiday" and month.lower() in _HOLIDAY_SURNAMES
    if (c.rule.name != "date_month" and not holiday) or not month.istitle():
        return False
    if month.lower() not in shared(doc, _PEOPLE, _months_named):
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or len(tokens) != 1:
        return False
    before = doc[tokens[0].i - 1].lower_ if tokens[0].i > 0 else ""
    if before in TIME_OPENERS & _LISTING:  # "Clarkson, Hammond and May"; "April and May"
        return _listed_with_people(tokens[0])
    return before not in TIME_OPENERS and before not in ("the", "a", "an")
