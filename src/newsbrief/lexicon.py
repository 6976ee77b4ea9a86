"""Word lists shared by several stages, kept as data rather than as chains of `if`.

Temporal names and codes live in `newsbrief.temporal.tables`; everything here is
about the shape of news copy: section headings, speech verbs, titles, boilerplate.
"""

from __future__ import annotations

import re

# Section headings whose bullets are the article's own summary. Matched on the
# normalized heading (lower case, punctuation and surrounding space removed).
GLANCE_HEADINGS = frozenset(
    {
        "at a glance",
        "highlights",
        "story highlights",
        "key points",
        "key facts",
        "summary",
        "in brief",
        "the big picture",
        "what to know",
        "what you need to know",
        "tldr",
        "tl dr",
        "the gist",
        "quick read",
        "fast facts",
        "quick facts",
        "what we know",
        "what we know so far",
        "in short",
        "need to know",
        "the essentials",
        "main points",
        "key findings",
    }
)
TAKEAWAY_HEADINGS = frozenset(
    {
        "key takeaways",
        "takeaways",
        "why it matters",
        "what it means",
        "what s next",
        "whats next",
        "what comes next",
        "the bottom line",
        "bottom line",
        "the takeaway",
        "why this matters",
        "what this means",
        "what it means for you",
        "what happens next",
        "what to watch",
        "what to watch for",
        "the upshot",
        "looking ahead",
    }
)

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
    }
)

# Words a sentence cannot end on: a line ending in one stops mid-sentence (it is
# never a heading, and the next line completes it).
DANGLING_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "with",
        "from",
        "for",
        "at",
        "by",
        "into",
        "than",
        "that",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
    }
)

# Lines that carry metadata, not content: never headings, never summary sentences.
META_LINE = re.compile(
    r"^\s*(?:by\s+[A-Z]|published\b|updated\b|posted\b|last\s+(?:updated|modified)\b|"
    r"photo\b|image\b|picture\b|credit\b|source\b|copyright\b|©)",
    re.IGNORECASE,
)


def normalize_heading(text: str) -> str:
    """Heading text reduced for table look-ups: 'What's Next?' -> 'what s next'."""
    words = re.findall(r"[^\W_]+", text.lower())
    return " ".join(words)


def section_role(heading: str | None) -> str | None:
    """'glance' or 'takeaways' when a heading names one of the summary sections."""
    if heading is None:
        return None
    key = normalize_heading(heading)
    if key in GLANCE_HEADINGS:
        return "glance"
    if key in TAKEAWAY_HEADINGS:
        return "takeaways"
    return None


# --- Entities: places, organizations, people ----------------------------------------


def _names(block: str) -> frozenset[str]:
    """A table written one name per line (or several per line, separated by '|')."""
    return frozenset(n.strip() for line in block.splitlines() for n in line.split("|") if n.strip())


# Countries and territories, with the short and older forms news copy uses. A name
# here is a place whatever spaCy calls a single mention of it.
COUNTRIES = _names(
    """
    Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia
    Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium
    Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei
    Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Cabo Verde
    Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica
    Croatia|Cuba|Cyprus|Czech Republic|Czechia|Democratic Republic of Congo
    Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic
    East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia
    Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana
    Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland
    India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Côte d'Ivoire|Jamaica
    Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon
    Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia
    Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova
    Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal
    Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia
    Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru
    Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis
    Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe
    Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia
    Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka
    Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo
    Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine
    United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|England|Scotland
    Wales|Northern Ireland|United States|United States of America|US|USA|America
    Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia
    Zimbabwe|Hong Kong|Macau|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Kashmir
    Tibet|Western Sahara|Soviet Union|USSR
    """
)

# Capital cities: news copy names a government by its seat ("Beijing said"), and
# the recognizer often takes a less familiar one for an organization.
CAPITALS = _names(
    """
    Kabul|Tirana|Algiers|Andorra la Vella|Luanda|Buenos Aires|Yerevan|Canberra|Vienna
    Baku|Nassau|Manama|Dhaka|Bridgetown|Minsk|Brussels|Belmopan|Porto-Novo|Thimphu
    La Paz|Sucre|Sarajevo|Gaborone|Brasilia|Brasília|Bandar Seri Begawan|Sofia
    Ouagadougou|Gitega|Bujumbura|Phnom Penh|Yaounde|Yaoundé|Ottawa|Praia|Bangui
    N'Djamena|Santiago|Beijing|Bogota|Bogotá|Moroni|Kinshasa|Brazzaville|San Jose
    San José|Zagreb|Havana|Nicosia|Prague|Copenhagen|Djibouti|Roseau|Santo Domingo
    Dili|Quito|Cairo|San Salvador|Malabo|Asmara|Tallinn|Mbabane|Addis Ababa|Suva
    Helsinki|Paris|Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|St. George's
    Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|Tegucigalpa|Budapest
    Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome
    Yamoussoukro|Abidjan|Kingston|Tokyo|Amman|Astana|Nairobi|Tarawa|Pristina
    Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vaduz|Vilnius
    Luxembourg|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Majuro
    Nouakchott|Port Louis|Mexico City|Palikir|Chisinau|Monaco|Ulaanbaatar|Podgorica
    Rabat|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington
    Managua|Niamey|Abuja|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Ramallah|Panama City
    Port Moresby|Asuncion|Asunción|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow
    Kigali|Basseterre|Castries|Kingstown|Apia|San Marino|Sao Tome|Riyadh|Dakar
    Belgrade|Freetown|Singapore|Bratislava|Ljubljana|Honiara|Mogadishu
    Pretoria|Cape Town|Johannesburg|Seoul|Juba|Madrid|Colombo|Khartoum|Paramaribo
    Stockholm|Bern|Geneva|Damascus|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok
    Lome|Lomé|Nuku'alofa|Port of Spain|Tunis|Ankara|Istanbul|Ashgabat|Funafuti
    Kampala|Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent
    Port Vila|Caracas|Hanoi|Sanaa|Sana'a|Aden|Lusaka|Harare|Edinburgh|Cardiff|Belfast
    """
)

