"""Nouns a speaker may be given by: what an organization publishes, what an article
calls an organization it has named, and what speaks without being a person."""

from __future__ import annotations

from newsbrief.lexicon.listing import names

# What an organization publishes; "the statement said" is its issuer speaking.
DOCUMENT_NOUNS = names(
    """
    filing|letter|memo|notice|post|release|report|ruling|statement
    """
)
# What an article calls an organization it has already named ("the company").
ORG_NOUNS = names(
    """
    agency|airline|alliance|association|authority|automaker|bank|board|carrier|charity
    club|coalition|commission|committee|company|council|court|department|firm|government
    group|hospital|institute|insurer|manufacturer|ministry|network|office|operator
    organisation|organization|party|retailer|team|union|university|utility
    """
)
# What speaks without being a person: places, publications, findings, claims ("the
# city says", "the website states", "the civil claim alleges").
THING_NOUNS = names(
    """
    account|agreement|analysis|application|article|audit|bill|book|budget|city|claim
    complaint|country|county|data|deal|decision|document|email|estimate|finding|forecast
    index|indictment|investigation|judgement|judgment|label|law|lawsuit|message|model
    page|paper|plan|policy|poll|program|programme|province|region|research|review|show
    sign|site|state|story|study|suit|survey|town|tweet|video|village|warrant|website
    """
)
NOT_DESCRIBING_PEOPLE = ORG_NOUNS | DOCUMENT_NOUNS | THING_NOUNS
