"""Organizations by name: the head words and legal suffixes that end an
organization's name ("... Agency", "... GmbH", "... Herald"), the words that open
one ("University of ..."), the nouns that describe one ("the company"), and a
table of well-known organizations whose names say nothing of their kind
("Twitter", "Best Buy", "Lockheed Martin")."""

from __future__ import annotations

from newsbrief.lexicon.listing import names

# The last word of an organization's name ("Kelvin Hardware Supplies"), legal
# suffixes ("Robert Bosch GmbH") and newspapers' names ("Kansas City Star").
ORG_HEAD_WORDS = names(
    """
    Agency|Association|Authority|Bank|Board|Bureau|Center|Centre|Centers|Centres|Church
    Club|Coalition|College|Commission|Committee|Company|Co|Corp|Corporation|Council
    Court|Department|Foundation|Fund|Group|Holdings|Inc|Institute|Institution
    League|Ltd|LLC|Ministry|Network|Office|Organization|Organisation|Parliament|Party
    Partners|Police|School|Service|Services|Society|Studies|Supplies|Systems|Team|Trust
    Union|University|Alliance|Federation|Assembly|Senate|Congress|Administration|Corps
    Airlines|Airways|Motors|Industries|Technologies|Energy|Pharmaceuticals|Biologics
    Laboratories|Labs|Media|Press|Times|Post|News|Hospital|Clinic|Army|Navy|Force|Forces
    Command|Guard|Brigade|Cabinet|Tribunal|Exchange|Reserve|Capital|Ventures|Water
    FC|AFC|Rovers|Rangers|Wanderers|Athletic|Albion|Hotspur|Academy
    GmbH|AG|SA|SpA|PLC|plc|LLP|LP|NV|BV|AB|ASA|Limited|Incorporated|International
    Bancorp|Financial|Insurance|Investments|Securities|Entertainment|Studios|Pictures
    Records|Broadcasting|Communications|Telecom|Electronics|Software|Solutions
    Consulting|Brewery|Brewing|Foods|Automotive|Aerospace|Aviation|Motor|Tech|Builders
    Strategies|Associates|Advisors|Advisers|Analytics|Networks
    Herald|Tribune|Gazette|Journal|Globe|Chronicle|Examiner|Telegraph|Guardian|Observer
    Courier|Star|Magazine|Review|Weekly|Daily|Reuters|Bloomberg|Channel|Computer|Computers
    Enquirer|Inquirer|Mirror|Express|Mail|Sentinel
    """
)

# The last word of an event's name, never a person's ("Arnold Palmer Invitational",
# "Ryder Cup", "Academy Awards").
EVENT_HEAD_WORDS = names(
    """
    Invitational|Open|Championship|Championships|Classic|Cup|Trophy|Marathon|Festival
    Olympics|Awards|Prize|Tournament|Regatta|Prix|Series
    """
)

# The first word of an organization's name when "of" follows: "University of
# Cambridge", "Bank of England".
ORG_LEAD_WORDS = names(
    """
    University|Bank|Department|Ministry|Office|Institute|College|School|Council
    Church|Court|Board|Federation|Association|Society|League|Union|Academy|Museum
    Government|Parliament|House|Order|Army|Corps|Commission|Committee|Agency|Bureau
    """
)

# Nouns that say a name is an organization when they stand in apposition to it
# or the article calls it so ("Cisco, the networking company,").
ORG_NOUNS = names(
    """
    company|firm|carmaker|automaker|manufacturer|maker|airline|carrier|retailer|bank
    lender|insurer|broadcaster|network|newspaper|publisher|startup|start-up|giant
    conglomerate|supplier|developer|brewery|chain|group|agency|organization
    organisation|charity|union|party|team|club|band|studio|label|brand|website
    """
)

# Faiths, which the recognizer often calls organizations ("a distortion of
# Islam"): a faith is no organization; spaCy's NORP covers religious groups.
RELIGIONS = names(
    """
    Islam|Christianity|Judaism|Hinduism|Buddhism|Sikhism|Jainism|Taoism|Shinto
    Catholicism|Protestantism|Zoroastrianism|Bahaism|Confucianism
    """
)

