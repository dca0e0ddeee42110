"""YAML assertion files -> Suite of Claims, each with its YAML Location.

The claim model itself lives in :mod:`claimcheck.claims`; it is re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from claimcheck.claims import (
    AssertionFile,
    Claim,
    Location,
    Suite,
)
from claimcheck.engine.terms import Terms
from claimcheck.errors import AssertionFileError
from claimcheck.suite.claim_reader import ClaimReader
from claimcheck.suite.corpus import resolve_corpus
from claimcheck.suite.settings import Settings, read_settings, shared_settings
from claimcheck.suite.yamlsource import (
    SHARED_CONFIG,
    compose_mapping,
    describe,
    display_path,
    fail,
    mapping_items,
)

__all__ = [
    "BASELINE",
    "is_assertion_file",
    "load_assertion_file",
    "load_suite",
]


BASELINE = "claimcheck-baseline.yaml"

_FILE_KEYS = ("corpus", "defaults", "vocabularies", "claims")


def is_assertion_file(path: Path) -> bool:
    """True for a YAML file holding claims (not the shared config or baseline)."""
    return path.suffix in (".yaml", ".yml") and path.name not in (
        SHARED_CONFIG,
        BASELINE,
    )


def load_assertion_file(
    path: Path, *, rootdir: Path, default_corpus: Sequence[str]
) -> AssertionFile:
    """Read, validate and resolve one assertion file.

    Vocabularies, defaults and corpus come from every ``claimcheck.yaml``
    between ``rootdir`` and the file (nearer ones win), then from the file
    itself. Without any ``corpus`` key, ``default_corpus`` (relative to
    ``rootdir``) applies. Raises :class:`AssertionFileError` with a
    ``path:line:column`` message for any mistake in the files.
    """
    name = display_path(path, rootdir)
    root = compose_mapping(path, name, "an assertion file")
    if root is None:
        raise AssertionFileError(
            f"{name}:1:1: file is empty; write the claims under 'claims:' "
            "(or remove the file)"
        )
    config = Settings()
    for shared in shared_settings(path, rootdir):
        config = config.overridden_by(shared)
    own = read_settings(root, _FILE_KEYS, path.parent, "the file")
    config = config.overridden_by(own)
    reader = ClaimReader(config)
    claims_node = dict((k, v) for k, _, v in mapping_items(root, "the file")).get(
        "claims"
    )
    if claims_node is None:
        fail(root, "no 'claims' in the file; add 'claims:' with a list of claims")
    if not isinstance(claims_node, SequenceNode):
        fail(
            claims_node,
            f"'claims' must be a list of claims, got {describe(claims_node)}; "
            "start each claim with '- id: ...'",
        )
    if not claims_node.value:
        fail(claims_node, "'claims' is empty; add at least one claim")
    claims: list[Claim] = []
    first_seen: dict[str, Claim] = {}
    for number, claim_node in enumerate(claims_node.value, 1):
        claim = reader.read_claim(claim_node, number)
        if claim.id in first_seen:
            first = first_seen[claim.id].location.line
            fail(
                _key_node(claim_node, "id"),
                f"duplicate claim id {claim.id!r} (first used at line {first}); "
                "give each claim its own id",
            )
        first_seen[claim.id] = claim
        claims.append(claim)
    corpus, corpus_root = resolve_corpus(config.corpus, name, rootdir, default_corpus)
    return AssertionFile(
        path=name,
        claims=tuple(claims),
        corpus=corpus,
        corpus_root=corpus_root,
        vocabularies=reader.vocabularies(),
    )


def load_suite(
    paths: Sequence[Path], *, rootdir: Path, default_corpus: Sequence[str]
) -> Suite:
    """Load every assertion file; claim ids must be unique across them."""
    files = tuple(
        load_assertion_file(p, rootdir=rootdir, default_corpus=default_corpus)
        for p in paths
    )
    seen: dict[str, Location] = {}
    vocabularies: dict[str, Terms] = {}
    for assertion_file in files:
        vocabularies.update(assertion_file.vocabularies)
        for claim in assertion_file.claims:
            if claim.id in seen:
                raise AssertionFileError(
                    f"{claim.location}: claim id {claim.id!r} is also used at "
                    f"{seen[claim.id]}; give each claim its own id"
                )
            seen[claim.id] = claim.location
    return Suite(files=files, vocabularies=vocabularies)


def _key_node(mapping: Node, key: str) -> Node:
    assert isinstance(mapping, MappingNode)
    for name, key_node, _ in mapping_items(mapping, "the claim"):
        if name == key:
            return key_node
    return mapping  # pragma: no cover - callers ask for keys they have read
