"""A page's form as a browser without JavaScript submits it: its action, its hidden fields and
checked boxes in document order, and the choices it offers."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin


class Form(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: list[dict[str, str]] = []  # every input of the first form, in order
        self.links: dict[str, str] = {}  # id -> href
        self._in_form = False
        self._done = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "id" in a:
            self.links[a["id"]] = a.get("href", "")
        if tag == "form" and not self._done:
            self._in_form, self.action = True, a.get("action", "")
        elif tag == "input" and self._in_form:
            a.setdefault("checked", None) if "checked" in a else None  # type: ignore[func-returns-value]
            self.fields.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True

    def choices(self, name: str) -> list[str]:
        return [f["value"] for f in self.fields if f.get("name") == name and f.get("type") in ("radio", "checkbox")]

    def checked(self, name: str) -> list[str]:
        return [f["value"] for f in self.fields
                if f.get("name") == name and f.get("type") in ("radio", "checkbox") and "checked" in f]

    def submit(self, base: str, pick: dict[str, list[str]] | None = None) -> str:
        """The URL the form goes to with `pick` chosen (others as the page checked them)."""
        pairs = []
        for f in self.fields:
            name = f.get("name")
            if not name:
                continue
            if f.get("type") in ("radio", "checkbox"):
                on = f["value"] in pick[name] if pick and name in pick else "checked" in f
                if on:
                    pairs.append((name, f["value"]))
            else:
                pairs.append((name, f.get("value", "")))
        return urljoin(base, self.action or "") + "?" + urlencode(pairs)
