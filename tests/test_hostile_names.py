"""File names holding a line break or another control character.

Printed, such a name splits a ``path:line:column`` line in two (an editor
jumps nowhere, a problem matcher misses it) and can forge a line of its own
(``::error ...`` that GitHub Actions obeys, a comment line ending early in a
drafted assertion file). Each is refused, or skipped with a note, naming
the file escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main
from tests.test_hostile_articles import ARTICLE, FLOOD, assert_clean

FORGED = "x\n::error file=README.md,line=1::forged.txt"
NAMES = [
    ("bad\nname.txt", "\n"),
    ("bad\rname.txt", "\r"),
    ("bad\x1b[2Jname.txt", "\x1b"),  # a terminal's "clear the screen"
    (FORGED, "\n"),
]


@pytest.mark.parametrize(("name", "char"), NAMES)
def test_an_article_named_with_a_line_break_stops_collection(
    make_project: Callable[..., pytest.Pytester], name: str, char: str
) -> None:
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": ARTICLE, name: ARTICLE})
    result = project.runpytest("assertions")
    assert result.ret == 2
    result.stdout.fnmatch_lines(
        [
            f"assertions/flood.yaml: article {'articles/' + name!r} has"
            f" {char!r} in its name, which would"
            " break every path:line:column line claimcheck prints about it;"
            " rename the file"
        ]
    )
    output = result.stdout.str()
    assert "::error file=README.md" not in output.replace(repr(FORGED)[1:-1], "")
    assert_clean(output)


def test_an_assertion_file_named_with_a_line_break_is_refused(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood\n.yaml": FLOOD}, {"ok.txt": ARTICLE})
    result = project.runpytest("assertions")
    assert result.ret == 2
    message = (
        "an assertion file 'assertions/flood\\n.yaml' has '\\n' in its name, which"
        " would break every path:line:column line claimcheck prints about it;"
        " rename the file"
    )
    result.stdout.fnmatch_lines([message])
    assert_clean(result.stdout.str())
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project.path)
        assert main(["check"]) == 1


@pytest.mark.parametrize(("name", "char"), [(n, c) for n, c in NAMES if "/" not in n])
def test_pytest_prints_such_an_assertion_file_escaped(
    make_project: Callable[..., pytest.Pytester], name: str, char: str
) -> None:
    # pytest's own lines ("ERROR collecting ...", the short summary) show the
    # node id: the character is written as its escape there too
    yaml_name = name.replace(".txt", ".yaml")
    project = make_project({yaml_name: FLOOD}, {"ok.txt": ARTICLE})
    result = project.runpytest("assertions", "-rE")
    assert result.ret == 2
    output = result.stdout.str()
    shown = "assertions/" + repr(yaml_name)[1:-1]
    result.stdout.fnmatch_lines([f"ERROR {shown}"])
    # every line pytest printed is whole: no raw character splits one or
    # forges one of its own (a line opening with "::error")
    assert not any(line.startswith("::") for line in output.splitlines())
    if char != "\n":
        assert char not in output
    assert_clean(output)


def test_suggest_skips_such_an_article_and_its_draft_stays_yaml(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    folder.joinpath("ok.txt").write_text(ARTICLE)
    folder.joinpath(FORGED).write_text(ARTICLE.replace("45", "50"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        assert main(["suggest", "--min-articles", "1", "articles"]) == 0
    out, err = capsys.readouterr()
    assert err.startswith(f"claimcheck: article {'articles/' + FORGED!r} has '\\n'")
    assert err.endswith("rename the file (skipped)\n")
    assert "::error" not in out
    [claim] = yaml.safe_load(out)["claims"]
    assert claim["equals"] == 45
    assert_clean(err)


def test_extract_refuses_such_an_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_text(ARTICLE)
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "bad\\nname.txt' has '\\n' in its name" in err
    assert_clean(err)


def test_a_claim_text_or_term_with_line_breaks_is_shown_on_one_line(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    claims = """\
claims:
  - id: flood-dead
    kind: quantity
    claim: "people killed\\n::error file=README.md::forged\\e[2J"
    measure: [killed]
    equals: 45
  - id: flood-term
    kind: quantity
    measure: ["killed\\n::error::term"]
    equals: 45
"""
    project = make_project(
        {"flood.yaml": claims}, {"bad.txt": ARTICLE.replace("45", "50")}
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["flood-dead (quantity): people killed ::error file=README.md::forged\\x1b[2J"]
    )
    output = result.stdout.str()
    assert not any(line.startswith("::") for line in output.splitlines())
    assert "\x1b" not in output
    assert_clean(output)
