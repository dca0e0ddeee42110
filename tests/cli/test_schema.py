"""The JSON Schemas: generated from the loader's key tables, they accept what the
loader accepts (the docs' examples, the tests' suites) and reject what it
refuses."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from claimcheck.claims import ClaimKind
from claimcheck.cli import main
from claimcheck.cli.schema import SchemaName, schema
from claimcheck.cli.template import FILES
from claimcheck.errors import AssertionFileError
from claimcheck.reports.baseline import Baseline, Entry, render_baseline
from claimcheck.suite.claim_keys import COMMON_KEYS, KIND_KEYS
from claimcheck.suite.loader import FILE_KEYS, load_assertion_file
from claimcheck.suite.yamlsource import DEFAULT_KEYS, SHARED_KEYS
from tests import suites

ROOT = Path(__file__).resolve().parents[2]
_FENCE = re.compile(r"^```yaml\n(.*?)^```", re.M | re.S)


@functools.cache
def validator(name: SchemaName) -> jsonschema.Draft202012Validator:
    generated = schema(name)
    jsonschema.Draft202012Validator.check_schema(generated)
    return jsonschema.Draft202012Validator(generated)


def errors(name: SchemaName, data: Any) -> list[str]:
    return [e.message for e in validator(name).iter_errors(data)]


def kind_of(data: Any) -> SchemaName | None:
    """Which of claimcheck's files a YAML document is (None: another file)."""
    if not isinstance(data, dict):
        return None
    if "claims" in data:
        return "assertions"
    if "accepted" in data:
        return "baseline"
    if data and set(data) <= set(SHARED_KEYS):
        return "config"
    return None


def doc_examples() -> list[Any]:
    found = []
    for page in sorted([*ROOT.glob("docs/*.md"), ROOT / "README.md"]):
        for number, block in enumerate(_FENCE.findall(page.read_text()), 1):
            data = yaml.safe_load(block)
            if kind_of(data) is not None:
                found.append(pytest.param(data, id=f"{page.name}#{number}"))
    return found


def suite_examples() -> list[Any]:
    found = [
        pytest.param(yaml.safe_load(text), id=f"suites.{name}")
        for name, text in vars(suites).items()
        if isinstance(text, str) and text.startswith("claims:")
    ]
    for path in sorted((ROOT / "assertions").glob("*.yaml")):
        found.append(pytest.param(yaml.safe_load(path.read_text()), id=path.name))
    # the assertion files among the tests' data; the tables there hold
    # other keys (rows of expected verdicts)
    for path in sorted((ROOT / "tests").rglob("*.y*ml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if kind_of(data) is not None and set(data) <= set(FILE_KEYS):
            shown = path.relative_to(ROOT).as_posix()
            found.append(pytest.param(data, id=shown))
    found.append(
        pytest.param(yaml.safe_load(FILES["assertions/ferry.yaml"]), id="init")
    )
    return found


def test_the_docs_hold_examples_of_each_file() -> None:
    kinds = {kind_of(p.values[0]) for p in doc_examples()}
    assert kinds == {"assertions", "config", "baseline"}


@pytest.mark.parametrize("data", doc_examples() + suite_examples())
def test_every_example_is_valid(data: Any) -> None:
    name = kind_of(data)
    assert name is not None
    assert errors(name, data) == []


def test_every_key_of_the_loader_is_in_the_schema() -> None:
    generated = schema("assertions")
    assert set(generated["properties"]) == set(FILE_KEYS)
    assert set(schema("config")["properties"]) == set(SHARED_KEYS)
    claim = generated["$defs"]["claim"]
    for rule in claim["allOf"]:
        kind = ClaimKind(rule["if"]["properties"]["kind"]["const"])
        keys = rule["then"]["properties"]
        assert set(keys) == {*COMMON_KEYS, *KIND_KEYS[kind]}
        assert all(keys[k]["description"] for k in keys)
    assert set(generated["$defs"]["defaults"]["properties"]) == set(DEFAULT_KEYS)


GOOD_CLAIM = {"id": "dead", "kind": "quantity", "measure": ["killed"], "equals": 45}


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"equls": 45}, "claims/0"),  # a mistyped key
        ({"name": "Lee"}, "claims/0"),  # a key of another kind
        ({"kind": "quantiy"}, "claims/0/kind"),
        ({"required": "yes"}, "claims/0/required"),
        ({"between": [1]}, "claims/0/between"),
        ({"tolerance": "five"}, "claims/0/tolerance"),
        ({"marks": "not a mark"}, "claims/0/marks"),
        ({"id": "a::b"}, "claims/0/id"),
        ({"measure": [{"regx": "kill"}]}, "claims/0/measure"),
    ],
    ids=str,
)
def test_a_mistake_is_rejected_by_the_schema_and_the_loader(
    tmp_path: Path, change: dict[str, Any], path: str
) -> None:
    data = {"claims": [{**GOOD_CLAIM, **change}]}
    found = list(validator("assertions").iter_errors(data))
    assert found, "the schema accepts it"
    assert any("/".join(map(str, e.absolute_path)) == path for e in found)
    (tmp_path / "articles").mkdir()
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(AssertionFileError):
        load_assertion_file(
            tmp_path / "a.yaml", rootdir=tmp_path, default_corpus=["articles"]
        )


@pytest.mark.parametrize(
    "data",
    [
        {"claims": [GOOD_CLAIM], "vocabularies": {"bad name": ["x"]}},
        {"claims": [GOOD_CLAIM], "defaults": {"requird": True}},
        {"claims": [GOOD_CLAIM], "claim": "x"},
        {"claims": []},
        {"corpus": "articles"},
        {"claims": [{"id": "x", "kind": "statement"}]},
        {"claims": [{"id": "x", "kind": "entity"}]},
    ],
    ids=[
        "vocabulary-name",
        "default-key",
        "top-key",
        "no-claims",
        "claims-missing",
        "statement-without-phrases",
        "entity-without-name",
    ],
)
def test_a_file_level_mistake_is_rejected(data: dict[str, Any]) -> None:
    assert errors("assertions", data)


def test_claimcheck_yaml_holds_shared_settings_only() -> None:
    assert errors("config", {"corpus": "articles", "defaults": {"strict": True}}) == []
    assert errors("config", None) == []  # an empty file sets nothing
    assert errors("config", {"claims": [GOOD_CLAIM]})


def test_a_written_baseline_is_valid() -> None:
    entry = Entry(claim="c", article="a.txt", verdict="contradicted", fingerprint="f")
    written = yaml.safe_load(render_baseline(Baseline(path="b", entries=(entry,))))
    assert errors("baseline", written) == []
    written["accepted"][0]["notes"] = "typo"
    assert errors("baseline", written)


@pytest.mark.parametrize("name", ["assertions", "config", "baseline"])
def test_the_command_prints_the_schema(
    capsys: pytest.CaptureFixture[str], name: SchemaName
) -> None:
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == schema(name)


def test_assertions_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["required"] == ["claims"]
