"""News-style sentences on other stories, each with its expected verdict.

None of these texts comes from the seed articles: they check that the rules
(number reading, binding, polarity, units, names) hold beyond the seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claims import Claim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.suite.loader import load_assertion_file

SUITE = r"""
vocabularies:
  dead: [killed, died, dead, deaths, death toll, drowned, lost their lives]
claims:
  - id: flood-dead
    kind: quantity
    measure: $dead
    context: [flood*]
    equals: 45
  - id: flood-displaced
    kind: quantity
    measure: [displaced, evacuated, fled their homes, homeless]
    between: [10000, 12000]
  - id: flood-area
    kind: quantity
    measure: [submerged, inundated, flooded]
    unit: km²
    equals: 984
    tolerance: 2%
  - id: rain
    kind: quantity
    measure: [rain, rainfall]
    unit: mm
    equals: 310
    tolerance: 1%
  - id: turnout
    kind: quantity
    measure: [turnout]
    unit: "%"
    equals: 64
    tolerance: 0.5
  - id: votes
    kind: quantity
    measure: [votes]
    context: [Okafor]
    at_least: 1200000
  - id: cases
    kind: quantity
    measure: [cases, infected, infections]
    context: [cholera]
    equals: 300
    tolerance: 5%
  - id: outbreak-dead
    kind: quantity
    measure: $dead
    context: [cholera]
    equals: 12
  - id: minister-stays
    kind: statement
    polarity: negated
    patterns: ['\bresign\w*']
    context: [minister]
  - id: dam-breached
    kind: statement
    patterns: ['\bdam\W+(?:\w+\W+){0,3}?breach\w*', '\bbreach\w*\W+(?:of\W+)?the\W+dam']
  - id: winner
    kind: attribute
    value: Green Alliance
    aliases: [Greens]
    rivals: [Unity Party]
  - id: mayor-named
    kind: entity
    name: Amara Okonkwo-Reyes
