"""Words around a person's name: titles, pronouns, kin nouns, name suffixes, and the
gender some of them tell."""

from __future__ import annotations

from newsbrief.lexicon.listing import names

# Parties and their members' names written before a person's name ("Tory Ruth
# Davidson", "Liberal MLA ..."): cut from a person's name, never proof of a person.
PARTY_WORDS = frozenset(
    {"tory", "labour", "liberal", "conservative", "democrat", "republican", "ndp", "ucp", "snp"}
)
# A party's members named together: a group of people, never one person or a place.
PARTY_MEMBERS = frozenset(
    {"democrats", "republicans", "liberals", "conservatives", "tories", "greens", "socialists"}
)

# Personal titles: a name preceded by one of these is a person. Lower case; multi-word
# titles are matched token by token.
PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "chancellor",
        "premier",
        "governor",
        "gov",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "mayor",
        "judge",
        "justice",
        "secretary",
        "ambassador",
        "general",
        "gen",
        "lt",
        "col",
        "colonel",
        "captain",
        "capt",
        "sgt",
        "sergeant",
        "officer",
        "detective",
        "det",
        "chief",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "reverend",
        "father",
        "sister",
        "rabbi",
        "imam",
        "coach",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "state",
        "former",
        "first",
        "speaker",
        "leader",
        "attorney",
        "sheriff",
        "commissioner",
        "inspector",
        "supt",
        "superintendent",
        "constable",
        "pc",
        "archbishop",
        "bishop",
        "cardinal",
        "emperor",
        "empress",
        "sheikh",
        "president-elect",
        "magistrate",
        "councillor",
        "councilman",
        "councilwoman",
        "mp",
        "mep",
        "lieutenant",
        "major",
        "maj",
        "admiral",
        "adm",
        "commander",
        "cmdr",
        "corporal",
        "cpl",
        "coroner",
        "sultan",
        "emir",
        "mla",
        "mpp",
        "mna",
        "msp",
        "fusilier",
        "private",
        "pte",
        "trooper",
        "analyst",
        *PARTY_WORDS,
    }
)


# Titles that name a person's standing rather than a job: kept as aliases ("Mr.
# Reyes") because the article refers to the person that way; a month after one
# is a name ("Ms. December").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})

# Personal titles that tell a person's gender ("Mr Lowe", "Mrs. Lowe").
TITLE_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "congressman": "m",
    "chairman": "m",
    "spokesman": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "sister": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "spokeswoman": "f",
}

# Pronouns and nouns that tell a person's gender ("his wife, Helen Lowe").
PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
GENDERED_NOUNS = {
    **dict.fromkeys(
        names(
            """
            husband|father|son|brother|uncle|nephew|grandfather|grandson|widower|boyfriend
            dad|businessman|congressman|chairman|spokesman|king|prince|actor|stepfather
            """
        ),
        "m",
    ),
    **dict.fromkeys(
        names(
            """
            wife|mother|daughter|sister|aunt|niece|grandmother|granddaughter|widow|girlfriend
            mom|mum|businesswoman|congresswoman|chairwoman|spokeswoman|queen|princess|actress
            stepmother
            """
        ),
        "f",
    ),
}

# Titles written short with a period, and the noun a later description uses ("Police
# Maj. Jeff Cotner" ... "the police major"). The tokenizer keeps each whole ("Sgt."):
# its English exceptions lack most, and without them "said Sgt. Jeremy Lewis" is
# cut into two sentences after "Sgt", and "Sgt" speaks.
TITLE_ABBREVIATIONS = {
    "maj": "major",
    "sgt": "sergeant",
    "cpl": "corporal",
    "const": "constable",
    "cst": "constable",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "lt": "lieutenant",
    "capt": "captain",
    "col": "colonel",
    "brig": "brigadier",
    "gen": "general",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "cmdr": "commander",
    "adm": "admiral",
    "atty": "attorney",
    "pte": "private",
    "pfc": "private",
    "spc": "specialist",
    "cllr": "councillor",
    "ald": "alderman",
    "msgr": "monsignor",
    "hon": "honourable",
}

# Suffixes after a person's surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case words that open surnames: "de Blasio", "van Koeverden", "al-Assad".
NAME_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "du", "dos", "das", "van", "von", "la", "le",
     "al", "bin", "ibn", "el", "ter", "ten"}
)  # fmt: skip

# Kin nouns before a name ("her father Khaled", "his wife Helen"): they say how
# a person is related, not what a person is called.
KIN_NOUNS = names(
    """
    husband|father|son|brother|uncle|nephew|grandfather|grandson|widower|boyfriend|dad
    wife|mother|daughter|sister|aunt|niece|grandmother|granddaughter|widow|girlfriend
    mom|mum|stepfather|stepmother|cousin
    """
)
