"""Messages in each output language, gettext's way: a message is its English template and its parameters.

An error or a warning carries `Msg(TEMPLATE, **params)`; the template is the msgid. It is turned into
text only when shown: looked up in the language's gettext catalogue (icpcheck.i18n.catalogue), then
formatted. A parameter that is itself a Msg (a kind of value such as "a list", a "did you mean"
suffix) is shown in the same language; any other value is shown as it is. Babel extracts every
template (icpcheck/locale/extract.py); tests/test_i18n.py fails on one with no Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

import icpcheck.i18n as i18n

LANGS = ("en", "zh")

# The words before a line on stderr ("error: ..."); msgctxt "label" in the catalogue.
LABELS: dict[str, str] = {
    "error": "error",
    "warning": "warning",
    "hint": "hint",
    "interrupted": "interrupted",
    "note": "note",
}


class Words(Protocol):
    """Anything that can say itself in a language (a Msg, an answer's source)."""

    def text(self, lang: str) -> str: ...


class Msg:
    """A message: its English template (the id in every catalogue) and the values of its blanks."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params

    def text(self, lang: str = "en") -> str:
        """Look the template up in lang's catalogue first, then fill its blanks (each Msg in lang)."""
        template = self.template if lang == "en" else _translated(self.template, lang)
        if not self.params:
            return template.format() if "{" in template else template
        return template.format(**{k: _shown(v, lang) for k, v in self.params.items()})

    def json_params(self, lang: str) -> dict[str, object]:
        """The parameters as JSON values: words in lang, lists as lists, anything else as text."""
        return {k: _json(v, lang) for k, v in self.params.items()}

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Msg({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.template, dict(self.params)) == (other.template,
                                                                               dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)


class Warning(Msg):  # noqa: A001 - a report's warning; the builtin is never used in icpcheck
    """A warning in a report: a stable `code` (for JSON readers) and its message."""

    __slots__ = ("code",)

    def __init__(self, code: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.code = code

    def detail(self, lang: str) -> dict[str, object]:
        """The JSON report's `warnings_detail` entry."""
        return {"code": self.code, "text": self.text(lang), "params": self.json_params(lang)}

    def __repr__(self) -> str:
        return f"Warning({self.code!r}, {self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Warning) and self.code == other.code and super().__eq__(other)

    __hash__ = Msg.__hash__


class Plural(Msg):
    """A message whose words depend on a count (gettext's ngettext): `Plural(ONE, MANY, n=3, ...)`
    says ONE for one thing and MANY for any other count, or the language's own forms."""

    __slots__ = ("plural",)

    def __init__(self, singular: str, plural: str, /, *, n: int, **params: object) -> None:
        super().__init__(singular, n=n, **params)
        self.plural = plural

    def text(self, lang: str = "en") -> str:
        n = self.params["n"]
        assert isinstance(n, int)
        template = i18n.ngettext(self.template, self.plural, n, lang)
        return template.format(**{k: _shown(v, lang) for k, v in self.params.items()})

    def __repr__(self) -> str:
        return f"Plural({self.template!r}, {self.plural!r}, **{dict(self.params)!r})"

    __hash__ = Msg.__hash__


def _translated(template: str, lang: str) -> str:
    found = i18n.gettext(template, lang)
    return ZH.get(template, found) if found is template and lang == "zh" else found


# The separators of a list of items (", ") and of clauses ("; "), e.g. 、 and ； in Chinese.
SEPARATORS = {", ": "separator", "; ": "separator"}


class Joined:
    """Several messages (or values) shown as one blank, each in the language, with a separator
    (", " or "; " become 、 or ； in Chinese)."""

    __slots__ = ("items", "sep")

    def __init__(self, items: Iterable[object], sep: str = "; ") -> None:
        self.items = tuple(items)
        self.sep = sep

    def text(self, lang: str) -> str:
        sep = i18n.pgettext("separator", self.sep, lang) if self.sep in SEPARATORS else self.sep
        return sep.join(str(_shown(item, lang)) for item in self.items)


def warning_texts(warnings: Iterable[Msg], lang: str) -> list[str]:
    """A report's warnings as lines of text in lang (what every format shows)."""
    return [w.text(lang) for w in warnings]


def label(key: str, lang: str) -> str:
    return i18n.pgettext("label", LABELS[key], lang)


def labelled(key: str, lang: str) -> str:
    """A label and its colon, e.g. "error: " or "错误：" (full-width after Chinese)."""
    return i18n.pgettext("label", "{label}: ", lang).format(label=label(key, lang))


def _shown(value: object, lang: str) -> object:
    return value.text(lang) if hasattr(value, "text") and callable(value.text) else value


def _json(value: object, lang: str) -> object:
    if hasattr(value, "text") and callable(value.text):
        return value.text(lang)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [_json(v, lang) for v in items]
    return str(value)


# Messages not yet in the catalogue: English template -> Chinese, with the same {blanks}. New
# blocks may land here (marked with a comment) and are read until `python -m icpcheck.locale.fold`
# moves them into icpcheck/locale/zh/LC_MESSAGES/icpcheck.po (docs/translating.md).
ZH: dict[str, str] = {
}
