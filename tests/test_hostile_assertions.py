"""Hostile assertion files, end to end: one clean message each, the run goes on.

``tests/suite/test_loader.py`` checks the loader's messages one by one; this
matrix checks what a user sees from ``pytest``: the message naming the file
(and line:column), no traceback, the exit status, and the other assertion
files still running.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

GOOD = """\
claims:
  - id: flood-dead
    kind: quantity
    measure: [killed, died]
    equals: 45
"""

ARTICLE = "Officials said 45 people were killed when the river burst its banks.\n"

Q = "claims:\n  - id: q\n    kind: quantity\n    measure: [killed]\n"
ENTITY = "  - {id: e, kind: entity, name: Lee}\n"

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdef", "bcdefg", strict=True)
)

CASES = [
    pytest.param("claims: [\n", "1:9: invalid YAML*stopped at*:2:1*", id="syntax"),
    pytest.param("claims:\n\t- id: a\n", "2:1: tab character*", id="tab"),
    pytest.param("- id: a\n", "1:1: *must be a YAML mapping*got a list*", id="list"),
    pytest.param("hello\n", "1:1: *must be a YAML mapping*", id="scalar"),
    pytest.param("", "1:1: file is empty*", id="empty"),
    pytest.param("# nothing yet\n", "1:1: file is empty*", id="comments-only"),
    pytest.param(
        "claim:\n  - id: a\n", "1:1: unknown key 'claim'*'claims'*", id="file-key"
    ),
    pytest.param(
        Q + "    equals: 3\n    meassure: [x]\n",
        "6:5: unknown key 'meassure'*did you mean 'measure'*",
        id="claim-key",
    ),
    pytest.param(
        Q + "    equals: 3\n    at_least: 1\n",
        "6:5: claim 'q' gives both 'equals' and 'at_least'*",
        id="two-expectations",
    ),
    pytest.param(
        "claims:\n  - id: a\n    kind: quantty\n",
        "3:11: 'kind'*got 'quantty' (did you mean 'quantity'?)",
        id="kind",
    ),
    pytest.param(
        Q + "    equals: many\n", "5:13: 'equals'*must be a number*", id="value-type"
    ),
    pytest.param(
        Q + "    equals: 1e999\n",
        "5:13: 'equals'*must be a finite number*",
        id="infinite",
    ),
    pytest.param(
        Q + "    equals: 3\n    required: maybe\n",
        "6:15: 'required'*must be true or false*",
        id="bool",
    ),
    pytest.param(
        "claims: {id: a}\n", "1:9: 'claims' must be a list*", id="claims-mapping"
    ),
    pytest.param("claims:\n  -\n", "2:4: claim #1 must be a mapping*", id="null-claim"),
    pytest.param(
        Q + "    between: [12, 10]\n", "5:14: 'between'*is reversed*", id="reversed"
    ),
    pytest.param(
        Q + "    at_least: 12\n    at_most: 10\n",
        "6:5: claim 'q' is reversed*",
        id="reversed-bounds",
    ),
    pytest.param(
        Q + "    equals: 3\n    tolerance: -5%\n",
        "6:16: 'tolerance'*must not be negative*",
        id="negative-tolerance",
    ),
    pytest.param(
        Q + "    equals: 3\n    equals: 4\n",
        "6:5: duplicate key 'equals'*",
        id="duplicate-key",
    ),
    pytest.param(
        "claims:\n" + ENTITY + ENTITY,
        "3:6: duplicate claim id 'e' (first used at line 2)*",
        id="duplicate-id",
    ),
    *(
        pytest.param(
            f"claims:\n  - {{id: '{bad}', kind: entity, name: Lee}}\n",
            # "[[]" is fnmatch for a literal "["
            f"2:10: bad claim id '{bad.replace('[', '[[]')}'*",
            id=f"id-{label}",
        )
        for label, bad in [
            ("colons", "a::b"),
            ("brackets", "a[1]"),
            ("space", "a b"),
            ("slash", "a/b"),
            ("leading-dash", "-a"),
        ]
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['(ask']}\n",
        "2:41: invalid regular expression '(ask'*",
        id="regex",
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['a{e<=x}']}\n",
        "2:41: invalid regular expression*",
        id="regex-fuzzy",
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['(?a)(?u)x']}\n",
        "2:41: invalid regular expression*flags are mutually incompatible*",
        id="regex-clashing-flags",
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['"
        + "(" * 4_990
        + "a"
        + ")" * 4_990
        + "']}\n",
        "2:41: invalid regular expression '((((*... (9,983 characters)*"
        "groups nested too deeply*",
        id="regex-nested-deep",
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['" + "(a)" * 4_000 + "']}\n",
        "2:41: regular expression '(a)(a)*'... in * is 12,000 characters long"
        " (at most 10,000); write a shorter pattern",
        id="regex-too-long",
    ),
    pytest.param(
        "claims:\n  - {id: a, kind: statement, patterns: ['(?x)ran # why', x]}\n",
        "2:41: invalid regular expression*swallows what follows*line break*",
        id="regex-verbose-comment",
    ),
    pytest.param(
        Q + "    equals: yes\n",
        "5:13: 'equals'*must be a number, got yes (which YAML reads as true)*",
        id="yes-as-number",
    ),
    pytest.param(
        Q + "    equals: .nan\n",
        "5:13: 'equals'*must be a finite number, got nan*",
        id="nan",
    ),
    pytest.param(
        Q + "    equals: '" + "x" * 100_000 + "'\n",
        "5:13: 'equals'*must be a number, got 'xxx*... (100,002 characters); *",
        id="long-value-shown-short",
    ),
    pytest.param(
        "claims:\n  - id: q\n    kind: quantity\n    measure: $kiled\n    equals: 1\n",
        "4:14: unknown vocabulary '$kiled'*",
        id="vocabulary",
    ),
    pytest.param(
        "corpus: ../nowhere\nclaims:\n" + ENTITY,
        "1:9: corpus '../nowhere' does not exist*",
        id="corpus-missing",
    ),
    pytest.param(
        "corpus: ../articles/*.pdf\nclaims:\n" + ENTITY,
        "1:9: the corpus entry '../articles/*.pdf' holds no article*",
        id="corpus-glob-matches-nothing",
    ),
    pytest.param(
        "claims: !!python/name:os.system ''\n",
        "1:9: tag '!!python/name:os.system' is not allowed*",
        id="python-name",
    ),
    pytest.param(
        "claims: !include other.yaml\n",
        "1:9: tag '!include' is not allowed*",
        id="custom-tag",
    ),
    pytest.param(
        "a: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB + "claims: *g\n",
        "*: YAML expands to more than 100,000 nodes*",
        id="alias-bomb",
    ),
    pytest.param(
        "claims: " + "[" * 5000 + "]" * 5000 + "\n",
        "1:*: YAML nested more than 64 levels deep*",
        id="deep-flow",
    ),
    pytest.param(
        "claims:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200)),
        "64:*: YAML nested more than 64 levels deep*",
        id="deep-block",
    ),
    pytest.param(
        "claims: []\n---\nclaims: []\n", "2:1: invalid YAML*", id="two-documents"
    ),
    pytest.param(
        b"claims:\n  - id: caf\xe9\n", "2:12: file is not valid UTF-8*", id="latin-1"
    ),
    pytest.param(b"\x00\x01\x02claims", "1:1: character*", id="binary"),
]


def assert_clean(output: str) -> None:
    """No traceback and no frame of pytest or claimcheck in ``output``."""
    assert "Traceback" not in output
    assert "_pytest/" not in output
    assert not re.search(r"claimcheck/\w+\.py", output)


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project({"good.yaml": GOOD}, {"ok.txt": ARTICLE})


@pytest.mark.parametrize(("content", "message"), CASES)
def test_a_bad_assertion_file_is_one_clean_error(
    project: pytest.Pytester, content: str | bytes, message: str
) -> None:
    bad = project.path / "assertions" / "bad.yaml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    result = project.runpytest("assertions", "--continue-on-collection-errors")
    output = result.stdout.str()
    assert_clean(output)
    place = "assertions/bad.yaml" + ("" if message[0] in ":*" else ":")
    result.stdout.fnmatch_lines([place + message])
    # one message: the file's error shows once, in its collection error
    assert output.count("ERROR collecting assertions/bad.yaml") == 1
    # the other file still runs, and the run fails
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_a_bad_file_stops_the_run_before_any_check(project: pytest.Pytester) -> None:
    project.path.joinpath("assertions", "bad.yaml").write_text("claims: [\n")
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["assertions/bad.yaml:1:9: invalid YAML*"])
    assert_clean(result.stdout.str())


def test_object_tags_execute_nothing(project: pytest.Pytester) -> None:
    made = project.path / "made-by-yaml"
    project.path.joinpath("assertions", "bad.yaml").write_text(
        f"claims: !!python/object/apply:os.mkdir ['{made}']\n"
        f"vocabularies: !!python/object/new:os.system ['touch {made}']\n"
    )
    result = project.runpytest("assertions", "--continue-on-collection-errors")
    result.stdout.fnmatch_lines(
        ["assertions/bad.yaml:1:9: tag '!!python/object/apply:os.mkdir' is not*"]
    )
    assert not made.exists()
    result.assert_outcomes(passed=1, errors=1)
    assert_clean(result.stdout.str())


def test_a_claim_id_used_in_two_files_names_both(project: pytest.Pytester) -> None:
    project.path.joinpath("assertions", "other.yaml").write_text(
        "claims:\n"
        + GOOD.removeprefix("claims:\n").replace("equals: 45", "at_least: 1")
    )
    result = project.runpytest("assertions", "--continue-on-collection-errors")
    result.stdout.fnmatch_lines(
        [
            "assertions/other.yaml:2:5: claim id 'flood-dead' is also used at"
            " assertions/good.yaml:2:5; give each claim its own id"
        ]
    )
    result.assert_outcomes(passed=1, errors=1)
    assert_clean(result.stdout.str())


def test_the_same_file_named_twice_is_no_duplicate(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "assertions/good.yaml")
    result.assert_outcomes(passed=1)


@pytest.mark.slow
def test_cross_file_duplicates_hold_under_xdist(project: pytest.Pytester) -> None:
    project.path.joinpath("assertions", "other.yaml").write_text(GOOD)
    result = project.runpytest("assertions", "-n", "2")
    result.stdout.fnmatch_lines(["*claim id 'flood-dead' is also used at*"])
    assert result.ret != pytest.ExitCode.OK
    assert "Traceback" not in result.stdout.str()
