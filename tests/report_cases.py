"""The six businesses of issue 13 whose reports are read side by side, as `-a` flags; and, run as a
script, the length of each one's text report (`python tests/report_cases.py`, the README's table)."""

from __future__ import annotations

import sys

CASES: dict[str, list[str]] = {
    "bakery with its own mini-program and stored-value cards": [
        "sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
        "channels=mini_program", "goods=other_food", "activities=prepaid_cards"],
    "marketplace charging merchants, mini-program and website, several provinces": [
        "sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes", "paid_content=no",
        "channels=mini_program,own_domain", "users_where=several_provinces"],
    "paid-course account": [
        "sells_own_goods=no", "third_party_sellers=no", "paid_content=yes",
        "content_kinds=education"],
    "majority-foreign marketplace outside the pilot": [
        "sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes", "paid_content=no",
        "foreign_equity=majority", "province=other"],
    "self-operated mall selling food and books": [
        "sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
        "goods=prepackaged_food,books_av"],
    "free marketplace run only in WeChat": [
        "sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=no", "paid_content=no",
        "channels=mini_program", "wechat_only=yes"],
}
MARKETPLACE = "marketplace charging merchants, mini-program and website, several provinces"


def flags(case: str) -> list[str]:
    return [arg for pair in CASES[case] for arg in ("-a", pair)]


def main() -> None:
    """A Markdown table: the default text report's lines at 100 columns, in en and zh."""
    from tests.conftest import run_cli

    print("| case | en | zh |\n|---|---:|---:|")
    for case in CASES:
        counts = [len(run_cli([*flags(case), "--no-input", "--lang", lang]).stdout.splitlines())
                  for lang in ("en", "zh")]
        print(f"| {case} | {counts[0]} | {counts[1]} |")


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    main()
