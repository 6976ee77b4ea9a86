"""Names as text and as tokens: keys, surnames, acronyms, titles, title case.

A name is compared by its key (case-folded, "the" and dots dropped, the spellings
of one country as one family); an acronym fits the initials of a longer name; a
personal title ("Mr.", "Prime Minister") may stand before a name; a line in title
case (a headline, a label) capitalizes every word, so its capitals say nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.brief import TextSpan
from newsbrief.lexicon import (
    ALIAS_FAMILIES,
    CAPITALS,
    COUNTRIES,
    NAME_SUFFIXES,
    NEWS_AGENCIES,
    ORG_ALIAS_FAMILIES,
    ORG_HEAD_WORDS,
    PARTY_WORDS,
    PERSON_TITLES,
    SUBDIVISIONS,
    WELL_KNOWN_ORGS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Title words that also modify ordinary nouns ("first lady", "former", "state
# media"): they neither prove a person nor are cut from names other than people's.
WEAK_TITLES = frozenset(
    {
        "first",
        "former",
        "state",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "vice",
        "prime",
        "general",
        "chief",
        "private",
        "analyst",
        *PARTY_WORDS,
    }
)
# Words an acronym may skip: "Department of Justice" is DOJ, "Centers for Disease
# Control" is CDC.
MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "de", "du", "&"})

# A line is title-cased when this share of its longer words is capitalized.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_WORD_LETTERS = 4
# Headlines and labels are short: a longer line is prose, however many names it
# lists ("The victims were Ibrahima Barry, 39, Aboubake Thabti, 44, ...").
TITLE_CASE_MAX_WORDS = 20
# Short words title case leaves in lower case.
_MINOR_WORDS = frozenset({"the", "and", "but", "nor", "for", "yet", "off", "per", "via"})

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7}")
_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]?")
_NAME_WORD = re.compile(r"[^\W_][\w’'&.-]*")
_EXPANSION_MAX_WORDS = 12
_OF_WORDS = frozenset({"of", "for", "the", "de", "du"})

# Nouns before a work's title: "his comic Forgotten Grunt", "the film Platoon".
WORK_NOUNS = frozenset(
    {"book", "novel", "memoir", "film", "movie", "documentary", "comic", "album", "song"}
    | {"sitcom", "musical", "opera", "poem", "podcast", "painting", "sculpture"}
)


def name_key(text: str) -> str:
    """A name reduced for comparison: 'the U.S.' -> family key, 'Lowe’s' -> 'lowe's'."""
    t = re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().casefold()
    t = t.removeprefix("the ")
    if _DOTTED.fullmatch(t.rstrip(".") + "."):
        t = t.replace(".", "")
    for family in ALIAS_FAMILIES:
        if t in family:
            return "family:" + min(family)  # places (and the bodies named like them)
    for family in ORG_ALIAS_FAMILIES:
        if t in family:
            return "org:" + min(family)
    return t


# A Korean given name as romanized in the news: two syllables joined by a hyphen,
# the second in lower case ("Jong-un", "Jae-in"); the family name comes first.
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname(name: str) -> str | None:
    """The key of the surname of a name of two words or more (suffixes aside): the
    last word, or the first of a Korean name ("Kim" of "Kim Jong-un")."""
    words = [w for w in name.split() if w.casefold().rstrip(".,") not in NAME_SUFFIXES]
    if len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]):
        return name_key(words[0])
    return name_key(words[-1]) if len(words) >= 2 else None


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")


def hyphened_end(doc: Doc, b: int, label: str) -> int:
    """Where a name ending at token `b` ends with the capitalized words hyphened to
    it: "SNC-Lavalin", of which the recognizer took "SNC"; "Zambrano-Montes'". Not
    for places and peoples, which a hyphen pairs ("U.S.-China", "Israeli-Arab"),
    nor before a name the recognizer starts there."""
    while (
        label in ("ORG", "PERSON", "FAC")
        and b + 1 < len(doc)
        and doc[b].text == "-"
        and not doc[b - 1].whitespace_
        and not doc[b].whitespace_
        and doc[b + 1].is_alpha
        and doc[b + 1].text[:1].isupper()
        and doc[b + 1].ent_iob_ != "B"
    ):
        b += 2
    return b


def initials_first(name: str) -> bool:
    """Whether a name opens with initials and ends in a word: "P.J. Boatwright",
    "J. Scott Applewhite", the shape of a person's name."""
    words = name.split()
    return (
        len(words) >= 2
        and bool(_INITIALS.fullmatch(words[0]))
        and words[-1][:1].isupper()
        and not name_key(words[0]).startswith("family:")  # "U.S. Treasury"
        and words[0] not in SUBDIVISIONS  # "B.C. Court of Appeal"
    )


