"""YAML assertion files -> Suite of Claims, each with its YAML Location.

The claim model itself lives in :mod:`claimcheck.claims`; it is re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from claimcheck.claims import (
    AssertionFile,
    Claim,
    Location,
    Suite,
)
from claimcheck.engine.terms import Terms
from claimcheck.errors import AssertionFileError, ClaimcheckError
from claimcheck.suite.claim_reader import ClaimReader
from claimcheck.suite.corpus import resolve_corpus
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.problems import RAISE, Problems
from claimcheck.suite.settings import Settings, read_settings, shared_settings
from claimcheck.suite.yamlsource import (
    SHARED_CONFIG,
    SHARED_KEYS,
    compose_mapping,
    describe,
    display_path,
    fail,
    mapping_items,
)

__all__ = [
    "BASELINE",
    "FILE_KEYS",
    "check_assertion_files",
    "check_unique_ids",
    "claims_in_folder",
    "is_assertion_file",
    "load_assertion_file",
    "load_suite",
]


BASELINE = "claimcheck-baseline.yaml"

#: the top-level keys of an assertion file
FILE_KEYS = {
    **SHARED_KEYS,
    "claims": Key(value=Value.CLAIMS, help="the claims, each a mapping with an id"),
}


def is_assertion_file(path: Path) -> bool:
    """True for a YAML file holding claims (not the shared config or baseline)."""
    return path.suffix in (".yaml", ".yml") and path.name not in (
        SHARED_CONFIG,
        BASELINE,
    )


def load_assertion_file(
    path: Path,
    *,
    rootdir: Path,
    default_corpus: Sequence[str],
    problems: Problems = RAISE,
    text: str | None = None,
) -> AssertionFile:
    """Read, validate and resolve one assertion file.

    Vocabularies, defaults and corpus come from every ``claimcheck.yaml``
    between ``rootdir`` and the file (nearer ones win), then from the file
    itself. Without any ``corpus`` key, ``default_corpus`` (relative to
    ``rootdir``) applies. Raises :class:`AssertionFileError` with a
    ``path:line:column`` message for the first mistake in the files; with a
    collecting ``problems``, notes each mistake, leaves out the part it spoils
    (a claim, a key) and raises only when the file cannot be read at all.
    With ``text``, that is the file's content and ``path`` only places it.
    """
    name = display_path(path, rootdir)
    root = compose_mapping(path, name, "an assertion file", text=text)
    if root is None:
        raise AssertionFileError(
            f"{name}:1:1: file is empty; write the claims under 'claims:' "
            "(or remove the file)"
        )
    config = Settings()
    with problems.recover():
        for shared in shared_settings(path, rootdir):
            config = config.overridden_by(shared)
    own = read_settings(root, FILE_KEYS, path.parent, "the file", problems)
    config = config.overridden_by(own)
    reader = ClaimReader(config, problems)
    claims: list[Claim] = []
    with problems.recover():
        claims = _read_claims(root, reader, problems)
    corpus, corpus_root = resolve_corpus(
        config.corpus, name, rootdir, default_corpus, problems
    )
    return AssertionFile(
        path=name,
        claims=tuple(claims),
        corpus=corpus,
        corpus_root=corpus_root,
        vocabularies=reader.vocabularies(),
    )


def _read_claims(
    root: MappingNode, reader: ClaimReader, problems: Problems
) -> list[Claim]:
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
        with problems.recover():
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
    return claims


def check_assertion_files(
    paths: Sequence[Path], *, rootdir: Path, default_corpus: Sequence[str]
) -> list[AssertionFileError]:
    """Every mistake in the assertion files, in file order (empty when clean).

    Unlike :func:`load_suite`, which stops at the first, each file is read to
    its end, and claim ids used in two files are reported too.
    """
    problems = Problems(collect=True)
    files: list[AssertionFile] = []
    for path in paths:
        with problems.recover():
            files.append(
                load_assertion_file(
                    path,
                    rootdir=rootdir,
                    default_corpus=default_corpus,
                    problems=problems,
                )
            )
    with problems.recover():
        _check_unique_ids(files, problems)
    return problems.found


def load_suite(
    paths: Sequence[Path], *, rootdir: Path, default_corpus: Sequence[str]
) -> Suite:
    """Load every assertion file; claim ids must be unique across them."""
    files = tuple(
        load_assertion_file(p, rootdir=rootdir, default_corpus=default_corpus)
        for p in paths
    )
    _check_unique_ids(files)
    vocabularies: dict[str, Terms] = {}
    for assertion_file in files:
        vocabularies.update(assertion_file.vocabularies)
    return Suite(files=files, vocabularies=vocabularies)


def _check_unique_ids(
    files: Sequence[AssertionFile], problems: Problems = RAISE
) -> None:
    seen: dict[str, Location] = {}
    for assertion_file in files:
        check_unique_ids(assertion_file.claims, seen, problems)


def check_unique_ids(
    claims: Iterable[Claim], seen: dict[str, Location], problems: Problems = RAISE
) -> None:
    """A claim id names one claim across the suite: the one rule.

    ``seen`` maps each id to where it was first defined and grows with
    ``claims``.  Ids repeated within one file are reported by the file's own
    loading (with the line of each); here only another file's id counts.
    """
    for claim in claims:
        with problems.recover():
            first = seen.get(claim.id)
            if first is not None and first.path != claim.location.path:
                raise AssertionFileError(
                    f"{claim.location}: claim id {claim.id!r} is also used at "
                    f"{first}; give each claim its own id"
                )
        seen.setdefault(claim.id, claim.location)


def _key_node(mapping: Node, key: str) -> Node:
    assert isinstance(mapping, MappingNode)
    for name, key_node, _ in mapping_items(mapping, "the claim"):
        if name == key:
            return key_node
    return mapping  # pragma: no cover - callers ask for keys they have read


def claims_in_folder(folder: Path) -> list[Claim]:
    """Every claim of the assertion files under ``folder``, for the commands.

    Paths and corpus entries are taken relative to the working directory.
    """
    if not folder.is_dir():
        raise ClaimcheckError(f"{folder}: no such folder of assertion files")
    claims: list[Claim] = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and is_assertion_file(path):
            loaded = load_assertion_file(path, rootdir=Path.cwd(), default_corpus=["."])
            claims += loaded.claims
    return claims
