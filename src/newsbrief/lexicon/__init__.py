"""Word tables shared by several stages, kept as data rather than as chains of `if`.

One table per fact; temporal names and codes live in `newsbrief.temporal.tables`.

- `sections.py`: the article's own summary sections ("At a Glance", "Key
  Takeaways" and their kin) and page furniture that is never a name.
- `news.py`: the shape of news copy: agencies that sign datelines, metadata lines,
  words a sentence cannot end on.
- `speech.py`: verbs that introduce speech, and their inflected forms.
- `auxiliaries.py`: auxiliaries that tell a clause's tense.
- `blame.py`: verbs of blame and credit, whose object did what a gerund after them tells.
- `people.py`: personal titles, name suffixes, and the words that tell a gender.
- `given_names.py`: given names that tell a person's gender.
- `places.py`: countries, capitals, regions, aliases, head words of place names.
- `organizations.py`: head words of organizations' names.
- `listing.py`: how the name tables are written.
"""

from newsbrief.lexicon.auxiliaries import PERFECT_AUXILIARIES, PRESENT_BE
from newsbrief.lexicon.blame import BLAMING_VERBS
from newsbrief.lexicon.given_names import GIVEN_NAME_GENDER, SHARED_GIVEN_NAMES, given_name_gender
from newsbrief.lexicon.news import (
    CREDIT_LINE,
    DANGLING_WORDS,
    DATELINES,
    LINK_LINE,
    META_LINE,
    NEWS_AGENCIES,
    dateline_length,
    leading_length,
    link_line,
)
from newsbrief.lexicon.organizations import (
    EMPLOYEE_NOUNS,
    EVENT_HEAD_WORDS,
    MARKET_NOUNS,
    ORG_ALIAS_FAMILIES,
    ORG_HEAD_WORDS,
    ORG_LEAD_WORDS,
    ORG_NOUNS,
    RELIGIONS,
    SHARE_NOUNS,
    WELL_KNOWN_ORGS,
)
from newsbrief.lexicon.people import (
    GENDERED_NOUNS,
    HONORIFICS,
    KIN_NOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PARTY_MEMBERS,
    PARTY_WORDS,
    PERSON_TITLES,
    PRONOUN_GENDER,
    TITLE_ABBREVIATIONS,
    TITLE_GENDER,
)
from newsbrief.lexicon.places import (
    ALIAS_FAMILIES,
    CAPITALS,
    COUNTIES,
    COUNTRIES,
    PLACE_HEAD_LABELS,
    PLACE_LEAD_WORDS,
    REGIONS,
    SUBDIVISIONS,
)
from newsbrief.lexicon.sections import (
    ENTITY_BOILERPLATE,
    GLANCE_HEADINGS,
    TAKEAWAY_HEADINGS,
    normalize_heading,
    section_role,
)
from newsbrief.lexicon.speech import SAYING_VERBS, SPEECH_VERB_FORMS, SPEECH_VERBS

__all__ = [
    "ALIAS_FAMILIES",
    "BLAMING_VERBS",
    "CAPITALS",
    "COUNTIES",
    "COUNTRIES",
    "CREDIT_LINE",
    "DANGLING_WORDS",
    "DATELINES",
    "EMPLOYEE_NOUNS",
    "ENTITY_BOILERPLATE",
    "EVENT_HEAD_WORDS",
    "GENDERED_NOUNS",
    "GIVEN_NAME_GENDER",
    "GLANCE_HEADINGS",
    "HONORIFICS",
    "KIN_NOUNS",
    "LINK_LINE",
    "MARKET_NOUNS",
    "META_LINE",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NEWS_AGENCIES",
    "ORG_ALIAS_FAMILIES",
    "ORG_HEAD_WORDS",
    "ORG_LEAD_WORDS",
    "ORG_NOUNS",
    "PARTY_MEMBERS",
    "PARTY_WORDS",
    "PERFECT_AUXILIARIES",
    "PERSON_TITLES",
    "PLACE_HEAD_LABELS",
    "PLACE_LEAD_WORDS",
    "PRESENT_BE",
    "PRONOUN_GENDER",
    "REGIONS",
    "RELIGIONS",
    "SAYING_VERBS",
    "SHARED_GIVEN_NAMES",
    "SHARE_NOUNS",
    "SPEECH_VERBS",
    "SPEECH_VERB_FORMS",
    "SUBDIVISIONS",
    "TAKEAWAY_HEADINGS",
    "TITLE_ABBREVIATIONS",
    "TITLE_GENDER",
    "WELL_KNOWN_ORGS",
    "dateline_length",
    "given_name_gender",
    "leading_length",
    "link_line",
    "normalize_heading",
    "section_role",
]
