"""One escaping function per output kind, for every string that came from a file (issue 19)."""

# A rulebook or answers file is data, never layout: what it says is shown, never obeyed. Each
# function below makes one kind of output safe and leaves the rest readable; a format applies the
# one for where its text goes, once, where it lays a string out.

from __future__ import annotations

import re
from functools import cache

# Shown as an escape, not obeyed: C0 and C1 controls and DEL (ESC starts every terminal sequence,
# CR rewrites a line, BEL rings), lone surrogates (not characters; they cannot be encoded), the
# bidi overrides and isolates that reorder what is seen (Trojan Source), and the Unicode line and
# paragraph separators that some terminals and editors break lines at.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = f"\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_BIDI}\u2028\u2029"
_TERMINAL_LINES = f"[{_UNSAFE}]"  # keeps \t and \n
_TERMINAL_LINE = f"[{_UNSAFE}\n]"  # one line: a newline shown as \n, too
# XML 1.0 allows #x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF; the terminal's set
# covers all but the two noncharacters, and CR is shown too (a parser would fold it away).
_XML = f"[{_UNSAFE}\ufffe\uffff]"


# Why lazily, and the isprintable() test first: these character classes span the surrogates and
# take ~2 ms to compile, which every run that prints a warning would pay; almost every text is
# printable (no control, surrogate, bidi or line separator: all are non-printable), so the regular
# expression is compiled and run only for the rare text that needs it.
@cache
def _pattern(chars: str) -> re.Pattern[str]:
    return re.compile(chars)


def _escaped(chars: str, text: str, keep: str) -> str:
    """text with what `chars` matches shown as escapes; the characters of `keep` (tab, newline)
    are non-printable but left as they are."""
    if text.isprintable():
        return text
    rest = text
    for ch in keep:
        rest = rest.replace(ch, "")
    if rest.isprintable():
        return text
    return _pattern(chars).sub(_shown, text)

# Markdown: every character that can start markup inline (CommonMark lets a backslash escape any
# ASCII punctuation, and renders it as the character itself); an underscore between two letters or
# digits (snake_case) cannot open or close emphasis, so stays as it is.
_MARKDOWN = r"([\\`*\[\]<>|#!~&]|_(?![^\W_])|(?<![^\W_])_)"  # compiled when first used, as above
# At the start of a text, what could make a block: a list item, a thematic break, a setext
# underline or an ordered list.
_MARKDOWN_BLOCK = r"^(\s*)(?=[-+=])|^(\s*[0-9]+)(?=[.)])"


def _shown(m: re.Match[str]) -> str:
    ch = m.group()
    if ch == "\n":
        return "\\n"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """For a terminal (text report, prompts): controls, escape sequences (ESC, OSC 8 links),
    bidi overrides and lone surrogates shown as `\\x1b`, `\\u202e`; newlines and tabs kept."""
    return _escaped(_TERMINAL_LINES, text, "\t\n")


def terminal_line(text: str) -> str:
    """For one line on a terminal or in a log (a warning, an error, an id): as terminal(), and a
    newline is shown as `\\n`, so no text can forge a line of its own."""
    return _escaped(_TERMINAL_LINE, text, "\t")


def ics(text: str) -> str:
    """For an iCalendar TEXT value (a summary, a description): RFC 5545 allows no control
    character there, and a calendar program would show one as it is; shown as terminal() shows it
    (the line breaks the library escapes as \\n are kept)."""
    return terminal(text)


def ics_line(text: str) -> str:
    """For a one-line iCalendar TEXT value (a summary): as terminal_line()."""
    return terminal_line(text)


def markdown(text: str) -> str:
    """For Markdown inline text (a table cell, a list item, a heading): one line, no raw HTML,
    link, image, heading, code, table cell or emphasis of its own; renders as the text itself."""
    text = _pattern(_MARKDOWN).sub(r"\\\1", terminal_line(text))
    return _pattern(_MARKDOWN_BLOCK).sub(lambda b: b.group() + "\\", text, count=1)


def markdown_code(text: str, *, in_table: bool = False) -> str:
    """A Markdown code span holding `text` (an id) literally, whatever backticks it holds."""
    text = terminal_line(text)
    if in_table:
        text = text.replace("|", "\\|")  # GFM splits cells at a pipe even in a code span
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# In JSON text, what the encoder leaves raw (with ensure_ascii off) but a terminal may obey or
# reorder when the file is shown: DEL, C1 controls (CSI is \x9b), bidi controls, the line and
# paragraph separators. JSON has these only inside strings, where \uXXXX means the same character.
_JSON = f"[\x7f-\x9f{_BIDI}\u2028\u2029]"


def _json_escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_text(text: str) -> str:
    """For JSON output (a whole document or one encoded string): the characters a terminal would
    obey that json.dumps(ensure_ascii=False) leaves raw, as \\u escapes; the data stays the same."""
    if text.isprintable() or _pattern(_JSON).search(text) is None:
        return text
    return _pattern(_JSON).sub(_json_escape, text)


def xml(text: str) -> str:
    """For XML text and attributes (JUnit): characters XML 1.0 does not allow, and the controls a
    CI log would obey, shown as escapes. ElementTree escapes <, > and & itself."""
    return _escaped(_XML, text, "\t\n")


def html(text: str) -> str:
    """For HTML text and attribute values: markup characters as entities, controls shown."""
    import html  # only for the HTML report

    return html.escape(xml(text), quote=True)


def graph_label(text: str) -> str:
    """A mermaid or dot label on one line, before the format's own quoting (mermaid_text, dot)."""
    return terminal_line(text)


def mermaid_text(text: str) -> str:
    """Inside a quoted mermaid label: one line, and every character mermaid or its HTML labels
    reads (its quote, HTML markup, its entity and markdown-string starts) as an entity code."""
    return re.sub(r"[#\"<>&`]", lambda m: f"#{ord(m.group())};", graph_label(text))


def dot(text: str) -> str:
    """A quoted DOT string: one line, backslashes and quotes escaped (DOT reads \\n, \\l, \\N)."""
    return '"' + graph_label(text).replace("\\", "\\\\").replace('"', '\\"') + '"'
