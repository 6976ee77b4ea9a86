"""Names that sign the page rather than take part in the story.

A photo credit ("Andrew Francis Wallace / Toronto Star", "(Evan Vucci/AP)"), a
byline or sign-off ("Annabelle Liang, The Associated Press", "Laurie Monsebraaten
is a Toronto-based reporter ...", "Tom Vernon has the latest", "As Jane Doe
reports"), the agency of a dateline ("(CNN)", "LONDON (Reuters) —") and a "Read
more:" link to another story name people who are not in the news told here: their
mentions are not entities.
"""

from __future__ import annotations

import re

from newsbrief.lexicon import LINK_LINE, NEWS_AGENCIES, dateline_length

# A slash right after a name, then a capitalized word: "Jeff McIntosh/The Canadian Press".
_CREDIT_AFTER = re.compile(r"\s*/\s*(?:[A-Z(]|$)")
_PRESS = "|".join(
    re.escape(a) for a in (*NEWS_AGENCIES, "Associated Press", "Canadian Press", "Press")
)
# What follows a name in a byline or a sign-off.
_BYLINE_AFTER = re.compile(
    r"(?:,\s*(?:The\s+)?(?:" + _PRESS + r")\b\W*$"
    r"|(?:(?:,|\s+and)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s+contributed\s+to\s+this\b"
    r"|\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:reporter|writer|journalist|columnist|"
    r"correspondent|contributor|editor|photographer)\b"
    r"|\s+reports\b\W*$"
    r"|\s+has\s+(?:more|the\s+latest|the\s+story|the\s+details|details)\b)",
)


# How far from a name its line is read: a credit or a byline stands next to the name,
# and a bounded reach keeps a line of megabytes with thousands of names linear.
_REACH = 2000


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` signs a photo, a story or a video
    rather than taking part in the story."""
    lo = max(0, start - _REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo  # the line's start, or the reach's
    hi = min(len(text), end + _REACH)
    line_end = text.find("\n", end, hi)
    if line_end < 0:
        line_end = hi
    if (line_start == 0 or text[line_start - 1] == "\n") and LINK_LINE.match(
        text, line_start, line_end
    ):
        return True
    if "/" in text[start:end]:
        return True
    name = text[start:end]
    if name in NEWS_AGENCIES and dateline_length(text[line_start:line_end]) >= end - line_start:
        return True  # "(CNN)", "LONDON (Reuters) -": the agency that filed the story
    if (
        " " in name  # a name of two words or more in capitals, not an acronym ("CDC")
        and not any(ch.islower() for ch in name)
        and text[line_start:start].endswith(("( ", "("))
        and text.startswith((" )", ")"), end, line_end)
    ):
        return True  # "( J.P. MOCZULSKI )": a photographer's name in capitals, alone
    if _CREDIT_AFTER.match(text, end, line_end) or _slash_before(text, line_start, start):
        return True
    return bool(_BYLINE_AFTER.match(text, end, line_end)) or _byline_before(text, line_start, start)


# What stands before a name is read backwards from the name: a pattern searched
# from the line's start costs a pass over the line for every name in it.


def _space_start(text: str, lo: int, i: int) -> int:
    """Where the run of white space ending at `i` starts (not before `lo`)."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _slash_before(text: str, lo: int, start: int) -> bool:
    """The second half of a credit: "Mathew McCarthy / Waterloo Region Record", a
    letter and a slash before the name."""
    i = _space_start(text, lo, start)
    if i == lo or text[i - 1] != "/":
        return False
    i = _space_start(text, lo, i - 1)
    return i > lo and text[i - 1].isalnum() and not text[i - 1].isdecimal()


def _byline_before(text: str, lo: int, start: int) -> bool:
    """ "By", "As" or "With files from" right before the name, opening its line or
    a sentence: "By Jane Doe", "As Jane Doe reports"."""
    end = _space_start(text, lo, start)
    if end == start:
        return False
    if text.endswith(("As", "By"), lo, end):
        k = end - 2
    elif text.endswith("from", lo, end):
        k = _space_start(text, lo, end - 4)
        if k == end - 4 or not text.endswith("files", lo, k):
            return False
        with_end = _space_start(text, lo, k - 5)
        if with_end == k - 5 or not text.endswith("With", lo, with_end):
            return False
        k = with_end - 4
    else:
        return False
    if k == 0 or text[k - 1] == "\n":
        return True  # at a line's start
    m = _space_start(text, lo, k)
    return lo < m < k and text[m - 1] in ".!?"
