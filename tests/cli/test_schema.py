"""`icpcheck schema NAME` and the rulebook schema itself; every report names the exact rulebook."""

from __future__ import annotations

import json

import jsonschema
import pytest

from icpcheck import schemas
from icpcheck.rulebook.build import load_rulebook
from tests.rules_helpers import DEFAULT_RULEBOOK, run


def test_schema_rulebook_prints_the_shipped_file() -> None:
    result = run("schema", "rulebook")
    assert result.exit_code == 0
    assert result.stdout == schemas.path("rulebook").read_text(encoding="utf-8")  # type: ignore[union-attr]
    data = json.loads(result.stdout)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(data)


def test_unknown_schema_lists_the_available_ones() -> None:
    result = run("schema", "nope")
    assert result.exit_code == 2
    assert "no schema named 'nope'" in result.stderr
    assert "rulebook" in result.stderr
    assert "Available: " in run("schema", "--help").stdout
    assert result.stdout == ""


def test_the_command_serves_any_schema_dropped_in_the_folder(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "report.schema.json").write_text('{"title": "r"}\n', encoding="utf-8")
    monkeypatch.setattr(schemas, "HERE", tmp_path)
    assert run("schema", "report").stdout == '{"title": "r"}\n'
    assert "report" in run("schema", "--help").stdout


def test_the_schema_knows_every_key_the_loader_reads() -> None:
    props = schemas.load("rulebook")["properties"]
    assert set(props) == {"id", "version", "checked", "title", "notice", "sources", "questions",
                          "models", "filings", "rules", "advice", "layers", "conflicts",
                          "conditions", "procedures", "bottom_line", "obligations", "validity"}
    from icpcheck.rulebook.build import WHAT_IT_TAKES

    assert set(WHAT_IT_TAKES) <= set(props)
    obligation = props["obligations"]["additionalProperties"]["items"]["properties"]
    assert set(obligation) == {"id", "trigger", "title", "when", "consequence", "citations", "offset", "window",
                               "event", "of", "obtain"}
    validity = props["validity"]["additionalProperties"]["properties"]
    assert set(validity) == {"term", "renew_before", "title", "when", "consequence", "citations"}
    conflict = props["conflicts"]["items"]["properties"]
    assert set(conflict) == {"id", "when", "text", "citations"}
    choice = schemas.load("rulebook")["$defs"]["question"]["properties"]["choices"]["items"]["properties"]
    assert set(choice) == {"value", "label", "exclusive"}
    rule = schemas.load("rulebook")["$defs"]["rule"]["properties"]
    assert set(rule) == {"id", "when", "overrides", "valid_from", "valid_to", "sets"}
    effect = schemas.load("rulebook")["$defs"]["effect"]["properties"]
    assert set(effect) == {"filing", "status", "reason", "settle", "citations", "layer", "blocker"}
    advice = props["advice"]["items"]["properties"]
    assert set(advice) == {"id", "kind", "filings", "text", "citations", "when"}


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_every_report_names_rulebook_id_version_sha256_and_date(fmt: str) -> None:
    rb = load_rulebook()
    result = run("check", "--model", "platform", "--format", fmt, "--lang", "en",
                 "--as-of", "2024-05-01", "--no-input")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert rb.id in out and rb.version in out and "2024-05-01" in out
    assert len(rb.sha256) == 64
    assert rb.sha256[:12] in out
    if fmt == "json":
        data = json.loads(out)
        assert data["rulebook"]["sha256"] == rb.sha256
        assert data["as_of"] == "2024-05-01"


def test_the_sha256_follows_the_rulebooks_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    copy = tmp_path / "copy.yaml"
    copy.write_bytes(DEFAULT_RULEBOOK.read_bytes() + b"\n# changed\n")
    result = run("check", "--rules", copy, "--model", "platform", "--format", "json", "--no-input")
    assert json.loads(result.stdout)["rulebook"]["sha256"] == hashlib.sha256(
        copy.read_bytes()).hexdigest()
