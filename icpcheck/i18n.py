"""The tool's own interface words in each output language (domain texts live in the rulebook)."""

from __future__ import annotations

import os
import sys

STRINGS: dict[str, dict[str, str]] = {
    "status.required": {"zh": "需要办理", "en": "required"},
    "status.review": {"zh": "需人工确认", "en": "review"},
    "status.not_required": {"zh": "无需办理", "en": "not required"},
    "confidence.law": {"zh": "法律条文", "en": "law"},
    "confidence.official": {"zh": "官方文件", "en": "official"},
    "confidence.practice": {"zh": "行业实践", "en": "practice"},
    "confidence.inference": {"zh": "推断", "en": "inference"},
    "confidence.unverified": {"zh": "未核实", "en": "unverified"},
    "confidence.disputed": {"zh": "存在争议", "en": "disputed"},
    "articles.one": {"zh": "第{n}条", "en": "Art. {n}"},
    "articles.many": {"zh": "第{n}条", "en": "Arts. {n}"},
    "articles.sep": {"zh": "、", "en": ", "},
    "section": {"zh": "第{s}部分", "en": "section {s}"},
    "kind.benefit": {"zh": "好处", "en": "Benefits"},
    "kind.risk": {"zh": "风险", "en": "Risks"},
    "kind.caution": {"zh": "注意事项", "en": "Cautions"},
    "head.why": {"zh": "原因", "en": "Why"},
    "head.why_also": {"zh": "另外", "en": "Also"},
    "head.answers": {"zh": "你的回答", "en": "Your answers"},
    "head.reasons": {"zh": "判断理由", "en": "Reasons"},
    "head.what": {"zh": "是什么", "en": "What it is"},
    "head.issuer": {"zh": "办理机关", "en": "Issued by"},
    "head.basis": {"zh": "法律依据", "en": "Legal basis"},
    "head.settle": {"zh": "如何确认", "en": "To settle it"},
    "head.because": {"zh": "因为你回答", "en": "Because you answered"},
    "head.notice": {"zh": "声明", "en": "Notice"},
    "head.warnings": {"zh": "提示", "en": "Warnings"},
    "rulebook.line": {
        "zh": "规则库 {id} {version}（内容核对日期 {checked}，sha256 {sha}），评估日期 {as_of}",
        "en": "Rulebook {id} {version} (checked {checked}, sha256 {sha}), evaluated as of {as_of}",
    },
    "value.yes": {"zh": "是", "en": "yes"},
    "value.no": {"zh": "否", "en": "no"},
    "value.none": {"zh": "（不适用/未回答）", "en": "(not applicable / not answered)"},
    "source.flag": {"zh": "命令行参数", "en": "flag"},
    "source.prompt": {"zh": "问答", "en": "prompt"},
    "source.default": {"zh": "默认假设", "en": "default"},
    "source.model": {"zh": "业务模式", "en": "model"},
    "source.file": {"zh": "文件", "en": "file"},
    "prompt.progress": {"zh": "第 {k} 题（最多 {n} 题）", "en": "Question {k} of at most {n}"},
    "prompt.keys": {"zh": "输入 < 返回上一题，? 查看说明", "en": "type < to go back, ? for help"},
    "prompt.yes_no": {"zh": "是/否 [y/n]", "en": "yes/no [y/n]"},
    "prompt.one_of": {"zh": "输入编号或选项id", "en": "number or choice id"},
    "prompt.many_of": {"zh": "输入编号或选项id，用逗号分隔", "en": "numbers or choice ids, comma-separated"},
    "prompt.default": {"zh": "默认", "en": "default"},
    "prompt.before": {"zh": "上次的回答", "en": "your answer before"},
    "prompt.now": {"zh": "现在的回答", "en": "your answer now"},
    "prompt.first": {"zh": "已经是第一题。", "en": "This is the first question."},
    # Layers and blockers (rulebook `layers`, effect `layer` / `blocker`).
    "layer.line": {"zh": "{layer}：{status}", "en": "{layer}: {status}"},
    "head.blockers": {"zh": "⛔ 无法按计划进行",
                      "en": "⛔ Blockers: cannot go ahead as planned"},
    "head.blocker": {"zh": "⛔ 障碍", "en": "⛔ Blocker"},
    "prompt.intro": {
        "zh": "回答几个问题，icpcheck 会告诉你的微商城需要哪些备案和许可证。",
        "en": "Answer a few questions and icpcheck will tell you which filings and licences your mall needs.",
    },
    # The CI gate (held / waived / missing) and its summary line.
    "head.gate": {"zh": "持有情况", "en": "Held?"},
    "gate.held": {"zh": "已持有", "en": "held"},
    "gate.waived": {"zh": "暂缓（至 {date}）", "en": "waived until {date}"},
    "gate.missing": {"zh": "缺少", "en": "missing"},
    "gate.not_needed": {"zh": "—", "en": "—"},
    "gate.expired": {"zh": "（暂缓已于 {date} 到期）", "en": " (waiver expired {date})"},
    "gate.counts": {"zh": "已持有 {held} · 暂缓 {waived} · 缺少 {missing}",
                    "en": "held {held} · waived {waived} · missing {missing}"},
    "gate.off": {"zh": "未设置检查（--held / --fail-on）", "en": "no gate (--held / --fail-on)"},
    "gate.passed": {"zh": "检查通过（--fail-on {on}）", "en": "gate passed (--fail-on {on})"},
    "gate.failed": {"zh": "检查未通过（--fail-on {on}）：缺少 {ids}",
                    "en": "gate FAILED (--fail-on {on}): missing {ids}"},
    "colon": {"zh": "：", "en": ": "},
    # The one-line summary on stderr (--output, or a failed gate).
    "summary.counts": {"zh": "需要办理 {required} 项，需人工确认 {review} 项，无需办理 {not_required} 项",
                       "en": "{required} required, {review} review, {not_required} not required"},
    "summary.gate": {"zh": "已持有 {held} 项，暂缓 {waived} 项，缺少 {missing} 项",
                     "en": "held {held}, waived {waived}, missing {missing}"},
    "summary.sep": {"zh": "；", "en": "; "},
    "summary.no_gate": {"zh": "未设置检查", "en": "no gate"},
    "summary.passed": {"zh": "检查通过（--fail-on {on}）", "en": "gate passed (fail on {on})"},
    "summary.failed": {"zh": "检查未通过（--fail-on {on}）：缺少 {ids}",
                       "en": "gate FAILED (fail on {on}): missing {ids}"},
    "summary.wrote": {"zh": "已写入 {path}：{summary}", "en": "wrote {path}: {summary}"},
    # JUnit: a failing filing's message attribute.
    "junit.failure": {"zh": "{name}（{id}）{status}，既未持有也未暂缓",
                      "en": "{id} is {status_id} and neither held nor waived"},
    "junit.expired": {"zh": "（暂缓已于 {date} 到期）", "en": " (waiver expired {date})"},
    # The plan that opens the people's reports.
    "list.sep": {"zh": "、", "en": ", "},
    "list.and": {"zh": "和", "en": " and "},
    "list.items": {"zh": "；", "en": "; "},
    # Between a step's name and when to do it: a Chinese dash has no spaces around it, so the
    # line does not break after the name alone.
    "plan.dash": {"zh": "——", "en": " — "},
    "head.plan": {"zh": "要办的事（按顺序）", "en": "What to do, in this order"},
    "head.others": {"zh": "另请注意", "en": "Also note"},
    "head.when": {"zh": "何时办", "en": "When"},
    "head.apply_at": {"zh": "在哪里办", "en": "Where"},
    "head.documents": {"zh": "准备材料", "en": "Prepare"},
    "head.after": {"zh": "先办好", "en": "After"},
    "head.for": {"zh": "适用于：{names}", "en": "For {names}"},
    "head.not_required": {"zh": "无需办理", "en": "Not required"},
    "plan.not_required": {"zh": "另有 {n} 项无需办理：", "en": "Not required: "},
    "plan.nothing": {"zh": "按你的回答，没有需要办理的备案或许可。",
                     "en": "For these answers there is nothing to file."},
    "plan.more": {
        "zh": "更多：--detail 加上你的全部回答、规则编号、出处和每条原因依据的回答；--all 加上其余各项的原因。",
        "en": "More: --detail (every answer, rule ids, sources, the answers behind each reason); --all "
              "(every filing's reason).",
    },
    "assumed.reason": {"zh": "（基于默认假设，见“你的回答”）",
                       "en": " (rests on an assumed answer; see Your answers)"},
    "assumed.answer": {"zh": "（未回答，按默认假设）", "en": " (assumed)"},
    "answers.given": {"zh": "你回答了 {n} 个问题（--detail 逐条列出）。",
                      "en": "You answered {n} questions (--detail lists them)."},
    "answers.given_assumed": {"zh": "你回答了 {n} 个问题（--detail 逐条列出）；以下是未回答、按默认假设的：",
                              "en": "You answered {n} questions (--detail lists them); these were assumed:"},
    # `icpcheck questions`: a question's type, its labels, and its `when` in words.
    "type.yes_no": {"zh": "是/否", "en": "yes/no"},
    "type.one_of": {"zh": "单选", "en": "one of"},
    "type.many_of": {"zh": "多选", "en": "one or more of"},
    "questions.type": {"zh": "{id}  （{type}）", "en": "{id}  ({type})"},
    "questions.default": {"zh": "默认", "en": "default"},
    "questions.when": {"zh": "何时提问", "en": "asked when"},
    "explain.when": {"zh": "适用于", "en": "applies when"},
    # The comments at the top of a file written by --save-answers.
    "saved.replay": {"zh": "icpcheck 的回答：用 `icpcheck check --answers 文件` 重新生成报告。",
                     "en": "icpcheck answers: replay with `icpcheck check --answers FILE`."},
    "saved.held": {"zh": "held：已持有的备案/许可；waivers：暂缓项，[{filing, reason, expires: 'YYYY-MM-DD'}]。",
                   "en": "held: filings you hold; waivers: [{filing, reason, expires: 'YYYY-MM-DD'}]."},
    "questions.flag": {"zh": "命令行", "en": "flag"},
    "when.always": {"zh": "总是", "en": "always"},
    "when.is": {"zh": "{q} 为 {v}", "en": "{q} is {v}"},
    "when.in": {"zh": "{q} 为 {v} 之一", "en": "{q} is one of {v}"},
    "when.has": {"zh": "{q} 包含 {v}", "en": "{q} includes {v}"},
    "when.has_any": {"zh": "{q} 包含 {v} 中任一项", "en": "{q} includes any of {v}"},
    "when.not": {"zh": "并非（{c}）", "en": "not ({c})"},
    "when.and": {"zh": " 且 ", "en": " and "},
    "when.or": {"zh": " 或 ", "en": " or "},
    "when.sep": {"zh": "、", "en": ", "},
    # The HTML report's own words (render/html.py).
    "html.plan": {"zh": "行动计划", "en": "What to do"},
    # As i18n's head.blockers / head.blocker without the ⛔, which many systems lack a glyph for:
    # the page draws its own icon.
    "html.blockers": {"zh": "无法按计划进行", "en": "Blockers: cannot go ahead as planned"},
    "html.blocker": {"zh": "障碍", "en": "Blocker"},
    "html.blocked": {"zh": "受阻", "en": "blocked"},
    "html.plan.nothing": {"zh": "没有需要办理的备案或许可。", "en": "Nothing needs to be filed."},
    "html.plan.when": {"zh": "时间", "en": "When"},
    "html.plan.where": {"zh": "办理地点", "en": "Where"},
    "html.plan.documents": {"zh": "准备材料", "en": "Documents"},
    "html.plan.after": {"zh": "先办", "en": "First"},
    "html.answers.question": {"zh": "问题", "en": "Question"},
    "html.answers.answer": {"zh": "回答", "en": "Answer"},
    "html.answers.source": {"zh": "来源", "en": "Source"},
    "html.assumed": {"zh": "假设", "en": "assumed"},
    "html.assumed.note": {"zh": "标有“假设”的回答是默认值，不是你给出的；如与实际不符，请改正后重新生成。",
                     "en": "Answers marked “assumed” are defaults, not given by you; if one is wrong, "
                           "give the right one and make the report again."},
    "html.details": {"zh": "逐项说明", "en": "Each filing in detail"},
    "html.regulator": {"zh": "监管部门", "en": "The regulator"},
    "html.notes": {"zh": "注释", "en": "Notes"},
    "html.date": {"zh": "评估日期", "en": "Date"},
    "html.rulebook": {"zh": "规则库", "en": "Rulebook"},
    "html.checked": {"zh": "内容核对日期", "en": "content checked"},
    # comes-due: the compliance calendar (icpcheck calendar, the report's obligations)
    "due.title": {"zh": "到期事项（截至 {date}）", "en": "What comes due, as of {date}"},
    "due.none": {"zh": "没有需要跟踪的义务：列出已持有的备案或许可证（held:）后再试。",
                 "en": "No obligations to follow: list what you hold (held:) and try again."},
    "due.status.overdue": {"zh": "已逾期", "en": "overdue"},
    "due.status.due": {"zh": "办理期内", "en": "due now"},
    "due.status.upcoming": {"zh": "即将到来", "en": "upcoming"},
    "due.status.standing": {"zh": "发生时适用", "en": "when it happens"},
    "due.status.after_held": {"zh": "取得后适用", "en": "after you get it"},
    "due.status.done": {"zh": "已完成", "en": "done"},
    "due.window": {"zh": "{start} 至 {due}", "en": "{start} to {due}"},
    "due.by": {"zh": "截止 {due}", "en": "by {due}"},
    "due.left": {"zh": "还有 {n} 天", "en": "{n} days left"},
    "due.today": {"zh": "今天截止", "en": "due today"},
    "due.ago": {"zh": "已过期 {n} 天", "en": "{n} days past due"},
    "due.done_on": {"zh": "{date} 已完成", "en": "done on {date}"},
    "due.from": {"zh": "自 {date} 起算", "en": "counted from {date}"},
    "due.estimated": {"zh": "按工作日计算，超出已公布的节假日安排，为估计值",
                      "en": "counted in working days past the published holiday table: an estimate"},
    "due.expires": {"zh": "到期日 {date}", "en": "expires {date}"},
    "due.derived": {"zh": "到期日 {date}，由取得日期和有效期推算（未提供 expires）",
                    "en": "expires {date}, derived from the grant date and the validity (no expires given)"},
    "due.if_missed": {"zh": "逾期后果", "en": "If missed"},
    "due.sources": {"zh": "依据", "en": "Sources"},
    "due.record": {"zh": "办完后在回答文件的 held.<id>.done 中记录日期，例如 done: {annual_report: 2027-03-20}。",
                   "en": "Once done, record the date under held.<id>.done in the answers file, e.g. "
                         "done: {annual_report: 2027-03-20}."},
    "due.ics.reminder": {"zh": "提醒：{title}", "en": "Reminder: {title}"},

}


def t(key: str, lang: str, **kwargs: object) -> str:
    text = STRINGS[key][lang]
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
