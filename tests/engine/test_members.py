"""Figures of a member of the whole, or of several members
(claimcheck/engine/members.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.members import (
    contender_part,
    included_part,
    owned_part,
    several_members,
    sums_contenders,
)
from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.terms import Term, Terms


def _at(text: str, number: str, measure: str) -> tuple[Quantity, tuple[int, int]]:
    quantities = read_quantities(text, offset=0, article=text)
    q = next(q for q in quantities if q.text == number)
    start = text.index(measure)
    return q, (start, start + len(measure))


@pytest.mark.parametrize(
    ("text", "number", "measure", "owner"),
    [
        ("Velland's 83 dead were flown home.", "83", "dead", "Velland's"),
        (
            "Officials said Port Mara's 1,200 evacuees can return.",
            "1,200",
            "evacuees",
            "Port Mara's",
        ),
        ("The county's 40 dead were named.", "40", "dead", "the county's"),
        ("Rhoss's death toll rose to 31.", "31", "death toll", "Rhoss's"),
        ("Kell’s final turnout was 48%.", "48%", "turnout", "Kell’s"),
        (
            "In the north, the district's 9 deaths were all children.",
            "9",
            "deaths",
            "the district's",
        ),
        # a headline's last word ("floods") is no word before the owner
        ("Dravin floods\n\nOsk's 22 dead were buried.", "22", "dead", "Osk's"),
        ("Velland quake\n\nOrsk's 30 dead were buried.", "30", "dead", "Orsk's"),
        # a name of the first paragraph may be one member of several
        (
            "Pilgrims from Orlen died in the heat.\nOrlen's 58 dead were buried.",
            "58",
            "dead",
            "Orlen's",
        ),
    ],
)
def test_a_named_member_owns_the_figure(
    text: str, number: str, measure: str, owner: str
) -> None:
    q, bound = _at(text, number, measure)
    found = owned_part(text, q, bound, 0)
    assert found is not None
    assert text[found[0] : found[1]].casefold() == owner.casefold()


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # the whole's own name, an event, a time, or an owner after the figure
        ("The Marda Queen's 24 crew were rescued.", "24", "crew"),
        ("Typhoon Selo's death toll rose to 64.", "64", "death toll"),
        ("Sunday's 40 dead were buried.", "40", "dead"),
        ("The quake killed 300, Velland's ministry said.", "300", "killed"),
        ("The country's death toll rose to 300.", "300", "death toll"),
        ("The blast's 12 dead were named.", "12", "dead"),
        # the headline's own name, or a short form of it: the story's whole
        ("Velland quake\n\nVelland's 300 dead were mourned.", "300", "dead"),
        (
            "Harrow Mutual fined\n\nHarrow's fine of 40 million stands.",
            "40 million",
            "fine",
        ),
        (
            "Ida Brenn jailed\n\nBrenn's sentence of 9 years stands.",
            "9 years",
            "sentence",
        ),
    ],
)
def test_no_member_owns_the_figure(text: str, number: str, measure: str) -> None:
    q, bound = _at(text, number, measure)
    assert owned_part(text, q, bound, 0) is None


@pytest.mark.parametrize(
    ("text", "number", "measure", "part"),
    [
        ("The 30 dead included 11 children.", "11", "dead", "included"),
        ("The injured include 4 firefighters.", "4", "injured", "include"),
        ("The dead included 11 children.", "11", "children", None),
        # a sum a budget sets aside for one purpose
        (
            "The budget sets aside 210 million for schools.",
            "210 million",
            "budget",
            "sets aside",
        ),
        ("The plan earmarks 60 million for roads.", "60 million", "plan", "earmarks"),
        (
            "The budget allocates 80 million to housing.",
            "80 million",
            "budget",
            "allocates",
        ),
        ("The budget totals 900 million.", "900 million", "budget", None),
    ],
)
def test_a_figure_the_whole_includes_is_a_part(
    text: str, number: str, measure: str, part: str | None
) -> None:
    q, bound = _at(text, number, measure)
    found = included_part(text, q, bound, 0)
    assert (None if found is None else text[found[0] : found[1]]) == part


@pytest.mark.parametrize(
    ("text", "number", "mark"),
    [
        (
            "The Keld and Morrow fires have burned 900 acres between them.",
            "900 acres",
            "fires",
        ),
        ("The two storms left a combined 70 dead.", "70", "The two storms"),
        ("Floods killed 81 people across Orn, Teme and Hask.", "81", "across"),
        (
            "Across the four districts, 220 homes were lost.",
            "220",
            "Across the four districts",
        ),
        ("Keld and its two neighbouring towns lost 70 homes.", "70", "towns"),
        ("Both mines have now flooded, trapping 19 men.", "19", "Both mines"),
    ],
)
def test_a_sum_over_several_members(text: str, number: str, mark: str) -> None:
    q, _ = _at(text, number, number)
    found = several_members(text, q, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == mark


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Keld fire has burned 900 acres in all.", "900 acres"),
        ("Police and firefighters together rescued 40 people.", "40"),
        ("Across the valley, 220 homes were lost.", "220"),
    ],
)
def test_no_sum_over_several_members(text: str, number: str) -> None:
    q, _ = _at(text, number, number)
    assert several_members(text, q, 0, len(text)) is None


_SUMS = (
    "Fires in Ashby and Corran and the Dunmore fires have burned 3,000 acres"
    " between them, a combined 1,800 across the three provinces; across Tarn,"
    " Besk and Oller 412 died. Both mines flooded and Keld and its two towns"
    " lost 70 homes, while the two storms and Lenn and Rook counties, Tay and"
    " its villages and the four river basins held out."
)


def test_both_patterns_find_what_one_pattern_of_all_forms_finds() -> None:
    import regex

    from claimcheck.engine import members

    said = members._SEVERAL_SAID.pattern.rstrip()
    one = regex.compile(
        said + "\n| " + members._SEVERAL_NAMED.pattern.strip(), regex.I | regex.X
    )
    for pos in range(len(_SUMS)):
        for endpos in range(pos, len(_SUMS) + 1, 7):
            want = [
                (m.span(), m.span("mark")) for m in one.finditer(_SUMS, pos, endpos)
            ]
            got = members._several(_SUMS, pos, endpos, named=True)
            assert [(m.span(), m.span("mark")) for m in got] == want
    assert len(list(one.finditer(_SUMS))) >= 8


def test_each_match_holds_one_of_the_words_its_pattern_is_tested_for() -> None:
    from claimcheck.engine import members

    text = _SUMS + " BOTH Fires, the TWO districts and Across Ulm and Vey."
    said = list(members._SEVERAL_SAID.finditer(text))
    named = list(members._SEVERAL_NAMED.finditer(text))
    assert len(said) >= 6 and len(named) >= 2
    for m in said:
        found = m.group().casefold()
        # "between", "combined", "across"; or "both", "the two" and a group noun
        assert any(w in found for w in members._SAID_WORDS) or (
            any(w in found for w in members._SAID_COUNTS)
            and any(w in found for w in members._GROUP_WORDS)
        )
    assert any(
        not any(w in m.group().casefold() for w in members._SAID_WORDS) for m in said
    )
    for m in named:
        assert any(w in m.group().casefold() for w in members._GROUP_WORDS)


def _contender(text: str, number: str) -> str | None:
    q = next(q for q in read_quantities(text, article=text) if q.text == number)
    found = contender_part(text, q)
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "number", "owner"),
    [
        ("Orsan won 2.3 million votes, the commission said.", "2.3 million", "Orsan"),
        ("The opposition took 41% of the vote.", "41%", "The opposition"),
        ("The Union list received 900,000 votes.", "900,000", "The Union list"),
        ("Officials said Merle Tagg polled 12,400 votes.", "12,400", "Merle Tagg"),
        (
            "Orsan's rival, Teodor Vask, took 1.7 million votes.",
            "1.7 million",
            "Teodor Vask",
        ),
        (
            "The Union's main rival, the Farmers' League, won 39 seats.",
            "39",
            "the Farmers' League",
        ),
        (
            "Orsan won 2.3 million of the 4.2 million valid votes.",
            "2.3 million",
            "Orsan",
        ),
        (
            "The two ruling parties together took 60% of the vote.",
            "60%",
            "two ruling parties",
        ),
        ("Orsan's party won 52 seats.", "52", "Orsan's party"),
        ("Orsan came first with 2.3 million votes.", "2.3 million", "Orsan"),
        ("Polls closed. Vask finished second with 31% of the vote.", "31%", "Vask"),
    ],
)
def test_a_contender_wins_its_share(text: str, number: str, owner: str) -> None:
    assert _contender(text, number) == owner


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the whole of the partitive is no contender's
        ("Orsan won 2.3 million of the 4.2 million valid votes.", "4.2 million"),
        # not votes or seats
        ("Rescuers took 40 people to hospital.", "40"),
        ("Firefighters took 40 people from the seats of the stand.", "40"),
        ("The Union won 48 awards.", "48"),
        # no verb of winning
        ("Some 4.2 million votes were cast.", "Some 4.2 million"),
        ("Turnout was 71% of the electorate.", "71%"),
        # an event wins nothing
        ("The storm took 40 seats off the stadium roof.", "40"),
    ],
)
def test_no_contender(text: str, number: str) -> None:
    assert _contender(text, number) is None


def _terms(*words: str) -> Terms:
    return Terms(terms=tuple(Term(text=w) for w in words))


@pytest.mark.parametrize(
    ("measure", "context", "expected"),
    [
        (["votes cast", "votes"], [], True),
        (["valid votes"], [], True),
        (["turnout"], [], True),
        (["seats"], ["Union"], True),
        (["votes"], [], False),
        (["seats", "share"], [], False),
    ],
)
def test_a_claim_sums_the_contenders(
    measure: list[str], context: list[str], expected: bool
) -> None:
    got = sums_contenders(_terms(*measure), tuple(_terms(c) for c in context))
    assert got is expected


def test_the_possessive_test_before_an_owner_takes_every_s_the_pattern_does() -> None:
    import regex

    from claimcheck.engine import members

    # the pattern's possessive, in any case, against every code point
    s = regex.compile(r"(?:'s|’s)", regex.I)
    for apostrophe in "'’":
        taken = {
            apostrophe + chr(c)
            for c in range(0x110000)
            if s.fullmatch(apostrophe + chr(c))
        }
        assert taken <= set(members._POSSESSIVES)
    text = "Doran's 96 dead and DORAN'S 40 dead"
    for number in ("96", "40"):
        q = next(q for q in read_quantities(text, article=text) if q.text == number)
        assert members.owned_part(text, q, (q.end + 1, q.end + 5), 0) is not None
