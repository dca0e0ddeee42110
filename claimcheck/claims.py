"""The claim model: what an analyst asserts, and where they wrote it."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# annotations only: the model loads without the engine's patterns
if TYPE_CHECKING:
    from claimcheck.engine.numbers.interval import Interval
    from claimcheck.engine.statements import Sentence
    from claimcheck.engine.terms import Terms

__all__ = [
    "AssertionFile",
    "AttributeClaim",
    "Claim",
    "ClaimKind",
    "Direction",
    "EntityClaim",
    "Location",
    "OutdatedPolicy",
    "Period",
    "Polarity",
    "QuantityClaim",
    "Scope",
    "StatementClaim",
    "Suite",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A place in a file, 1-based, as editors show it."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class ClaimKind(enum.Enum):
    QUANTITY = "quantity"
    STATEMENT = "statement"
    ATTRIBUTE = "attribute"
    ENTITY = "entity"


class Polarity(enum.Enum):
    """Whether a statement claim says the event happened or did not."""

    AFFIRMED = "affirmed"
    NEGATED = "negated"


class Direction(enum.Enum):
    """Which way a change goes, for a quantity claim that states one."""

    UP = "up"
    DOWN = "down"


class Scope(enum.Enum):
    """Where context words must appear, relative to a mention's sentence."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    ARTICLE = "article"


@dataclass(frozen=True, slots=True, kw_only=True)
class _ClaimBase:
    id: str
    description: str
    location: Location
    #: a missing fact fails instead of skipping
    required: bool = False
    #: any incompatible mention fails even beside a compatible one
    strict: bool = False
    #: each group must match somewhere in ``context_scope`` around a mention
    context: tuple[Terms, ...] = ()
    context_scope: Scope = Scope.PARAGRAPH
    #: pytest markers to apply to every item of this claim
    marks: tuple[str, ...] = ()


class OutdatedPolicy(enum.Enum):
    """What an outdated verdict does to its test: right when written, superseded."""

    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """An earlier value of a quantity claim, which held up to ``until``.

    An article dated on or before ``until`` (and after the period before)
    was written while this value held.
    """

    until: datetime.date
    #: the value, tolerance applied
    expected: Interval
    #: the value as the analyst wrote it ("= 19")
    rendering: str


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityClaim(_ClaimBase):
    """A number bound to a measure: ``expected`` (tolerance applied) in ``unit``."""

    measure: Terms
    expected: Interval
    #: the interval as the analyst wrote it, before tolerance
    stated: Interval
    unit: str | None = None
    #: terms that rule a mention out when they, not the context, own it
    exclude: Terms | None = None
    #: the sign of the change the claim states ("fell 3.4%": down)
    direction: Direction | None = None
    #: earlier values, oldest first; ``expected`` is the value since the last
    history: tuple[Period, ...] = ()
    #: what an outdated verdict does (None: the run's ``claimcheck_outdated``)
    outdated: OutdatedPolicy | None = None

    @property
    def kind(self) -> ClaimKind:
        return ClaimKind.QUANTITY


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementClaim(_ClaimBase):
    """A proposition: ``says`` sentences state it, ``contradicted_by`` its opposite.

    ``patterns`` and ``rivals`` are the same for regular expressions and
    exact phrases, with ``polarity`` saying whether the patterns state it.
    """

    says: tuple[Sentence, ...] = ()
    contradicted_by: tuple[Sentence, ...] = ()
    patterns: Terms | None = None
    rivals: Terms | None = None
    polarity: Polarity = Polarity.AFFIRMED

    @property
    def kind(self) -> ClaimKind:
        return ClaimKind.STATEMENT


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributeClaim(_ClaimBase):
    """One expected value (with aliases) among rival values."""

    value: Terms
    rivals: Terms

    @property
    def kind(self) -> ClaimKind:
        return ClaimKind.ATTRIBUTE


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityClaim(_ClaimBase):
    """A name that should appear, under any alias or spelling variant."""

    names: Terms
    #: typos allowed per name (``None``: by length, see ``engine/match.py``)
    max_errors: int | None = None

    @property
    def kind(self) -> ClaimKind:
        return ClaimKind.ENTITY


Claim = QuantityClaim | StatementClaim | AttributeClaim | EntityClaim


@dataclass(frozen=True, slots=True, kw_only=True)
class AssertionFile:
    """One YAML file: its claims and the corpus they run against."""

    #: as messages show it: relative to the rootdir when inside it
    path: str
    claims: tuple[Claim, ...]
    #: glob patterns, relative to ``corpus_root``
    corpus: tuple[str, ...]
    corpus_root: str
    #: every vocabulary this file can use, shared ones included
    vocabularies: dict[str, Terms] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Suite:
    """Every assertion file of a run, with the vocabularies they share."""

    files: tuple[AssertionFile, ...]
    vocabularies: dict[str, Terms]

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for f in self.files for c in f.claims)


# --- loading ---------------------------------------------------------------
