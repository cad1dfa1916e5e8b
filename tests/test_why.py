"""icpcheck.why: which filings a question's answer can still change, checked by trying its answers
through `check`'s answers pipeline."""

from __future__ import annotations

import datetime as dt

from icpcheck.rulebook.model import Rulebook
from icpcheck.why import outcomes, why

DATE = dt.date(2026, 12, 1)


def test_the_fees_question_changes_the_edi_licence(rulebook: Rulebook) -> None:
    q = rulebook.question("charges_sellers")
    assert q is not None
    got = why(rulebook, {"sells_own_goods": False, "third_party_sellers": True}, q, DATE)
    assert [f.id for f in got.changes] == ["edi_license"]
    assert [f.id for f in got.later] == ["icp_license"]
    assert got.help == q.help
    assert "EDI" in got.text("en") and "EDI许可证" in got.text("zh")


def test_each_answer_tried_gives_what_the_engine_settles(rulebook: Rulebook) -> None:
    base = {"sells_own_goods": False, "third_party_sellers": True}
    yes = outcomes(rulebook, {**base, "charges_sellers": True}, DATE)
    no = outcomes(rulebook, {**base, "charges_sellers": False}, DATE)
    # Charging merchants: the EDI licence still hangs on later answers (run only inside WeChat?);
    # charging nothing settles it at review whatever comes.
    assert yes["edi_license"] is None and no["edi_license"] == "review"
    assert yes["icp_license"] is None
    assert yes["food_license"] == no["food_license"] == "not_required"


def test_a_question_that_does_not_apply_changes_nothing(rulebook: Rulebook) -> None:
    q = rulebook.question("charges_sellers")
    assert q is not None
    # Nobody else sells in the mall: the fees question does not apply, its answer would be dropped.
    values = {"sells_own_goods": True, "third_party_sellers": False}
    got = why(rulebook, values, q, DATE)
    assert got.changes == () and got.later == ()
    assert "changes no filing" in got.text("en")
