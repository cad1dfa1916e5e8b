"""The tool's own words in each output language, from one gettext catalogue (the rulebook's own
texts stay in the rulebook).

The catalogue is icpcheck/locale/<lang>/LC_MESSAGES/icpcheck.mo, compiled from icpcheck.po: msgid is
the English, msgstr the translation (docs/translating.md says how to add and update messages). It
is loaded once, on the first message shown in that language; English needs no catalogue.
"""

from __future__ import annotations

import gettext as _gettext
import os
import sys
import threading

DOMAIN = "icpcheck"
LOCALEDIR = os.path.join(os.path.dirname(__file__), "locale")

# The interface words: key -> English. The English is the msgid (with the key as its context,
# msgctxt) in the catalogue, icpcheck/locale/<lang>/LC_MESSAGES/icpcheck.po; see docs/translating.md.
# A new block may still be written as "key": {"zh": ..., "en": ...}: `t` reads it until
# `python -m icpcheck.locale.fold` moves its Chinese into the catalogue.
STRINGS: dict[str, str | dict[str, str]] = {
    "status.required": "required",
    "status.review": "review",
    "status.not_required": "not required",
    "confidence.law": "law",
    "confidence.official": "official",
    "confidence.practice": "practice",
    "confidence.inference": "inference",
    "confidence.unverified": "unverified",
    "confidence.disputed": "disputed",
    "articles.one": "Art. {n}",
    "articles.many": "Arts. {n}",
    "articles.sep": ", ",
    "section": "section {s}",
    "kind.benefit": "Benefits",
    "kind.risk": "Risks",
    "kind.caution": "Cautions",
    "head.why": "Why",
    "head.why_also": "Also",
    "head.answers": "Your answers",
    "head.reasons": "Reasons",
    "head.what": "What it is",
    "head.issuer": "Issued by",
    "head.basis": "Legal basis",
    "head.settle": "To settle it",
    "head.because": "Because you answered",
    "head.notice": "Notice",
    "head.warnings": "Warnings",
    "rulebook.line": "Rulebook {id} {version} (checked {checked}, sha256 {sha}), evaluated as of {as_of}",
    "value.yes": "yes",
    "value.no": "no",
    "value.none": "(not applicable / not answered)",
    "source.flag": "flag",
    "source.prompt": "prompt",
    "source.default": "default",
    "source.model": "model",
    "source.file": "file",
    "prompt.progress": "Question {k} of at most {n}",
    "prompt.keys": "type < to go back, ? for help",
    "prompt.yes_no": "yes/no [y/n]",
    "prompt.one_of": "number or choice id",
    "prompt.many_of": "numbers or choice ids, comma-separated",
    "prompt.default": "default",
    "prompt.before": "your answer before",
    "prompt.now": "your answer now",
    "prompt.first": "This is the first question.",
    # Layers and blockers (rulebook `layers`, effect `layer` / `blocker`).
    "layer.line": "{layer}: {status}",
    "head.blockers": "⛔ Blockers: cannot go ahead as planned",
    "head.blocker": "⛔ Blocker",
    "prompt.intro": "Answer a few questions and icpcheck will tell you which filings and licences your mall needs.",
    # The CI gate (held / waived / missing) and its summary line.
    "head.gate": "Held?",
    "gate.held": "held",
    "gate.waived": "waived until {date}",
    "gate.missing": "missing",
    "gate.not_needed": "—",
    "gate.expired": " (waiver expired {date})",
    "gate.counts": "held {held} · waived {waived} · missing {missing}",
    "gate.off": "no gate (no fail-on level set)",
    "gate.passed": "gate passed (fail on {on})",
    "gate.failed": "gate FAILED (fail on {on}): missing {ids}",
    "colon": ": ",
    # The one-line summary on stderr (--output, or a failed gate).
    "summary.counts": "{required} required, {review} review, {not_required} not required",
    "summary.gate": "held {held}, waived {waived}, missing {missing}",
    "summary.sep": "; ",
    "summary.no_gate": "no gate",
    "summary.passed": "gate passed (fail on {on})",
    "summary.failed": "gate FAILED (fail on {on}): missing {ids}",
    "summary.wrote": "wrote {path}: {summary}",
    # JUnit: a failing filing's message attribute.
    "junit.failure": "{id} is {status_id} and neither held nor waived",
    "junit.expired": " (waiver expired {date})",
    # The plan that opens the people's reports.
    "list.sep": ", ",
    "list.and": " and ",
    "list.items": "; ",
    # Between a step's name and when to do it: a Chinese dash has no spaces around it, so the
    # line does not break after the name alone.
    "plan.dash": " — ",
    "head.plan": "What to do, in this order",
    "head.others": "Also note",
    "head.when": "When",
    "head.apply_at": "Where",
    "head.documents": "Prepare",
    "head.after": "After",
    "head.for": "For {names}",
    "head.not_required": "Not required",
    "plan.not_required": "Not required: ",
    "plan.nothing": "For these answers there is nothing to file.",
    "plan.more": ("More: --detail (every answer, rule ids, sources, the answers behind each reason); --all "
                  "(every filing's reason)."),
    "assumed.reason": " (rests on an assumed answer; see Your answers)",
    "assumed.answer": " (assumed)",
    "answers.given": "You answered {n} questions (--detail lists them).",
    "answers.given_assumed": "You answered {n} questions (--detail lists them); these were assumed:",
    # `icpcheck questions`: a question's type, its labels, and its `when` in words.
    "type.yes_no": "yes/no",
    "type.one_of": "one of",
    "type.many_of": "one or more of",
    "questions.type": "{id}  ({type})",
    "questions.default": "default",
    "questions.when": "asked when",
    "explain.when": "applies when",
    # The comments at the top of a file written by --save-answers.
    "saved.replay": "icpcheck answers: replay with `icpcheck check --answers FILE`.",
    'saved.held': "held: filings you hold; waivers: [{filing, reason, expires: 'YYYY-MM-DD'}].",
    "questions.flag": "flag",
    "when.always": "always",
    "when.is": "{q} is {v}",
    "when.in": "{q} is one of {v}",
    "when.has": "{q} includes {v}",
    "when.has_any": "{q} includes any of {v}",
    "when.not": "not ({c})",
    "when.and": " and ",
    "when.or": " or ",
    "when.sep": ", ",
    # The HTML report's own words (render/html.py).
    "html.plan": "What to do",
    # As i18n's head.blockers / head.blocker without the ⛔, which many systems lack a glyph for:
    # the page draws its own icon.
    "html.blockers": "Blockers: cannot go ahead as planned",
    "html.blocker": "Blocker",
    "html.blocked": "blocked",
    "html.plan.nothing": "Nothing needs to be filed.",
    "html.plan.when": "When",
    "html.plan.where": "Where",
    "html.plan.documents": "Documents",
    "html.plan.after": "First",
    "html.answers.question": "Question",
    "html.answers.answer": "Answer",
    "html.answers.source": "Source",
    "html.assumed": "assumed",
    "html.assumed.note": ("Answers marked “assumed” are defaults, not given by you; if one is wrong, "
                          "give the right one and make the report again."),
    "html.details": "Each filing in detail",
    "html.regulator": "The regulator",
    "html.notes": "Notes",
    "html.date": "Date",
    "html.rulebook": "Rulebook",
    "html.checked": "content checked",
    # what-if ------------------------------------------------------------------------------------
    'whatif.head': 'What if: {n} of {tried} other answers tried would change a filing (those that remove one first)',
    'whatif.none': 'None of the {tried} other answers tried changes any filing.',
    'whatif.added': 'add: {choice}',
    'whatif.removed': 'remove: {choice}',
    'whatif.depends': 'depends on answers not yet given',
    'whatif.opens': 'then also to answer: {questions}',
    'whatif.goal': 'Goal: {filing} {status}',
    'whatif.goal.already': 'It is {status} already.',
    'whatif.goal.none': 'No change of one or two answers does it ({tried} answer sets checked).',
    'whatif.goal.found': 'The smallest changes, {size} answer(s) each: {n} way(s) ({tried} answer sets checked):',
    'whatif.goal.scope': 'Only these questions can change it: {questions}',
    'diff.head': 'Compared: {old} → {new}',
    'diff.none': 'Nothing changed.',
    'diff.status': 'Status changes',
    'diff.added': 'New filings',
    'diff.removed': 'Removed filings',
    'diff.plan': 'Plan steps changed',
    'diff.reasons': 'Same status, decided by other rules',
    'diff.field.after': 'what comes first',
    'diff.field.when': 'when',
    'diff.field.apply_at': 'where to apply',
    'diff.field.documents': 'documents',
    'diff.field.citations': 'sources',
    'diff.field.order': 'order',
    'diff.obligations': 'Obligations changed',
    'diff.blockers': 'Blockers changed',
    'diff.rules': 'rules: {rules}',
    'diff.plan.added': 'step added',
    'diff.plan.removed': 'step removed',
    'diff.plan.changed': 'step changed: {fields}',
    'why.head': 'Why this is asked:',
    'why.changes': 'Your answer can change: {filings}',
    'why.later': 'Together with later answers it may affect: {filings}',
    'why.none_open': 'Given these answers, no question is left open.',
    'why.nothing': 'Given the answers so far, this question changes no filing.',
    # what-it-takes (issue 24): conditions to apply, time and cost, the timeline, the bottom line.
    'head.conditions': 'What you must have to apply',
    'conditions.unmet': '⛔ not met: ',
    'conditions.lifts': 'What lifts it: {lifts}',
    'time.range': 'about {a}–{b} {unit}',
    'time.about': 'about {a} {unit}',
    'time.at_most': 'at most {a} {unit}',
    'unit.working_days': 'working days',
    'unit.calendar_days': 'days',
    'time.none': 'no sourced duration',
    'time.by': ', by about {date}',
    'time.due': ', due by {date}',
    'allow.weeks': '{a}–{b} weeks',
    'allow.months': '{a}–{b} months',
    'allow.weeks_one': '{a} weeks',
    'allow.months_one': '{a} months',
    'allow.partial': '{allow} for the steps with a sourced time',
    'allow.unknown': 'a time no source gives',
    'head.timeline': "Timeline from {start} (working days on China's official holiday calendar)",
    'timeline.step': '{name}: {a} to {b}',
    'timeline.unknown': '{name}: no sourced duration',
    'timeline.due': ' (due by {date})',
    'timeline.estimated': 'Holidays after {year} are not published yet: later dates skip weekends only and are estimates.',
    'fee.free': 'no government fee',
    'fee.range': '¥{a}–{b}',
    'head.time': 'How long',
    'head.cost': 'Cost',
    'head.time_cost': 'Time and cost',
    'notreq.line': '{name}: not required — {why}. {changes}',
    'html.timeline': 'Timeline',
    'summary.open': ', open {n} (under review)',
    # comes-due: the compliance calendar (icpcheck calendar, the report's obligations)
    'due.title': 'What comes due, as of {date}',
    'due.none': 'No obligations to follow: list what you hold (held:) and try again.',
    'due.status.overdue': 'overdue',
    'due.status.due': 'due now',
    'due.status.upcoming': 'upcoming',
    'due.status.standing': 'when it happens',
    'due.status.after_held': 'after you get it',
    'due.status.done': 'done',
    'due.window': '{start} to {due}',
    'due.by': 'by {due}',
    'due.left': '{n} days left',
    'due.today': 'due today',
    'due.ago': '{n} days past due',
    'due.done_on': 'done on {date}',
    'due.from': 'counted from {date}',
    'due.estimated': 'counted in working days past the published holiday table: an estimate',
    'due.expires': 'expires {date}',
    'due.derived': 'expires {date}, derived from the grant date and the validity (no expires given)',
    'due.if_missed': 'If missed',
    'due.sources': 'Sources',
    'due.record': 'Once done, record the date under held.<id>.done in the answers file, e.g. done: {annual_report: 2027-03-20}.',
    'due.ics.reminder': 'Reminder: {title}',

    # web: the questionnaire's own words (icpcheck/web)
    'web.title': 'Filings and licences for a WeChat mall',
    'web.intro': 'Answer a few questions about your WeChat mall to see which filings and licences it needs (ICP filing, ICP licence, EDI licence, ...) and why. Every finding cites its source.',
    'web.private': 'Nothing is stored: your answers live only in the address. Bookmark or share it to come back to the same page.',
    'web.start': 'Start',
    'web.next': 'Next',
    'web.back': 'Back',
    'web.cancel': 'Back to the review',
    'web.progress': 'Question {k} of about {n}',
    'web.help': 'Help',
    'web.choose_one': 'Choose one.',
    'web.choose_many': 'Choose all that apply.',
    'web.nothing_chosen': 'Nothing chosen yet: choose at least one.',
    'web.not_taken': 'That answer could not be used: {why}',
    'web.moot': '{n} answer(s) no longer apply and were dropped.',
    'web.review': 'Review your answers',
    'web.review_intro': 'Change any answer that is wrong, then continue.',
    'web.change': 'Change',
    'web.continue': 'Continue',
    'web.held': 'Which of these do you already hold?',
    'web.held_intro': 'From your answers, these filings are needed or to be checked. Tick those you already hold; the report says which are still missing.',
    'web.held_none': 'From your answers, no filing is needed or to be checked.',
    'web.see_report': 'See the report',
    'web.print': 'Print',
    'web.print_note': "To print or save as PDF, use your browser's Print (in WeChat, open in the browser first).",
    'web.download': 'Download answers (YAML)',
    'web.download_note': 'The command line gives the same report: icpcheck check --answers FILE',
    'web.edit_answers': 'Change answers',
    'web.start_over': 'Start over',
    'web.share': "This page's address holds every answer: bookmark or share it.",
    'web.api': 'API',
    'web.error_title': 'Something went wrong',
    'web.not_found': 'There is no such page.',
    'web.too_long': 'The address is too long.',
    'web.yes': 'Yes',
    'web.no': 'No',
    'web.not_answered': 'not answered',
}


