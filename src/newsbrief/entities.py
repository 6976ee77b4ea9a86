"""Named entities, consolidated: one entry per real-world thing, with aliases.

spaCy's recognizer proposes mentions segment by segment. Each mention is cleaned
first: a leading article, personal titles ("Prime Minister", "Mr.") and a
sentence-initial word glued to a name ("Anticipated Trump") are cut off, and page
furniture (headings, bullet labels, "Key Takeaways", "Date") is dropped. Lines set
in title case (headlines, short table cells) capitalize every word, so the
recognizer's guesses there are not trusted; known names are looked up there instead.

Mentions are then grouped into one entity per real-world thing: the same name;
the spellings of one country ("U.S.", "US", "the United States"); an acronym and
its expansion ("Centers for Disease Control and Prevention (CDC)", "CDC"); a
person's full name, surname and titled forms ("George Lowe", "Mr Lowe", "Lowe"),
a surname shared by two people going to the one named nearest before it; a short
form of an organization's name ("Voltaris" for "Voltaris Energy"). The label is a
vote over mentions with priorities: a person with a personal title, a full name
or surname is a PERSON, a country or region is a place, an organization's or a
place's head word ("... Agency", "... River") counts for its kind. Every known
name is finally looked up again where the recognizer missed it, and salience
weighs each mention by where it stands (headline, lead paragraph, At a Glance).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.brief import Block, Entity, TextSpan
from newsbrief.lexicon import (
    ALIAS_FAMILIES,
    CAPITALS,
    COUNTRIES,
    ENTITY_BOILERPLATE,
    GENDERED_NOUNS,
    META_LINE,
    NAME_SUFFIXES,
    ORG_HEAD_WORDS,
    PERSON_TITLES,
    PLACE_HEAD_LABELS,
    PRONOUN_GENDER,
    REGIONS,
    TITLE_GENDER,
    given_name_gender,
    normalize_heading,
    section_role,
)
from newsbrief.nlp import Annotated, Segment

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Salience weight of a mention by where it stands.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
GLANCE_WEIGHT = 2.0
BODY_WEIGHT = 1.0

# Label votes: each mention votes its recognizer label once; these add to it.
TITLE_VOTE = 3.0  # "Mr.", "President", ... right before the name
HEAD_WORD_VOTE = 2.0  # "... Agency", "... River"
HINT_VOTE = 1.5  # "the Tillaberi region", "Dundee, Aberdeen and Paisley", "Lowe, 68,"
PRONOUN_VOTE = 1.0  # "McLean was a paperboy when he saw ..."
SURNAME_TOPIC_BLOCKS = 1  # a shared surname goes to the recent subject within this many blocks
PRONOUN_PERSON_MIN = 2  # he or she bound to a name this often: a person, whatever the votes
WEAK_VOTE = 0.5  # a sentence-initial common noun the recognizer took for a name

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
    }
)
# Titles that name a person's standing rather than a job: kept as aliases
# ("Mr. Reyes") because the article refers to the person that way.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})

DETERMINERS = frozenset({"the", "a", "an"})
# A common noun right after a name that says what kind of thing it names.
KIND_NOUNS = {
    **dict.fromkeys(
        ("region", "province", "district", "city", "town", "village", "county", "state"), "GPE"
    ),
    **dict.fromkeys(("river", "valley", "desert", "mountains", "island"), "LOC"),
    **dict.fromkeys(("facility", "plant", "factory", "airport", "stadium", "bridge"), "FAC"),
    **dict.fromkeys(("company", "firm", "group", "agency", "party", "ministry"), "ORG"),
}
PROPER_TAGS = frozenset({"NNP", "NNPS"})
DOUBLE_QUOTE_CHARS = '"“”«»'
# Words an acronym may skip: "Department of Justice" is DOJ, "Centers for Disease
# Control" is CDC.
MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "de", "du", "&"})

# A line is title-cased when this share of its longer words is capitalized.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_WORD_LETTERS = 4

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7}")
_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]?")
_PARENTHESIZED = re.compile(r"\(\s*(?P<acr>(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7})\s*\)")
_NAME_WORD = re.compile(r"[^\W_][\w’'&.-]*")
_EXPANSION_MAX_WORDS = 12
_LEAD_MIN_WORDS = 8


@dataclass
class _Mention:
    span: TextSpan
    label: str
    ntokens: int  # words (whitespace-separated) in the name
    title: str | None = None  # the personal title just before the name, normalized
    weak: bool = False  # a sentence-initial common word: kept only beside firm mentions
    weight: float = BODY_WEIGHT
    cues: list[tuple[str, float]] = field(default_factory=list)  # labels the context suggests
    gender: str | None = None  # "m" or "f" where a title, pronoun or noun tells
    block: int = -1
    main_subject: bool = False  # the subject of its sentence's main verb


@dataclass
class _Group:
    """Mentions of one thing while they are being consolidated."""

    mentions: list[_Mention] = field(default_factory=list)
    person: bool = False  # a full personal name is among the forms
    label: str = ""

    @property
    def forms(self) -> list[str]:
        return [m.span.text for m in self.mentions]

    def gender(self) -> str | None:
        seen = Counter(m.gender for m in self.mentions if m.gender is not None)
        if len(seen) == 1 or (len(seen) == 2 and len(set(seen.values())) == 2):
            return seen.most_common(1)[0][0]
        return None

    def titles(self) -> set[str]:
        return {m.title for m in self.mentions if m.title}

    def surname(self) -> str | None:
        if not self.person:
            return None
        longest = max(self.forms, key=lambda f: len(f.split()))
        return _surname(longest)


# --- English word knowledge -----------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """Common English words, from the model's own lemmatizer tables (no extra data)."""

    index: dict[str, frozenset[str]]
    rules: dict[str, list[tuple[str, str]]]
    exceptions: dict[str, dict[str, list[str]]]

    def inflected(self, word: str) -> bool:
        """Whether `word` is an inflected verb or adjective ("anticipated", "rising")."""
        for pos in ("verb", "adj"):
            if word in self.exceptions.get(pos, {}):
                return True
            for old, new in self.rules.get(pos, []):
                if old and word.endswith(old):
                    base = word[: len(word) - len(old)] + new
                    if base != word and base in self.index.get(pos, frozenset()):
                        return True
        return False

    def known(self, word: str) -> bool:
        """Whether `word` is an ordinary English word in any form."""
        return any(word in idx for idx in self.index.values()) or self.inflected(word)


