"""The keys of a claim: those every claim may give, and those of each kind.

The claim reader accepts exactly these keys, and the JSON Schema of
:mod:`claimcheck.suite.schema` is generated from them.
"""

from __future__ import annotations

import re

from yaml.nodes import Node, ScalarNode

from claimcheck.claims import ClaimKind, Direction, OutdatedPolicy, Polarity, Scope
from claimcheck.suite.expectations import EXPECTATIONS
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.yamlsource import did_you_mean, fail, read_text

__all__ = [
    "COMMON_KEYS",
    "KIND_KEYS",
    "check_phrase",
    "read_id",
    "unknown_key",
    "vocabulary_reference",
]

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")


_SCOPES = tuple(s.value for s in Scope)
#: the keys every claim may give
COMMON_KEYS = {
    "id": Key(value=Value.ID, help="a unique name; it becomes part of test ids"),
    "kind": Key(
        value=Value.CHOICE,
        help="what the claim says",
        choices=tuple(k.value for k in ClaimKind),
    ),
    "claim": Key(value=Value.TEXT, help="the fact in plain words, for reports"),
    "required": Key(
        value=Value.BOOL, help="an article that lacks the fact fails (not skips)"
    ),
    "strict": Key(
        value=Value.BOOL,
        help="any disagreeing mention fails, even beside one that agrees",
    ),
    "context": Key(
        value=Value.CONTEXT,
        help="words that must appear near a mention (a list of lists: all groups)",
    ),
    "context_scope": Key(
        value=Value.CHOICE,
        help="where the context words must appear",
        choices=_SCOPES,
    ),
    "marks": Key(value=Value.MARKS, help="pytest marks given to the claim's tests"),
}
#: the keys of each claim kind, beside COMMON_KEYS
KIND_KEYS: dict[ClaimKind, dict[str, Key]] = {
    ClaimKind.QUANTITY: {
        "measure": Key(
            value=Value.TERMS, help="the words for what is counted", required=True
        ),
        "unit": Key(value=Value.TEXT, help="the unit of the expected number"),
        **EXPECTATIONS,
        "tolerance": Key(
            value=Value.TOLERANCE,
            help="how far a number may stray: absolute (10) or relative ('5%')",
        ),
        "exclude": Key(
            value=Value.TERMS,
            help="words that rule a mention out: a part, place, period or other event",
        ),
        "direction": Key(
            value=Value.CHOICE,
            help="the claim is a change: up (rose, gained) or down (fell, lost)",
            choices=tuple(d.value for d in Direction),
        ),
        "history": Key(
            value=Value.HISTORY,
            help="earlier values, oldest first: [{until: 2025-01-14, equals: 38}]",
        ),
        "outdated": Key(
            value=Value.CHOICE,
            help="an article that states its own period's earlier value: pass"
            " (with a note), fail or skip (default: the claimcheck_outdated ini key)",
            choices=tuple(p.value for p in OutdatedPolicy),
        ),
    },
    ClaimKind.STATEMENT: {
        "says": Key(
            value=Value.SENTENCES,
            help="the fact as a plain sentence: its content words, in one clause",
            group="statement",
        ),
        "also": Key(
            value=Value.SENTENCES, help="other plain sentences that state the fact"
        ),
        "contradicted_by": Key(
            value=Value.SENTENCES, help="plain sentences that state the opposite"
        ),
        "polarity": Key(
            value=Value.CHOICE,
            help="negated: the claim is that it did NOT happen",
            choices=tuple(p.value for p in Polarity),
        ),
        "patterns": Key(
            value=Value.PATTERNS,
            help="regular expressions that state it",
            group="statement",
        ),
        "phrases": Key(
            value=Value.TERMS, help="phrases that state it", group="statement"
        ),
        "rivals": Key(
            value=Value.PATTERNS, help="regular expressions that contradict it"
        ),
        "rival_phrases": Key(value=Value.TERMS, help="phrases that contradict it"),
    },
    ClaimKind.ATTRIBUTE: {
        "value": Key(value=Value.TEXT, help="the expected value", required=True),
        "aliases": Key(value=Value.TERMS, help="other ways to write the value"),
        "rivals": Key(
            value=Value.TERMS, help="values that contradict it", required=True
        ),
    },
    ClaimKind.ENTITY: {
        "name": Key(
            value=Value.TEXT, help="the name that should appear", required=True
        ),
        "aliases": Key(value=Value.NAMES, help="other spellings of the name"),
        "max_errors": Key(value=Value.COUNT, help="typing errors a spelling may have"),
    },
}


def unknown_key(
    key: str, key_node: Node, kind: ClaimKind, what: str, allowed: list[str]
) -> None:
    owners = [k.value for k, keys in KIND_KEYS.items() if key in keys]
    if owners:
        fail(
            key_node,
            f"key {key!r} does not apply to {kind.value} {what} (it is for "
            f"{' and '.join(owners)} claims); remove it or change 'kind'",
        )
    fail(key_node, f"unknown key {key!r} in {what}" + did_you_mean(key, allowed))


def read_id(node: Node) -> str:
    text = read_text(node, "'id'").strip()
    if not _ID.fullmatch(text) or "::" in text:
        fail(
            node,
            f"bad claim id {text!r}; use letters, digits, '_', '.', ':' and '-', "
            "starting with a letter or digit and without '::' "
            "(ids become part of pytest node ids)",
        )
    return text


def vocabulary_reference(node: ScalarNode) -> str | None:
    """The vocabulary name of a ``$name`` item, else None."""
    text = str(node.value).strip()
    return text[1:].strip() if text.startswith("$") else None


#: the longest phrase a term may be: longer is a pasted text, not a term
#: (a 10 MB one took 2 GB to match)
PHRASE_LIMIT = 300


def check_phrase(node: Node, text: str, what: str) -> None:
    if len(text) > PHRASE_LIMIT:
        fail(
            node,
            f"phrase {text[:40]!r}... in {what} is {len(text):,} characters long;"
            f" a term is a word or a short phrase (at most {PHRASE_LIMIT}"
            " characters): shorten it",
        )
    if not any(c.isalnum() for c in text):
        fail(node, f"phrase {text!r} in {what} has no letters or digits; remove it")
    for word in text.split():
        if "*" in word.rstrip("*") or word.endswith("**"):
            fail(
                node,
                f"phrase {text!r} in {what} has '*' inside a word; '*' may only end "
                "a word (write {regex: ...} for anything else)",
            )