def N_(message: str) -> str:
    """Marks a message for extraction where it is written; it is looked up where it is shown."""
    return message


_catalogues: dict[str, _gettext.NullTranslations] = {}
_loading = threading.Lock()


def catalogue(lang: str) -> _gettext.NullTranslations:
    """lang's translations, loaded once per process (an empty one for a language with none)."""
    found = _catalogues.get(lang)
    if found is None:
        with _loading:
            found = _catalogues.get(lang)
            if found is None:
                found = _gettext.translation(DOMAIN, LOCALEDIR, languages=[lang], fallback=True)
                _catalogues[lang] = found
    return found


def gettext(message: str, lang: str) -> str:
    """message (English, the msgid) in lang; itself when the catalogue has no translation."""
    return message if lang == "en" else catalogue(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str) -> str:
    """The form of a message for n things, in lang (Chinese has one form for every n)."""
    if lang == "en":
        return singular if n == 1 else plural
    return catalogue(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str, lang: str) -> str:
    """message in lang, where the same English can be said differently (context: its key)."""
    return message if lang == "en" else catalogue(lang).pgettext(context, message)


def t(key: str, lang: str, **kwargs: object) -> str:
    """The interface word `key` (a key of STRINGS) in lang, its blanks filled from kwargs."""
    entry = STRINGS[key]
    if isinstance(entry, dict):  # a block not yet folded into the catalogue
        text = entry.get(lang) or pgettext(key, entry["en"], lang)
    else:
        text = pgettext(key, entry, lang)
    return text.format(**kwargs) if kwargs else text