_NO_WORDS = _Words({}, {}, {})
WORD_CLASSES = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=4)
def english_words(nlp: Language | None) -> _Words:
    """The word tables of `nlp`'s lemmatizer, or none when it has no rule lemmatizer."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return _NO_WORDS
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not all(
        lookups.has_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc")
    ):
        return _NO_WORDS
    # Lookup tables hash their keys: ask for each part of speech by name.
    index_table = lookups.get_table("lemma_index")
    rule_table = lookups.get_table("lemma_rules")
    exc_table = lookups.get_table("lemma_exc")
    index = {pos: frozenset(index_table.get(pos, [])) for pos in WORD_CLASSES}
    rules = {pos: [(old, new) for old, new in rule_table.get(pos, [])] for pos in WORD_CLASSES}
    exceptions = {pos: dict(exc_table.get(pos, {})) for pos in WORD_CLASSES}
    return _Words(index, rules, exceptions)


# --- Names ----------------------------------------------------------------------------


def name_key(text: str) -> str:
    """A name reduced for comparison: 'the U.S.' -> family key, 'Lowe’s' -> 'lowe's'."""
    t = re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().casefold()
    t = t.removeprefix("the ")
    if _DOTTED.fullmatch(t.rstrip(".") + "."):
        t = t.replace(".", "")
    for family in ALIAS_FAMILIES:
        if t in family:
            return "family:" + min(family)
    return t


def _surname(name: str) -> str | None:
    words = [w for w in name.split() if w.casefold().rstrip(".,") not in NAME_SUFFIXES]
    return name_key(words[-1]) if len(words) >= 2 else None


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text))


