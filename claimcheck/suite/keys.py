"""What a key of a YAML file may hold: the loader's key tables are made of these.

The tables themselves live beside the code that reads the keys
(``claim_keys.COMMON_KEYS`` and ``KIND_KEYS``, ``expectations.EXPECTATIONS``,
``yamlsource.SHARED_KEYS``, ``loader.FILE_KEYS``); the JSON Schema of
:mod:`claimcheck.suite.schema` is generated from the same tables, so an editor
and the loader accept the same keys.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import final

__all__ = ["Key", "Value"]


class Value(enum.Enum):
    """The shape of a key's value, as the loader reads it."""

    TEXT = "text"  # a non-empty scalar, taken as written
    ID = "id"  # a claim id
    BOOL = "bool"
    NUMBER = "number"  # 300, 2.5, '2,700', 12_000
    COUNT = "count"  # a whole number, 0 or more
    CHOICE = "choice"  # one of Key.choices
    TERMS = "terms"  # a phrase, $vocabulary or {regex: ...}, or a list of them
    NAMES = "names"  # terms without regular expressions
    SENTENCES = "sentences"  # a plain sentence or a list of them ($name for a word)
    PATTERNS = "patterns"  # a regular expression or a list of them
    CONTEXT = "context"  # terms, or a list of term lists that must all match
    MARKS = "marks"  # a pytest marker name or a list of them
    RANGE = "range"  # [low, high]
    TOLERANCE = "tolerance"  # 10 or '5%'
    DATE = "date"  # 2025-01-14
    HISTORY = "history"  # a list of {until: date, an expectation}
    CORPUS = "corpus"  # a folder, file or glob, or a list of them
    VOCABULARIES = "vocabularies"  # name -> terms
    DEFAULTS = "defaults"  # claim keys that apply to every claim
    CLAIMS = "claims"  # the list of claims


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class Key:
    """One key a YAML mapping may hold."""

    value: Value
    #: one line for editors' hover text and the documentation
    help: str
    #: the values of a CHOICE
    choices: tuple[str, ...] = ()
    #: a claim of this kind must give the key
    required: bool = False
    #: keys of one group are alternatives; a claim must give at least one
    group: str | None = None
