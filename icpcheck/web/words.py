"""The questionnaire's own words, zh and en (the report's come from icpcheck.i18n)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "title": {"zh": "微商城备案与许可自查", "en": "Filings and licences for a WeChat mall"},
    "intro": {"zh": "回答几个关于你的微信商城的问题，看看需要办理哪些备案和许可证（ICP备案、ICP许可证、EDI许可证等），"
                    "以及为什么。每个结论都注明依据。",
              "en": "Answer a few questions about your WeChat mall to see which filings and licences it needs "
                    "(ICP filing, ICP licence, EDI licence, ...) and why. Every finding cites its source."},
    "private": {"zh": "本服务不保存任何数据：你的回答只在网址里。收藏或分享网址，就能回到同一页。",
                "en": "Nothing is stored: your answers live only in the address. Bookmark or share it to "
                      "come back to the same page."},
    "start": {"zh": "开始", "en": "Start"},
    "next": {"zh": "下一步", "en": "Next"},
    "back": {"zh": "上一题", "en": "Back"},
    "cancel": {"zh": "返回核对", "en": "Back to the review"},
    "progress": {"zh": "第 {k} 题（共约 {n} 题）", "en": "Question {k} of about {n}"},
    "help": {"zh": "说明", "en": "Help"},
    "choose_one": {"zh": "请选择一项。", "en": "Choose one."},
    "choose_many": {"zh": "可多选。", "en": "Choose all that apply."},
    "nothing_chosen": {"zh": "还没有选择：请至少选择一项。", "en": "Nothing chosen yet: choose at least one."},
    "not_taken": {"zh": "这个回答无法使用：{why}", "en": "That answer could not be used: {why}"},
    "moot": {"zh": "有 {n} 个回答因不再适用已去掉。", "en": "{n} answer(s) no longer apply and were dropped."},
    "review": {"zh": "核对你的回答", "en": "Review your answers"},
    "review_intro": {"zh": "需要修改的，点“修改”；确认无误后继续。",
                     "en": "Change any answer that is wrong, then continue."},
    "change": {"zh": "修改", "en": "Change"},
    "continue": {"zh": "继续", "en": "Continue"},
    "held": {"zh": "已经持有哪些？", "en": "Which of these do you already hold?"},
    "held_intro": {"zh": "根据你的回答，下列备案或许可证需要办理或需核实。已经办好的请勾选，报告会标出还缺哪些。",
                   "en": "From your answers, these filings are needed or to be checked. Tick those you "
                         "already hold; the report says which are still missing."},
    "held_none": {"zh": "根据你的回答，没有需要办理或核实的备案或许可证。",
                  "en": "From your answers, no filing is needed or to be checked."},
    "see_report": {"zh": "查看报告", "en": "See the report"},
    "print": {"zh": "打印", "en": "Print"},
    "print_note": {"zh": "打印或存为 PDF：用浏览器菜单的“打印”（微信内请先“在浏览器打开”）。",
                   "en": "To print or save as PDF, use your browser's Print (in WeChat, open in the browser first)."},
    "download": {"zh": "下载回答（YAML）", "en": "Download answers (YAML)"},
    "download_note": {"zh": "命令行可重现同一报告：icpcheck check --answers 文件名",
                      "en": "The command line gives the same report: icpcheck check --answers FILE"},
    "edit_answers": {"zh": "修改回答", "en": "Change answers"},
    "start_over": {"zh": "重新开始", "en": "Start over"},
    "share": {"zh": "本页网址包含全部回答，可收藏或分享。",
              "en": "This page's address holds every answer: bookmark or share it."},
    "other_lang": {"zh": "English", "en": "中文"},
    "api": {"zh": "接口（API）", "en": "API"},
    "error_title": {"zh": "出错了", "en": "Something went wrong"},
    "not_found": {"zh": "没有这个页面。", "en": "There is no such page."},
    "too_long": {"zh": "网址太长。", "en": "The address is too long."},
    "yes": {"zh": "是", "en": "Yes"},
    "no": {"zh": "否", "en": "No"},
    "not_answered": {"zh": "未回答", "en": "not answered"},
}


def word(key: str, lang: str, **params: object) -> str:
    text = WORDS[key][lang]
    return text.format(**params) if params else text