"""

CASES = [
    # plain numbers, words, hedges: every row of the number table
    ("flood-dead", "The flood killed 45 people, officials said.", "supported"),
    ("flood-dead", "The flood death toll rose to forty-five on Monday.", "supported"),
    ("flood-dead", "At least 45 people died in the floods.", "supported"),
    ("flood-dead", "Nearly 45 people drowned in the flood.", "supported"),
    ("flood-dead", "About 50 people died in the floods.", "supported"),
    ("flood-dead", "More than 45 people died in the floods.", "contradicted"),
    ("flood-dead", "Fewer than 40 people died in the floods.", "contradicted"),
    ("flood-dead", "Up to 45 people may have died in the floods.", "supported"),
    ("flood-dead", "Between 40 and 50 people died in the floods.", "supported"),
    ("flood-dead", "Dozens of people died in the floods.", "supported"),
    ("flood-dead", "Hundreds died in the floods, residents said.", "contradicted"),
    # binding: numbers compete for measures
    ("flood-dead", "The floods killed 45 people and injured 300 more.", "supported"),
    ("flood-dead", "The floods injured 300 people and killed 12.", "contradicted"),
    ("flood-dead", "Of the 120 people trapped by the flood, 45 died.", "supported"),
    (
        "flood-dead",
        "Five of the 45 people trapped by the flood were killed.",
        "contradicted",
    ),
    (
        "flood-dead",
        "Rescuers pulled 45 people from the flood waters, but 3 people died.",
        "contradicted",
    ),
    (
        "flood-dead",
        "At least 45 villagers evacuated from the flood zone have since died.",
        "supported",
    ),
    # the subject reaches its verb past asides between commas
    (
        "flood-dead",
        "Twelve fishermen, who had ignored the flood warning, drowned.",
        "contradicted",
    ),
    (
        "flood-dead",
        "Officials said 45 people, including 12 children, died in the flood.",
        "supported",
    ),
    (
        "flood-dead",
        "In the flood, 60 villagers, the ministry said, were killed.",
        "contradicted",
    ),
    (
        "flood-dead",
        "Of the 300 people in the flooded valley, 45 were killed.",
        "supported",
    ),
    # not counts: years, ages, dates
    ("flood-dead", "The 1998 flood killed 45 people.", "supported"),
    ("flood-dead", "A 45-year-old man died in the flood.", "missing"),
    ("flood-dead", "The flood on 14 March was the worst since 1998.", "missing"),
    # ranges, with the flood displacing thousands
    (
        "flood-displaced",
        "More than 10,000 people were displaced by the flood.",
        "supported",
    ),
    ("flood-displaced", "Some 11,500 residents have been evacuated.", "supported"),
    ("flood-displaced", "The flood displaced 12,500 people.", "contradicted"),
    (
        "flood-displaced",
        "Between 10,000 and 12,000 people fled their homes ahead of the storm.",
        "supported",
    ),
    ("flood-displaced", "10,000-12,000 people were evacuated on Sunday.", "supported"),
    (
        "flood-displaced",
        "Tens of thousands were displaced, the UN said.",
        "contradicted",
    ),
    # units convert before comparing
    ("flood-area", "The flood submerged 380 square miles of farmland.", "supported"),
    ("flood-area", "Water inundated 984 km² of the valley.", "supported"),
    (
        "flood-area",
        "The flood submerged 500 square kilometres of farmland.",
        "contradicted",
    ),
    ("rain", "Up to 31 cm of rain fell in a single day.", "supported"),
    ("rain", "Rainfall reached 250 mm in the hills.", "contradicted"),
    ("turnout", "Turnout was 64% across the country.", "supported"),
    ("turnout", "Turnout reached 64 per cent, the commission said.", "supported"),
    ("turnout", "Officials reported a turnout of 58 percent.", "contradicted"),
    # scale words
    ("votes", "Okafor won 1.2 million votes in the run-off.", "supported"),
    ("votes", "Okafor took 1.3m votes.", "supported"),
    ("votes", "Okafor won roughly 900,000 votes.", "contradicted"),
    ("votes", "The 2024 election drew 3,000 observers, Okafor's team said.", "missing"),
    # an outbreak: two claims in one sentence
    ("cases", "Health officials have confirmed 300 cases of cholera.", "supported"),
    ("cases", "Three hundred cholera cases have been recorded.", "supported"),
    ("cases", "Cholera has infected 2.7k people this year.", "contradicted"),
    (
        "outbreak-dead",
        "The cholera outbreak has killed 12 people and infected 300.",
        "supported",
    ),
    (
        "cases",
        "The cholera outbreak has killed 12 people and infected 300.",
        "supported",
    ),
    (
        "outbreak-dead",
        "Cholera has infected roughly 310 people and killed 15.",
        "contradicted",
    ),
    # statements: affirmed, negated, hypothetical
    (
        "minister-stays",
        "The minister has not resigned despite the protests.",
        "supported",
    ),
    ("minister-stays", "The minister resigned on Friday.", "contradicted"),
    ("minister-stays", "If the minister resigns, elections will follow.", "missing"),
    ("minister-stays", "The minister never offered to resign.", "supported"),
    ("dam-breached", "The dam was breached overnight.", "supported"),
    ("dam-breached", "Engineers said the dam was not breached.", "contradicted"),
    ("dam-breached", "Officials feared the dam could be breached.", "missing"),
    # attributes and entities
    ("winner", "The Green Alliance won the most seats.", "supported"),
    ("winner", "The Unity Party won the election.", "contradicted"),
    ("winner", "The Unity Party did not win a majority.", "missing"),
    ("mayor-named", "Mayor Amara Okonkwo-Reyes visited the shelters.", "supported"),
    ("mayor-named", "Mayor Amara Okonkwo Reyes visited the shelters.", "supported"),
    ("mayor-named", "Mayor Amara Okonkwo-Reyez visited the shelters.", "supported"),
    ("mayor-named", "Mayor Amara Obi visited the shelters.", "missing"),
]


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    root = tmp_path_factory.mktemp("suite")
    path = root / "general.yaml"
    path.write_text(SUITE)
    loaded = load_assertion_file(path, rootdir=root, default_corpus=["."])
    return {c.id: c for c in loaded.claims}


def verdict_of(claims: dict[str, Claim], claim_id: str, text: str) -> str:
    lexicon = build_lexicon(c.measure for c in claims.values() if hasattr(c, "measure"))
    index = index_article(parse_article(text, path="article.txt"), lexicon)
    return match_claim(claims[claim_id], index).kind.value


def test_the_table_is_broad() -> None:
    assert len(CASES) >= 40
    assert len({c for c, _, _ in CASES}) == 12


@pytest.mark.parametrize(("claim_id", "text", "expected"), CASES)
def test_verdict(
    claims: dict[str, Claim], claim_id: str, text: str, expected: str
) -> None:
    assert verdict_of(claims, claim_id, text) == expected


@pytest.mark.parametrize(("claim_id", "text", "expected"), CASES[:12])
def test_rewrapping_never_changes_a_verdict(
    claims: dict[str, Claim], claim_id: str, text: str, expected: str
) -> None:
    wrapped = text.replace(" ", "\n", 3).replace(" ", "  ", 2)
    assert verdict_of(claims, claim_id, wrapped) == verdict_of(claims, claim_id, text)


def test_suite_text_is_not_from_the_seeds() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    corpus = " ".join(p.read_text() for p in seeds.glob("*.txt"))
    assert not any(text in corpus for _, text, _ in CASES)
