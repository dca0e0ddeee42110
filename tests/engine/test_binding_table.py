"""Whose number is it: the hand-written binding table (tests/data/binding_table.yaml).

Each row is a sentence or two on one of the table's stories, a claim of that story
and the verdict a careful sub-editor gives.  A row may carry a fifth item,
the reason it still fails; it then runs as a strict xfail.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Lexicon, build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.suite.loader import load_assertion_file

TABLE = Path(__file__).resolve().parents[1] / "data" / "binding_table.yaml"
DATA: dict[str, Any] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
CLASSES = {
    0: "plain",
    1: "counted noun",
    2: "units",
    3: "clause cut",
    4: "forecasts and suppositions",
    5: "combined",
    6: "scope",
    7: "durations and ages",
    8: "direction",
    9: "pronouns",
    10: "crossing a threshold",
    11: "elliptical parts",
    12: "earlier figures",
    13: "past events",
    14: "thresholds and interim counts",
    15: "shares as fractions",
    16: "sums of two measures",
    17: "measures worded otherwise",
    18: "coordinated groups",
    19: "figures a named member owns",
    20: "properties of a thing",
    21: "sums over several members",
    22: "superseded tallies",
    23: "another measure with the same noun",
    24: "figures inside a denial",
    25: "thousands separators and decimal commas",
    26: "figures in words with units",
    40: "a whole beside its part",
    41: "a member's figure read as the total",
    42: "another subject's figure",
    43: "the other side of a share",
    44: "figures apart from their measure",
    45: "a strike's count worded otherwise",
    46: "caps, offers and rates",
    47: "shares in words",
    48: "one of several events",
    49: "a place smaller than the story's",
    50: "a population present",
    51: "a fronted partitive whole",
    52: "a source that counts",
    53: "a place after the figure",
    54: "the story's own place",
    55: "one figure, two measure words",
    56: "votes and scores",
    57: "changes in percentage points and basis points",
    58: "another body's, country's or event's figure",
    59: "wholes beside their parts and sums",
    60: "figures apart from their measure",
    61: "amounts in other languages' forms",
    62: "a part, an earlier estimate or a forecast beside the whole",
    63: "figures a reader finds plainly, put otherwise",
    64: "rates per head of population",
    65: "a figure set off by commas after its measure word",
    66: "another place's, body's or headline subject's figure",
    67: "fact-box rows in other forms",
    68: "a quantity fact in another unit or shape",
    69: "a claim measured by a unit's own name",
    70: "another occasion's or an earlier year's figure",
    71: "a part, a whole or a set beside the claim's figure",
    72: "the claim's own figure left unbound beside another",
    73: "a figure's own phrase read as another measure's",
    74: "a claim on a part beside the whole's figure, the part named elsewhere",
    75: "a count said to be added after a sentence counting another measure",
    76: "a length joined by a hyphen to the event it measures",
    77: "a figure after a preposition counting its own noun",
    78: "a plan in reported speech, its will put back to would",
    79: "a first report's figure said to be superseded",
    80: "one side's votes after its share, and a margin with a longer phrase",
    81: "a figure asked for or planned, its cue beyond a verb's reach",
    82: "a figure reported and left unconfirmed",
    83: "a fact box's row labelled with a part of the time or a forecast",
    85: "a part told with 'of them', and a count from a whole a possessive names",
    86: "an amount told in two nouns joined by 'and'",
    88: "a count opening a clause of its own, its noun then its own verb",
    89: "an earlier occasion opened by a month and a year, and the sentence after",
    90: "a count per day, the period named in the claim's context",
    91: "a compound measure word told the other way round with 'of'",
    92: "a fraction of one unit",
    95: "words of English with the sense of a Romance language's word",
    96: "a group's count told as a partitive whose verb names the group",
    97: "a counted noun, then 'and' and a verb with its own object",
    98: "a place or period in the figure's sentence the claim's words name",
    99: "a place in a participle's aside after another noun",
    101: "a rival of an attribute named in another role than the claim's",
    102: "a rival named in another role: a second set, after its rule",
    107: "a length joined to a noun whose phrase after names the context",
    108: "a million written 'm' before a currency's word",
    109: "a currency named by the plural its own country writes",
    110: "another body's figure in its second verb phrase after 'and'",
    111: "an earlier occasion opened by a length of time before the story's",
    112: "a length of pay per year of service",
    117: "a claim's measure phrase holding a word that opens a clause",
    118: "a figure's noun named with another nationality than the context's",
    119: "a thousands point before a word of harm used as a noun",
    120: "a bare figure whose own relative clause names its measure",
    121: "deaths told as a loss of people ('lost 420 men')",
    122: "a dashed range whose first end drops the thousands ('10-12,000')",
    123: "another event told as an earlier year's or a previous one",
    125: "a figure heading a figure-less partitive after a measure word and 'of'",
    126: "a person noun another claim measures, before this claim's measure word",
    128: "an amount told per item ('four fines of EUR 15 million each')",
    129: "a figure told as a multiple of another ('twice the 200 basis points')",
    130: "a history told date by date: an earlier dated sentence's figures",
    132: "a place told as the worst hit or as one of several",
    133: "an attribute's rival in a sentence naming nothing of the role",
    134: "a figure offered, proposed or wanted in a negotiation",
    135: "a change from its old value to its new one, and what a bill would do",
    136: "a figure's own row or sentence naming another place, part or day",
    137: "a section number with a point is no decimal; a sum told a month",
    138: "a one-sided bound short of the claim's exact figure",
    142: "a count told while the event ran: on a live page or said 'so far'",
    143: "a precedent's subject dated to an earlier year by its relative clause",
    144: "a figure in the relative clause of a name the story's opening lacks",
    145: "a figure whose noun a bare noun joins ('homes and businesses')",
    146: "a noun-and-verb measure told in the passive or the active",
    147: "an event a year names, told at the same place as the story's",
    148: "the number of a thing a capitalised common noun names ('Block 9')",
    149: "a level a change verb's 'to' gives, its subject a measure word",
    150: "a precedent told over several sentences of a paragraph after its lead-in",
    151: "a part of a total told by the adverb qualifying the claim's measure",
    152: "a market's figure for a time of the trading day, for a claim on the close",
    155: "a measure word inside a purpose clause after the figure ('to make')",
    161: "a total over years or a yearly toll",
    162: "an earlier event named with its year after it",
    163: "the people of one part of the scene",
    164: "a side's position in a split vote",
    166: 'a figure in words between "and" and its own noun',
    167: 'the whole after "among"',
    168: 'a decision\'s "should" or "must"',
    169: "a vague count beside a precise one",
    170: '"other" after a count of another group',
    171: "a figure of time told as a delay ('25 minutes late')",
    172: "the whole a fronted 'Of the 20 defendants,' names",
    174: "the number of a thing a capitalised noun names after an owner's 's",
    176: 'a place\'s people told with "of" ("a town of 12,000")',
    177: 'a count of those one person joined ("joined four colleagues")',
    178: "a toll told beside a count of those still missing",
    179: "the count of events that prompted an inquiry or a recall",
    180: 'a figure of a thing changed since ("since expanded")',
    186: "a toll heading a long subject, its level verb after a list",
    187: "a model's number",
    188: '"over" between two counts',
    189: "a likely future",
    190: 'a sentence opened by "Previously,"',
    191: "a standing figure of an organisation or a place",
    192: "a figure dated by the time clause after it",
    193: "a verb of losing or adding before a count, for a claim on the act",
    194: "the ages of a group told after a copula",
    197: '"over" after a verb of spreading',
    198: 'a first stage of the act, named by "first" or "initial"',
    199: "a word for persons an illness befell",
    200: 'names listed before "and N other" and a noun',
    201: "a figure for one part of the scene beside the claim on the whole",
    202: "a hedge or a forecast of a figure to come",
    203: "a combined count of two measures",
    204: "decimal commas and thousands points",
    205: "a fraction or part of a place or group, and its near relatives",
    211: "a count of persons whose predicate names another measure",
    212: '"another" after a figure of another measure further back',
    213: "a relative clause after the noun phrase past a name",
    214: "a scale suffix in capitals",
    216: "a group's figure before what befell part of it",
    217: 'a figure after "last year" opening its clause',
    218: "a sum a budget sets aside for one purpose",
    219: "a figure as of a time of day",
    220: "a figure a poll gives or suggests",
}


def _rows() -> list[Any]:
    rows = []
    for story, body in DATA["stories"].items():
        for n, row in enumerate(body["rows"], 1):
            kind, claim_id, verdict, text, *why = row
            marks = [pytest.mark.xfail(reason=why[0], strict=True)] if why else []
            rows.append(
                pytest.param(
                    story,
                    claim_id,
                    verdict,
                    text,
                    id=f"{story}-{n}-c{kind}",
                    marks=marks,
                )
            )
    return rows


ROWS = _rows()


@pytest.fixture(scope="module")
def suites(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[dict[str, Claim], Lexicon]]:
    root = tmp_path_factory.mktemp("table")
    out = {}
    for story, body in DATA["stories"].items():
        path = root / f"{story}.yaml"
        path.write_text(body["claims"], encoding="utf-8")
        loaded = load_assertion_file(path, rootdir=root, default_corpus=["."])
        claims = {c.id: c for c in loaded.claims}
        lexicon = build_lexicon(
            (c.measure, c.unit) for c in claims.values() if isinstance(c, QuantityClaim)
        )
        out[story] = (claims, lexicon)
    return out


def test_the_table_is_broad() -> None:
    counts = Counter(
        row[0] for body in DATA["stories"].values() for row in body["rows"]
    )
    verdicts = Counter(
        row[2] for body in DATA["stories"].values() for row in body["rows"]
    )
    assert sum(counts.values()) >= 200
    assert len(DATA["stories"]) >= 5
    assert set(counts) == set(CLASSES)
    assert set(verdicts) == {"supported", "contradicted", "missing"}


@pytest.mark.parametrize(("story", "claim_id", "expected", "text"), ROWS)
def test_verdict(
    suites: dict[str, tuple[dict[str, Claim], Lexicon]],
    story: str,
    claim_id: str,
    expected: str,
    text: str,
) -> None:
    claims, lexicon = suites[story]
    index = index_article(parse_article(text, path=f"{story}.txt"), lexicon)
    verdict = match_claim(claims[claim_id], index)
    assert verdict.kind.value == expected, [e.reason for e in verdict.evidence]


def test_no_story_is_named_twice() -> None:
    # YAML keeps the last of two equal keys: the first story's rows would
    # silently never run
    names = re.findall(r"^  ([\w-]+):$", TABLE.read_text(encoding="utf-8"), re.M)
    assert [n for n, count in Counter(names).items() if count > 1] == []
    assert len(DATA["stories"]) == len(names)
