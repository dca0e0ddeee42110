"""run/coverage.py: the figures no claim checks, followed while indexes live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.reports.coverage import (
    ArticleCoverage,
    CoverageDigest,
    unchecked_families,
)
from claimcheck.reports.records import ResultRecord
from claimcheck.run.coverage import RunCoverage, article_coverage
from claimcheck.run.session import RunSession
from claimcheck.suite.loader import load_assertion_file

DATA = Path(__file__).resolve().parents[1] / "data" / "coverage" / "unchecked.yaml"
LABELLED: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _session(root: Path, claims: str, articles: dict[str, str]) -> RunSession:
    (root / "assertions").mkdir(exist_ok=True)
    (root / "assertions" / "suite.yaml").write_text(claims, encoding="utf-8")
    (root / "articles").mkdir(exist_ok=True)
    for name, text in articles.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
    return RunSession(rootdir=root, default_corpus=["articles"])


def _run(session: RunSession, file: Path) -> None:
    """Check every claim of ``file`` on its articles, as pair items would."""
    _checked(session, file)


def _unchecked(part: ArticleCoverage) -> list[list[str]]:
    return [[f["text"], f["measure"]] for f in part["unchecked"]]


@pytest.mark.parametrize(
    "case", LABELLED["cases"], ids=[c["name"] for c in LABELLED["cases"]]
)
def test_labelled_unchecked_figures(tmp_path: Path, case: dict[str, Any]) -> None:
    session = _session(tmp_path, LABELLED["claims"], {"a.txt": case["text"] + "\n"})
    _run(session, tmp_path / "assertions" / "suite.yaml")
    [part] = session.coverage.take()
    assert _unchecked(part) == case["unchecked"]
    assert part["figures"] >= len(case["unchecked"])


def test_a_figure_records_its_place_and_its_sentence(tmp_path: Path) -> None:
    text = (
        "The river rose overnight.\n"
        "Police said 40 people were arrested at the bridge.\n"
    )
    session = _session(tmp_path, LABELLED["claims"], {"a.txt": text})
    _run(session, tmp_path / "assertions" / "suite.yaml")
    [part] = session.coverage.take()
    assert part == {
        "article": "articles/a.txt",
        "figures": 1,
        "unchecked": [
            {
                "line": 2,
                "column": 13,
                "text": "40",
                "measure": "arrested",
                "quote": "Police said 40 people were arrested at the bridge.",
            }
        ],
    }


def test_the_summary_is_kept_after_the_last_item_and_the_index_is_gone(
    tmp_path: Path,
) -> None:
    session = _session(
        tmp_path,
        LABELLED["claims"],
        {"a.txt": "Police detained 40 protesters.\n", "b.txt": "45 people died.\n"},
    )
    _run(session, tmp_path / "assertions" / "suite.yaml")
    assert session.indexes.held == 0
    parts = {p["article"]: p for p in session.coverage.take()}
    assert _unchecked(parts["articles/a.txt"]) == [["40", "detained"]]
    assert _unchecked(parts["articles/b.txt"]) == []
    assert session.coverage.take() == []


def test_only_the_claims_run_on_an_article_check_its_figures(tmp_path: Path) -> None:
    # the arrests are claimed by a file whose corpus holds only b.txt
    session = _session(
        tmp_path,
        LABELLED["claims"],
        {
            "a.txt": "Police arrested 40 protesters.\n",
            "b.txt": "Police arrested 40 protesters.\n",
        },
    )
    (tmp_path / "assertions" / "arrests.yaml").write_text(
        "corpus: ../articles/b.txt\n"
        "claims:\n"
        "  - id: arrests\n"
        "    kind: quantity\n"
        "    measure: [arrested]\n"
        "    equals: 40\n",
        encoding="utf-8",
    )
    _run(session, tmp_path / "assertions" / "suite.yaml")
    _run(session, tmp_path / "assertions" / "arrests.yaml")
    report = session.coverage.report(session.results.records)
    assert report is not None
    by_article = {a["article"]: _unchecked(a) for a in report["articles"]}
    assert by_article == {
        "articles/a.txt": [["40", "arrested"]],
        "articles/b.txt": [],
    }


def test_a_figure_in_a_unit_the_claim_cannot_read_is_unchecked(
    tmp_path: Path,
) -> None:
    # another claim of the suite counts what is burned, so counts bind to
    # 'burned'; the claim run here reads hectares only
    text = "The fire burned 300 hectares of wheat and 12 houses.\n"
    article = parse_article(text, path="a.txt")
    loaded = load_assertion_file(
        _claims_file(tmp_path), rootdir=tmp_path, default_corpus=["."]
    )
    [hectares] = [c for c in loaded.claims if c.id == "burned"]
    assert isinstance(hectares, QuantityClaim)
    lexicon = build_lexicon([(hectares.measure, "ha"), (hectares.measure, None)])
    part = article_coverage(index_article(article, lexicon), [hectares])
    assert part["figures"] == 2
    assert _unchecked(part) == [["12", "burned"]]


def _claims_file(root: Path) -> Path:
    path = root / "claims.yaml"
    path.write_text(LABELLED["claims"], encoding="utf-8")
    return path


def test_coverage_off_follows_nothing(tmp_path: Path) -> None:
    coverage = RunCoverage(enabled=False)
    session = _session(tmp_path, LABELLED["claims"], {"a.txt": "Police arrested 40.\n"})
    session.coverage = coverage
    _run(session, tmp_path / "assertions" / "suite.yaml")
    assert coverage.take() == []
    assert coverage.report([]) is None


def _checked(session: RunSession, file: Path) -> list[ResultRecord]:
    """:func:`_run`, keeping each pair's record."""
    loaded = session.load_file(file)
    articles = session.articles_for(loaded)
    for path in articles:
        for _ in loaded.claims:
            session.expect(path)
    records = []
    for path in articles:
        for claim in loaded.claims:
            checked = session.check(claim, path, assertion_file=loaded.path)
            records.append(checked.record)
            session.done(path)
    return records


