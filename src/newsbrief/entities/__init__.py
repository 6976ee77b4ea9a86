"""Named entities, consolidated: one entry per real-world thing, with aliases.

spaCy's recognizer proposes mentions segment by segment; they are cleaned, grouped
into one entity per real-world thing, labelled by a vote, looked up again where
the recognizer missed them, and weighed by where they stand (headline, lead
paragraph, At a Glance).

- `words.py`: common English words, from the model's lemmatizer tables.
- `names.py`: name keys, surnames, acronyms and their expansions, titles before a
  name, title-cased lines, sentence-initial words.
- `roles.py`: what a name's sentence is about (its main subject) and the nouns in
  apposition with a name.
- `gender.py`: all gender evidence (titles, apposition nouns, pronouns, given
  names), per mention and per person.
- `credits.py`: photo credits, bylines and "Read more" links, whose names are
  not the story's.
- `cues.py`: what the words around a name say of its kind (kind nouns,
  appositions, speech verbs, places after "in", he or she).
- `mentions.py`: recognized mentions: cleaning (titles, party words,
  possessives, trailing fragments), tidying, page furniture, salience weights,
  confirmation in title-cased lines (lists of names aside).
- `places.py`: a town qualified by its state or country ("Mobile, Alabama") as
  one place.
- `merging.py`: groups, label votes (what a name itself says: well-known
  organizations, head and lead words, buildings), merging by key, acronyms (also
  with a country or clipped words: "USAF", "SIA") and surnames.
- `towns.py`: a town named alone joins the town named with its state ("Ferguson"
  and "Ferguson, Missouri"), even where the recognizer took it for an organization.
- `short_forms.py`: short forms of organizations (with or without a country
  before them; not a subsidiary named for its country, a product, or a people's
  word used as an adjective).
- `people.py`: a person named by part of a longer name ("Jason LeBlanc" for
  "Jason Marcel LeBlanc", "Van Koeverden" for "Adam van Koeverden").
- `spelling.py`: a name misspelled once ("Toyko" beside "Tokyo") joins the name
  spelled right.
- `lookup.py`: the second look-up of known names.
- `build.py`: `find_entities`, which runs it all, and display names, aliases and
  final labels.
- `index.py`: which entity is at an offset, once per article.
"""

from __future__ import annotations

from newsbrief.entities.build import find_entities
from newsbrief.entities.cues import PLACE_LABELS
from newsbrief.entities.gender import person_genders, pronoun_gender
from newsbrief.entities.index import EntityIndex, EntityMention
from newsbrief.entities.mentions import ENTITY_LABELS
from newsbrief.entities.names import acronym_fits, name_key, title_before, title_cased
from newsbrief.entities.roles import appositions
from newsbrief.entities.words import english_words

__all__ = [
    "ENTITY_LABELS",
    "PLACE_LABELS",
    "EntityIndex",
    "EntityMention",
    "acronym_fits",
    "appositions",
    "english_words",
    "find_entities",
    "name_key",
    "person_genders",
    "pronoun_gender",
    "title_before",
    "title_cased",
]
