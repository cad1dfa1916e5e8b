"""The JSON API over real HTTP (uvicorn on loopback): reports valid against the published schema,
errors as JSON with a stable code and status, the size limits, the OpenAPI description."""

from __future__ import annotations

import json
from typing import Any

import pytest

from icpcheck import schemas
from tests.conftest import run_cli, validate

PLATFORM = {"sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True, "paid_content": False}


def test_check_returns_a_schema_valid_report_with_assumed_and_gate(client: Any, tmp_path: Any) -> None:
    r = client.post("/api/v1/check?lang=en", json=PLATFORM)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    report = r.json()
    validate("report", report)
    assert "foreign_equity" in report["assumed"] and report["gate"]["fail_on"] is None
    # The same report as the CLI gives for the same document (but for the tool's run-time fields).
    doc = tmp_path / "a.json"
    doc.write_text(json.dumps(PLATFORM))
    cli = json.loads(run_cli(["check", "--answers", doc, "--no-input", "--format", "json", "--lang", "en"]).stdout)
    for key in ("filings", "summary", "gate", "plan", "blockers", "assumed"):
        assert report[key] == cli[key], key
    assert [a["id"] for a in report["answers"]] == [a["id"] for a in cli["answers"]]


def test_held_turns_the_gate_on_and_a_failed_gate_is_data(client: Any) -> None:
    r = client.post("/api/v1/check", json={"answers": PLATFORM, "held": ["icp_filing"]})
    assert r.status_code == 200
    report = r.json()
    validate("report", report)
    assert report["gate"]["fail_on"] == "required" and report["gate"]["passed"] is False
    assert "icp_license" in report["gate"]["failing"] and report["exit_code"] == 1


def test_missing_answers_are_422_naming_the_keys(client: Any) -> None:
    r = client.post("/api/v1/check?lang=en", json={"sells_own_goods": False})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "missing_answers" and err["status"] == 422
    assert set(err["missing"]) == {"third_party_sellers", "charges_sellers", "paid_content"}
    assert err["maybe"] == ["charges_sellers"] and "third_party_sellers" in err["message"]


def test_strict_names_the_assumed_answers(client: Any) -> None:
    r = client.post("/api/v1/check?strict=true", json=PLATFORM)
    assert r.status_code == 422 and r.json()["error"]["code"] == "assumed_answers"
    assert "foreign_equity" in r.json()["error"]["assumed"]


@pytest.mark.parametrize(("body", "code"), [
    (b"{not json", "invalid_json"),
    (b"", "invalid_json"),
    (b'{"a": 1, "a": 2}', "invalid_json"),
    (b'{"sells_own_goods": "perhaps"}', "invalid_answers"),
    (b'{"no_such_question": true}', "invalid_answers"),
    (b'[1, 2]', "invalid_answers"),
    (b'{"answers": {"sells_own_goods": true}, "held": ["no_such_filing"]}', "invalid_answers"),
])
def test_bad_input_is_400_with_a_code(client: Any, body: bytes, code: str) -> None:
    r = client.post("/api/v1/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"]


@pytest.mark.parametrize("query", ["lang=fr", "as_of=yesterday", "fail_on=sometimes", "strict=maybe"])
def test_bad_parameters_are_400(client: Any, query: str) -> None:
    r = client.post(f"/api/v1/check?{query}", json=PLATFORM)
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_parameter"


def test_a_10_mb_body_is_413(client: Any) -> None:
    big = b'{"x": "' + b"a" * (10 * 1024 * 1024) + b'"}'
    r = client.post("/api/v1/check", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_a_chunked_body_over_the_cap_is_413_too(client: Any) -> None:
    def chunks() -> Any:  # no Content-Length: the app counts what it reads
        for _ in range(3):
            yield b" " * 512 * 1024

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_questions_schemas_openapi(client: Any) -> None:
    q = client.get("/api/v1/questions?lang=en")
    validate("questions", q.json())
    assert client.get("/api/v1/schemas").json()["schemas"] == schemas.names()
    for name in schemas.names():
        assert client.get(f"/api/v1/schemas/{name}").json() == schemas.load(name)
    missing = client.get("/api/v1/schemas/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "no_such_schema"
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1") and "/api/v1/check" in spec["paths"]
    assert client.get("/api/v1/filings/icp_license").json()["filing"]["id"] == "icp_license"
    assert client.get("/api/v1/filings/nope").status_code == 404


def test_errors_fit_the_openapi_error_schema(client: Any) -> None:
    import jsonschema

    spec = client.get("/api/v1/openapi.json").json()
    error_schema = spec["components"]["schemas"]["Error"]
    for r in (client.post("/api/v1/check", json={}), client.post("/api/v1/check", content=b"{"),
              client.get("/api/v1/nowhere"), client.get("/api/v1/check"),
              client.post("/api/v1/check", content=b"x" * (2 * 1024 * 1024))):
        assert r.status_code in (400, 404, 405, 413, 422)
        jsonschema.validate(r.json(), error_schema)
