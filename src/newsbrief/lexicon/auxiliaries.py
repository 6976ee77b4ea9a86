"""Auxiliary verbs that tell a clause's tense."""

from __future__ import annotations

# Auxiliaries of the present perfect ("has sent", "have met", "he's gone"); "had" is
# the past perfect, which takes a past time ("had left the day before").
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "'s"})

# The present forms of "be" that make a progressive ("is planning", "are buzzing").
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
