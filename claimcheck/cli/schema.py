"""JSON Schemas of claimcheck's YAML files, generated from the loader's key tables.

Editors (through yaml-language-server) complete and check assertion files
with these; they are built, at each call, from the very tables the loader
accepts keys by (:data:`~claimcheck.suite.loader.FILE_KEYS`,
:data:`~claimcheck.suite.claim_keys.COMMON_KEYS` and ``KIND_KEYS``,
:data:`~claimcheck.suite.yamlsource.SHARED_KEYS` and ``DEFAULT_KEYS``, the
fields of a baseline :class:`~claimcheck.reports.baseline.Entry`), so the two
cannot disagree on which keys exist.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from claimcheck.claims import ClaimKind
from claimcheck.reports.baseline import Entry
from claimcheck.suite.claim_keys import COMMON_KEYS, KIND_KEYS
from claimcheck.suite.history import PERIOD_KEYS
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.loader import FILE_KEYS
from claimcheck.suite.yamlsource import DEFAULT_KEYS, NUMBER_SYNTAX, SHARED_KEYS

__all__ = ["SCHEMAS", "SchemaName", "schema"]

SchemaName = Literal["assertions", "config", "baseline"]
#: each schema, and the file it describes
SCHEMAS: dict[SchemaName, str] = {
    "assertions": "an assertion file (assertions/*.yaml)",
    "config": "claimcheck.yaml, the settings shared by a folder of assertion files",
    "baseline": "claimcheck-baseline.yaml, the accepted discrepancies",
}

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"
_VOCABULARY = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_MARK = r"^\s*[A-Za-z_][A-Za-z0-9_]*\s*$"
_TOLERANCE = r"^\s*[+-]?[0-9][0-9,_]*(\.[0-9]+)?\s*%?\s*$"

_PHRASE: dict[str, Any] = {"type": ["string", "number"]}
_REGEX: dict[str, Any] = {
    "type": "object",
    "properties": {"regex": {"type": "string", "description": "a regular expression"}},
    "required": ["regex"],
    "additionalProperties": False,
}
_TERM: dict[str, Any] = {"anyOf": [_PHRASE, _REGEX]}
_NUMBER: dict[str, Any] = {
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": f"^\\s*(?:{NUMBER_SYNTAX})\\s*$"},
    ]
}


def _one_or_list(item: Mapping[str, Any], *, empty: bool = False) -> dict[str, Any]:
    listed: dict[str, Any] = {"type": "array", "items": item}
    if not empty:
        listed["minItems"] = 1
    return {"anyOf": [item, listed]}


_VALUES: dict[Value, dict[str, Any]] = {
    Value.TEXT: {"type": ["string", "number", "boolean"], "minLength": 1},
    Value.ID: {
        "type": ["string", "integer"],
        "pattern": _ID,
        "not": {"type": "string", "pattern": "::"},
    },
    Value.BOOL: {"type": "boolean"},
    Value.NUMBER: _NUMBER,
    Value.COUNT: {"type": "integer", "minimum": 0},
    Value.TERMS: _one_or_list(_TERM),
    Value.NAMES: _one_or_list(_PHRASE),
    Value.SENTENCES: _one_or_list({"type": "string", "minLength": 1}),
    Value.PATTERNS: _one_or_list({"type": "string", "minLength": 1}),
    Value.CONTEXT: {
        "anyOf": [
            _TERM,
            {"type": "array", "items": {"anyOf": [_TERM, _one_or_list(_TERM)]}},
        ]
    },
    Value.MARKS: _one_or_list({"type": "string", "pattern": _MARK}),
    Value.RANGE: {"type": "array", "items": _NUMBER, "minItems": 2, "maxItems": 2},
    Value.TOLERANCE: {
        "anyOf": [
            {"type": "number", "minimum": 0},
            {"type": "string", "pattern": _TOLERANCE},
        ]
    },
    Value.DATE: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    Value.HISTORY: {
        "type": "array",
        "minItems": 1,
        "items": {"$ref": "#/$defs/period"},
    },
    Value.CORPUS: _one_or_list({"type": "string", "minLength": 1}),
    Value.VOCABULARIES: {
        "type": "object",
        "propertyNames": {"pattern": _VOCABULARY},
        "additionalProperties": _one_or_list(_TERM),
    },
    Value.DEFAULTS: {"$ref": "#/$defs/defaults"},
    Value.CLAIMS: {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/claim"}},
}


def _property(key: Key) -> dict[str, Any]:
    if key.value is Value.CHOICE:
        return {"enum": list(key.choices), "description": key.help}
    return {**_VALUES[key.value], "description": key.help}


def _properties(keys: Mapping[str, Key]) -> dict[str, Any]:
    return {name: _property(key) for name, key in keys.items()}


def _claim() -> dict[str, Any]:
    kinds: list[dict[str, Any]] = []
    for kind in ClaimKind:
        keys = {**COMMON_KEYS, **KIND_KEYS[kind]}
        then: dict[str, Any] = {
            "properties": _properties(keys),
            "additionalProperties": False,
        }
        required = [name for name, key in keys.items() if key.required]
        if required:
            then["required"] = required
        groups: dict[str, list[str]] = {}
        for name, key in keys.items():
            if key.group is not None:
                groups.setdefault(key.group, []).append(name)
        if groups:
            then["allOf"] = [
                {"anyOf": [{"required": [name]} for name in names]}
                for names in groups.values()
            ]
        kinds.append(
            {
                "if": {
                    "properties": {"kind": {"const": kind.value}},
                    "required": ["kind"],
                },
                "then": then,
            }
        )
    return {
        "type": "object",
        "required": ["id", "kind"],
        "properties": _properties(COMMON_KEYS),
        "allOf": kinds,
    }


def _period() -> dict[str, Any]:
    """One history entry: ``until`` and one expectation."""
    return {
        "type": "object",
        "properties": _properties(PERIOD_KEYS),
        "required": [name for name, key in PERIOD_KEYS.items() if key.required],
        "anyOf": [
            {"required": [name]}
            for name, key in PERIOD_KEYS.items()
            if key.group == "expectation"
        ],
        "additionalProperties": False,
    }


def _defaults() -> dict[str, Any]:
    every = {**COMMON_KEYS}
    for keys in KIND_KEYS.values():
        every.update(keys)
    return {
        "type": "object",
        "properties": {name: _property(every[name]) for name in DEFAULT_KEYS},
        "additionalProperties": False,
    }


#: what each field of a baseline entry holds
_ENTRY_HELP = {
    "claim": "the claim id",
    "article": "the article's path, relative to the rootdir",
    "verdict": "the verdict accepted (contradicted, missing for a required claim,"
    " or outdated where outdated results fail)",
    "fingerprint": "a hash of the disagreeing quotes and values",
    "note": "why the team accepts this discrepancy",
    "file": "the assertion file of the claim",
    "quote": "the first disagreeing quote, for people reading the file",
    "reviewed": "false after an update re-accepted a changed discrepancy, until"
    " someone reviews the note",
}


def _baseline() -> dict[str, Any]:
    fields = dataclasses.fields(Entry)
    entry = {
        "type": "object",
        "properties": {
            f.name: {
                "type": "boolean"
                if isinstance(f.default, bool)
                else ["string", "null"],
                "description": _ENTRY_HELP[f.name],
            }
            for f in fields
        },
        "required": [
            f.name
            for f in fields
            if f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ],
        "additionalProperties": False,
    }
    return {
        "type": ["object", "null"],
        "properties": {
            "version": {"type": "integer", "description": "the file format's version"},
            "accepted": {
                "type": "array",
                "items": entry,
                "description": "the accepted discrepancies",
            },
        },
        "additionalProperties": False,
    }


def schema(name: SchemaName) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of file."""
    if name == "baseline":
        body = _baseline()
    else:
        keys = FILE_KEYS if name == "assertions" else SHARED_KEYS
        body = {
            "type": "object",
            "properties": _properties(keys),
            "additionalProperties": False,
        }
        if name == "assertions":
            body["required"] = ["claims"]
        else:
            body["type"] = ["object", "null"]
    return {
        "$schema": _DIALECT,
        "title": f"claimcheck: {SCHEMAS[name]}",
        **body,
        "$defs": {"claim": _claim(), "defaults": _defaults(), "period": _period()},
    }
