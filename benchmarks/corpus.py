"""A deterministic synthetic news corpus and a suite of 20 claims over it.

Every article covers one story (a cyclone making landfall) the way wire copy
does: counts with hedges and ranges, amounts with units and currencies,
names, negations and suppositions, and numbers that are not counts (years,
ages, dates, times).  Some articles state a fact compatibly, some contradict
it, some leave it out, so every verdict occurs.  The same seed always gives
the same corpus, byte for byte.

Two profiles: ``synthetic`` packs a figure every ~50 characters into articles
of ~2,000; ``realistic`` has the shape of the project's seed articles (wire
copy of 2,500-6,500 characters, mean ~4,200, a figure every ~240 characters,
paragraphs of one to three sentences): fewer of the same story sentences,
among sentences without figures built from the fragments below.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = [
    "PROFILES",
    "SUITE",
    "VOCABULARIES",
    "make_article",
    "make_realistic_article",
    "write_corpus",
    "write_suite",
]

VOCABULARIES = """\
vocabularies:
  killed: [killed, died, dead, deaths, death toll, lost their lives]
  injured: [injured, wounded, hurt, injuries]
  evacuated: [evacuated, evacuation, moved to shelters]
  storm: [Cyclone Marla, Marla, the cyclone, the storm]
defaults:
  context_scope: paragraph
"""

SUITE = """\
claims:
  - id: killed
    kind: quantity
    claim: people killed by the cyclone
    measure: $killed
    equals: 45
  - id: injured
    kind: quantity
    claim: people injured
    measure: $injured
    between: [120, 150]
  - id: evacuated
    kind: quantity
    claim: residents evacuated before landfall
    measure: $evacuated
    equals: 12000
    tolerance: 5%
  - id: arrested
    kind: quantity
    claim: people arrested for looting
    measure: [arrested, detained]
    equals: 17
  - id: homes
    kind: quantity
    claim: homes destroyed
    measure: [destroyed, flattened]
    between: [300, 400]
  - id: missing
    kind: quantity
    claim: people still missing
    measure: [missing, unaccounted for]
    equals: 12
  - id: rescued
    kind: quantity
    claim: people rescued by boat
    measure: [rescued, pulled from]
    at_least: 800
  - id: displaced
    kind: quantity
    claim: people displaced
    measure: [displaced, homeless]
    context: [$storm]
    equals: 25000
    tolerance: 10%
  - id: area
    kind: quantity
    claim: farmland flooded
    measure: [flooded, under water, submerged]
    unit: km²
    equals: 250
    tolerance: 5%
  - id: wind
    kind: quantity
    claim: peak wind speed
    measure: [winds, gusts]
    unit: km/h
    equals: 185
    tolerance: 5%
  - id: rain
    kind: quantity
    claim: rain in 24 hours
    measure: [rain, rainfall]
    unit: mm
    equals: 310
    tolerance: 5%
  - id: damage
    kind: quantity
    claim: damage estimate
    measure: [damage, losses]
    unit: USD
    equals: 1200000000
    tolerance: 10%
  - id: emergency
    kind: statement
    claim: the government declared a state of emergency
    patterns: ['\\bdeclared\\W+(?:\\w+\\W+){0,3}?state\\W+of\\W+emergency']
  - id: dam-held
    kind: statement
    claim: the Selu dam did not fail
    polarity: negated
    patterns: ['\\bdam\\W+(?:\\w+\\W+){0,4}?(?:fail\\w*|breach\\w*|collaps\\w*)']
  - id: warning
    kind: statement
    claim: a warning was issued before landfall
    patterns: ['\\bissued\\W+(?:\\w+\\W+){0,3}?warning']
  - id: landfall
    kind: attribute
    claim: the cyclone made landfall at Port Elna
    value: Port Elna
    rivals: [Port Sabin, Kaveri Bay]
  - id: lead-agency
    kind: attribute
    claim: the National Disaster Management Agency leads the response
    value: National Disaster Management Agency
    aliases: [NDMA]
    rivals: [Civil Defence Corps]
  - id: governor
    kind: entity
    claim: Governor Amara Okafor is named
    name: Amara Okafor
    aliases: [Governor Okafor]
  - id: storm-named
    kind: entity
    claim: the storm is named
    name: Cyclone Marla
  - id: meteo
    kind: entity
    claim: the national weather office is cited
    name: Regional Meteorological Centre
    aliases: [RMC]