def initialled(name: str) -> bool:
    """Whether a name has the shape of a person's by its initials: opening with them
    (`initials_first`) or with one between a first word and a last ("Marc H.
    Morial", "Vann R. Newkirk II"), which an organization's name has only before
    its head word ("George W. Bush Presidential Center", read by that word first)."""
    words = name.split()
    return initials_first(name) or (
        len(words) >= 3
        and words[0].isalpha()
        and words[0][:1].isupper()
        and bool(_MIDDLE_INITIAL.fullmatch(words[1]))
        and words[2][:1].isupper()
    )


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def is_acronym(text: str) -> bool:
    """Whether `text` is written as an acronym: "CDC", "U.S.", "AT&T"."""
    return bool(_ACRONYM.fullmatch(text))


def _acronym_letters(text: str) -> str:
    return re.sub(r"[^A-Za-z]", "", text).casefold()


def acronym_fits(acronym: str, name: str, *, defined: bool = False) -> bool:
    """Whether `acronym` abbreviates `name`: the initials of its words, minor words
    ("of", "and") optional, and at most one trailing word after "and" left out (CDC
    for "Centers for Disease Control and Prevention"). The name's own last word is
    no such word (CBC is not "Cape Breton Correctional Facility") unless the text
    `defined` the acronym so: "the Stop Exploitation Through Trafficking Act (SETT)"."""
    letters = _acronym_letters(acronym)
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalnum()]
    if len(words) < 2 or not letters or acronym.casefold() in (w.casefold() for w in words):
        return False  # "U.S." is a word of "U.S. State Department", not its initials
    full = "".join(w[0] for w in words).casefold()
    major = [w for w in words if w.casefold() not in MINOR_WORDS]
    initials = "".join(w[0] for w in major).casefold()
    if letters in (full, initials):
        return True
    joined = defined or words[-2].casefold() in ("and", "&")
    return joined and len(major) - len(letters) == 1 and initials.startswith(letters)


def _defined_as(acronym: str, name: str) -> bool:
    """For "Long Name (ABC)": `acronym_fits`, as the text defines it."""
    return acronym_fits(acronym, name, defined=True)


def _loosely_abbreviates(acronym: str, name: str) -> bool:
    """For "Long Name (ABC)": the acronym's letters are, in order, initials of the
    name's words, the first and the last among them ("Chemical Safety and Hazard
    Investigation Board (CSB)")."""
    letters = _acronym_letters(acronym)
    initials = [w[0].casefold() for w in name.split() if w[:1].isalnum()]
    if len(initials) < 2 or not letters:
        return False
    if letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    pos = 0
    for ch in letters:
        try:
            pos = initials.index(ch, pos) + 1
        except ValueError:
            return False
    return True


def clipped_initials(acronym: str, name: str) -> bool:
    """For "Long Name (ABC)": the acronym's letters are, in order, the starts of the
    name's words, each word giving one or more ("Singapore Airlines (SIA)")."""
    letters = _acronym_letters(acronym)
    words = [w.casefold() for w in name.split() if w.casefold() not in MINOR_WORDS]

    def fits(i: int, j: int) -> bool:
        if i == len(letters) or j == len(words):
            return i == len(letters) and j == len(words)
        w = words[j]
        return any(
            w[:k] == letters[i : i + k] and fits(i + k, j + 1)
            for k in range(1, min(len(w), len(letters) - i) + 1)
        )

    return len(words) >= 2 and len(letters) <= 8 and fits(0, 0)


COUNTRY_PREFIXES = ("us", "uk", "un", "eu")


def country_acronym_fits(acronym: str, name: str) -> bool:
    """Whether `acronym` abbreviates `name` with a country before it: "USAF" for
    "Air Force" (the U.S. Air Force)."""
    letters = _acronym_letters(acronym)
    return any(
        letters.startswith(p)
        and len(letters) - len(p) >= 2
        and acronym_fits(letters[len(p) :], name)
        for p in COUNTRY_PREFIXES
    )


def expansion(text: str, paren: re.Match[str]) -> TextSpan | None:
    """The name an acronym in parentheses abbreviates: the shortest run of
    capitalized words (minor words allowed inside) just before it that fits."""
    line_start = text.rfind("\n", 0, paren.start()) + 1
    words = list(_NAME_WORD.finditer(text, line_start, paren.start()))[-_EXPANSION_MAX_WORDS:]
    end = words[-1].end() if words else paren.start()
    if not words or text[end : paren.start()].strip():
        return None
    acronym = paren.group("acr")
    for test in (_defined_as, _loosely_abbreviates, clipped_initials):
        for k in range(len(words) - 1, -1, -1):
            word = words[k].group()
            if word.casefold() in MINOR_WORDS:
                continue
            if not word[0].isupper():
                break
            start = words[k].start()
            if test(acronym, text[start:end]):
                return TextSpan(text[start:end], start, end)
    return _foreign_expansion(text, words, acronym)


