"""The pytest plugin, end to end through pytester."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import DAM_NAMED, FLOOD_DEAD

FLOOD = FLOOD_DEAD + DAM_NAMED

ARTICLE_OK = """\
Heavy rain swept the valley on Sunday.
Officials said 45 people were killed when the river burst its banks near the Kariba Dam.
"""

ARTICLE_BAD = """\
Heavy rain swept the valley on Sunday.
Rescue teams worked through the night.
More than 60 people died in the floods, the mayor said.
"""


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project(
        {"flood.yaml": FLOOD}, {"ok.txt": ARTICLE_OK, "bad.txt": ARTICLE_BAD}
    )


def test_one_item_per_claim_and_article(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q", "assertions")
    ids = {line for line in result.outlines if "::" in line}
    assert ids == {
        "assertions/flood.yaml::flood-dead[bad]",
        "assertions/flood.yaml::flood-dead[ok]",
        "assertions/flood.yaml::dam-named[bad]",
        "assertions/flood.yaml::dam-named[ok]",
    }


def test_outcomes_follow_the_verdicts(project: pytest.Pytester) -> None:
    result = project.runpytest("-rs", "assertions")
    # supported: flood-dead[ok], dam-named[ok]; contradicted: flood-dead[bad];
    # missing: dam-named[bad]
    result.assert_outcomes(passed=2, failed=1, skipped=1)
    # the skip is shown at the article, where the fact is missing
    result.stdout.fnmatch_lines(
        ["SKIPPED [1] articles/bad.txt:1: dam-named: not stated in articles/bad.txt"]
    )


def test_failure_quotes_the_article_with_its_location(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(
        [
            "flood-dead (quantity): people killed by the flood",
            "contradicted by articles/bad.txt",
            "*3 More than 60 people died in the floods, the mayor said.",
            "*^^^^^^^^^^^^",
            "articles/bad.txt:3:1: flood-dead contradicted: 'More than 60'*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_run_ends_with_a_discrepancy_list(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck =*",
            "2 claims x 2 articles: 2 supported, 1 contradicted, 1 missing",
            "discrepancies (1):",
            "articles/bad.txt:3:1: flood-dead contradicted: 'More than 60'*",
        ]
    )


def test_required_claim_fails_when_missing(project: pytest.Pytester) -> None:
    project.path.joinpath("assertions", "flood.yaml").write_text(
        FLOOD + "    required: true\n"
    )
    result = project.runpytest("assertions", "-k", "dam-named")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "missing in articles/bad.txt",
            "*dam-named missing: the article does not state it",
        ]
    )


def test_missing_shows_the_nearest_sentences(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "near.txt").write_text(
        "The flood hit at dawn.\nMany people were killed in the flood, police said.\n"
    )
    project.path.joinpath("assertions", "flood.yaml").write_text(
        FLOOD.replace("    equals: 45\n", "    equals: 45\n    required: true\n")
    )
    result = project.runpytest("assertions", "-k", "flood-dead and near")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "nearest sentences:",
            "  2:1: Many people were killed in the flood, police said.",
        ]
    )


def test_article_path_arguments_narrow_the_corpus(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "articles/ok.txt", "-v")
    result.assert_outcomes(passed=2)
    assert "[bad]" not in result.stdout.str()


def test_reportinfo_points_at_the_article(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "--junitxml=junit.xml")
    xml = project.path.joinpath("junit.xml").read_text()
    assert 'name="claim" value="flood-dead"' in xml
    assert 'name="verdict" value="contradicted"' in xml
    assert "claimcheck_result" not in xml


def test_json_holds_every_verdict(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "--claimcheck-json=out/verdicts.json")
    data = json.loads(project.path.joinpath("out", "verdicts.json").read_text())
    by_key = {(r["claim"], r["article"]): r for r in data["results"]}
    assert {k: r["verdict"] for k, r in by_key.items()} == {
        ("dam-named", "articles/bad.txt"): "missing",
        ("dam-named", "articles/ok.txt"): "supported",
        ("flood-dead", "articles/bad.txt"): "contradicted",
        ("flood-dead", "articles/ok.txt"): "supported",
    }
    bad = by_key[("flood-dead", "articles/bad.txt")]
    assert bad["file"] == "assertions/flood.yaml"
    [evidence] = bad["evidence"]
    assert (evidence["line"], evidence["column"], evidence["text"]) == (
        3,
        1,
        "More than 60",
    )
    assert evidence["compatible"] is False


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "claims:\n  - id: x\n    kind: quantity\n    measure: [killed]\n"
            "    equals: 3\n    betwen: [1, 2]\n",
            "assertions/broken.yaml:6:5: unknown key 'betwen'*did you mean 'between'*",
        ),
        ("claims: [\n", "assertions/broken.yaml:1:9: *never closed*"),
        (
            "claims:\n  - id: x\n    kind: statement\n    patterns: ['(ask']\n",
            "assertions/broken.yaml:4:*invalid regular expression*",
        ),
        (
            "claims:\n  - id: x\n    kind: quantity\n    measure: $kiled\n"
            "    equals: 1\nvocabularies:\n  killed: [killed]\n",
            "assertions/broken.yaml:4:*'$kiled'*did you mean*",
        ),
    ],
)
def test_a_broken_assertion_file_is_one_clean_error(
    project: pytest.Pytester, content: str, message: str
) -> None:
    project.path.joinpath("assertions", "broken.yaml").write_text(content)
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines([message])
    assert "Traceback" not in result.stdout.str()
    result.assert_outcomes(errors=1)
    # the other file still collects, and runs when asked to go on
    result = project.runpytest("assertions", "--continue-on-collection-errors")
    result.assert_outcomes(passed=2, failed=1, skipped=1, errors=1)


def test_an_unreadable_article_is_one_clean_error(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "blob.txt").write_bytes(b"\x00\x01binary\x00")
    result = project.runpytest("assertions", "-k", "blob")
    result.stdout.fnmatch_lines(["*articles/blob.txt: binary file, not an article*"])
    assert "Traceback" not in result.stdout.str()


def test_the_claimcheck_section_is_coloured_when_pytest_colours(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("assertions", "--color=yes")
    text = result.stdout.str()
    section = text[text.index("claimcheck =") :]
    red, green = "\x1b[31m", "\x1b[32m"
    # the discrepancy line in red; matrix cells and legend in their colours
    assert f"{red}articles/bad.txt:3:1: flood-dead contradicted:" in section
    assert f"{red}F\x1b[0m contradicted" in section
    assert f"{green}.\x1b[0m supported" in section


def test_the_claimcheck_section_is_plain_without_colour(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("assertions", "--color=no")
    assert "\x1b[" not in result.stdout.str()
    result.stdout.fnmatch_lines(["discrepancies (1):", "articles/bad.txt:3:1: *"])


def test_a_folder_given_becomes_the_corpus_when_the_configured_one_is_absent(
    project: pytest.Pytester,
) -> None:
    project.makeini("[pytest]\n")  # the default corpus, seeds/, does not exist
    result = project.runpytest("assertions", "articles")
    result.assert_outcomes(passed=2, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "claimcheck: corpus 'seeds' does not exist; using articles given on"
            " the command line (set claimcheck_corpus to make it the default)"
        ]
    )
    result.stdout.fnmatch_lines(["articles/bad.txt:3:1: flood-dead contradicted*"])


def test_without_a_folder_an_absent_corpus_is_still_an_error(
    project: pytest.Pytester,
) -> None:
    project.makeini("[pytest]\n")
    result = project.runpytest("assertions")
    assert "corpus 'seeds'" in result.stdout.str() + result.stderr.str()
    assert result.ret != 0


def test_an_existing_corpus_needs_no_note(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "articles")
    result.assert_outcomes(passed=2, failed=1, skipped=1)
    assert "does not exist" not in result.stdout.str()
