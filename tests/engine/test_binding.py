"""Which rule of the binding rule binds each number (claimcheck/engine/binding.py).

Every sentence here is written for this file.  Each case names the number,
the measure word it must bind to (``None``: none) and the rule that binds it.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Mention, build_lexicon, index_article
from claimcheck.engine.terms import Terms

# the measures of a small suite: counts, a percentage, lengths, money, years
MEASURES = [
    (Terms.of(["killed", "died", "dead", "drowned", "death toll"]), None),
    (Terms.of(["injured", "hurt"]), None),
    (Terms.of(["missing"]), None),
    (Terms.of(["homes", "houses"]), None),
    (Terms.of(["firefighters", "rescuers"]), None),
    (Terms.of(["tested"]), None),
    (Terms.of(["positivity rate", "contained"]), "%"),
    (Terms.of(["below the surface", "span", "long"]), "m"),
    (Terms.of(["revenue", "sales", "profit"]), "currency:USD"),
    (Terms.of(["years old", "old"]), "yr"),
    (Terms.of(["passengers", "aboard"]), None),
    (Terms.of(["magnitude"]), None),
]
LEXICON = build_lexicon(MEASURES)


def mentions(text: str) -> dict[str, Mention]:
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    return {m.quantity.text: m for m in index.mentions}


def bound(text: str, number: str) -> tuple[str | None, str]:
    found = mentions(text)[number]
    word = None if found.bound is None else text[found.bound[0] : found.bound[1]]
    return word, found.rule


CASES = [
    # an owner before the number counts nothing: what it owns is counted
    ("The firefighters' trucks number 40.", "40", None, ""),
    ("The firefighters' number rose to 800.", "800", "firefighters", "nearest"),
    # object: a measure word right before, past articles and prepositions
    ("The blast killed 14 and injured 30.", "14", "killed", "object"),
    ("The storm injured at least 30 people.", "at least 30", "injured", "object"),
    # subject: the head of the verb group after the number
    ("Some 40 people sent to the coast were killed.", "Some 40", "killed", "subject"),
    ("The miners, 23 in all, were hurt in the fall.", "23", "hurt", "subject"),
    (
        "Twelve divers, who had ignored the warning, drowned.",
        "Twelve",
        "drowned",
        "subject",
    ),
    # counted noun: the noun after the number, past modifiers and "of those"
    ("The fire destroyed 420 wooden homes.", "420", "homes", "counted noun"),
    ("The state sent 800 firefighters north.", "800", "firefighters", "counted noun"),
    ("Of the ferry, 31 of those aboard drowned.", "31", "drowned", "counted noun"),
    (
        "Some 300 injured fighting abroad went home.",
        "Some 300",
        "injured",
        "counted noun",
    ),
    # a group another claim measures, before what befell part of it: that
    (
        "Some 40 passengers killed in the crash were named.",
        "Some 40",
        "killed",
        "subject",
    ),
    ("Some 190 passengers boarded at dawn.", "Some 190", "passengers", "counted noun"),
    # a measure word ending in -ing is no modifier: it is what the number counts
    ("Divers said three remain missing.", "three", "missing", "counted noun"),
    # a reporting verb opens a clause of its own, which resumes nothing
    ("The mayor, who was hurt, said 16 families lost cars.", "16", None, ""),
    # ... and a thing no measure names binds to nothing
    ("Rescuers drilled 3 boreholes.", "3", None, "counted noun"),
    ("The blaze killed 2 horses and 40 cattle.", "2", None, "counted noun"),
    # nearest: what is left, counted in words
    ("The dead numbered 45 on Monday.", "45", "dead", "nearest"),
    # partitive: the whole of "five of the 45" is not what the verb counts
    ("Five of the 45 people trapped were killed.", "45", None, "partitive"),
    ("Five of the 45 people trapped were killed.", "Five", "killed", "subject"),
    # units steer: a percentage skips a count's measure word
    (
        "The positivity rate among those tested stood at 12.4%.",
        "12.4%",
        "positivity rate",
        "nearest",
    ),
    (
        "Miners were trapped 480 metres below the surface.",
        "480 metres",
        "below the surface",
        "nearest",
    ),
    # durations, ages, rates and a pronoun "one" bind to nothing
    (
        "The line was inspected some ten days earlier.",
        "some ten days",
        None,
        "duration",
    ),
    ("Crews searched for 3 days.", "3 days", None, "duration"),
    ("A 12-year-old girl was hurt.", "12-year", None, "age"),
    ("The 52-year-old bridge fell.", "52-year", "old", "nearest"),
    ("The captain, aged 57, was hurt.", "aged 57", None, "age"),
    ("Rescuers dug 12 metres a day below the surface.", "12 metres", None, "rate"),
    ("Bodies were found near one of the shafts.", "one", None, "pronoun"),
    # a clause cut: reach back to the measure the clause continues
    ("The number injured, however, climbed to 61.", "61", "injured", "resumed"),
    ("Sales have since rebounded, to $4.2bn.", "$4.2bn", "Sales", "resumed"),
    ("Profit, the company said, rose to $1.1bn.", "$1.1bn", "Profit", "resumed"),
    (
        "Rescuers arrived on Friday. Their number has since grown to 800.",
        "800",
        "Rescuers",
        "anaphor",
    ),
    (
        "Sales slumped. They have since recovered, to $4.2bn.",
        "$4.2bn",
        "Sales",
        "anaphor",
    ),
    (
        "Of 5,200 tested, 12.4% were positive, a positivity rate few expected.",
        "12.4%",
        "positivity rate",
        "appositive",
    ),
    # ... but not past a word that opens its own clause, nor across a subject
    ("Firemen rested. Their trucks, however, numbered 40.", "40", None, ""),
    ("The toll was 12, up from 9.", "from 9", None, ""),
    # ... nor when the number heads a clause of its own
    ("The fire killed 14, and at least 3 were children.", "at least 3", None, ""),
    # "put the figure at" stands for the measure of the figure before it
    (
        "Police said 12 were hurt, though doctors put the figure at 15.",
        "15",
        "hurt",
        "anaphor",
    ),
    # compound: a number joined to a noun counts it, whatever stands near
    ("A 40-passenger bus overturned.", "40", "passenger", "compound"),
    ("The 12-car crash killed a driver.", "12", "car", "compound"),
    # named: "the number of" names what a later figure in its clause counts
    (
        "The number of rescuers sent north from three states rose to 800.",
        "800",
        "rescuers",
        "named",
    ),
    # a counted noun beats a verb that is only a built-in event word
    (
        "Some 300 firefighters were deployed.",
        "Some 300",
        "firefighters",
        "counted noun",
    ),
    ("Some 300 people were deployed.", "Some 300", "deployed", "subject"),
    # a rating or label counts nothing
    ("A category 4 storm killed 3 people.", "4", None, "label"),
    ("A grade 6.1 tremor killed 3 people.", "6.1", None, "label"),
    # one of a series: a day, a round, where the clause ends or another opens
    ("Rescuers dug on for day two.", "two", None, "label"),
    ("Rescue enters day three as the trapped wait", "three", None, "label"),
    ("On the worst day 40 people died.", "40", "died", "counted noun"),
    # a noun's "'s" owns: no "is" to head a verb group
    (
        "Alerts in 16 cities as a study counts last summer's dead",
        "16",
        None,
        "counted noun",
    ),
    ("Alerts in 16 cities as the study counts its dead", "16", None, "counted noun"),
    ("A category 4 storm killed 3 people.", "3", "killed", "object"),
    # ... unless a measure names the rating itself
    ("A magnitude 6.1 quake killed 3 people.", "6.1", "magnitude", "object"),
    # sum: counts of one noun across "and" make one figure
    (
        "The fire destroyed 12 wooden homes and one brick home.",
        "12 wooden homes and one brick home",
        "homes",
        "sum",
    ),
    ("The fire destroyed 12 wooden homes and one brick home.", "one", None, "sum"),
    # a unit joined to its number before a thing gives the thing's size: only
    # the thing's own measure word, or one naming the size, counts it
    ("A 38-tonne lorry was carrying 12 passengers.", "38-tonne", None, "compound"),
    ("A 40-metre tanker and its crew were missing.", "40-metre", None, "compound"),
    ("The 90-metre Aldo Bay sank with 14 aboard.", "90-metre", None, "compound"),
    ("The bridge is long: a 90-metre span.", "90-metre", "span", "nearest"),
    ("A 2-metre wall of water hit the town.", "2-metre", None, ""),
    # "a 30-member crew": the size of the crew, when a measure names it, or
    # of the members named after "of"
    ("A 30-member team of firefighters arrived.", "30", "firefighters", "compound"),
    ("A 30-strong crew of rescuers arrived.", "30", "rescuers", "compound"),
    ("A 30-strong crew of trained rescuers arrived.", "30", "rescuers", "compound"),
    ("The 30-strong rescuers team arrived.", "30", "rescuers", "compound"),
    ("A 30-strong crew arrived with rescuers.", "30", "strong", "compound"),
    # a measure word in a bracketed note after the figure is not its nearest
    ("Homes lost: 412 (of 1,050 hurt)", "412", "Homes", "label"),
    ("Missing: 12 (18 injured on Friday)", "12", "Missing", "label"),
    ("About 60 people (12 of them injured) left.", "About 60", None, ""),
    ("Crews saw 40 (all of them missing) near the dam.", "40", None, ""),
    ("The note (12 injured) came late.", "12", "injured", "counted noun"),
    # a past verb of naming and "as": the measure "as" names
    (
        "Of 500 who came, 300 qualified as passengers.",
        "300",
        "passengers",
        "counted noun",
    ),
    (
        "Of 20 on the boat, 9 counted as missing by dawn.",
        "9",
        "missing",
        "counted noun",
    ),
    (
        "By night 40 registered as rescuers at the depot.",
        "40",
        "rescuers",
        "counted noun",
    ),
    ("The 40 trained rescuers left.", "40", "rescuers", "counted noun"),
]


@pytest.mark.parametrize(("text", "number", "word", "rule"), CASES)
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound(text, number) == (word, rule)


@pytest.mark.parametrize(
    ("text", "number", "joined"),
    [
        ("The blast left 60 dead or injured.", "60", True),
        ("The blast killed or injured 60 people.", "60", True),
        ("In all, 49 were killed or hurt.", "49", True),
        ("The blast killed 14 people and injured 46.", "14", False),
        ("The ferry sinking left 31 dead and 17 hurt.", "31", False),
    ],
)
def test_combined_figures(text: str, number: str, joined: bool) -> None:
    assert mentions(text)[number].combined is joined


@pytest.mark.parametrize(
    ("text", "number", "scope", "said"),
    [
        (
            "In a single hamlet, the fire killed nine.",
            "nine",
            "part",
            "In a single hamlet",
        ),
        ("Nine of them were killed in the school.", "Nine", "part", " of them"),
        ("Among nurses, 40 were hurt.", "40", "part", "Among nurses"),
        (
            "In the northern province, 600 were hurt.",
            "600",
            "part",
            "In the northern province",
        ),
        ("A comparable fire in 1998 killed 31.", "31", "event", "comparable"),
        ("The previous season's fires killed 22.", "22", "period", "previous season's"),
        ("Revenue year to date was $3bn.", "$3bn", "period", "year to date"),
        (
            "With half the precincts reporting, 900 were hurt.",
            "900",
            "interim",
            "With half the precincts reporting",
        ),
        ("The fire killed 14 people.", "14", "", None),
        (
            "Since joining the war last year, 40 were hurt.",
            "40",
            "",
            None,
        ),
        ("Sales were up 6% on last year.", "6%", "", None),
        ("Among the 14 killed, most were local.", "14", "", None),
        ("Rescuers drilled 3 boreholes in a single day.", "3", "", None),
        # the part is counted by its own measure word, the whole named beside it
        ("Of those, 19 passengers were among the dead.", "19", "", None),
        ("The blast killed 14, two of them passengers.", "two", "", None),
        # a member of the whole its noun names
        ("The lodge, one of the oldest homes, burned.", "one", "part", " of the"),
        # places named as a province or county, fronted or pointed back to
        ("In Dorsey province, 300 were hurt.", "300", "part", "In Dorsey province"),
        (
            "The worst was in Dorsey County, where 300 were hurt.",
            "300",
            "part",
            "in Dorsey County",
        ),
        # ... but not in an aside, nor in a clause with a verb of its own
        (
            "The outbreak, which began in Dorsey province, has hurt 300 people.",
            "300",
            "",
            None,
        ),
        (
            "The centre was in Dorsey province, and the quake killed 300.",
            "300",
            "",
            None,
        ),
        ("Separately, a bus crash killed 19.", "19", "event", "Separately"),
        # added to a figure given before
        ("Another 20 people were hurt.", "20", "addition", "Another"),
        ("Two more homes burned down.", "Two", "addition", "more"),
        ("A further 6 were hurt.", "6", "addition", "A further"),
        # ... unless a figure before it counts another measure: "more" only
        # tells the groups apart
        ("The fire killed 7 and hurt 63 more.", "63", "", None),
        (
            "Fourteen died on Monday and 3 more died on Tuesday.",
            "3",
            "addition",
            "more",
        ),
        ("More than 10 were killed.", "More than 10", "", None),
    ],
)
def test_scope(text: str, number: str, scope: str, said: str | None) -> None:
    found = mentions(text)[number]
    assert found.scope == scope
    quoted = None if found.qualifier is None else text[slice(*found.qualifier)]
    assert quoted == said


def test_units_steer_only_with_known_units() -> None:
    # a measure given without its claim's unit takes any kind of quantity
    text = "Among those tested 12.4% were positive."
    anything = build_lexicon([Terms.of(["tested"])])
    assert anything.kinds_of("tested") is None
    index = index_article(parse_article(text, path="a.txt"), anything)
    assert index.mentions[0].rule == "object"
    assert bound(text, "12.4%") == (None, "")
    assert LEXICON.kinds_of("Tested") == frozenset({"count"})
    assert LEXICON.kinds_of("positivity  rate") == frozenset({"percent"})


# a thing as the object of a measure verb: "cancelled 700 flights" counts for
# "cancelled" (a verb done to things), or for a verb a term puts after the
# thing's noun ("boats rescued"); "rescued 3 fishing boats" counts boats
_THINGS = build_lexicon(
    [
        (Terms.of(["cancelled", "recalled", "destroyed"]), None),
        (Terms.of(["rescued", "boats rescued"]), None),
        (Terms.of(["killed"]), None),
    ]
)


@pytest.mark.parametrize(
    ("text", "number", "word", "rule"),
    [
        ("Delta cancelled 7,000 flights.", "7,000", "cancelled", "object"),
        ("The maker recalled 700 cars.", "700", "recalled", "object"),
        ("The fire destroyed 420 homes.", "420", "destroyed", "object"),
        ("Crews rescued 3 boats.", "3", "rescued", "object"),
        ("Crews rescued 3 fishing boats.", "3", "rescued", "object"),
        ("Crews rescued 3 trawlers.", "3", None, "counted noun"),
        ("The flood killed 300 cattle.", "300", None, "counted noun"),
        ("The flood killed 30 villagers.", "30", "killed", "object"),
    ],
)
def test_object_of_a_verb_done_to_things(
    text: str, number: str, word: str | None, rule: str
) -> None:
    index = index_article(parse_article(text, path="a.txt"), _THINGS, read_all=True)
    found = {m.quantity.text: m for m in index.mentions}[number]
    got = None if found.bound is None else text[found.bound[0] : found.bound[1]]
    assert (got, found.rule) == (word, rule)