def _foreign_expansion(text: str, words: list[re.Match[str]], acronym: str) -> TextSpan | None:
    """For an acronym of a name in another language ("the State Property Agency
    (AVAS)"): the run of capitalized words just before it, when it ends in an
    organization's head word and the acronym is not an outlet's ("(CNN)")."""
    if (
        acronym in WELL_KNOWN_ORGS
        or acronym in NEWS_AGENCIES
        or name_key(acronym).startswith("family:")  # "Presbyterian Church (USA)"
        or not words
    ):
        return None
    if words[-1].group() not in ORG_HEAD_WORDS:
        return None
    k = len(words) - 1
    while k > 0 and (
        words[k - 1].group()[0].isupper() or words[k - 1].group().casefold() in _OF_WORDS
    ):
        k -= 1  # not across "and": "the WHO and the United Nations Children's Fund"
    while words[k].group().casefold() in MINOR_WORDS or words[k].group() == "The":
        k += 1
    if len(words) - k < 2:
        return None
    start, end = words[k].start(), words[-1].end()
    return TextSpan(text[start:end], start, end)


def title_word(tok: Token) -> str:
    """A token as a personal title is looked up: lower case, no dot."""
    return tok.lower_.rstrip(".")


def is_title(tok: Token, label: str) -> bool:
    """Whether a token is a personal title to cut from a name with this label (a
    weak title only from a person's)."""
    word = title_word(tok)
    return word in PERSON_TITLES and (label == "PERSON" or word not in WEAK_TITLES)


# What a beauty pageant crowns after "Miss", besides a country, a state or a capital.
_PAGEANTS = frozenset({"Universe", "World", "America", "USA", "Earth", "International"})


def pageant_title(doc: Doc, a: int, b: int) -> int:
    """How many tokens of the name at tokens a..b are a pageant's title ("Miss
    Universe", "Miss Venezuela", "Miss Moscow"), with "Miss" inside the name or
    just before it; 0 for the honorific before a surname ("Miss Atwood")."""
    miss = a if doc[a].lower_ == "miss" else a - 1
    if miss < 0 or doc[miss].lower_ != "miss" or miss + 1 >= b:
        return 0
    word = doc[miss + 1].text
    if word in _PAGEANTS or word in COUNTRIES or word in SUBDIVISIONS or word in CAPITALS:
        return miss + 2 - a
    return 0


def qualified_town(doc: Doc, b: int) -> bool:
    """Whether a name ending at token `b` is a town qualified by its province or
    state ("Prince George, B.C."): its first word is part of the name."""
    return (
        b + 1 < len(doc)
        and doc[b].text == ","
        and doc[b + 1].text in SUBDIVISIONS
        and (b + 2 == len(doc) or doc[b + 2].is_punct)
    )


def title_before(doc: Doc, start: int) -> str | None:
    """The personal title just before token `start` ("Mr.", "Prime Minister",
    "Secretary of State"), normalized; None when there is none."""
    i = start - 1
    found: str | None = None
    while i >= 0 and start - i <= 4:
        tok = doc[i]
        word = title_word(tok)
        if word in PERSON_TITLES:
            if word not in WEAK_TITLES and found is None:
                found = word
        elif not (tok.lower_ == "of" and found is None and i < start - 1):
            break
        i -= 1
    return found


def title_cased(text: str) -> bool:
    """A line whose longer words are mostly capitalized: a headline or a label."""
    if len(text.split()) > TITLE_CASE_MAX_WORDS:
        return False
    words: list[str] = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= TITLE_CASE_WORD_LETTERS
    ]
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    capitalized = sum(w[0].isupper() for w in words)
    if capitalized < TITLE_CASE_SHARE * len(words):
        return False
    # A short word in lower case that title case would capitalize ("Obama met Merkel
    # in Berlin"): a sentence whose longer words happen to be names.
    return not any(
        len(w) == 3 and w.islower() and w not in _MINOR_WORDS
        for w in re.findall(r"[^\W\d_][\w'’-]*", text)
    )


def sentence_initial(doc: Doc, i: int) -> bool:
    """Whether only punctuation comes before token i in its sentence (walked back
    token by token: `Token.sent` would build the sentence's span each time)."""
    while i > 0 and not doc[i].is_sent_start:
        prev = doc[i - 1]
        if not (prev.is_punct or prev.is_space):
            return False
        i -= 1
    return True


def is_subtitle(doc: Doc, a: int) -> bool:
    """Whether a name starting at token `a` follows a work's title and a colon ('the
    comic Forgotten Grunt: The Undead Soldier'): the work's subtitle."""
    i = a - 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    if i < 1 or doc[i].text != ":":
        return False
    i -= 1
    while i >= 0 and doc[i].text[:1].isupper():
        i -= 1
    return i >= 0 and i < a - 2 and doc[i].lower_ in WORK_NOUNS