def test_the_digest_walks_the_summaries_on_disk_to_the_reports_totals(
    tmp_path: Path,
) -> None:
    articles = {
        "a.txt": "Police detained 40 protesters.\n",
        "b.txt": "45 people died. Police arrested 12 looters and detained 9.\n",
        "c.txt": "The river rose overnight.\n",
    }
    digests: list[CoverageDigest | None] = []
    for name, whole in (("one", False), ("two", True)):
        (tmp_path / name).mkdir()
        session = _session(tmp_path / name, LABELLED["claims"], articles)
        records = _checked(session, tmp_path / name / "assertions" / "suite.yaml")
        if whole:
            report = session.coverage.report(records)
            assert report is not None
            digests.append(
                {
                    "totals": report["totals"],
                    "claims": report["claims"],
                    "families": unchecked_families(report),
                }
            )
        else:
            digests.append(session.coverage.digest(records))
    assert digests[0] == digests[1]
    assert digests[0] is not None
    assert digests[0]["totals"]["unchecked"] == 2
    assert digests[0]["families"] == [("arrested", 2)]


def test_parts_from_other_processes_are_merged_before_the_digest() -> None:
    def part(*unchecked: int) -> ArticleCoverage:
        return {
            "article": "a.txt",
            "figures": 2,
            "unchecked": [
                {"line": 1, "column": c, "text": "4", "measure": "dead", "quote": "q"}
                for c in unchecked
            ],
        }

    coverage = RunCoverage()
    # two workers each checked some claims of a.txt: a figure stays
    # unchecked only when neither checked it
    coverage.gather([part(1, 9)])
    coverage.gather([part(9)])
    digest = coverage.digest([])
    assert digest is not None
    assert digest["totals"]["figures"] == 2
    assert digest["totals"]["unchecked"] == 1
    assert digest["families"] == [("killed", 1)]