def _acronym_letters(text: str) -> str:
    return re.sub(r"[^A-Za-z]", "", text).casefold()


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether `acronym` abbreviates `name`: the initials of its words, minor words
    ("of", "and") optional, and at most one trailing word left out (CDC for
    "Centers for Disease Control and Prevention")."""
    letters = _acronym_letters(acronym)
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalnum()]
    if len(words) < 2 or not letters:
        return False
    full = "".join(w[0] for w in words).casefold()
    major = [w for w in words if w.casefold() not in MINOR_WORDS]
    initials = "".join(w[0] for w in major).casefold()
    if letters in (full, initials):
        return True
    return len(major) - len(letters) == 1 and initials.startswith(letters)


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


def _expansion(text: str, paren: re.Match[str]) -> TextSpan | None:
    """The name an acronym in parentheses abbreviates: the shortest run of
    capitalized words (minor words allowed inside) just before it that fits."""
    line_start = text.rfind("\n", 0, paren.start()) + 1
    words = list(_NAME_WORD.finditer(text, line_start, paren.start()))[-_EXPANSION_MAX_WORDS:]
    end = words[-1].end() if words else paren.start()
    if not words or text[end : paren.start()].strip():
        return None
    acronym = paren.group("acr")
    for test in (acronym_fits, _loosely_abbreviates):
        for k in range(len(words) - 1, -1, -1):
            word = words[k].group()
            if word.casefold() in MINOR_WORDS:
                continue
            if not word[0].isupper():
                break
            start = words[k].start()
            if test(acronym, text[start:end]):
                return TextSpan(text[start:end], start, end)
    return None


def _title_word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def _is_title(tok: Token, label: str) -> bool:
    word = _title_word(tok)
    return word in PERSON_TITLES and (label == "PERSON" or word not in WEAK_TITLES)


def title_before(doc: Doc, start: int) -> str | None:
    """The personal title just before token `start` ("Mr.", "Prime Minister",
    "Secretary of State"), normalized; None when there is none."""
    i = start - 1
    found: str | None = None
    while i >= 0 and start - i <= 4:
        tok = doc[i]
        word = _title_word(tok)
        if word in PERSON_TITLES:
            if word not in WEAK_TITLES and found is None:
                found = word
        elif not (tok.lower_ == "of" and found is None and i < start - 1):
            break
        i -= 1
    return found


def title_cased(text: str) -> bool:
    """A line whose longer words are mostly capitalized: a headline or a label."""
    words: list[str] = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= TITLE_CASE_WORD_LETTERS
    ]
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    capitalized = sum(w[0].isupper() for w in words)
    return capitalized >= TITLE_CASE_SHARE * len(words)


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Whether only punctuation comes before token i in its sentence (walked back
    token by token: `Token.sent` would build the sentence's span each time)."""
    while i > 0 and not doc[i].is_sent_start:
        prev = doc[i - 1]
        if not (prev.is_punct or prev.is_space):
            return False
        i -= 1
    return True


def _rest_of_sentence(doc: Doc, i: int) -> Iterator[Token]:
    """The tokens from i to the end of the sentence token i - 1 belongs to."""
    while i < len(doc) and not doc[i].is_sent_start:
        yield doc[i]
        i += 1


# --- Mentions -------------------------------------------------------------------------


def _clean(seg: Segment, ent: Span, words: _Words) -> _Mention | None:
    """The name part of a recognized entity, or None when nothing of a name is left."""
    doc = seg.doc
    a, b = ent.start, ent.end
    label = ent.label_
    while b > a and (doc[b - 1].tag_ == "POS" or doc[b - 1].is_punct):
        b -= 1
    while b - a > 1 and (doc[a].lower_ in DETERMINERS or doc[a].is_punct):
        a += 1
    title = None
    while b - a > 1 and _is_title(doc[a], label):
        title = _title_word(doc[a])
        a += 1
    if label == "PERSON":  # "Cottonwood Police Sgt Jeremy Daniels"
        for k in range(b - 2, a, -1):
            rest = [t.lower_.rstrip(".") for t in doc[k + 1 : b]]
            if _is_title(doc[k], label) and doc[k].text[:1].isupper():
                if any(w not in NAME_SUFFIXES for w in rest):
                    title, a = _title_word(doc[k]), k + 1
                break
    if (
        b - a > 1
        and _sentence_initial(doc, a)
        and doc[a].text[:1].isupper()
        and (
            words.inflected(doc[a].lower_) or (label == "PERSON" and doc[a].tag_ not in PROPER_TAGS)
        )
    ):
        a += 1  # "Anticipated Trump", "Former Trump"
    if b <= a:
        return None
    span = doc[a:b]
    if not any(t.text[:1].isupper() for t in span):
        return None  # "the housing association", "jerrycan"
    text_span = _tidy(seg.span(span))
    if text_span is None or text_span.start < seg.entity_start:
        return None
    weak = (
        b - a == 1
        and _sentence_initial(doc, a)
        and doc[a].tag_ not in PROPER_TAGS
        and not _is_acronym(doc[a].text)
    )
    title = title or title_before(doc, a)
    if (
        label == "PERSON"
        and title is None
        and a > 0
        and doc[a - 1].lower_ == "the"
        and b < len(doc)
        and doc[b].pos_ == "NOUN"
        and doc[b].is_lower
    ):
        label, weak = "ORG", True  # "the Lakeshore facility": a person's name takes no article
    words_in = len(text_span.text.split())
    mention = _Mention(text_span, label, words_in, title, weak, cues=_context_cues(seg, ent, a, b))
    mention.gender = TITLE_GENDER.get(title or "") or _gender_cue(doc, a, b)
    mention.block = seg.block
    mention.main_subject = _main_subject(doc[a:b])
    return mention


