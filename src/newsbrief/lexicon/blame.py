"""Verbs of blame and credit, whose object did what a gerund after "of", "for" or
"with" tells ("accused Durst of killing his friend", "arrested him for stealing a
car", "charged the pair with embezzling"): that deed is the object's, and over."""

from __future__ import annotations

BLAMING_VERBS = frozenset(
    {"accuse", "suspect", "convict", "acquit", "charge", "indict", "arrest", "fine", "jail",
     "sentence", "sue", "blame", "fault", "punish", "credit", "thank", "praise", "criticize",
     "criticise", "condemn", "investigate", "prosecute"}
)  # fmt: skip
