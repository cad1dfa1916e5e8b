"""The questionnaire's own words: `web.*` entries of the one catalogue (icpcheck.i18n, the .po)."""

from __future__ import annotations


def word(key: str, lang: str, **params: object) -> str:
    from icpcheck.i18n import t

    return t("web." + key, lang, **params)