def _main_subject(span: Span) -> bool:
    """Whether a name is what its sentence is about: the main verb's subject, or
    the head of a sentence without a verb of its own ("Alan Price, now 71, ...")."""
    root = span.root
    return root.dep_ == "ROOT" or (root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT")


def _tidy(span: TextSpan) -> TextSpan | None:
    """A name without what tokenization glued to it: '(CNN)Sofia Vergara' ->
    'Sofia Vergara'; a name with a quote mark inside is no name."""
    text, start = span.text, span.start
    cut = 0
    if ")" in text and "(" not in text:
        cut = text.rindex(")") + 1
    marks = [i for i, ch in enumerate(text) if ch in DOUBLE_QUOTE_CHARS]
    if marks and marks[-1] < len(text) // 2:
        cut = max(cut, marks[-1] + 1)
    end = len(text)
    if "(" in text and ")" not in text:
        end = text.index("(")
    dash = re.search(r"\s[-–—]\s", text)
    if dash is not None and dash.start() > cut:
        end = min(end, dash.start())  # "Sam - after the race"
    body = text[cut:end]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if not body or any(ch in DOUBLE_QUOTE_CHARS for ch in body):
        return None
    return TextSpan(body, start + cut + lead, start + cut + lead + len(body))


def _context_cues(seg: Segment, ent: Span, a: int, b: int) -> list[tuple[str, float]]:
    """Labels the words around a name suggest: a kind noun after it ("the Tillaberi
    region"), the place names it is listed with ("Dundee, Aberdeen and Paisley"),
    an age or "who" after it ("Lowe, 68,"), a he or she it is the subject for."""
    doc = seg.doc
    cues: list[tuple[str, float]] = []
    if b < len(doc) and doc[b].is_lower and doc[b].lower_ in KIND_NOUNS:
        cues.append((KIND_NOUNS[doc[b].lower_], HINT_VOTE))
    if a >= 2 and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ in KIND_NOUNS:
        cues.append((KIND_NOUNS[doc[a - 2].lower_], HINT_VOTE))  # "the town of Abingdon"
    if (
        b + 1 < len(doc)
        and doc[b].text == ","
        and (doc[b + 1].lower_ == "who" or (doc[b + 1].like_num and doc[b + 1].text.isdigit()))
    ):
        cues.append(("PERSON", HINT_VOTE))
    root = doc[a:b].root
    # Most names have no conjuncts: skip the scan of every entity then.
    conjuncts = [t.i for t in root.conjuncts]
    listed = Counter(
        other.label_
        for other in (doc.ents if conjuncts else ())
        if other != ent and any(other.start <= i < other.end for i in conjuncts)
    )
    if listed and all(label in PLACE_LABELS for label in listed):
        cues.append((listed.most_common(1)[0][0], HINT_VOTE))
    if any(_is_person_noun(n) for n in appositions(root)):
        cues.append(("PERSON", HINT_VOTE))  # "the transportation secretary, Marcus Hale,"
    if root.dep_ == "nsubj":
        for tok in _rest_of_sentence(doc, b):
            if tok.is_quote or (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON"):
                break  # a quote or another subject: the pronoun may be someone else
            if tok.lower_ in PRONOUN_GENDER:
                cues.append(("PERSON", PRONOUN_VOTE))
                break
    return cues


def appositions(root: Token) -> list[Token]:
    """The nouns a name stands in apposition with: 'his wife, Helen Lowe'."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return nouns


def _is_person_noun(tok: Token) -> bool:
    """A lower-case noun only a person can be: 'secretary', 'spokeswoman', 'wife'."""
    word = tok.lower_
    return tok.is_lower and (
        word in GENDERED_NOUNS or (word in PERSON_TITLES and word not in WEAK_TITLES)
    )


def _gender_cue(doc: Doc, a: int, b: int) -> str | None:
    """A person's gender from the words around a mention: 'his wife, Helen Lowe',
    'George Lowe said the water reached his door'."""
    root = doc[a:b].root
    for noun in appositions(root):
        if noun.lower_ in GENDERED_NOUNS:
            return GENDERED_NOUNS[noun.lower_]
    if root.dep_ == "nsubj":
        for tok in _rest_of_sentence(doc, b):
            if tok.is_quote or (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON"):
                return None
            if tok.lower_ in PRONOUN_GENDER:
                return PRONOUN_GENDER[tok.lower_]
    return None


def _furniture(doc: Annotated) -> set[str]:
    """Normalized texts that are page structure here: headings and bullet labels."""
    found = set(ENTITY_BOILERPLATE)
    for b in doc.blocks:
        if b.kind == "heading":
            found.add(normalize_heading(b.text))
        if b.label is not None:
            found.add(normalize_heading(b.label.text))
        for cell in b.header:
            found.add(normalize_heading(cell.text))
    return found


def _block_weights(blocks: list[Block]) -> list[float]:
    weights = []
    lead_seen = False
    for b in blocks:
        weight = BODY_WEIGHT
        if b.kind == "headline":
            weight = HEADLINE_WEIGHT
        elif b.kind == "bullet" and section_role(b.section) == "glance":
            weight = GLANCE_WEIGHT
        elif (
            b.kind == "paragraph"
            and not lead_seen
            and not META_LINE.match(b.text)
            and len(b.text.split()) >= _LEAD_MIN_WORDS
        ):
            weight, lead_seen = LEAD_WEIGHT, True
        weights.append(weight)
    return weights


def _recognized(doc: Annotated, words: _Words) -> Iterator[_Mention]:
    furniture = _furniture(doc)
    weights = _block_weights(doc.blocks)
    cased = [title_cased(doc.text[seg.start : seg.end]) for seg in doc.segments]
    confirmed = _confirmation(doc, cased)
    for seg, in_title_case in zip(doc.segments, cased, strict=True):
        if not seg.entities:
            continue
        for ent in seg.doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            m = _clean(seg, ent, words)
            if m is None or normalize_heading(m.span.text) in furniture:
                continue
            if in_title_case and not confirmed(m.span.text):
                continue
            m.weight = weights[seg.block]
            yield m


def _confirmation(doc: Annotated, cased: list[bool]) -> Callable[[str], bool]:
    """A test for names found in title-cased lines, where every word is capitalized:
    each of its words must be written capitalized, and never in lower case, in the
    article's ordinary lines ("Glasgow" in "Glasgow City Council"; not "Jobs")."""
    upper: set[str] = set()
    lower: set[str] = set()
    seen = False

    def confirmed(name: str) -> bool:
        nonlocal seen
        if not seen:  # most articles have no title-cased line to confirm names in
            seen = True
            for seg, in_title_case in zip(doc.segments, cased, strict=True):
                if in_title_case:
                    continue
                for tok in seg.doc:
                    if tok.is_alpha:
                        (lower if tok.is_lower else upper).add(tok.lower_)
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
        return bool(words) and all(w in upper and w not in lower for w in words)

    return confirmed


# --- Consolidation --------------------------------------------------------------------


def _place_name(forms: Iterable[str]) -> str | None:
    """GPE or LOC when one of the forms is a country, capital or region."""
    for form in forms:
        bare = form.removeprefix("the ").removeprefix("The ")
        if bare in COUNTRIES or bare in CAPITALS or name_key(bare).startswith("family:"):
            return "GPE"
        if bare in REGIONS:
            return "LOC"
    return None


def _vote(mentions: Iterable[_Mention], gazetteer: bool = True) -> str:
    ms = sorted(mentions, key=lambda m: m.span.start)
    forms = {m.span.text for m in ms}
    place = _place_name(forms) if gazetteer else None
    if place is not None:
        return place
    longest = max(forms, key=lambda f: (len(f.split()), len(f)))
    head = longest.split()[-1].rstrip(".")
    personal = any(m.title is not None or any(label == "PERSON" for label, _ in m.cues) for m in ms)
    if len(longest.split()) > 1 and head in ORG_HEAD_WORDS and not personal:
        return "ORG"  # "Kelvin Hardware Supplies", "Avon Rovers": the name says what it is
    votes: defaultdict[str, float] = defaultdict(float)
    for m in ms:
        if m.label:
            votes[m.label] += WEAK_VOTE if m.weak else 1.0
        if m.title is not None:
            votes["PERSON"] += TITLE_VOTE
        for label, weight in m.cues:
            votes[label] += weight
    if given_name_gender(longest) is not None:
        # Once per name, not per mention: a recognizer that keeps calling "Paul
        # Smith" (the fashion house) an organization outvotes it; one stray ORG for
        # "Marcus Hale" does not.
        votes["PERSON"] += HINT_VOTE
    if len(longest.split()) > 1:
        if head in ORG_HEAD_WORDS:
            votes["ORG"] += HEAD_WORD_VOTE
        if head in PLACE_HEAD_LABELS:
            votes[PLACE_HEAD_LABELS[head]] += HEAD_WORD_VOTE
    best = max(votes.values(), default=0.0)
    for m in ms:  # ties go to the label of the earliest mention
        if m.label and votes[m.label] == best:
            return m.label
    return max(votes, key=lambda label: votes[label], default="ORG")


def _personal_evidence(m: _Mention) -> bool:
    """Whether a mention itself says it names a person: the recognizer's label, a
    title, a cue around it, or a given name first."""
    return (
        m.label == "PERSON"
        or m.title is not None
        or any(label == "PERSON" for label, _ in m.cues)
        or given_name_gender(m.span.text) is not None
    )


def _group_by_key(mentions: Iterable[_Mention]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for m in mentions:
        groups.setdefault(name_key(m.span.text), _Group()).mentions.append(m)
    for g in groups.values():
        g.label = _vote(g.mentions)
        g.person = _vote(g.mentions, gazetteer=False) == "PERSON" and any(
            m.ntokens >= 2 and _personal_evidence(m) for m in g.mentions
        )
    return groups


def _merge(groups: dict[str, _Group], into: str, key: str) -> None:
    if key == into or key not in groups or into not in groups:
        return
    groups[into].mentions.extend(groups.pop(key).mentions)


def _merge_acronyms(groups: dict[str, _Group], text: str) -> None:
    """'Long Name (ABC)' anywhere in the text, and an acronym whose letters are the
    initials of exactly one longer name."""
    for paren in _PARENTHESIZED.finditer(text):
        long = _expansion(text, paren)
        if long is None:
            continue
        inside: list[_Mention] = []
        for key, g in list(groups.items()):
            keep = [m for m in g.mentions if m.span.end <= long.start or m.span.start >= long.end]
            inside += [m for m in g.mentions if m not in keep]
            g.mentions = keep
            if not keep:
                del groups[key]
        label = Counter(m.label for m in inside).most_common(1)[0][0] if inside else "ORG"
        weight = max((m.weight for m in inside), default=BODY_WEIGHT)
        long_key = name_key(long.text)
        groups.setdefault(long_key, _Group(label=label)).mentions.append(
            _Mention(long, label, len(long.text.split()), weight=weight)
        )
        a, z = paren.span("acr")
        acr_key = name_key(text[a:z])
        if acr_key not in groups:
            groups[acr_key] = _Group([_Mention(TextSpan(text[a:z], a, z), label, 1)], label=label)
        _merge(groups, long_key, acr_key)
    for key, g in list(groups.items()):
        if key not in groups or not all(_is_acronym(f) for f in g.forms):
            continue
        candidates = [
            k
            for k, other in groups.items()
            if k != key
            and any(len(f.split()) >= 2 and acronym_fits(g.forms[0], f) for f in other.forms)
        ]
        if len(candidates) == 1:
            _merge(groups, candidates[0], key)


def _merge_org_short_forms(groups: dict[str, _Group]) -> None:
    """'Voltaris' for 'Voltaris Energy', 'the Alliance' for 'the ... Alliance'."""
    for key, g in list(groups.items()):
        if key not in groups or g.person or g.label in PLACE_LABELS:
            continue
        forms = {tuple(f.split()) for f in g.forms}
        candidates = []
        for k, other in groups.items():
            if k == key or other.person or other.label != "ORG":
                continue
            for long in {tuple(f.split()) for f in other.forms}:
                if any(
                    len(long) > len(short)
                    and (long[: len(short)] == short or (len(short) == 1 and long[-1] == short[0]))
                    for short in forms
                ):
                    candidates.append(k)
                    break
        if len(candidates) == 1:
            _merge(groups, candidates[0], key)


def _resolve_surname(m: _Mention, candidates: list[_Group]) -> _Group:
    """Which of several people sharing a surname a bare surname mention means: the
    one a gendered title or a shared title points to; else the one the story was
    last about (the subject of a main clause in this paragraph or the one before:
    'Gavin Price, whose father Alan Price played ...' then 'Price said'); else the
    one mentioned most recently before it; else the one whose full name comes next."""
    pool = candidates
    if m.title in TITLE_GENDER:
        pool = [c for c in pool if c.gender() in (TITLE_GENDER[m.title], None)] or pool
    elif m.title is not None:
        pool = [c for c in pool if m.title in c.titles()] or pool
    if len(pool) == 1:
        return pool[0]
    before = [(x, i) for i, c in enumerate(pool) for x in c.mentions if x.span.start < m.span.start]
    topics = [
        (x.span.start, i)
        for x, i in before
        if x.main_subject and x.block >= m.block - SURNAME_TOPIC_BLOCKS
    ]
    if topics:
        return pool[max(topics)[1]]
    if before:
        return pool[max((x.span.start, i) for x, i in before)[1]]
    after = [(x.span.start, i) for i, c in enumerate(pool) for x in c.mentions]
    return pool[min(after)[1]]


def _merge_surnames(groups: dict[str, _Group]) -> list[_Mention]:
    """Fold surname-only groups into the one person of that surname; with several
    people of one surname, return the mentions to resolve one by one. A given name
    used alone ("Ron" after "Ron Lane") joins the one person it can be."""
    people: dict[str, list[str]] = {}
    given: dict[str, list[str]] = {}
    for key, g in groups.items():
        surname = g.surname()
        if surname is not None:
            people.setdefault(surname, []).append(key)
            first = max(g.forms, key=lambda f: len(f.split())).split()[0]
            given.setdefault(name_key(first), []).append(key)
    pending: list[_Mention] = []
    for key, g in list(groups.items()):
        if g.person or any(len(f.split()) > 1 for f in g.forms):
            continue
        if (
            _place_name(g.forms) is not None
            and _vote(g.mentions, gazetteer=False) in PLACE_LABELS
            and not g.titles()
        ):
            continue  # "Washington" the city beside "George Washington"
        targets = people.get(key, [])
        if len(targets) == 1:
            _merge(groups, targets[0], key)
        elif targets:
            pending.extend(groups.pop(key).mentions)
        elif len(given.get(key, [])) == 1 and not g.titles():
            _merge(groups, given[key][0], key)
    return pending


# --- Further mentions -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?!\w)")


def _looked_up(
    doc: Annotated, forms: Iterable[str], taken: list[tuple[int, int]], words: _Words
) -> Iterator[_Mention]:
    """Occurrences of known names where the recognizer found none."""
    weights = _block_weights(doc.blocks)
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
            for found in _form_pattern(form).finditer(seg_text):
                span = seg.doc.char_span(*found.span(), alignment_mode="strict")
                if span is None:
                    continue
                ts = seg.span(span)
                if ts.start < seg.entity_start or not free(ts.start, ts.end):
                    continue
                first = span[0]
                if (
                    len(span) == 1
                    and first.tag_ not in PROPER_TAGS
                    and _sentence_initial(seg.doc, first.i)
                    and words.known(first.lower_)
                ):
                    continue  # "Young people ..." is not Mr. Young
                if not in_title_case and _inside_longer_name(seg.doc, span.start, span.end):
                    continue  # "Thames" in "Thames Valley Water"
                title = title_before(seg.doc, span.start)
                bisect.insort(spans, (ts.start, ts.end))
                mention = _Mention(ts, "", len(ts.text.split()), title, weight=weights[seg.block])
                mention.gender = TITLE_GENDER.get(title or "")
                mention.block = seg.block
                mention.main_subject = _main_subject(span)
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
                and _title_word(tok) not in PERSON_TITLES
                and not (i == start - 1 and _sentence_initial(doc, i) and not tok.ent_type_)
            ):
                return True
    return False


def _lookup_forms(groups: dict[str, _Group]) -> tuple[dict[str, str], dict[str, list[str]]]:
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
            longest = max(g.forms, key=lambda f: len(f.split()))
            for word in longest.split():
                if name_key(word) == surname:
                    surnames.setdefault(word, []).append(key)
    return exact, surnames


# --- Entities -------------------------------------------------------------------------


def _display_name(g: _Group, label: str) -> str:
    counts = Counter(m.span.text for m in g.mentions)
    if label in PLACE_LABELS:
        return max(counts, key=lambda f: (counts[f], len(f)))
    # People and organizations: the fullest form; an acronym's expansion.
    return max(counts, key=lambda f: (not _is_acronym(f), len(f.split()), counts[f], len(f)))


def _aliases(g: _Group, name: str, text: str) -> list[str]:
    seen: dict[str, None] = {}
    for m in sorted(g.mentions, key=lambda m: m.span.start):
        if m.span.text != name:
            seen.setdefault(m.span.text)
        if m.title in HONORIFICS and m.ntokens == 1:
            lead = re.search(r"\b(\w+\.?)\s+$", text[max(0, m.span.start - 12) : m.span.start])
            if lead is not None:
                seen.setdefault(f"{lead.group(1)} {m.span.text}")
    return list(seen)


def _final_label(g: _Group) -> str:
    """The vote, after the rules that outrank it: a full personal name, a title, or
    he and she used for it more than once make a person."""
    if g.person or any(m.title is not None for m in g.mentions if m.label == "PERSON"):
        return "PERSON"
    pronouns = sum(1 for m in g.mentions for label, weight in m.cues if weight == PRONOUN_VOTE)
    if pronouns >= PRONOUN_PERSON_MIN and not _place_name(g.forms):
        return "PERSON"
    return _vote(g.mentions)


def _build(groups: dict[str, _Group], text: str) -> list[Entity]:
    out = []
    for g in groups.values():
        if all(m.weak for m in g.mentions):
            continue
        ms: dict[tuple[int, int], _Mention] = {}
        for m in sorted(g.mentions, key=lambda m: (m.span.start, -m.span.end)):
            ms.setdefault((m.span.start, m.span.end), m)
        g.mentions = list(ms.values())
        label = g.label or _final_label(g)
        name = _display_name(g, label)
        out.append(
            Entity(
                name=name,
                label=label,
                aliases=_aliases(g, name, text),
                mentions=[m.span for m in g.mentions],
                salience=sum(m.weight for m in g.mentions),
            )
        )
    out.sort(key=lambda e: (-e.salience, e.first_mention))
    return out


def _lowercase_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w.])[a-z][a-z'-]+", text))


def _common_word_person(g: _Group, lowercase: set[str]) -> bool:
    """A 'person' known by one word that the article also writes in lower case
    ('Homeless', 'League'), with no full name and no title: a capitalized word."""
    return (
        g.label == "PERSON"
        and not g.person
        and not g.titles()
        and all(len(f.split()) == 1 for f in g.forms)
        and any(f.lower() in lowercase for f in g.forms)
    )


def find_entities(doc: Annotated, nlp: Language | None = None) -> list[Entity]:
    """The article's entities, one per real-world thing, most salient first.

    `nlp` (the pipeline that annotated `doc`) lends its lemmatizer's word tables to
    tell a capitalized common word from a name; without it that check is skipped.
    """
    words = english_words(nlp)
    groups = _group_by_key(_recognized(doc, words))
    _merge_acronyms(groups, doc.text)
    pending = _merge_surnames(groups)
    _merge_org_short_forms(groups)
    groups = {k: g for k, g in groups.items() if not all(m.weak for m in g.mentions)}
    for g in groups.values():
        g.label = _final_label(g)
    lower = _lowercase_words(doc.text)
    groups = {k: g for k, g in groups.items() if not _common_word_person(g, lower)}

    taken = [(m.span.start, m.span.end) for g in groups.values() for m in g.mentions]
    taken += [(m.span.start, m.span.end) for m in pending]
    exact, surnames = _lookup_forms(groups)
    for m in _looked_up(doc, exact.keys() | surnames.keys(), taken, words):
        form = m.span.text
        if form in exact and not (m.title is not None and form in surnames):
            groups[exact[form]].mentions.append(m)
        elif len(surnames.get(form, [])) == 1:
            groups[surnames[form][0]].mentions.append(m)
        else:
            pending.append(m)
    for m in sorted(pending, key=lambda m: m.span.start):
        surname = name_key(m.span.text)
        candidates = [g for g in groups.values() if g.surname() == surname]
        if candidates:
            _resolve_surname(m, candidates).mentions.append(m)
    return _build(groups, doc.text)


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping article[start:end], if any."""
    for e in entities:
        for m in e.mentions:
            if m.start < end and start < m.end:
                return e
    return None


__all__ = [
    "ENTITY_LABELS",
    "acronym_fits",
    "appositions",
    "english_words",
    "entity_at",
    "find_entities",
    "name_key",
    "title_before",
    "title_cased",
]
