"""Verbs that introduce speech."""

from __future__ import annotations

# Verbs that introduce speech, by lemma. Used for quote lead-ins ("Trump said:")
# and for attributing inline quotes.
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "write",
        "state",
        "declare",
        "explain",
        "note",
        "insist",
        "argue",
        "warn",
        "claim",
        "announce",
        "remark",
        "reply",
        "respond",
        "answer",
        "ask",
        "acknowledge",
        "admit",
        "caution",
        "comment",
        "concede",
        "confirm",
        "continue",
        "contend",
        "describe",
        "emphasize",
        "emphasise",
        "estimate",
        "predict",
        "recall",
        "report",
        "stress",
        "suggest",
        "tweet",
        "post",
        "urge",
        "vow",
        "promise",
        "pledge",
        "complain",
        "joke",
        "quip",
        "shout",
        "whisper",
        "call",
        "observe",
        "testify",
        "mention",
        "assert",
        "maintain",
        "conclude",
        "retort",
        "counter",
        "allege",
        "lament",
        "exclaim",
        "reiterate",
        "recount",
        "scoff",
        "assure",
    }
)

# Verbs of saying that need what is said: used without it ("Rowling wrote in her
# March 24 reply.", "Police said Saturday."), the words were in another line. Verbs
# with another sense without an object ("add to", "ask for", "call for", "report",
# "continue") are left out.
SAYING_VERBS = frozenset(
    {"say", "tell", "write", "explain", "recall", "reply", "note", "state", "remark"}
    | {"quip", "joke", "tweet"}
)

# Past tenses that do not add -ed to the lemma.
IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote"}
# Verbs that double their last consonant before -ed ("quipped", "admitted").
DOUBLED_FINAL = frozenset({"quip", "admit"})


def inflections(lemma: str) -> tuple[str, str]:
    """The simple past and the third-person present of a regular or listed verb:
    'say' -> ('said', 'says'), 'reply' -> ('replied', 'replies'), 'stress' ->
    ('stressed', 'stresses')."""
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        past, present = lemma[:-1] + "ied", lemma[:-1] + "ies"
    elif lemma.endswith("e"):
        past, present = lemma + "d", lemma + "s"
    else:
        stem = lemma + lemma[-1] if lemma in DOUBLED_FINAL else lemma
        past = stem + "ed"
        present = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return IRREGULAR_PAST.get(lemma, past), present


# The inflected forms of every speech verb, as a regex alternation, for surface
# patterns that run before spaCy (quote lead-ins in block splitting).
SPEECH_VERB_FORMS = "|".join(
    sorted(
        {form for lemma in SPEECH_VERBS for form in inflections(lemma)}, key=lambda f: (-len(f), f)
    )
)
# Personal titles: a name preceded by one of these is a person. Lower case; multi-word
