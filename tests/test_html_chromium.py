"""The HTML report as a browser draws it: Debian's chromium, headless.

``.ci/run`` installs chromium when it is missing; where it cannot (no apt),
these tests skip and say so.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck.reports.html import (
    MATRIX_COLUMNS,
    MATRIX_ROWS,
    RESULTS_PAGE,
    render_html,
)
from claimcheck.reports.summary import run_metadata

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install chromium; .ci/run does it)",
)


def chromium(tmp_path: Path, page: Path, *args: str) -> str:
    """Run headless chromium on ``page`` offline; return what it prints."""
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


DIED_45 = """\
claims:
  - id: dead
    kind: quantity
    measure: [died]
    equals: 45
"""


@pytest.fixture
def seed_page(seed_project: pytest.Pytester) -> Path:
    """The seed suite's HTML report."""
    pytester = seed_project
    pytester.runpytest("assertions", "--claimcheck-report=report.html")
    return pytester.path / "report.html"


def _texts(dom: str, pattern: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(pattern, dom, re.S)]


def test_rendered_page_shows_the_matrix_and_highlighted_evidence(
    seed_page: Path, tmp_path: Path
) -> None:
    dom = chromium(tmp_path, seed_page, "--dump-dom")
    # 13 claims x 5 articles, one cell each; the three discrepancies marked
    assert len(re.findall(r"<td[ >]", dom)) == 65
    assert len(re.findall(r'<td class="st-contradicted"', dom)) == 3
    # in report order: assertion file, claim, article
    assert _texts(dom, r"<mark>(.*?)</mark>") == [
        "asked the pair if they wanted to return to South Korea",
        "Storm Corps",
        "More than 12,000",
    ]
    assert "Results (3)" in dom
    assert "seeds/004_b3f48628d776b88c.txt:11:1" in dom


def test_screenshot_of_the_seed_report(seed_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(
        tmp_path,
        seed_page,
        "--hide-scrollbars",
        "--window-size=1280,1500",
        f"--screenshot={shot}",
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000  # a drawn page, not a blank one


def test_markup_in_an_article_shows_as_text(
    make_project: Callable[..., pytest.Pytester], tmp_path: Path
) -> None:
    pytester = make_project({"x.yaml": DIED_45})
    pytester.path.joinpath("articles", "evil.txt").write_text(
        "<script>document.title='pwned'</script> More than 60 people died."
        " <img src=x onerror=\"document.title='pwned'\">\n"
    )
    pytester.runpytest("assertions", "--claimcheck-report=r.html")
    dom = chromium(tmp_path, pytester.path / "r.html", "--dump-dom")
    assert "pwned" not in _texts(dom, r"<title>(.*?)</title>")[0]
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "<img" not in dom


def _record(c: int, a: int) -> dict[str, Any]:
    verdict = "contradicted" if (c * 7 + a) % 11 == 0 else "supported"
    return {
        "claim": f"claim-{c:03d}",
        "description": "",
        "file": "assertions/x.yaml",
        "article": f"articles/{a:03d}.txt",
        "verdict": verdict,
        "required": False,
        "strict_failure": False,
        "evidence": [
            {
                "line": 1,
                "column": 1,
                "end_line": 1,
                "end_column": 3,
                "text": "12",
                "value": "12",
                "compatible": verdict == "supported",
                "reason": "r",
                "before": "",
                "after": " people.",
            }
        ],
        "candidates": [],
    }


def test_ten_thousand_results_draw_a_page_at_a_time(tmp_path: Path) -> None:
    records = [_record(c, a) for c in range(100) for a in range(100)]
    meta = run_metadata(records, rootdir="/r", created="now", version="0")
    page = tmp_path / "big.html"
    page.write_text(render_html(records, meta))
    dom = chromium(tmp_path, page, "--dump-dom")
    assert len(re.findall(r"<td[ >]", dom)) == MATRIX_ROWS * MATRIX_COLUMNS
    assert len(re.findall(r'<li class="result"', dom)) == RESULTS_PAGE
    discrepancies = sum(r["verdict"] == "contradicted" for r in records)
    assert f"Results ({discrepancies})" in dom
    assert f"show more ({discrepancies - RESULTS_PAGE} left)" in dom
    assert "claims 1–50 of 100" in dom and "articles 1–40 of 100" in dom
