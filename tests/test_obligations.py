"""What comes due (issue 25): dated holdings, the calendar in text, JSON and ICS, the time gate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import jsonschema
import pytest
import yaml

from icpcheck import checking, gate, obligations
from icpcheck.errors import AnswersError
from tests.conftest import run_cli, schema

ANSWERS = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": True}
HELD = {"icp_license": {"granted": "2024-05-10", "expires": "2029-05-09"}, "icp_filing": {"granted": "2024-03-01"}}


def write(tmp_path: Path, held: object, name: str = "mall.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"answers": ANSWERS, "held": held}, allow_unicode=True), "utf-8")
    return path


def calendar(path: Path, *extra: str, as_of: str = "2026-12-06") -> tuple[int, str]:
    result = run_cli(["calendar", "--answers", path, "--as-of", as_of, "--no-input", *extra])
    return result.exit_code, result.stdout


def by_key(data: dict[str, object]) -> dict[str, dict[str, object]]:
    return {o["key"]: o for o in data["obligations"]}  # type: ignore[attr-defined,index]


def test_text_json_and_ics_give_the_window_the_renewal_and_the_change_duty(tmp_path: Path) -> None:
    path = write(tmp_path, HELD)
    code, text = calendar(path, "--lang", "en")
    assert code == 0
    assert "2027-01-01 to 2027-03-31" in text and "by 2029-02-08" in text and "Report a change to the licence" in text
    assert "derived" not in text
    code, out = calendar(path, "--format", "json", "--lang", "en")
    data = json.loads(out)
    jsonschema.validate(data, schema("calendar"))
    items = by_key(data)
    report = items["icp_license/annual_report/2027"]
    assert (report["start"], report["due"], report["status"]) == ("2027-01-01", "2027-03-31", "upcoming")
    renewal = items["icp_license/renewal/2029-05-09"]
    assert renewal["due"] == "2029-02-08" and renewal["expires_derived"] is False
    assert items["icp_license/change_report/standing"]["status"] == "standing"
    assert all(o["citations"] for o in data["obligations"])
    code, ics = calendar(path, "--format", "ics", "--lang", "zh")
    cal = icalendar.Calendar.from_ical(ics)
    summaries = [str(c.get("summary")) for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    assert any("增值电信业务经营许可年报 (2027)" in s for s in summaries)
    assert any("申请ICP许可证续期" in s for s in summaries)
    assert any("报告许可证事项变更" in s for s in summaries)
    events = {str(e.get("summary")): e for e in cal.walk("VEVENT")}
    renewal_event = next(e for s, e in events.items() if "续期" in s)
    assert renewal_event.decoded("dtstart") == dt.date(2029, 2, 8)
    triggers = sorted(a.decoded("trigger") for a in renewal_event.walk("VALARM"))
    assert triggers == [dt.timedelta(days=-90), dt.timedelta(days=-30), dt.timedelta(days=-7)]


def test_without_expires_the_expiry_is_derived_and_said_to_be(tmp_path: Path) -> None:
    path = write(tmp_path, {"icp_license": {"granted": "2024-05-10"}, "icp_filing": None})
    code, text = calendar(path, "--lang", "en")
    assert "expires 2029-05-09, derived from the grant date and the validity" in text
    data = json.loads(calendar(path, "--format", "json")[1])
    renewal = by_key(data)["icp_license/renewal/2029-05-09"]
    assert renewal["expires_derived"] is True and renewal["due"] == "2029-02-08"
    assert "由取得日期和有效期推算" in calendar(path, "--lang", "zh")[1]


def test_ics_uids_are_stable_chinese_intact_and_folding_keeps_characters_whole(tmp_path: Path) -> None:
    path = write(tmp_path, HELD)
    first = calendar(path, "--format", "ics", "--lang", "zh")[1]
    again = calendar(path, "--format", "ics", "--lang", "zh", as_of="2026-12-20")[1]
    uids = [str(e.get("uid")) for e in icalendar.Calendar.from_ical(first).walk("VEVENT")]
    assert uids and uids == [str(e.get("uid")) for e in icalendar.Calendar.from_ical(again).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    out = tmp_path / "due.ics"
    assert calendar(path, "-o", str(out), "--lang", "zh")[0] == 0  # the format from the extension
    raw = out.read_bytes()
    assert raw.decode("utf-8") == first.replace("\n", "\r\n")
    assert b"\r\n" in raw
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a fold inside a character would leave half of it on each line
    description = next(str(e.get("description")) for e in icalendar.Calendar.from_ical(first).walk("VEVENT"))
    assert "逾期后果：" in description and "《电信业务经营许可管理办法》" in description


@pytest.mark.parametrize("command", ["calendar", "check"])
def test_fail_on_overdue_until_the_annual_report_is_done(tmp_path: Path, command: str) -> None:
    path = write(tmp_path, HELD)
    args = [command, "--answers", path, "--as-of", "2027-04-15", "--no-input", "--fail-on", "overdue"]
    assert run_cli(args).exit_code == 1
    done = {**HELD, "icp_license": {**HELD["icp_license"], "done": {"annual_report": "2027-03-20"}}}
    path = write(tmp_path, done)
    assert run_cli(args).exit_code == 0
    # due within 30 days: nothing at 2027-04-15 (the next is 2028); the 2027 window's last weeks, yes
    assert run_cli([*args[:4], "2027-03-10", "--no-input", "--fail-on", "due-within:30d"]).exit_code == 0
    path = write(tmp_path, HELD)
    assert run_cli([*args[:4], "2027-03-10", "--no-input", "--fail-on", "due-within:30d"]).exit_code == 1
    assert run_cli([*args[:4], "2027-03-10", "--no-input", "--fail-on", "overdue"]).exit_code == 0


def test_check_json_report_carries_the_obligations(tmp_path: Path) -> None:
    result = run_cli(["check", "--answers", write(tmp_path, HELD), "--as-of", "2027-04-15", "--no-input",
                      "--format", "json", "--fail-on", "overdue"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema("report"))
    assert data["gate"]["failing"] == ["icp_license/annual_report/2027"]
    assert by_key(data)["icp_license/annual_report/2027"]["status"] == "overdue"


def test_batch_lines_with_dated_holdings_report_their_obligations() -> None:
    line = json.dumps({"id": "a", "answers": ANSWERS, "held": HELD})
    plain = json.dumps({"id": "b", "answers": ANSWERS, "held": ["icp_license"]})
    result = run_cli(["check", "--batch", "-", "--as-of", "2027-04-15", "--fail-on", "overdue"],
                     input=f"{line}\n{plain}\n")
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert by_key(out[0])["icp_license/annual_report/2027"]["status"] == "overdue"
    assert out[0]["exit_code"] == 1
    # held without dates: the renewal cannot be dated; the yearly report still can, and is overdue
    assert by_key(out[1])["icp_license/renewal/standing"]["status"] == "standing"
    assert by_key(out[1])["icp_license/annual_report/2027"]["status"] == "overdue"
    assert out[1]["exit_code"] == 1


def test_held_mapping_round_trips_through_save_answers(tmp_path: Path) -> None:
    held = {**HELD, "icp_license": {**HELD["icp_license"], "number": "粤B2-20240001",
                                    "events": {"site_live": "2024-06-01"},
                                    "done": {"annual_report": ["2025-03-20", "2026-03-18"]}}}
    saved = tmp_path / "saved.yaml"
    result = run_cli(["check", "--answers", write(tmp_path, held), "--no-input", "--as-of", "2026-12-06",
                      "--fail-on", "none", "--save-answers", saved])
    assert result.exit_code == 0
    data = yaml.safe_load(saved.read_text("utf-8"))
    assert data["held"] == held
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema("answers"))
    again = tmp_path / "again.yaml"
    run_cli(["check", "--answers", saved, "--no-input", "--as-of", "2026-12-06", "--save-answers", again])
    assert yaml.safe_load(again.read_text("utf-8"))["held"] == held


def test_held_flag_takes_a_grant_date(tmp_path: Path) -> None:
    result = run_cli(["calendar", "--model", "self-operated", "--held", "icp_license:2024-05-10", "--no-input",
                      "--as-of", "2026-12-06", "--format", "json", "-a", "channels=own_domain"])
    assert result.exit_code == 0, result.stderr
    assert by_key(json.loads(result.stdout))["icp_license/renewal/2029-05-09"]["expires_derived"] is True
    bad = run_cli(["calendar", "--held", "icp_license:2024-99-01", "--no-input"])
    assert bad.exit_code == 2 and "is not a date" in bad.stderr


@pytest.mark.parametrize("held, message", [
    ({"icp_license": "2024"}, "should be a mapping"),
    ({"icp_license": {"granted": "soon"}}, "is not a date"),
    ({"icp_license": {"grantd": "2024-01-01"}}, "unknown key"),
    ({"icp_license": {"granted": "2024-01-01", "expires": "2023-01-01"}}, "is not after granted"),
    ({"no_such": None}, "is not a filing id"),
])
def test_bad_dated_holdings_are_answers_errors(held: object, message: str) -> None:
    with pytest.raises(AnswersError, match=message):
        gate.holdings_from_document({"held": held}, ["icp_license", "icp_filing"], name="f")


def test_after_held_standing_and_obtain_duties(rulebook: object) -> None:
    rb = checking.builtin_rulebook()
    statuses = {"icp_license": "required", "psb_filing": "required", "food_platform_filing": "required"}
    holdings = gate.holdings_from_document(
        {"held": {"icp_filing": {"granted": "2024-03-01", "events": {"site_live": "2026-11-01"}}}},
        [f.id for f in rb.filings], name="f")
    items = {i.key: i for i in obligations.items(rb, statuses, holdings, dt.date(2026, 12, 6))}
    assert items["icp_license/annual_report/after_held"].status == "after_held"
    live = items["psb_filing/file_after_live/2026-11-01"]  # 30 days from going live: overdue
    assert (live.due, live.status) == (dt.date(2026, 12, 1), "overdue")
    food = items["food_platform_filing/file_after_approval/2024-03-01"]  # 30 working days after the filing
    assert food.due == dt.date(2024, 4, 15) and food.status == "overdue" and food.estimated is False


def test_renewal_done_moves_on_to_the_next_term() -> None:
    rb = checking.builtin_rulebook()
    holdings = gate.holdings_from_document(
        {"held": {"icp_license": {"granted": "2024-05-10", "done": {"renewal": "2029-01-10"}}}},
        [f.id for f in rb.filings], name="f")
    items = {i.key: i for i in obligations.items(rb, {}, holdings, dt.date(2029, 3, 1))}
    assert items["icp_license/renewal/2029-05-09"].status == "done"
    assert items["icp_license/renewal/2034-05-09"].status == "upcoming"


def test_no_obligation_lives_in_python() -> None:
    source = (Path(obligations.__file__)).read_text("utf-8")
    for words in ("annual", "年报", "续期", "01-01", "03-31"):
        assert words not in source


def test_lint_fails_an_obligation_without_a_source_or_with_a_bad_trigger(tmp_path: Path) -> None:
    from icpcheck.authoring.lint import lint

    text = (Path(__file__).resolve().parent.parent / "rules" / "wechat-mall.yaml").read_text("utf-8")
    no_source = text.replace("""      citations:
        - {source: network_security_measures, articles: [12, 23], confidence: law}
  food_platform_filing:""", """  food_platform_filing:""")
    assert no_source != text
    path = tmp_path / "r.yaml"
    path.write_text(no_source, "utf-8")
    assert any("citations" in p.message for p in lint(str(path)).problems)
    bad = text.replace("      trigger: yearly\n", "      trigger: monthly\n", 1)
    path.write_text(bad, "utf-8")
    assert any("unknown trigger 'monthly'" in p.message for p in lint(str(path)).problems)


def test_a_needed_filing_with_a_duty_to_obtain_and_nothing_held() -> None:
    """The prepaid-card filing is needed and nothing is held: its duty is told in words."""
    result = run_cli(["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no",
                      "-a", "channels=mini_program", "-a", "goods=other_food", "-a", "activities=prepaid_cards",
                      "--no-input", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    items = by_key(json.loads(result.stdout))
    assert items["prepaid_card_filing/file_after_first_cards/standing"]["status"] == "standing"
