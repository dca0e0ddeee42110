"""The ``claimcheck suggest`` command, on the seeds and on a corpus of our own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from claimcheck.claims import QuantityClaim
from claimcheck.cli import main
from claimcheck.engine.articles import load_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import VerdictKind, match_claim
from claimcheck.suggest.command import article_paths
from claimcheck.suite.loader import load_assertion_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "suggest"
NK_TROOPS_AGREE = [
    "000_dd72d843b2731775",
    "001_84eaa1e42358b2b3",
    "002_0edfad8de7867511",
]
NK_TROOPS_DISAGREE = "004_b3f48628d776b88c"


def suggest(
    capsys: pytest.CaptureFixture[str], where: Path, *argv: str
) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(where)
        status = main(["suggest", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def claims_in(text: str) -> dict[str, dict[str, object]]:
    """The drafted claims by id, and the comment lines above each."""
    found: dict[str, dict[str, object]] = {}
    comments: list[str] = []
    for line in text.splitlines():
        if line.startswith("  #"):
            comments.append(line)
        elif line.startswith("  - id: "):
            found[line[8:]] = {"comments": comments}
            comments = []
    for claim in yaml.safe_load(text)["claims"]:
        found[claim["id"]].update(claim)
    return found


def section(comments: list[str], name: str) -> list[str]:
    """The comment lines listed under ``agree:`` or ``disagree:``."""
    lines: list[str] = []
    inside = False
    for line in comments:
        if line.strip() in ("# agree:", "# disagree:"):
            inside = line.strip() == f"# {name}:"
        elif inside:
            lines.append(line)
    return lines


def cited(lines: list[str]) -> set[str]:
    """The article files cited by comment lines (not the 'also' ones)."""
    return {
        Path(re.split(r":\d+:\d+:", line.split("#", 1)[1].strip())[0]).stem
        for line in lines
        if not line.strip().startswith("#     also")
    }


def test_seeds_suggest_the_casualties_and_the_troops(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = suggest(capsys, ROOT, "seeds")
    assert status == 0
    claims = claims_in(out)
    killed = claims["killed"]
    wounded = claims["wounded"]
    assert killed["equals"] == 300
    assert wounded["equals"] == 2700
    # every seed reports both casualty figures compatibly
    assert len(cited(section(killed["comments"], "agree"))) == 5  # type: ignore[arg-type]
    assert len(cited(section(wounded["comments"], "agree"))) == 5  # type: ignore[arg-type]
    troops = claims["deployed"]
    assert troops["between"] == [10000, 11000]
    comments: list[str] = troops["comments"]  # type: ignore[assignment]
    assert cited(section(comments, "agree")) == set(NK_TROOPS_AGREE)
    disagree = section(comments, "disagree")
    assert cited(disagree) == {NK_TROOPS_DISAGREE}
    # each listed with its place and quote
    (line,) = disagree
    assert f"seeds/{NK_TROOPS_DISAGREE}.txt:11:1: [More than 12,000]" in line
    assert "North Korean soldiers have been deployed" in line
    assert any("[Around 10,000]" in c and "troops" in c for c in comments)


def test_seeds_suggestion_loads_and_checks_as_it_says(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = suggest(capsys, ROOT, "seeds")
    verdicts = check(out, tmp_path, ROOT, "seeds")
    claims = claims_in(out)
    for claim_id, claim in claims.items():
        comments: list[str] = claim["comments"]  # type: ignore[assignment]
        for article in cited(section(comments, "agree")):
            assert verdicts[claim_id, article] is VerdictKind.SUPPORTED
        for article in cited(section(comments, "disagree")):
            assert verdicts[claim_id, article] is VerdictKind.CONTRADICTED


def check(
    text: str, tmp_path: Path, where: Path, corpus: str
) -> dict[tuple[str, str], VerdictKind]:
    """Save the suggestion as an assertion file and check it on the corpus."""
    path = tmp_path / "suggested.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    claims = [c for c in loaded.claims if isinstance(c, QuantityClaim)]
    assert len(claims) == len(loaded.claims) > 0
    lexicon = build_lexicon(c.measure for c in claims)
    verdicts = {}
    for file, _ in article_paths([str(where / corpus)]):
        index = index_article(load_article(file), lexicon)
        for claim in claims:
            verdicts[claim.id, file.stem] = match_claim(claim, index).kind
    return verdicts


def test_ferry_corpus_gives_the_expected_claims(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expected = yaml.safe_load((DATA / "ferry_expected.yaml").read_text())
    left_out = expected.pop("left_out")
    _, out, _ = suggest(capsys, DATA, "ferry")
    claims = claims_in(out)
    assert list(claims) == sorted(expected)
    for noun, letter in left_out.items():
        (line,) = [n for n, x in enumerate(out.splitlines()) if f'"{noun}"' in x]
        assert f"ferry/{letter}_" in out.splitlines()[line + 2]
    verdicts = check(out, tmp_path, DATA, "ferry")
    for claim_id, want in expected.items():
        claim = claims[claim_id]
        if "equals" in want:
            assert claim["equals"] == want["equals"]
        else:
            assert claim["between"] == pytest.approx(want["between"], abs=0.01)
        comments: list[str] = claim["comments"]  # type: ignore[assignment]
        agree = {name[0] for name in cited(section(comments, "agree"))}
        disagree = {name[0] for name in cited(section(comments, "disagree"))}
        assert agree == set(want["agree"])
        assert disagree == set(want["disagree"])
        for letter in agree:
            kind = next(
                v for (c, a), v in verdicts.items() if c == claim_id and a[0] == letter
            )
            assert kind is VerdictKind.SUPPORTED
        for letter in disagree:
            kind = next(
                v for (c, a), v in verdicts.items() if c == claim_id and a[0] == letter
            )
            assert kind is VerdictKind.CONTRADICTED


def test_claimed_facts_are_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    suite = tmp_path / "assertions"
    suite.mkdir()
    (suite / "ferry.yaml").write_text(
        "claims:\n"
        "  - id: dead\n"
        "    kind: quantity\n"
        "    measure: [killed, died, dead, death toll]\n"
        "    equals: 45\n"
        "  - id: on-board\n"
        "    kind: quantity\n"
        "    measure: [passengers]\n"
        "    equals: 170\n"
    )
    _, out, _ = suggest(capsys, DATA, "ferry", "--assertions", str(suite))
    assert sorted(claims_in(out)) == ["affected-km2", "missing", "rescued"]
    _, out, _ = suggest(capsys, ROOT, "seeds", "--assertions", "assertions")
    assert "claims:" not in out
    assert "No figure is reported by enough articles" in out


def test_json_lists_the_groups_without_infinity(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = suggest(capsys, ROOT, "seeds", "--json")
    assert status == 0
    data = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    groups = {g["id"]: g for g in data["groups"]}
    assert groups["killed"]["low"] == groups["killed"]["high"] == 300
    deployed = groups["deployed"]
    assert [f["path"] for f in deployed["disagreeing"]] == [
        f"seeds/{NK_TROOPS_DISAGREE}.txt"
    ]
    # "at least 11,000" is unbounded above: null, never Infinity
    assert any(f["high"] is None for f in deployed["agreeing"])


def test_output_is_deterministic_and_folders_equal_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, first, _ = suggest(capsys, DATA, "ferry")
    files = sorted(p.relative_to(DATA).as_posix() for p in (DATA / "ferry").iterdir())
    _, second, _ = suggest(capsys, DATA, *reversed(files))
    assert first.split("claims:")[1] == second.split("claims:")[1]


def test_one_article_is_enough_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = suggest(capsys, DATA, "ferry/d_evening_bulletin.txt")
    assert "claims:" not in out
    _, out, _ = suggest(
        capsys, DATA, "ferry/d_evening_bulletin.txt", "--min-articles", "1"
    )
    claims = claims_in(out)
    assert claims["killed"]["equals"] == 38
    assert claims["missing"]["equals"] == 20


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nowhere"], "nowhere: no such article file or folder"),
        (["ferry", "--min-articles", "0"], "--min-articles must be 1 or more"),
        (["ferry", "--assertions", "nowhere"], "nowhere: no such folder"),
    ],
)
def test_mistakes_get_one_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = suggest(capsys, DATA, *argv)
    assert status == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_the_saved_draft_runs_as_a_suite(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    for article in (DATA / "ferry").iterdir():
        target = pytester.path / "articles" / article.name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(article.read_bytes())
    pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n")
    _, out, _ = suggest(capsys, pytester.path, "articles")
    (pytester.path / "assertions").mkdir()
    (pytester.path / "assertions" / "ferry.yaml").write_text(out, encoding="utf-8")
    result = pytester.runpytest("assertions/ferry.yaml")
    # 5 claims x 5 articles: the four disagreeing pairs fail, the pairs of
    # articles that report no figure of a claim are missing (skipped)
    result.assert_outcomes(passed=13, failed=4, skipped=8)
    result.stdout.fnmatch_lines(
        [
            "FAILED assertions/ferry.yaml::killed[[]d_evening_bulletin[]]*",
            "FAILED assertions/ferry.yaml::missing[[]d_evening_bulletin[]]*",
            "FAILED assertions/ferry.yaml::passengers[[]d_evening_bulletin[]]*",
            "FAILED assertions/ferry.yaml::rescued[[]e_morning_post[]]*",
        ]
    )


def test_a_broken_assertion_file_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.yaml").write_text("claims:\n  - id: x\n    kind: quantity\n")
    status, out, err = suggest(capsys, DATA, "ferry", "--assertions", str(tmp_path))
    assert status == 2
    assert out == ""
    assert re.search(r"bad\.yaml:\d+:\d+: ", err)
    assert "Traceback" not in err