"""

_PLACES = ["Port Elna", "Port Sabin", "Kaveri Bay", "Tamsin", "Oloru", "Vadra"]
_NAMES = [
    "Amara Okafor",
    "Governor Okafor",
    "Joseph Mwangi",
    "Leila Haddad",
    "Ravi Menon",
    "Ana Costa",
    "Tomas Ek",
    "Mei Lin",
]
_SOURCES = [
    "officials said",
    "the NDMA said",
    "police said",
    "a hospital spokesman said",
    "the Regional Meteorological Centre said",
    "local media reported",
    "according to the Red Cross",
]
_MONTHS = ["January", "March", "May", "June", "August", "October", "November"]
_HEDGES = ["", "", "", "about ", "nearly ", "at least ", "more than ", "some "]
_FILLER = [
    "Roads into the district remained blocked by fallen trees and debris.",
    "Power lines were down across much of the coast, and mobile networks were patchy.",
    "Schools in the area will stay closed until further notice.",
    "Fishermen had been told to stay ashore for the rest of the week.",
    "Aid agencies warned that clean water was running short in the camps.",
    "Residents described a night of howling wind and rising water.",
    "The army has sent trucks with food, tarpaulins and medicine.",
    "Television pictures showed streets turned into rivers of brown water.",
    "Farmers fear the loss of the season's rice harvest.",
    "The airport reopened on Tuesday after crews cleared the runway.",
    "Neighbouring provinces have offered to take in families.",
    "Prices of vegetables have risen sharply in the capital's markets.",
]


def _n(rng: random.Random, right: int, spread: float = 0.3) -> int:
    """The right figure most of the time, a wrong one otherwise."""
    if rng.random() < 0.7:
        return right
    return max(1, int(right * rng.uniform(1 - spread, 1 + spread * 2)))


def _fmt(n: int, rng: random.Random) -> str:
    words = {2: "two", 3: "three", 12: "twelve", 17: "seventeen", 45: "forty-five"}
    if n in words and rng.random() < 0.3:
        return words[n]
    return f"{n:,}"


def _date(rng: random.Random) -> str:
    return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2024)}"


Template = Callable[[random.Random], str]

_TEMPLATES: list[Template] = [
    lambda r: (
        f"{r.choice(_HEDGES).capitalize() or ''}{_fmt(_n(r, 45), r)} people"
        f" were killed when Cyclone Marla struck {r.choice(_PLACES)} on"
        f" {_date(r)}, {r.choice(_SOURCES)}."
    ),
    lambda r: (
        f"The death toll rose to {_fmt(_n(r, 45), r)} on Monday,"
        f" up from {r.randint(10, 30)} a day earlier."
    ),
    lambda r: (
        f"Between {_n(r, 120)} and {_n(r, 150)} people were injured,"
        f" {r.randint(5, 40)} of them seriously, {r.choice(_SOURCES)}."
    ),
    lambda r: (
        f"{r.choice(['About', 'Some', 'Around'])} {_n(r, 12000):,} residents"
        f" were evacuated from low-lying villages before the storm arrived."
    ),
    lambda r: (
        f"Police arrested {_fmt(_n(r, 17), r)} people for looting"
        f" shops in {r.choice(_PLACES)}."
    ),
    lambda r: (
        f"{_n(r, 300)}-{_n(r, 400)} homes were destroyed and thousands more damaged."
    ),
    lambda r: (
        f"{_fmt(_n(r, 12), r).capitalize()} people are still missing,"
        f" including a {r.randint(6, 80)}-year-old fisherman."
    ),
    lambda r: (
        f"Rescue teams have rescued more than {_n(r, 800):,} people by boat"
        " since the water began to rise."
    ),
    lambda r: (
        f"The storm left {_n(r, 25000):,} people displaced across"
        f" {r.randint(3, 9)} districts."
    ),
    lambda r: (
        f"Roughly {_n(r, 250)} square kilometres of farmland were flooded,"
        " the agriculture ministry said."
    ),
    lambda r: (
        f"Winds reached {_n(r, 185)} km/h as Cyclone Marla crossed the coast"
        f" at {r.randint(1, 11)}:{r.choice(['00', '15', '30', '45'])} a.m."
    ),
    lambda r: (
        f"The Regional Meteorological Centre recorded {_n(r, 310)} mm"
        f" of rain in 24 hours, the most since {r.randint(1950, 2015)}."
    ),
    lambda r: (
        f"Damage is estimated at ${_n(r, 12) / 10:.1f} billion,"
        f" about {r.randint(1, 4)}% of the province's output."
    ),
    lambda r: (
        "The government declared a state of emergency in"
        f" {r.randint(4, 12)} districts on {_date(r)}."
    ),
    lambda r: r.choice(
        [
            "Engineers said the Selu dam had not failed.",
            "The Selu dam did not breach, officials stressed.",
            "If the Selu dam fails, towns downstream could be flooded.",
            "Witnesses said the Selu dam had collapsed overnight.",
        ]
    ),
    lambda r: (
        "The Regional Meteorological Centre issued a red warning"
        f" {r.randint(2, 5)} days before landfall."
    ),
    lambda r: f"The cyclone made landfall at {r.choice(_PLACES)} late on Sunday.",
    lambda r: r.choice(
        [
            "The National Disaster Management Agency is leading the response.",
            "The Civil Defence Corps is coordinating the relief effort.",
            "The NDMA said it was leading rescue work.",
        ]
    ),
    lambda r: (
        f"{r.choice(_NAMES)}, {r.randint(25, 70)}, said:"
        f' "We have lost everything we built since {r.randint(1970, 2015)}."'
    ),
    lambda r: (
        f"Governor Amara Okafor said {r.randint(2, 9)} relief camps had"
        f" opened, each able to hold {r.randint(200, 900)} people."
    ),
    lambda r: (
        f"The hotline, 0{r.randint(100, 999)} {r.randint(100, 999)}"
        f" {r.randint(1000, 9999)}, was answering calls around the clock."
    ),
    lambda r: (
        f"It was the {r.choice(['third', 'fourth', '5th', '12th'])} cyclone"
        f" to hit the coast since {r.randint(1990, 2020)}."
    ),
]


def make_article(rng: random.Random) -> str:
    """One article: a headline, a dateline and paragraphs of 1-4 sentences."""
    place = rng.choice(_PLACES)
    head = f"Cyclone Marla: {rng.choice(['deaths rise', 'rescue goes on', 'aid'])}"
    picks = rng.sample(_TEMPLATES, k=rng.randint(15, len(_TEMPLATES)))
    picks += rng.sample([lambda r, f=f: f for f in _FILLER], k=rng.randint(6, 10))
    rng.shuffle(picks)
    sentences = [t(rng) for t in picks]
    paragraphs: list[str] = []
    while sentences:
        take = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    dateline = f"{place.upper()}, {_date(rng)} (Wire) - "
    return head + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"


# -- the realistic profile: sentences without figures, from fragments ---------

_WHO = [
    "Residents of the coastal villages",
    "Local officials",
    "Aid workers in the district",
    "Doctors at the main hospital",
    "Shopkeepers along the harbour road",
    "Teachers at the village school",
    "Farmers on the flood plain",
    "Volunteers from the capital",
    "Engineers with the water board",
    "Fishermen in the bay",
    "Soldiers clearing the roads",
    "Families in the relief camps",
]
_DID = [
    "spent the night moving belongings to higher ground",
    "said they had received little warning of how bad it would be",
    "were still waiting for drinking water and dry food",
    "described the wind as louder than anything they had heard",
    "began clearing mud and broken glass from their homes",
    "asked the authorities for tents and blankets",
    "worked through the night to reopen the only bridge",
    "said the storm had changed course late on Saturday",
    "warned that disease could spread in the stagnant water",
    "praised the speed of the evacuation in the southern towns",
    "complained that help had been slow to reach the hills",
    "feared that the worst of the rain was yet to come",
]
_WHEN = [
    "",
    "",
    " on Monday",
    " by nightfall",
    " as the water receded",
    " while the rain eased",
    " before the roads closed",
    " after the storm passed",
]
_QUOTES = [
    "We have never seen water rise so quickly",
    "The whole street was under water by the morning",
    "We need clean water and medicine more than anything",
    "Nobody expected the river to come this far",
    "The children are frightened every time the wind picks up",
    "We will rebuild, but it will take a long time",
    "The government must tell us when we can go home",
    "There was no power, no phone signal, nothing",
]
_SPEAKERS = [
    "a shopkeeper in the old town",
    "a nurse at the district clinic",
    "a fisherman who lost his boat",
    "a teacher sheltering at the school",
    "a farmer whose fields were flooded",
    "a volunteer with the Red Cross",
]


def _plain_sentence(rng: random.Random) -> str:
    """A sentence without a figure: who did what, or a quote and its source."""
    if rng.random() < 0.25:
        return f'"{rng.choice(_QUOTES)}," said {rng.choice(_SPEAKERS)}.'
    if rng.random() < 0.2:
        return rng.choice(_FILLER)
    return f"{rng.choice(_WHO)} {rng.choice(_DID)}{rng.choice(_WHEN)}."


#: characters of text per sentence with figures in the realistic profile
_CHARS_PER_STORY_SENTENCE = 430


def make_realistic_article(rng: random.Random) -> str:
    """An article of the seeds' shape: its length drawn around ~4,200
    characters, one story sentence (one to three figures) per ~430
    characters, the rest sentences without figures; paragraphs of one to
    three sentences."""
    target = int(min(6500, max(2500, rng.gauss(4200, 1100))))
    stories = rng.sample(_TEMPLATES, k=max(3, target // _CHARS_PER_STORY_SENTENCE))
    sentences = [t(rng) for t in stories]
    size = sum(len(x) + 1 for x in sentences)
    while size < target:
        sentence = _plain_sentence(rng)
        sentences.insert(rng.randint(0, len(sentences)), sentence)
        size += len(sentence) + 1
    paragraphs: list[str] = []
    while sentences:
        take = rng.choice((1, 1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    place = rng.choice(_PLACES)
    head = f"Cyclone Marla: {rng.choice(['the day after', 'counting the cost'])}"
    dateline = f"{place.upper()}, {_date(rng)} (Wire) - "
    return head + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"


#: article makers by profile name
PROFILES: dict[str, Callable[[random.Random], str]] = {
    "synthetic": make_article,
    "realistic": make_realistic_article,
}


def iter_articles(
    count: int, seed: int = 2024, profile: str = "synthetic"
) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``count`` articles, the same for the same seed."""
    rng = random.Random(seed)
    make = PROFILES[profile]
    for i in range(count):
        yield f"{i:06d}.txt", make(rng)


def write_corpus(
    folder: Path, count: int, seed: int = 2024, profile: str = "synthetic"
) -> int:
    """Write ``count`` articles to ``folder`` (sharded by thousands); chars."""
    total = 0
    for name, text in iter_articles(count, seed, profile):
        shard = folder / name[:3]
        shard.mkdir(parents=True, exist_ok=True)
        (shard / name).write_text(text, encoding="utf-8")
        total += len(text)
    return total


def write_suite(folder: Path) -> Path:
    """The assertion folder of the 20-claim suite."""
    assertions = folder / "assertions"
    assertions.mkdir(parents=True, exist_ok=True)
    (assertions / "claimcheck.yaml").write_text(VOCABULARIES, encoding="utf-8")
    (assertions / "cyclone.yaml").write_text(SUITE, encoding="utf-8")
    return assertions
