"""The English councils with adult social care duties (2009-2011), by short name, as the
spec writes them ("Oxfordshire", "Kingston upon Thames"), with the other names papers use
("Hull", "Durham"). The metadata extractor prefers these names; the fact extractor knows
from them that a figure is another council's ("In neighbouring Suffolk, 2,100 people ...").

A paper may be about a council not listed here (the corpus has invented ones): nothing
requires a name to be in this list.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lazy_re as re  # re, each pattern compiled on first use

COUNTIES = (
    "Buckinghamshire", "Cambridgeshire", "Cumbria", "Derbyshire", "Devon", "Dorset",
    "East Sussex", "Essex", "Gloucestershire", "Hampshire", "Hertfordshire", "Kent",
    "Lancashire", "Leicestershire", "Lincolnshire", "Norfolk", "North Yorkshire",
    "Northamptonshire", "Nottinghamshire", "Oxfordshire", "Somerset", "Staffordshire",
    "Suffolk", "Surrey", "Warwickshire", "West Sussex", "Worcestershire",
)
METROPOLITAN = (
    "Barnsley", "Birmingham", "Bolton", "Bradford", "Bury", "Calderdale", "Coventry",
    "Doncaster", "Dudley", "Gateshead", "Kirklees", "Knowsley", "Leeds", "Liverpool",
    "Manchester", "Newcastle", "Newcastle upon Tyne", "North Tyneside", "Oldham", "Rochdale",
    "Rotherham", "Salford", "Sandwell", "Sefton", "Sheffield", "Solihull", "South Tyneside",
    "St Helens", "Stockport", "Sunderland", "Tameside", "Trafford", "Wakefield", "Walsall",
    "Wigan", "Wirral", "Wolverhampton",
)
LONDON = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden",
    "City of London", "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney",
    "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow",
    "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Kingston", "Lambeth",
    "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames", "Richmond",
    "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
)
UNITARY = (
    "Bath and North East Somerset", "Bedford", "Blackburn with Darwen", "Blackburn",
    "Blackpool", "Bournemouth", "Bracknell Forest", "Brighton and Hove", "Brighton",
    "Bristol", "Central Bedfordshire", "Cheshire East", "Cheshire West and Chester",
    "Cornwall", "Darlington", "Derby", "Durham", "County Durham",
    "East Riding of Yorkshire", "East Riding", "Halton", "Hartlepool", "Herefordshire",
    "Isle of Wight", "Isles of Scilly", "Kingston upon Hull", "Hull", "Leicester", "Luton",
    "Medway", "Middlesbrough", "Milton Keynes", "North East Lincolnshire",
    "North Lincolnshire", "North Somerset", "Northumberland", "Nottingham", "Peterborough",
    "Plymouth", "Poole", "Portsmouth", "Reading", "Redcar and Cleveland", "Rutland",
    "Shropshire", "Slough", "South Gloucestershire", "Southampton", "Southend-on-Sea",
    "Southend", "Stockton-on-Tees", "Stockton", "Stoke-on-Trent", "Stoke", "Swindon",
    "Telford and Wrekin", "Thurrock", "Torbay", "Warrington", "West Berkshire", "Wiltshire",
    "Windsor and Maidenhead", "Wokingham", "York",
)
# Councils over the borders, named in trade news beside English ones.
OTHER_NATIONS = (
    "Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Fife", "Highland", "Cardiff", "Swansea",
    "Newport", "Wrexham", "Belfast",
)
ALL_COUNCILS: tuple[str, ...] = COUNTIES + METROPOLITAN + LONDON + UNITARY + OTHER_NATIONS

# Names that are also ordinary words: a council only when not the first word of a sentence
# ("Reading the report, ...", "Bury" is rarely a verb with a capital elsewhere).
AMBIGUOUS = frozenset({"Reading", "Bury", "Poole", "Derby", "Sutton", "Richmond", "Kingston",
                       "Newport", "Highland", "Bedford", "Stockton", "Brent", "Halton",
                       "Merton", "Barnet"})


@lru_cache(maxsize=1)
def council_name_re() -> re.Pattern[str]:
    """Every council name as whole words, longest first (so "North Yorkshire" is not read
    as "York")."""
    names = sorted(ALL_COUNCILS, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def canonical(name: str) -> str:
    """The same council under one name: 'Hull' -> 'Kingston upon Hull'."""
    key = " ".join(name.split()).lower()
    return _ALIASES.get(key, " ".join(name.split()))


_ALIASES = {
    "hull": "Kingston upon Hull", "kingston": "Kingston upon Thames",
    "richmond": "Richmond upon Thames", "newcastle": "Newcastle upon Tyne",
    "county durham": "Durham", "east riding": "East Riding of Yorkshire",
    "southend": "Southend-on-Sea", "stockton": "Stockton-on-Tees", "stoke": "Stoke-on-Trent",
    "brighton": "Brighton and Hove", "blackburn": "Blackburn with Darwen",
}


def same_council(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return canonical(a).lower() == canonical(b).lower()
