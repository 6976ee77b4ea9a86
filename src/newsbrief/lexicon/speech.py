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
    }
)

# Inflected forms of the commonest speech verbs, for surface patterns that run
# before spaCy (quote lead-ins in block splitting).
SPEECH_VERB_FORMS = (
    "said|says|told|tells|added|adds|wrote|writes|stated|states|declared|explained|"
    "noted|insisted|argued|warned|claimed|announced|replied|responded|continued|"
    "tweeted|posted|recalled|stressed|emphasized|emphasised|asked|answered|testified"
)

# Personal titles: a name preceded by one of these is a person. Lower case; multi-word
