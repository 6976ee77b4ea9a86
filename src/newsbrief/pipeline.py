"""How newsbrief adjusts the spaCy pipeline it loads (`adjust`): tokenizer rules
for newsroom writing and components of its own that run before the model reads a
text or mend what the parser read, each mending a misreading measured on real
articles."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.lexicon import SPEECH_VERBS, SUBDIVISIONS, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def adjust(nlp: Language) -> None:
    """Apply every adjustment to a freshly loaded pipeline."""
    _split_glued_marks(nlp)
    _keep_abbreviations(nlp)
    _keep_clock_sentences(nlp)
    _keep_prefixed_words(nlp)
    _keep_speakers(nlp)


# An agency's credit glued to the first word, "(CNN)Top Gear presenter ...", as
# nearly every CNN story opens: without a split, "CNN)Top" is one token and the
# lead sentence loses its first word to the dateline.
_GLUED_CREDIT = (r"(?<=[A-Za-z]{2})\)(?=[A-Z0-9\"“‘'])", r"(?<=[A-Za-z]{2}\))[\"“‘']")


# A dash glued to the word before or after it, the other side spaced ("relented
# Monday-- after", "the night --the new government"): without a split, "Monday--"
# is one token, which no date or name is.
_GLUED_DASH_SUFFIX, _GLUED_DASH_PREFIX = r"(?<=\w\w)--", r"--(?=\w)"


def _split_glued_marks(nlp: Language) -> None:
    """Add the splits of a glued credit and a glued dash to the pipeline's own
    infix, suffix and prefix rules (a custom tokenizer is left as it is)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    if (infix := _pattern_of(tokenizer.infix_finditer)) is not None:
        tokenizer.infix_finditer = compile_infix_regex([infix, *_GLUED_CREDIT]).finditer
    if (suffix := _pattern_of(tokenizer.suffix_search)) is not None:
        tokenizer.suffix_search = compile_suffix_regex([_GLUED_DASH_SUFFIX, suffix]).search
    if (prefix := _pattern_of(tokenizer.prefix_search)) is not None:
        tokenizer.prefix_search = compile_prefix_regex([_GLUED_DASH_PREFIX, prefix]).search


def _pattern_of(rule: object) -> str | None:
    """The regular expression behind a tokenizer rule (a compiled pattern's bound
    method), or None for a rule of another kind."""
    pattern = getattr(getattr(rule, "__self__", None), "pattern", None)
    return pattern if isinstance(pattern, str) else None


def _keep_abbreviations(nlp: Language) -> None:
    """Keep "Sgt." and "Sask." one token, as the tokenizer keeps "Gen." and "Calif.",
    so that the sentence does not end inside "said Sgt. Jeremy Lewis", nor its parse
    break at "a truck that crashed near Langham, Sask., on Feb. 22" (the date then
    hung from the sentence's first verb). "Man." is left out: "the Isle of Man.".
    Keep "wed" one word too: news writes it for "married" ("Barrientos wed Koridze
    in 2002"), never for "we'd", into which the tokenizer would split it."""
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        titles = [f"{short.capitalize()}." for short in TITLE_ABBREVIATIONS]
        places = [p for p in SUBDIVISIONS if p.endswith(".") and p != "Man."]
        for short in (*titles, *places, "wed", "Wed"):
            nlp.tokenizer.add_special_case(short, [{ORTH: short}])


# "a.m." and "p.m." end in a full stop that the parser may read as a sentence's end:
# "A car crashed into a wall at 10:45 a.m. Sunday." became two sentences, the
# second "Sunday.", and the row lost its day. The clock goes on into a weekday, a
# time zone, a lower-case word or a bracket. A capital word past those opens the
# next sentence, which the parser often ran on ("shortly after 11 a.m. The plane
# slid off the runway", "about 5 a.m. McGill said ..."), unless it is a month's or
# names a place's time ("10 a.m. Eastern time", "9 a.m. Hong Kong time").
_CLOCK_ENDS = frozenset({"a.m.", "p.m.", "A.M.", "P.M."})
_CLOCK_GOES_ON = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z]{2,3}T|GMT|UTC|ET|PT|CT|[a-z].*|[(,]"
)
_CLOCK_MONTH_OR_ZONE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|Eastern|Pacific|Central|Mountain|Atlantic|Local|Greenwich|[ECMP]\.T\."
)
_CLOCK_COMPONENT = "newsbrief_clock_sentences"


def _clock_sentences(doc: Doc) -> Doc:
    """Mark the word after a clock time that goes on with it as no sentence start,
    and a capital word after it that does not as one."""
    for t in doc[:-1]:
        if t.text not in _CLOCK_ENDS:
            continue
        after = doc[t.i + 1]
        if _CLOCK_GOES_ON.fullmatch(after.text):
            after.is_sent_start = False
        elif (
            after.is_title
            and not _CLOCK_MONTH_OR_ZONE.fullmatch(after.text)
            and not any(w.lower_ == "time" for w in doc[after.i : after.i + 4])
        ):
            after.is_sent_start = True
    return doc


