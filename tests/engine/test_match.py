"""engine/match.py: the verdict of one claim on one article, and its evidence.

Quantity, attribute and entity claims on short texts written for these tests.
Claims are built as the engine receives them (no YAML), so that a failure here
points at matching, not at the suite loader.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from claimcheck.claims import (
    AttributeClaim,
    Claim,
    EntityClaim,
    Location,
    QuantityClaim,
    Scope,
)
from claimcheck.engine.articles import parse_article
from claimcheck.engine.context import default_max_errors
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import (
    Evidence,
    Verdict,
    VerdictKind,
    match_claim,
)
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.terms import Terms

SUPPORTED = VerdictKind.SUPPORTED
CONTRADICTED = VerdictKind.CONTRADICTED
MISSING = VerdictKind.MISSING

HERE = Location(path="assertions/test.yaml", line=1, column=1)


def quantity(
    measure: Iterable[str],
    expected: Interval,
    *,
    unit: str | None = None,
    context: Iterable[str] = (),
    scope: Scope = Scope.PARAGRAPH,
    description: str = "",
) -> QuantityClaim:
    canonical = None if unit is None else canonical_unit(unit)
    assert unit is None or canonical is not None, unit
    groups = tuple(context)
    return QuantityClaim(
        id="q",
        description=description,
        location=HERE,
        measure=Terms.of(measure),
        expected=expected,
        stated=expected,
        unit=canonical,
        context=(Terms.of(groups),) if groups else (),
        context_scope=scope,
    )


def attribute(value: Iterable[str], rivals: Iterable[str]) -> AttributeClaim:
    return AttributeClaim(
        id="a",
        description="",
        location=HERE,
        value=Terms.of(value),
        rivals=Terms.of(rivals),
    )


def entity(
    names: Iterable[str],
    *,
    max_errors: int | None = None,
    context: Iterable[str] = (),
    scope: Scope = Scope.PARAGRAPH,
) -> EntityClaim:
    groups = tuple(context)
    return EntityClaim(
        id="e",
        description="",
        location=HERE,
        names=Terms.of(names),
        max_errors=max_errors,
        context=(Terms.of(groups),) if groups else (),
        context_scope=scope,
    )


def verdict(claim: Claim, text: str, *others: QuantityClaim) -> Verdict:
    """The verdict of ``claim`` on ``text``; ``others`` share the lexicon."""
    measures = [c.measure for c in (claim, *others) if isinstance(c, QuantityClaim)]
    index = index_article(parse_article(text, path="a.txt"), build_lexicon(measures))
    result = match_claim(claim, index)
    # every piece of evidence slices back to exactly the text it quotes
    for e in result.evidence:
        assert text[e.start : e.end] == e.text
    return result


def only(result: Verdict) -> Evidence:
    assert len(result.evidence) == 1, result.evidence
    return result.evidence[0]


def exactly(value: float) -> Interval:
    return Interval.point(value)


KILLED_45 = quantity(
    ["killed", "died"], exactly(45), description="people killed by the flood"
)


# -- quantities ----------------------------------------------------------------


def test_a_number_bound_to_the_measure_supports_an_equal_claim() -> None:
    text = "Officials said 45 people were killed in the flood."
    result = verdict(KILLED_45, text)
    assert result.kind is SUPPORTED
    e = only(result)
    assert (e.start, e.text, e.value, e.compatible) == (
        text.index("45"),
        "45",
        "45",
        True,
    )
    assert e.reason == "reads 45 for 'killed', within the expected 45"
    assert result.candidates == ()
    assert not result.wavering


def test_a_different_number_contradicts_and_says_why() -> None:
    result = verdict(KILLED_45, "Officials said 60 people were killed in the flood.")
    assert result.kind is CONTRADICTED
    e = only(result)
    assert (e.text, e.compatible) == ("60", False)
    assert e.reason == "reads 60 for 'killed', outside the expected 45"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the particle is the measure's own word, not a change
        ("Firefighters brought down 35 people from balconies.", SUPPORTED),
        ("Firefighters brought down 50 people from balconies.", CONTRADICTED),
        # a change word outside the measure still makes a change
        ("People brought down from balconies rose 35 on Friday.", MISSING),
    ],
)
def test_a_measure_with_a_particle_is_no_change(
    text: str, expected: VerdictKind
) -> None:
    claim = quantity(["brought down", "rescued"], exactly(35))
    assert verdict(claim, text).kind is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure's own relative clause tells it, in the past
        ("The fund would pay the families of the 45 people who died.", SUPPORTED),
        ("The fund would pay the families of the 60 people who died.", CONTRADICTED),
        ("A memorial may list the 45 villagers who were killed.", SUPPORTED),
        # the figure's verb is the supposed one
        ("The flood might have killed 45 people who were asleep.", MISSING),
        ("The toll could reach 60, officials said.", MISSING),
    ],
)
def test_a_figure_told_in_its_own_relative_clause_is_stated(
    text: str, expected: VerdictKind
) -> None:
    assert verdict(KILLED_45, text).kind is expected


def test_one_agreeing_mention_beside_a_disagreeing_one_supports_but_wavers() -> None:
    text = (
        "A local radio station said 60 people were killed.\n\n"
        "Officials later said 45 people had died."
    )
    result = verdict(KILLED_45, text)
    assert result.kind is SUPPORTED
    assert [(e.text, e.compatible) for e in result.evidence] == [
        ("60", False),
        ("45", True),
    ]
    assert result.wavering


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("About 50 people were killed.", SUPPORTED, "[45, 55]"),
        # "about" widens no further than the figure's own precision
        ("About 48 people were killed.", CONTRADICTED, "[47, 49]"),
        ("More than 50 people were killed.", CONTRADICTED, "(50, inf)"),
        ("At least 40 people were killed.", SUPPORTED, "[40, inf)"),
        ("Fewer than 40 people were killed.", CONTRADICTED, "(-inf, 40)"),
        ("Between 40 and 50 people were killed.", SUPPORTED, "[40, 50]"),
    ],
)
def test_a_hedged_number_is_compared_as_its_interval(
    text: str, kind: VerdictKind, value: str
) -> None:
    result = verdict(KILLED_45, text)
    assert result.kind is kind
    assert only(result).value == value


def test_a_number_bound_to_another_claims_measure_is_not_evidence() -> None:
    injured = quantity(["injured", "wounded"], exactly(45))
    result = verdict(KILLED_45, "Officials said 45 people were injured.", injured)
    assert result.kind is MISSING
    assert result.evidence == ()
    # the same text does state the other claim's fact
    assert verdict(injured, "Officials said 45 people were injured.").kind is SUPPORTED


def test_a_missing_fact_points_at_the_nearest_sentences() -> None:
    text = (
        "The river rose overnight.\n\n"
        "Officials said 45 people were rescued from the flood."
    )
    result = verdict(KILLED_45, text)
    assert result.kind is MISSING
    assert result.evidence == ()
    # "people" and "flood" come from the claim's description
    assert result.candidates == ((text.index("Officials"), len(text)),)


def test_a_claim_in_a_unit_converts_mentions_of_the_same_dimension() -> None:
    area = quantity(
        ["submerged", "flooded"],
        Interval(low=984 * 0.98, high=984 * 1.02),
        unit="km²",
    )
    result = verdict(area, "Floods submerged 380 square miles of farmland.")
    assert result.kind is SUPPORTED
    # the value names the canonical unit
    assert only(result).value.endswith(" km2")


def test_millimetres_and_centimetres_compare() -> None:
    rain = quantity(["rain", "rainfall"], exactly(310), unit="mm")
    assert verdict(rain, "Rainfall reached 31 cm in a day.").kind is SUPPORTED
    assert verdict(rain, "Rainfall reached 20 cm in a day.").kind is CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # a count claim ignores measured amounts
        (
            quantity(["submerged"], exactly(380)),
            "Floods submerged 380 square miles of farmland.",
        ),
        # a claim in a unit ignores plain counts
        (
            quantity(["submerged"], exactly(380), unit="mi²"),
            "Floods submerged 380 farms.",
        ),
        # and amounts of another dimension
        (
            quantity(["rainfall"], exactly(310), unit="mm"),
            "Rainfall of 310 litres was collected.",
        ),
    ],
)
def test_incomparable_mentions_are_not_evidence(
    claim: QuantityClaim, text: str
) -> None:
    result = verdict(claim, text)
    assert result.kind is MISSING
    assert result.evidence == ()


@pytest.mark.parametrize(
    ("scope", "text", "kind"),
    [
        (Scope.SENTENCE, "In the flood, 45 people were killed.", SUPPORTED),
        (Scope.SENTENCE, "The flood hit at night. 45 people were killed.", MISSING),
        (Scope.PARAGRAPH, "The flood hit at night. 45 people were killed.", SUPPORTED),
        (
            Scope.PARAGRAPH,
            "The flood hit at night.\n\nThe crash left 45 people killed.",
            MISSING,
        ),
        (
            Scope.ARTICLE,
            "The flood hit at night.\n\nThe next day 45 people were killed.",
            SUPPORTED,
        ),
        (Scope.ARTICLE, "A crash on the highway: 45 people were killed.", MISSING),
    ],
)
def test_context_words_must_appear_within_the_scope(
    scope: Scope, text: str, kind: VerdictKind
) -> None:
    claim = quantity(["killed"], exactly(45), context=["flood*"], scope=scope)
    assert verdict(claim, text).kind is kind


# -- attributes ----------------------------------------------------------------

WINNER = attribute(["Green Alliance"], ["Unity Party", "Labour Front"])


def test_the_expected_value_supports() -> None:
    text = "The Green Alliance won the most seats."
    e = only(result := verdict(WINNER, text))
    assert result.kind is SUPPORTED
    assert (e.start, e.value, e.compatible) == (4, "Green Alliance", True)
    assert e.reason == "is the expected value"


def test_a_rival_alone_contradicts_and_names_the_expected_value() -> None:
    result = verdict(WINNER, "The Unity Party won the election.")
    assert result.kind is CONTRADICTED
    e = only(result)
    assert (e.value, e.compatible) == ("Unity Party", False)
    assert e.reason == "is a rival of the expected 'Green Alliance'"


def test_a_rival_beside_the_value_supports_but_wavers() -> None:
    text = "The Labour Front conceded once the Green Alliance had won."
    result = verdict(WINNER, text)
    assert result.kind is SUPPORTED
    # evidence comes in the order of the text
    assert [(e.value, e.compatible) for e in result.evidence] == [
        ("Labour Front", False),
        ("Green Alliance", True),
    ]
    assert result.wavering


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("The Unity Party did not win a majority.", "negated"),
        ("If the Unity Party wins, taxes will rise.", "hypothetical"),
    ],
)
def test_a_rival_not_put_as_fact_neither_supports_nor_contradicts(
    text: str, reading: str
) -> None:
    result = verdict(WINNER, text)
    assert result.kind is MISSING
    e = only(result)
    assert (e.value, e.compatible) == ("Unity Party", None)
    assert e.reason == f"is {reading} here"


def test_an_attribute_named_nowhere_is_missing() -> None:
    result = verdict(WINNER, "Turnout was the lowest in twenty years.")
    assert (result.kind, result.evidence) == (MISSING, ())


# -- entities -------------------------------------------------------------------

MAYOR = entity(["Amara Okonkwo-Reyes", "Mayor Okonkwo-Reyes"])


def test_the_name_as_written_supports() -> None:
    text = "Amara Okonkwo-Reyes visited the shelters."
    e = only(result := verdict(MAYOR, text))
    assert result.kind is SUPPORTED
    assert (e.start, e.end, e.compatible) == (0, len("Amara Okonkwo-Reyes"), True)
    assert e.reason == "names the entity"


def test_spaces_for_hyphens_and_case_are_the_same_name() -> None:
    e = only(verdict(MAYOR, "AMARA OKONKWO REYES visited the shelters."))
    assert (e.text, e.reason) == ("AMARA OKONKWO REYES", "names the entity")


def test_an_alias_supports() -> None:
    result = verdict(MAYOR, "Shelters were opened by Mayor Okonkwo-Reyes.")
    assert result.kind is SUPPORTED
    assert only(result).text == "Mayor Okonkwo-Reyes"


def test_a_misspelled_name_supports_as_a_variant() -> None:
    result = verdict(MAYOR, "Amara Okonkwo-Reyez visited the shelters.")
    assert result.kind is SUPPORTED
    e = only(result)
    assert e.text == "Amara Okonkwo-Reyez"
    assert e.reason == "a spelling variant of the name"


def test_variants_are_not_sought_when_the_name_itself_appears() -> None:
    text = "Amara Okonkwo-Reyez, or Amara Okonkwo-Reyes, visited."
    assert [e.reason for e in verdict(MAYOR, text).evidence] == ["names the entity"]


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # too short a name for any typo
        (entity(["Obi"]), "Mayor Oba visited the shelters."),
        # typos switched off
        (
            entity(["Amara Okonkwo-Reyes"], max_errors=0),
            "Amara Okonkwo-Reyez visited the shelters.",
        ),
        # more typos than the name's length allows
        (entity(["Amara Okonkwo-Reyes"]), "Amira Okonkwa-Reyez visited the shelters."),
        # a name that must be near its context
        (
            entity(["Amara Okonkwo-Reyes"], context=["shelter*"], scope=Scope.SENTENCE),
            "Amara Okonkwo-Reyes spoke. The shelters opened.",
        ),
    ],
)
def test_a_name_not_found_is_missing(claim: EntityClaim, text: str) -> None:
    result = verdict(claim, text)
    assert (result.kind, result.evidence) == (MISSING, ())


@pytest.mark.parametrize(
    ("name", "errors"),
    [
        ("Obi", 0),
        ("Kherson", 0),  # 7 letters
        ("Zaporizh", 1),  # 8
        ("Kariba Dam", 1),
        ("Okonkwo-Reyes Ama", 1),  # 15 letters: punctuation and spaces not counted
        ("Amara Okonkwo-Reyes", 2),  # 17
    ],
)
def test_typos_tolerated_grow_with_the_name(name: str, errors: int) -> None:
    assert default_max_errors(name) == errors


@pytest.mark.parametrize(
    ("text", "measure", "group", "kind"),
    [
        # the group's size counts its head noun: a claim naming only the
        # group's first word does not read it
        ("A 300-strong rescue team reached the valley.", "rescued", "rescue team",
         MISSING),
        ("The 300-strong fire crew worked all night.", "fire", "fire crew", MISSING),
        # the claim's own word names the whole group, or its members after "of"
        ("The 300-strong fire crew worked all night.", "fire crew", "fire",
         SUPPORTED),
        ("A 300-strong team of rescuers reached the valley.", "rescuers",
         "rescue team", SUPPORTED),
    ],
)  # fmt: skip
def test_a_sized_group_counts_its_head_noun(
    text: str, measure: str, group: str, kind: VerdictKind
) -> None:
    claim = quantity([measure], exactly(300))
    other = quantity([group], exactly(300))
    assert verdict(claim, text, other).kind == kind


JUDGE = entity(["William Young"])


@pytest.mark.parametrize(
    "text",
    [
        "Judge William G. Young blocked the merger.",
        "The ruling by William G Young ran to 110 pages.",
        "WILLIAM G. YOUNG, the judge, blocked it.",
        "Judge William G. H. Young blocked the merger.",
    ],
)
def test_a_name_with_a_middle_initial_supports(text: str) -> None:
    result = verdict(JUDGE, text)
    assert result.kind is SUPPORTED
    e = only(result)
    assert e.text.casefold().startswith("william") and e.text.endswith(
        ("Young", "YOUNG")
    )
    assert e.reason == "the name with a middle initial"


@pytest.mark.parametrize(
    "text",
    [
        # a middle name written out, a first name alone, another surname
        "Judge William Gardner Young blocked the merger.",
        "Judge William G. Youngblood blocked the merger.",
        "William met G. Young at the court.",
        "William and G. Young blocked the merger.",
        # one initial for the first name is not the first name
        "Judge W. G. Young blocked the merger.",
    ],
)
def test_a_name_with_other_words_between_is_missing(text: str) -> None:
    result = verdict(JUDGE, text)
    assert (result.kind, result.evidence) == (MISSING, ())
