"""Words shared by the view, JSON and the CLI: citations, answer values, status counts."""

from __future__ import annotations

from collections.abc import Sequence

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.rulebook.model import STATUSES, Citation, Question, Text, Value

# Each citation worded once per process and language: a report cites the same few dozen sources
# a hundred times and more. Keyed by the record's identity (records are immutable), holding it.
_WORDED: dict[tuple[int, str], tuple[Citation, str]] = {}


def citation_text(c: Citation, lang: str) -> str:
    """e.g. 《互联网信息服务管理办法》（国务院令第292号）第3、4条 [法律条文]."""
    worded = _WORDED.get((id(c), lang))
    if worded is not None and worded[0] is c:
        return worded[1]
    text = _citation_text(c, lang)
    if len(_WORDED) < 100_000:  # a bound, for a server that loads many rulebooks
        _WORDED[(id(c), lang)] = (c, text)
    return text


def _citation_text(c: Citation, lang: str) -> str:
    title = c.source.title.get(lang)
    # The decree number, what the source is, its date: each only once (a kind often names the
    # date already, a title its edition).
    extra: list[str] = []
    for x in (c.source.notice, c.source.kind.get(lang) if c.source.kind else None,
              c.source.date.isoformat() if c.source.date else None):
        if x and not any(x in y for y in (title, *extra)):
            extra.append(x)
    if extra:
        title += f"（{'，'.join(extra)}）" if lang == "zh" else f" ({', '.join(extra)})"
    parts = [title]
    if c.articles:
        n = t("articles.sep", lang).join(str(a) for a in c.articles)
        parts.append(t("articles.one" if len(c.articles) == 1 else "articles.many", lang, n=n))
    if isinstance(c.section, Text):  # said in each language as it is: 第1项 / item 1
        parts.append(c.section.get(lang))
    elif c.section:
        parts.append(t("section", lang, s=c.section))
    text = "".join(parts) if lang == "zh" else ", ".join(parts)
    text += f" [{t('confidence.' + c.confidence, lang)}]"
    if c.note:
        text += f" — {c.note.get(lang)}"
    return text


def confidence_words(citations: Sequence[Citation], lang: str) -> str:
    """The citations' confidence labels, each once, in order: e.g. "practice, law" / "行业实践、法律条文"."""
    labels = dict.fromkeys(t("confidence." + c.confidence, lang) for c in citations)
    return t("list.sep", lang).join(labels)


def value_text(question: Question | None, value: Value | None, lang: str, *,
               labels: bool = True, ids: bool = True) -> str:
    """An answer value in words, the one formatter for the report and the interview: yes/no as
    是/否 (yes/no), a choice as its id and label, several choices joined by '; ' (；in Chinese:
    labels hold commas and 、 themselves).

    `labels=False` leaves choice labels out, for where they are already on screen (the interview
    lists each choice with its label just above the prompt); `ids=False` leaves choice ids out,
    for people who never saw them (a choice without a label keeps its id).
    """
    if value is None:
        return t("value.none", lang)
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    words = []
    for v in value if isinstance(value, tuple) else (value,):
        choice = question.choice(v) if question and labels else None
        if choice is None:
            words.append(v)
        else:
            words.append(f"{v} ({choice.label.get(lang)})" if ids else choice.label.get(lang))
    return t("list.items", lang).join(words)


def summary_counts(report: Report) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
    for f in report.filings:
        counts[f.status] += 1
    return counts