def _keep_clock_sentences(nlp: Language) -> None:
    """Tell the parser, which keeps the sentence starts it is given, that a clock
    time does not end a sentence before the words that go on with it."""
    if "parser" in nlp.pipe_names:
        _add_component(nlp, _CLOCK_COMPONENT, _clock_sentences, before="parser")


# Prefixes the tokenizer cuts off at their hyphen ("re-released", "co-founder"):
# the model then tags the three pieces alike and parsed "Lucasfilm re-released the
# trilogy" with "re" the verb and "released" joined to it, and cut rows inside
# the word ("Ansaru members re"). A verb's form kept one word is read as the verb
# it is. Only in lower case: "Vice-President Wang Qishan" and "anti-Trump" keep
# the name a word of its own, for the entity recognizer. ("mid-" is left:
# "mid-March" is a date's.)
_PREFIXES = frozenset(
    {"re", "co", "e", "pre", "ex", "de", "non", "anti", "self", "vice", "post", "multi",
     "semi", "inter", "over", "under", "out", "un", "mis", "sub", "super", "cross",
     "counter", "ultra", "pro"}
)  # fmt: skip
_PREFIXED_COMPONENT = "newsbrief_prefixed_words"
# Only forms of verbs: the model reads a merged noun it never met by its ending
# ("Microsoft co-founder Paul Allen ... found" gave "co-founder" as the verb),
# while the three pieces of a noun hang together from its head as one.
_VERB_ENDINGS = ("ed", "ing")


def _prefixed_words(doc: Doc) -> Doc:
    """Merge a prefix, its hyphen and the verb's form after them ("re-released"),
    written without spaces and not the start of a longer compound."""
    spans = [
        doc[t.i : t.i + 3]
        for t in doc[:-2]
        if t.text in _PREFIXES
        and not t.whitespace_
        and doc[t.i + 1].text == "-"
        and not doc[t.i + 1].whitespace_
        and doc[t.i + 2].is_lower
        and doc[t.i + 2].text.endswith(_VERB_ENDINGS)
        and (t.i + 3 == len(doc) or doc[t.i + 2].whitespace_ or doc[t.i + 3].text != "-")
        and (t.i == 0 or doc[t.i - 1].whitespace_ or not doc[t.i - 1].is_alpha)
    ]
    if spans:  # (no two overlap: a verb's form is no prefix, nor a hyphen)
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _keep_prefixed_words(nlp: Language) -> None:
    """Read prefixed verbs whole: merge them before any component sees them."""
    _add_component(nlp, _PREFIXED_COMPONENT, _prefixed_words, first=True)


# The subjects a verb of saying may have; one with none after a comma and a list
# was given its speakers by the parse as the list's last members: "the roof
# collapsed Thursday in southwestern Bangladesh, police and fire officials told
# CNN" read "Bangladesh, police and fire officials" as one list of places.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_SPEAKERS_COMPONENT = "newsbrief_speakers"


def _speakers(doc: Doc) -> Doc:
    """Give a verb of saying without a subject the nouns joined to a list right
    before it, after a comma, when what it reports holds that list."""
    for verb in doc:
        if (
            verb.i < 3
            or verb.lemma_ not in SPEECH_VERBS
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            continue
        last = doc[verb.i - 1]
        if last.pos_ not in ("NOUN", "PROPN") or last.dep_ != "conj":
            continue
        first = last
        while (
            first.dep_ == "conj"
            and first.left_edge.i > 0
            and doc[first.left_edge.i - 1].text != ","
        ):
            first = first.head
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
        # Or the parse joined the verb to what it reports ("died ..., officials told").
        joined = verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i
        if joined:
            said = [verb.head]
        if (
            first.dep_ != "conj"
            or first.head.i >= first.left_edge.i - 1
            or not any(first.head in c.subtree for c in said)
        ):
            continue
        if joined:
            reported = verb.head
            verb.head, verb.dep_ = verb, "ROOT"
            reported.head, reported.dep_ = verb, "ccomp"
        first.head = verb
        first.dep_ = "nsubj"
    return doc


def _keep_speakers(nlp: Language) -> None:
    """Mend the parse of a verb of saying whose speakers it joined to a list, once
    the words have their lemmas and parts of speech."""
    if "parser" in nlp.pipe_names:
        readers = [n for n in ("parser", "attribute_ruler", "lemmatizer") if n in nlp.pipe_names]
        _add_component(nlp, _SPEAKERS_COMPONENT, _speakers, after=readers[-1])


def _add_component(
    nlp: Language,
    name: str,
    func: Callable[[Doc], Doc],
    *,
    before: str | None = None,
    after: str | None = None,
    first: bool | None = None,
) -> None:
    """Register `func` as the component `name` (once per process) and add it to
    `nlp`, before the component `before`, after `after`, or `first`."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    nlp.add_pipe(name, before=before, after=after, first=first)
