"""Given names that tell a person's gender, for the people an article names.

Only names borne overwhelmingly by one gender in English-language news are
listed; names shared by both ("Jordan", "Alex", "Jean", "Pat", "Dana", "Robin",
"Kim", "Andrea") are left out, so a name that is not here says nothing. The
article's own evidence (titles, kin nouns, the pronouns it uses) outweighs this.
"""

from __future__ import annotations

_FEMALE = """
abigail ada adriana agnes aisha alice alicia alison allison amanda amber amelia amy ana
angela angelina anita ann anna anne annette antonia april ashley audrey barbara beatrice
becky belinda beth bethany betty beverly brenda bridget brittany camila carla carmen
carol caroline carolyn catherine cecilia charlotte chelsea cheryl christina christine
claire clara claudia colleen cynthia daisy daniela danielle deborah debbie denise diana
diane donna doris dorothy edith elaine eleanor elena elisa elizabeth ella ellen eloise
emily emma erica erin esther eva eve evelyn fatima fiona florence frances
gabriela gabrielle gemma georgia geraldine gillian gina gloria grace hannah harriet
hazel heather helen helena hilary holly ingrid irene isabel isabella jacqueline jane
janet janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joyce
judith judy julia julie juliet karen katherine kate kathleen kathryn katie kayla
kristina laura lauren leah linda lisa lois lorraine louise lucia lucy lydia
madeleine madison magdalena mandy margaret maria marian marie marilyn marina marion
martha mary maureen megan melanie melissa mia michelle mildred miranda molly monica
nadia nancy naomi natalie natasha nicola nicole nina nora norma olga olivia paige
pamela patricia paula pauline penelope phoebe phyllis rachel rebecca regina
renee rita roberta rosa rosalind rose rosemary ruth sabrina samantha sandra sara sarah
sharon sheila shirley silvia simone sofia sonia sophia sophie stephanie susan suzanne
sylvia tamara tanya teresa theresa tiffany tina valerie vanessa vera veronica victoria
violet virginia wanda wendy yolanda yvonne zoe
"""

_MALE = """
aaron abdul adam adrian ahmed alan albert alexander alfred ali andrew andy angus anthony
antonio arnold arthur barry ben benjamin bernard bill billy bob bobby brad bradley
brandon brian bruce bryan calvin carl carlos charles christopher clarence clive colin
craig curtis dale damian dan daniel darren dave david dean dennis derek desmond dominic
donald doug douglas duncan dwight earl ed eddie edgar edmund edward edwin elijah eric
ernest eugene evan frank franklin fred frederick gareth gary gavin geoffrey george
gerald giovanni glenn gordon graham grant greg gregory harold harry harvey hector henry
herbert howard hugh ian isaac jack jacob jake james jason javier jeff jeffrey jeremy
jerome jesse jim jimmy joe john johnny jonathan jorge jose joseph josh joshua juan
julian justin keith ken kenneth kevin kieran larry lawrence leonard leroy lewis liam
louis luis luke malcolm marcus mario mark martin matt matthew maurice max michael miguel
mike mohamed mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar
oscar owen patrick paul pedro pete peter phil philip phillip ralph randy raul raymond
reginald richard rick rob robert roberto rodney roger roland ronald rory roy russell
ryan samuel scott sean sergio seth shane simon stanley stephen steve steven stuart ted
terrence theodore thomas tim timothy tom tony trevor victor vincent walter warren wayne
william willie yusuf zachary
"""

# Given names borne by women and men alike, which tell no gender but are names.
_SHARED = """
alex andrea casey chris dana jamie jean jordan kelly kim lee leslie morgan pat robin sam
taylor terry tracy
"""
SHARED_GIVEN_NAMES = frozenset(_SHARED.split())

GIVEN_NAME_GENDER: dict[str, str] = {
    **dict.fromkeys(_FEMALE.split(), "f"),
    **dict.fromkeys(_MALE.split(), "m"),
}


def given_name_gender(name: str) -> str | None:
    """'f' or 'm' for a full name whose first word is a listed given name."""
    words = name.split()
    if len(words) < 2:
        return None
    return GIVEN_NAME_GENDER.get(words[0].casefold().strip(".,"))


__all__ = ["GIVEN_NAME_GENDER", "SHARED_GIVEN_NAMES", "given_name_gender"]