def source_text(source: str, lang: str) -> str:
    """Where an answer came from (flag, prompt, default, model:ID, file:NAME), in words."""
    kind, _, detail = source.partition(":")
    word = t(f"source.{kind}", lang) if f"source.{kind}" in STRINGS else kind
    return f"{word} {detail}".strip()


class AnswerSource:
    """Where an answer came from, said in each language when a message shows it."""

    __slots__ = ("source",)

    def __init__(self, source: str) -> None:
        self.source = source

    def text(self, lang: str) -> str:
        return source_text(self.source, lang)

    def __repr__(self) -> str:
        return f"AnswerSource({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AnswerSource) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)


def chosen_lang() -> str | None:
    """ICPCHECK_LANG when it says zh or en: the language the user chose, beside --lang."""
    chosen = os.environ.get("ICPCHECK_LANG", "").strip().lower()
    return chosen if chosen in ("zh", "en") else None


def default_lang() -> str:
    """ICPCHECK_LANG when it is zh or en; else zh for a zh* locale, else en (LC_ALL, then
    LC_MESSAGES, then LANG, as POSIX orders them; on Windows, where these are seldom set, the
    user's locale)."""
    chosen = chosen_lang()
    if chosen is not None:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    if sys.platform == "win32":
        import locale

        name = locale.getlocale()[0] or ""  # e.g. "Chinese (Simplified)_China" or "zh_CN"
        return "zh" if name.lower().startswith(("zh", "chinese")) else "en"
    return "en"


# JSON is read by programs: without --lang or ICPCHECK_LANG its texts are English on every machine,
# whatever its locale (English as before on most CI runners, beside English keys and ids).
JSON_LANG = "en"


def machine_lang() -> str:
    """The language of JSON texts when --lang is not given: ICPCHECK_LANG, else JSON_LANG."""
    return chosen_lang() or JSON_LANG
