"""The cue words and phrases of Key Takeaways: significance, consequence, reaction.

A sentence that uses them speaks of why the story matters; `scoring.cue_weight`
weighs them.
"""

from __future__ import annotations

# Cue words of Key Takeaways, as written (lower case): inflected forms are listed
# rather than lemmatized, because the lemma conflates senses ("it means" is a cue,
# "it was meant to" is not). Phrases are word sequences.
SIGNIFICANCE_CUES = frozenset(
    {
        "means",
        "meaning",
        "signal",
        "signals",
        "signaled",
        "signalled",
        "underscore",
        "underscores",
        "underscored",
        "highlights",
        "highlighted",
        "suggests",
        "indicates",
        "reflects",
        "significant",
        "significance",
        "crucial",
        "critical",
        "historic",
        "unprecedented",
        "landmark",
        "milestone",
        "breakthrough",
        "setback",
        "implications",
        "consequences",
        "impact",
        "matters",
        "reshape",
        "reshaping",
        "threaten",
        "threatens",
        "risk",
        "risks",
        "tensions",
        "concerns",
        "fears",
    }
)
CONSEQUENCE_CUES = frozenset(
    {
        "could",
        "would",
        "might",
        "may",
        "will",
        "expected",
        "expects",
        "likely",
        "unlikely",
        "plans",
        "planned",
        "next",
        "future",
        "soon",
        "upcoming",
        "ahead",
        "eventually",
        "prompted",
        "prompting",
        "sparked",
        "sparking",
    }
)
REACTION_CUES = frozenset(
    {
        "warned",
        "warns",
        "warning",
        "urged",
        "urges",
        "criticized",
        "criticised",
        "criticism",
        "condemned",
        "welcomed",
        "welcomes",
        "praised",
        "responded",
        "reacted",
        "reaction",
        "demanded",
        "vowed",
        "pledged",
        "rejected",
        "defended",
        "accused",
        "blamed",
        "backlash",
        "outrage",
        "protest",
        "protests",
        "convinced",
    }
)
# Phrases, by the weight they carry.
SIGNIFICANCE_PHRASES = (
    ("for", "the", "first", "time"),
    ("paves", "the", "way"),
    ("pave", "the", "way"),
    ("lead", "to"),
    ("leads", "to"),
    ("result", "in"),
    ("as", "a", "result"),
    ("why", "it", "matters"),
)
CONSEQUENCE_PHRASES = (("set", "to"), ("is", "due"), ("are", "due"), ("what", "happens", "next"))
REACTION_PHRASES = (("called", "for"), ("calls", "for"), ("in", "response"))
