"""Places by name: countries, capitals, regions, their aliases, and the head words of
place names ("... County", "... River")."""

from __future__ import annotations

from newsbrief.lexicon.listing import names

# Countries and territories, with the short and older forms news copy uses. A name
# here is a place whatever spaCy calls a single mention of it.
COUNTRIES = names(
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
CAPITALS = names(
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
REGIONS = names(
    """
    Africa|Asia|Europe|North America|South America|Latin America|Central America
    Middle East|Antarctica|Arctic|Oceania|Caribbean|Balkans|Baltics|Scandinavia
    Sahel|Horn of Africa|Sub-Saharan Africa|Southeast Asia|South Asia|East Asia
    Central Asia|Indo-Pacific|Asia-Pacific|Pacific|Atlantic|Mediterranean|Gulf
    Persian Gulf|Eastern Europe|Western Europe|Siberia|Patagonia
    """
)

# States, provinces and territories, with the abbreviations news copy writes after a
# town ("Moncton, N.B.", "Milton, Ont."): places whatever a single mention is called.
SUBDIVISIONS = names(
    """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland
    Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada
    New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio
    Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee
    Texas|Utah|Vermont|Wisconsin|Wyoming|West Virginia|Washington|Washington State|New York
    D.C.|DC
    Ontario|Quebec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia
    New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|Yukon
    Nunavut|Northwest Territories
    Ont.|Ont|Que.|B.C.|Alta.|Sask.|Man.|N.S.|N.B.|P.E.I.|N.L.|Nfld.|Calif.|Fla.|Tex.
    Mass.|Mich.|Minn.|Wis.|Ill.|Ind.|Ore.|Wash.|Ariz.|Colo.|Conn.|Ga.|Ky.|La.|Md.
    Mo.|N.J.|N.Y.|N.C.|S.C.|Pa.|Tenn.|Va.|Okla.|Ala.|Miss.|Neb.|Nev.|N.M.|Kan.
    Bavaria|Catalonia|Queensland|New South Wales|Tasmania
    """
)

# British counties, which news copy writes after a town ("Melton Mowbray,
# Leicestershire"): places whatever a single mention is called. Not those named like
# people ("Kent", "Durham"). Kept apart from SUBDIVISIONS because a county may also
# be a town elsewhere ("Fife, Washington").
COUNTIES = names(
    """
    Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria
    Derbyshire|Devon|Dorset|East Sussex|Essex|Gloucestershire|Greater London
    Greater Manchester|Hampshire|Herefordshire|Hertfordshire|Isle of Wight|Lancashire
    Leicestershire|Lincolnshire|Merseyside|Norfolk|Northamptonshire|Northumberland
    North Yorkshire|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset
    South Yorkshire|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire
    West Midlands|West Sussex|West Yorkshire|Wiltshire|Worcestershire|Yorkshire
    East Yorkshire|Aberdeenshire|Lanarkshire|Ayrshire|Fife|Pembrokeshire
    Carmarthenshire|Denbighshire|Flintshire|Monmouthshire|Gwynedd|Powys|Anglesey
    County Antrim|County Armagh|County Down|County Durham|County Fermanagh|County Tyrone
    """
)

# Names of one place or union of places written in several ways; each family
# consolidates into one entity (bodies such as the UN are organizations:
# `ORG_ALIAS_FAMILIES`). Matched on the normalized name (lower case, dots removed, no "the").
ALIAS_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"us", "usa", "united states", "united states of america", "america"}),
    frozenset({"uk", "united kingdom", "britain", "great britain"}),
    frozenset({"eu", "european union"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"drc", "democratic republic of congo", "democratic republic of the congo"}),
    frozenset({"ussr", "soviet union"}),
)

# The last word of a place's name ("Wood County", "Niger River"), with the label it
# gives: administrative areas are GPE, streets and squares FAC, nature LOC.
PLACE_HEAD_LABELS = {
    **dict.fromkeys(names("County|Province|Region|District|Town|Village|Borough"), "GPE"),
    **dict.fromkeys(names("Street|Avenue|Road|Square|Bridge|Airport"), "FAC"),
    **dict.fromkeys(names("Abbey|Cathedral|Basilica|Mosque|Synagogue|Monastery"), "FAC"),
    **dict.fromkeys(
        names(
            """
            River|Lake|Sea|Ocean|Bay|Strait|Island|Islands|Mountain|Mountains|Mount|Valley
            Peninsula|Desert|Coast|Canal|Basin|Plateau|Delta|Harbour|Harbor|Heights|Hills|Forest
            Falls
            """
        ),
        "LOC",
    ),
}

# The first word of a place named "X of Y" ("Vale of White Horse", "City of Surrey",
# "Town of Oakville"): before a council's name, part of that name.
PLACE_LEAD_WORDS = names(
    "City|County|Town|Township|Village|Borough|District|Municipality|Province|Region|Isle|Vale"
)