# Regions and continents: places (LOC) rather than organizations or people.
REGIONS = _names(
    """
    Africa|Asia|Europe|North America|South America|Latin America|Central America
    Middle East|Antarctica|Arctic|Oceania|Caribbean|Balkans|Baltics|Scandinavia
    Sahel|Horn of Africa|Sub-Saharan Africa|Southeast Asia|South Asia|East Asia
    Central Asia|Indo-Pacific|Asia-Pacific|Pacific|Atlantic|Mediterranean|Gulf
    Persian Gulf|Eastern Europe|Western Europe|Siberia|Patagonia|Amazon
    """
)

# Names of one place or body written in several ways; each family consolidates into
# one entity. Matched on the normalized name (lower case, dots removed, no "the").
ALIAS_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"us", "usa", "united states", "united states of america", "america"}),
    frozenset({"uk", "united kingdom", "britain", "great britain"}),
    frozenset({"eu", "european union"}),
    frozenset({"un", "united nations"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"drc", "democratic republic of congo", "democratic republic of the congo"}),
    frozenset({"ussr", "soviet union"}),
    frozenset({"nato", "north atlantic treaty organization"}),
)

# The last word of an organization's name ("Kelvin Hardware Supplies").
ORG_HEAD_WORDS = _names(
    """
    Agency|Association|Authority|Bank|Board|Bureau|Center|Centre|Centers|Centres|Church
    Club|Coalition|College|Commission|Committee|Company|Co|Corp|Corporation|Council
    Court|Department|Foundation|Fund|Group|Holdings|Inc|Institute|Institution
    League|Ltd|LLC|Ministry|Network|Office|Organization|Organisation|Parliament|Party
    Partners|Police|School|Service|Services|Society|Studies|Supplies|Systems|Team|Trust
    Union|University|Alliance|Federation|Assembly|Senate|Congress|Administration
    Airlines|Airways|Motors|Industries|Technologies|Energy|Pharmaceuticals|Biologics
    Laboratories|Labs|Media|Press|Times|Post|News|Hospital|Clinic|Army|Navy|Force|Forces
    Command|Guard|Brigade|Cabinet|Tribunal|Exchange|Reserve|Capital|Ventures|Water
    FC|AFC|Rovers|Rangers|Wanderers|Athletic|Albion|Hotspur|Academy
    """
)

# The last word of a place's name ("Wood County", "Niger River"), with the label it
# gives: administrative areas are GPE, streets and squares FAC, nature LOC.
PLACE_HEAD_LABELS = {
    **dict.fromkeys(_names("County|Province|Region|District|Town|Village|Borough"), "GPE"),
    **dict.fromkeys(_names("Street|Avenue|Road|Square|Bridge|Airport"), "FAC"),
    **dict.fromkeys(
        _names(
            """
            River|Lake|Sea|Ocean|Bay|Strait|Island|Islands|Mountain|Mountains|Mount|Valley
            Peninsula|Desert|Coast|Canal|Basin|Plateau|Delta|Harbour|Harbor|Heights|Hills|Forest
            """
        ),
        "LOC",
    ),
}


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
        _names(
            """
            husband|father|son|brother|uncle|nephew|grandfather|grandson|widower|boyfriend
            dad|businessman|congressman|chairman|spokesman|king|prince|actor|stepfather
            """
        ),
        "m",
    ),
    **dict.fromkeys(
        _names(
            """
            wife|mother|daughter|sister|aunt|niece|grandmother|granddaughter|widow|girlfriend
            mom|mum|businesswoman|congresswoman|chairwoman|spokeswoman|queen|princess|actress
            stepmother
            """
        ),
        "f",
    ),
}

# Suffixes after a person's surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Words of page furniture that are never the name of anything, beyond the summary
# section headings above. Normalized like headings.
ENTITY_BOILERPLATE = frozenset(
    {
        "date",
        "dates",
        "event",
        "events",
        "time",
        "timeline",
        "milestone",
        "milestones",
        "source",
        "sources",
        "update",
        "updated",
        "editor s note",
        "related",
        "read more",
        "advertisement",
        "background",
        "context",
        "analysis",
        "overview",
        "details",
        "glance",
    }
    | GLANCE_HEADINGS
    | TAKEAWAY_HEADINGS
)