# Well-known organizations whose names neither end in a head word nor look like
# anything else; a name here is an organization unless the article itself makes
# it a person (a title, a full personal name). Names that are also common
# surnames ("Ford", "Dell", "Disney") are left to the article's evidence.
WELL_KNOWN_ORGS = names(
    """
    Twitter|Facebook|Instagram|YouTube|WhatsApp|Snapchat|TikTok|LinkedIn|Reddit
    Google|Alphabet|Apple|Microsoft|Amazon|Netflix|Tesla|SpaceX|Oracle|Intel|IBM
    Cisco|Samsung|Huawei|ZTE|Xiaomi|Sony|Nokia|Ericsson|Qualcomm|Nvidia|AMD|Uber|Lyft
    Airbnb|PayPal|eBay|Spotify|Yahoo|Adobe|Salesforce|Alibaba|Tencent|Baidu|Foxconn
    Boeing|Airbus|Lockheed Martin|Northrop Grumman|Raytheon|Bombardier|Embraer
    General Motors|GM|Chrysler|Fiat|Toyota|Honda|Nissan|Volkswagen|BMW|Daimler
    Mercedes-Benz|Hyundai|Kia|Renault|Peugeot|Volvo|Mazda|Subaru|Suzuki|Mitsubishi
    Walmart|Wal-Mart|Target|Costco|Best Buy|Home Depot|Starbucks|McDonald's|KFC
    Coca-Cola|PepsiCo|Pepsi|Nestle|Nestlé|Unilever|Procter & Gamble|Kraft Heinz
    Goldman Sachs|JPMorgan|JPMorgan Chase|Citigroup|Citi|Barclays|HSBC|UBS
    Credit Suisse|Deutsche Bank|BlackRock|Morgan Stanley|Wells Fargo|Visa|Mastercard
    Exxon|ExxonMobil|Chevron|Shell|BP|Gazprom|Rosneft|Aramco|Kinder Morgan
    Enbridge|TransCanada|Suncor|Pfizer|Moderna|Merck|Novartis|Roche|Bayer|Sanofi
    AstraZeneca|GlaxoSmithKline|Johnson & Johnson|Marvel|Pixar|Nike|Adidas|Ikea|IKEA
    CBC|CTV|BBC|CNN|NBC|CBS|ABC|Fox News|MSNBC|NPR|Reuters|Bloomberg|Associated Press
    Canadian Press|Al Jazeera|Telus|Verizon|AT&T|Vodafone
    Hezbollah|Hamas|Taliban|Boko Haram|al-Shabaab|Al-Shabaab|al Qaeda|al-Qaeda|Al Qaeda
    Interpol|Europol|Nasdaq|Dow Jones|Wikipedia|Wikinews
    United Nations|UN|U.N.|NATO|OPEC|IMF|OECD|WTO
    Beatles|Rolling Stones|Ipsos|Ipsos Mori|YouGov|Gallup|Girl Scouts|Boy Scouts
    Manchester United|Manchester City|Aston Villa|Real Madrid|Atletico Madrid
    Crystal Palace|West Ham|West Ham United|Newcastle United|Leeds United|Swansea City
    Leicester City|Stoke City|Paris Saint-Germain|PSG|Bayern Munich|Borussia Dortmund
    Juventus|AC Milan|Inter Milan|Ajax|Benfica|Celtic|Premier League|Champions League
    Europa League|La Liga|Serie A|Bundesliga|FIFA|UEFA|NFL|NBA|NHL|MLB|NCAA|IOC
    """
)

# Names of one organization written in several ways, clipped or with its country
# ("the Fed", "the U.S. Federal Reserve"); matched like `ALIAS_FAMILIES`.
ORG_ALIAS_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "fed",
            "federal reserve",
            "federal reserve board",
            "federal reserve system",
            "us federal reserve",
            "u.s. federal reserve",
            "us fed",
            "u.s. fed",
        }
    ),
    # The group's names in the news; "IS" alone is left out (too short to trust).
    frozenset(
        {
            "isis",
            "isil",
            "daesh",
            "islamic state",
            "islamic state group",
            "islamic state of iraq and syria",
            "islamic state of iraq and the levant",
            "islamic state in iraq and syria",
        }
    ),
    frozenset({"un", "united nations"}),
    frozenset({"nato", "north atlantic treaty organization"}),
)

# Jobs held at an organization: a name after "an analyst at", "a researcher with"
# is an employer. Market jobs also take "from" ("a market analyst from Cazenove"),
# where other people come from places ("a student from Ohio").
EMPLOYEE_NOUNS = names(
    """
    analyst|economist|strategist|researcher|scientist|professor|lecturer|trader|broker
    engineer|employee|executive|manager|director|spokesman|spokeswoman|spokesperson
    partner|founder|president|chairman|chairwoman|officer|consultant|lawyer|editor
    """
)
MARKET_NOUNS = names("analyst|economist|strategist|trader|broker|dealer")
# Nouns that own a company's shares: "shares in HBOS", "a stake in Cazenove".
SHARE_NOUNS = names("share|shares|stake|stakes|stock|stocks")
