"""The held-out corpora: stories no engine rule was made on, scored against gold.

``tests/data/heldout/`` and ``tests/data/fresh/`` have the form of the
realistic corpus (tests/gold_corpus.py). They are never used to tune the
engine: rules are made on the realistic corpus and the tables, and these
scores show whether they carry to stories they were not made on. Each gold was
written before the engine ever ran on its files. ``heldout`` has since been
partly seen; ``fresh`` was added as an unseen one (115/126 plain, 64/105
hard when first scored, with one lexicon for all its stories; 118 and 67 once
each story is read with its own claims' measure words, as a run reads it).
``unseen`` was added the same way, scored once when first run (74/85 plain,
38/59 hard, no false support); its failures were then read as classes, and
rules for those classes were made on new table rows, not on its sentences
(76/85 and 41/59 after them). ``novel`` was written after those rules and
scored once (67/72 plain, 52/72 hard, no false support). ``sealed`` was
written the same way and scored once when first run (76/86 plain, 55/89 hard,
one false support, which was a gold mistake: 56/89 and none once it was
corrected); its failures are read as classes in its SOURCES.md. The floors
are the scores reached since (the rules that raised sealed's are named in
its SOURCES.md). ``blind`` (a building collapse and its settlement, a court
sentence, a referendum count) was written the same way and scored once when
first run (66/72 plain, 45/72 hard, one false support: a hedged headline
rounding the article's exact, earlier figure); its failures are read as
classes in its SOURCES.md. ``veiled`` (a software outage and an airline's
lawsuit, a central bank's rate cut, an offshore oil spill and its plea deal)
was written the same way and scored once when first run (63/67 plain, 32/77
hard, no false support); its failures are read as classes in its SOURCES.md.
``cloaked`` (a chemical train derailment, a ransomware attack on a health
payments company, a bank run) was written the same way and scored once when
first run (59/68 plain, 39/76 hard, no false support); its failures are read
as classes in its SOURCES.md. ``shrouded`` (the heat deaths of a European
summer, a town evacuated over a magma intrusion and bought out, a car maker's
recall of a driver-assistance feature) was written the same way and scored
once when first run (59/62 plain, 59/82 hard, one false support); its
failures were read as classes after that, and three rules were made on other
stories' rows (its SOURCES.md). ``masked`` (a cyclone's landfall in
Bangladesh and India, a central bank leaving negative rates, an airline
merger blocked in court) was written the same way and scored once when first
run (49/64 plain, 42/80 hard, no false support); its failures were read as
classes after that, and one rule was made on other stories' rows (its
SOURCES.md). ``screened`` (a measles outbreak, a motorway bridge's collapse,
a city's wildfire evacuation and its insured losses) was written the same way
and scored first on the engine before the rules of the stop it was written
in (52/64 plain, 56/80 hard, one false support), then on the engine with
them (the same); its disagreements were then read as classes and rules
made on new table rows after them (class 73), so its scores since are not
blind (its SOURCES.md). ``guarded`` (a landslide that buried a village, a
fast-food E. coli outbreak, a health workers' strike and its contract) was
written the same way and scored first on the engine before the rules of the
stop it was written in (46/58 plain, 65/86 hard, no false support); its
disagreements were then read as classes and rules made on new table rows
after them (classes 76-79), so its scores since are not blind (its
SOURCES.md).
``curtained`` (a port explosion, a mine collapse and its rescue, a volcanic
ash cloud that closed a continent's airspace) was written the same way and
scored first on the engine before the rules of the stop it was written in
(53/61 plain, 56/83 hard, no false support); its disagreements were then
read as classes and rules made on new table rows after them (classes
89-92), so its scores since are not blind (its SOURCES.md).
``hooded`` (a ferry's sinking and its crew's trial, a baby-formula recall and
the shortage after it, a prisoner exchange) was written the same way and
scored first on the engine before the rules of the stop it was written in
(67/67 plain, 41/77 hard, no false support), then on the engine with that
stop's first statement rules (the same); its disagreements were then read
as classes and rules made on new table rows after them (classes 105-108),
so its scores since are not blind (its SOURCES.md).
``cowled`` (a tailings dam's collapse and its settlement, a currency's float,
a technology company's layoff round) was written the same way and scored
first on the engine at the start of the stop it was written in (46/57 plain,
42/87 hard, one pair read supported where the gold says missing), then on
the engine with that stop's rules (46/57, 44/87); its disagreements were
then read as classes and rules made on new table rows after them (classes
109-112), so its scores since are not blind (its SOURCES.md).
``draped`` (a ferry fire at sea, a factory building's collapse, a skater's
doping ban) was written the same way and scored first on the engine at the
start of the stop it was written in (65/68 plain, 37/76 hard, one pair read
supported where the gold says missing); its disagreements were then read as
classes and rules made on new table rows after them (classes 124-126), so
its scores since are not blind (its SOURCES.md).
``mantled`` (a hurricane's landfall in the Caribbean, a pension reform's
strikes, a tanker's oil spill) was written the same way and scored first on
the engine at the start of the stop it was written in (49/55 plain, 66/89
hard, two pairs read supported where the gold says missing); its
disagreements were then read as classes and rules made on new table rows
after them (classes 135-138), so its scores since are not blind (its
SOURCES.md).
``swathed`` (a cable car's fall, a bank's fine for breaking sanctions, a
nurses' strike and its settlement) was written the same way and scored first
on the engine at the start of the stop it was written in (51/67 plain, 49/77
hard, one pair read supported where the gold says contradicted), then on the
engine with that stop's rules (51/67, 50/77).
``sheathed`` (a chemical plant's explosion, a crush outside a stadium, a
central bank dropping its currency's floor) was written the same way and
scored first on the engine at the start of the stop it was written in (56/61
plain, 47/83 hard, one pair read supported where the gold says
contradicted), then on the engine with that stop's rules (the same); its
disagreements were then read as classes and rules made on new table rows
after them (classes 151-155), so its scores since are not blind (its
SOURCES.md).
``wrapped`` (an airliner's collision with a coast guard plane on a runway, a
subversion trial of 47 opposition figures, a crewed capsule's empty return)
was written the same way and scored first on the engine at the start of the
stop it was written in (40/47 plain, 63/97 hard, no pair read supported
where the gold says contradicted); its disagreements were then read as
classes and rules made on new table rows after them (classes 171-175), so
its scores since are not blind (its SOURCES.md).
``encased`` (a listeria outbreak traced to a deli-meat plant and its recall,
a sports court's ruling on a club's European ban, a screenwriters' strike
and its contract) was written the same way and scored first on the engine at
the start of the stop it was written in (50/62 plain, 55/82 hard, no pair
read supported where the gold says contradicted); its disagreements were
then read as classes and rules made on new table rows after them (classes
196-200), so its scores since are not blind (its SOURCES.md).
``cocooned`` (a red yeast rice supplement scare and its recalls, aircraft
machinists' strike and the contract that ended it, a football federation
chief's ban and trial) was written the same way and scored first on the
engine at the start of the stop it was written in (51/64 plain, 50/80 hard,
no pair read supported where the gold says contradicted); it has not been
read (its SOURCES.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.gold_corpus import (
    Pair,
    check_gold_covers,
    disagreements,
    read_gold,
    score,
    score_pairs,
)

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Corpus:
    """A held-out corpus and its ratchet: floors measured when it was added.

    Raise the floors as the engine improves, never lower them. ``plain`` and
    ``hard`` are the corpus's pair counts, checked so a floor always reads
    "x of y".
    """

    name: str
    floor_plain: int
    plain: int
    floor_hard: int
    hard: int
    #: pairs read as supported where the gold says contradicted
    ceiling_false_support: int = 0

    @property
    def data(self) -> Path:
        return DATA / self.name


CORPORA = (
    Corpus("heldout", floor_plain=79, plain=80, floor_hard=49, hard=55),
    Corpus("fresh", floor_plain=125, plain=126, floor_hard=81, hard=105),
    Corpus("unseen", floor_plain=79, plain=85, floor_hard=43, hard=59),
    Corpus("novel", floor_plain=69, plain=72, floor_hard=57, hard=72),
    Corpus("sealed", floor_plain=81, plain=86, floor_hard=69, hard=89),
    Corpus(
        "blind",
        floor_plain=71,
        plain=72,
        floor_hard=55,
        hard=72,
        ceiling_false_support=1,
    ),
    Corpus("veiled", floor_plain=65, plain=67, floor_hard=48, hard=77),
    Corpus("cloaked", floor_plain=61, plain=68, floor_hard=56, hard=76),
    Corpus(
        "shrouded",
        floor_plain=61,
        plain=62,
        floor_hard=65,
        hard=82,
    ),
    Corpus("masked", floor_plain=58, plain=64, floor_hard=48, hard=80),
    Corpus("screened", floor_plain=58, plain=64, floor_hard=65, hard=80),
    Corpus("guarded", floor_plain=52, plain=58, floor_hard=75, hard=86),
    Corpus("curtained", floor_plain=56, plain=61, floor_hard=67, hard=83),
    Corpus("hooded", floor_plain=67, plain=67, floor_hard=47, hard=77),
    Corpus("cowled", floor_plain=49, plain=57, floor_hard=53, hard=87),
    Corpus("draped", floor_plain=65, plain=68, floor_hard=42, hard=76),
    Corpus("mantled", floor_plain=53, plain=55, floor_hard=72, hard=89),
    Corpus(
        "swathed",
        floor_plain=53,
        plain=67,
        floor_hard=50,
        hard=77,
        ceiling_false_support=1,
    ),
    Corpus(
        "sheathed",
        floor_plain=58,
        plain=61,
        floor_hard=52,
        hard=83,
        ceiling_false_support=1,
    ),
    Corpus("wrapped", floor_plain=41, plain=47, floor_hard=65, hard=97),
    Corpus("encased", floor_plain=54, plain=62, floor_hard=57, hard=82),
    Corpus("cocooned", floor_plain=51, plain=64, floor_hard=50, hard=80),
)
BY_NAME = {c.name: c for c in CORPORA}


@cache
def corpus_pairs(name: str) -> list[Pair]:
    corpus = BY_NAME[name]
    return score_pairs(corpus.data, read_gold(corpus.data))


def _stories() -> list[tuple[str, str]]:
    return [(c.name, story) for c in CORPORA for story in sorted(read_gold(c.data))]


@pytest.mark.parametrize(("name", "story"), _stories())
def test_gold_covers_every_pair(name: str, story: str) -> None:
    data = BY_NAME[name].data
    check_gold_covers(data, read_gold(data), story)


@pytest.mark.parametrize("name", [c.name for c in CORPORA])
def test_articles_are_news_length(name: str) -> None:
    for path in sorted(BY_NAME[name].data.glob("*/articles/*.txt")):
        text = path.read_text()
        assert 150 <= len(text.split()) <= 500, path.name
        assert not text.lstrip().startswith(("<!--", "#")), path.name


@pytest.mark.parametrize("name", [c.name for c in CORPORA])
def test_score(name: str, record_property: Any) -> None:
    corpus = BY_NAME[name]
    pairs = corpus_pairs(name)
    result = score(pairs)
    # shown at the end of the run by tests/conftest.py
    record_property(name, str(result))
    for line in disagreements(pairs):
        record_property(f"{name}-disagreement", line)
    assert (result.plain, result.hard) == (corpus.plain, corpus.hard)
    assert result.plain_right >= corpus.floor_plain
    assert result.hard_right >= corpus.floor_hard
    assert result.false_support <= corpus.ceiling_false_support
