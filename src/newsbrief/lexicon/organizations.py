"""The head words that end an organization's name ("... Agency", "... Rovers")."""

from __future__ import annotations

from newsbrief.lexicon.listing import names

# The last word of an organization's name ("Kelvin Hardware Supplies").
ORG_HEAD_WORDS = names(
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
