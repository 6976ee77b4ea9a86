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
# The second half of a credit: "Mathew McCarthy / Waterloo Region Record".
_CREDIT_BEFORE = re.compile(r"[^\W\d_]\s*/\s*$")
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
_BYLINE_BEFORE = re.compile(r"(?m)(?:^|[.!?]\s+)(?:As\s+|By\s+|With\s+files\s+from\s+)$")


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
    if _CREDIT_AFTER.match(text, end, line_end) or _CREDIT_BEFORE.search(text, line_start, start):
        return True
    return bool(_BYLINE_AFTER.match(text, end, line_end)) or bool(
        _BYLINE_BEFORE.search(text, line_start, start)
    )
