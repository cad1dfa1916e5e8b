"""The one value formatter: answer values in words, for the report and the interview."""

from __future__ import annotations

import datetime as dt

import pytest

from icpcheck.cli.prompt import interview
from icpcheck.engine import Answer
from icpcheck.render.common import citation_text, value_text
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Question, Rulebook
from tests.rules_helpers import ARTICLE


@pytest.fixture(scope="module")
def article() -> Rulebook:
    return load_rulebook(str(ARTICLE))


def question(rb: Rulebook, qid: str) -> Question:
    q = rb.question(qid)
    assert q is not None
    return q


@pytest.mark.parametrize(("value", "lang", "words"), [
    (True, "en", "yes"), (False, "en", "no"), (True, "zh", "是"), (False, "zh", "否"),
    (None, "en", "(not applicable / not answered)"),
])
def test_yes_no_and_nothing(article: Rulebook, value: bool | None, lang: str, words: str) -> None:
    assert value_text(question(article, "paid_content"), value, lang) == words


def test_choices_are_named_with_their_labels_unless_already_on_screen(article: Rulebook) -> None:
    channels = question(article, "channels")
    both = ("own_domain", "saas_storefront")
    assert value_text(channels, both, "en") == (
        "own_domain (A website, Official Account H5 page or mini-program backend on a domain you own); "
        "saas_storefront (Only a shop page under a SaaS provider's own domain (no domain or "
        "mini-program of your own))")
    assert value_text(channels, both, "en", labels=False) == "own_domain; saas_storefront"
    assert value_text(None, "own_domain", "en") == "own_domain"  # a question the rulebook lacks


@pytest.mark.parametrize(("lang", "sep"), [("en", "; "), ("zh", "；")])
def test_the_report_and_the_interview_say_answers_in_the_same_words(article: Rulebook, lang: str, sep: str) -> None:
    from icpcheck.cli.prompt import words

    channels = question(article, "channels")
    both = ("own_domain", "saas_storefront")
    labels = [c.label.get(lang) for c in channels.choices if c.value in both]
    # Joined as the interview always did: labels hold commas and 、 themselves.
    assert words(channels, both, lang) == value_text(channels, both, lang, ids=False) == sep.join(labels)
    assert value_text(channels, both, lang) == sep.join(f"{v} ({label})" for v, label in zip(both, labels, strict=True))
    assert words(question(article, "paid_content"), True, lang) == value_text(None, True, lang)


@pytest.mark.parametrize(("lang", "hint"), [
    ("en", "yes/no [y/n] [default: no]"), ("zh", "是/否 [y/n] [默认：否]")])
def test_the_interview_shows_a_yes_no_default_in_words(lang: str, hint: str) -> None:
    rb = load_rulebook()  # the built-in rulebook: wechat_only is a yes/no question, no by default
    with_default = question(rb, "wechat_only")
    assert with_default.type == "yes_no" and with_default.default is False
    asked: dict[str, str] = {}
    shown = ""

    def say(text: str) -> None:
        nonlocal shown
        shown = text  # before a yes/no prompt, the (bold) question itself

    def ask(prompt: str) -> str:
        asked[shown] = prompt
        # Take the default where there is one, else yes or the first choice: any path will do;
        # Enter accepts the review of the answers at the end.
        if "[默认" in prompt or "[default" in prompt or "回车" in prompt or "Enter" in prompt:
            return ""
        return "y" if "[y/n]" in prompt else "1"

    # A marketplace, so that whether it runs only inside WeChat is asked.
    given = {q: Answer(q, True, "flag") for q in ("third_party_sellers", "charges_sellers")}
    interview(rb, given, dt.date(2026, 11, 28), lang, ask=ask, say=say)
    (prompt,) = [p for said, p in asked.items() if with_default.text.get(lang) in said]
    assert prompt == hint


def test_a_section_pair_is_said_in_each_language_and_a_plain_one_still_works() -> None:
    from icpcheck.rulebook.model import Citation, Source, Text

    law = Source("law", Text("《某办法》", "Some Measures"), notice="国务院令第1号",
                 kind=Text("2000-01-01公布", "issued 2000-01-01"), date=dt.date(2000, 1, 1))
    pair = Citation(law, (19,), Text("第1款", "para. 1"), confidence="law")
    assert citation_text(pair, "zh") == "《某办法》（国务院令第1号，2000-01-01公布）第19条第1款 [法律条文]"
    assert citation_text(pair, "en") == ("Some Measures (国务院令第1号, issued 2000-01-01), Art. 19, "
                                         "para. 1 [law]")
    plain = Citation(law, (), "B25", confidence="official")
    assert "B25" in citation_text(plain, "zh") and "section B25" in citation_text(plain, "en")
