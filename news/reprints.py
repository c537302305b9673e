"""Turning a damaged reprint into a draft Article: the write side of the importer.

``clean(text, decisions)`` runs zhtext's pipeline (see zhtext/reprint.py for the result's shape)
with the names editors added; ``import_reprint`` saves the reviewed result as a draft whose
``import_report`` keeps the whole log: every repair with before and after, whether it was certain
and what the editor decided, the warnings, and the fields taken from the text.
"""
from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from news.models import Article, KnownInjection
from news.services import refresh_renditions

if TYPE_CHECKING:
    from zhtext.reprint import CleanedArticle

MAX_CHARS = 200_000  # a reprint longer than this is several articles (or not an article)
LOG_VERSION = 2


def clean(text: str, decisions: dict[str, bool] | None = None) -> CleanedArticle:
    """Clean with the built-in injection list plus the names editors added in the admin."""
    # Imported here: the repair stack loads word-frequency data that public pages never need.
    from zhtext.reprint import clean_reprint

    extra = KnownInjection.objects.values_list("text", flat=True)
    return clean_reprint(text, extra_injections=list(extra), decisions=decisions)


def body_html(cleaned: CleanedArticle) -> str:
    """Paragraphs, subheadings, lists and tables, every text escaped (nh3 sanitises again on save)."""
    from zhtext.htmlinput import CELL  # as clean() does: public pages never load the repair stack

    out: list[str] = []
    for kind, blocks in groupby(cleaned.blocks, key=lambda b: "ul" if b.kind == "li" else "table" if b.kind in ("tr", "th") else ""):
        if kind == "ul":
            out += ["<ul>", *(f"<li>{escape(b.text)}</li>" for b in blocks), "</ul>"]
        elif kind == "table":
            out += ["<table><tbody>", *(_table_row(b, CELL) for b in blocks), "</tbody></table>"]
        else:
            out += [f"<{b.kind}>{escape(b.text)}</{b.kind}>" for b in blocks]
    return "\n".join(out)


def _table_row(block, between: str) -> str:
    cell = '<th scope="col">{}</th>' if block.kind == "th" else "<td>{}</td>"
    return "<tr>" + "".join(cell.format(escape(text)) for text in block.text.split(between)) + "</tr>"


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return timezone.make_aware(value, timezone.get_default_timezone()) if timezone.is_naive(value) else value


def import_log(cleaned: CleanedArticle) -> dict:
    """What the draft keeps: the whole log, readable later on the article (see admin_views)."""
    data = cleaned.to_dict()
    return {
        "version": LOG_VERSION,
        "fields": {k: data[k] for k in ("title", "title_origin", "source", "date_text", "byline", "reviewer")},
        "input_format": data["input_format"],
        "images": data["images"],
        "repairs": data["repairs"],
        "warnings": data["warnings"],
    }


def draft_from(cleaned: CleanedArticle, source_name: str = "", source_url: str = "") -> Article:
    """An unsaved draft; its report keeps every repair (with the decision) and every warning."""
    article = Article(
        title=cleaned.title[:200],
        summary=cleaned.summary,
        body=body_html(cleaned),
        byline=cleaned.byline[:100],
        reviewer=cleaned.reviewer[:100],
        script=cleaned.script,
        source_name=(source_name or cleaned.source)[:100],
        source_url=source_url,
        status=Article.Status.DRAFT,
        import_report=import_log(cleaned),
    )
    if cleaned.published_at:
        article.published_at = _aware(cleaned.published_at)
    return article


def model_errors(exc: ValidationError) -> list[str]:
    """Model validation errors as sentences an editor can act on, whatever field they belong to."""
    if not hasattr(exc, "error_dict"):
        return list(exc.messages)
    out = []
    for name, errors in exc.message_dict.items():
        try:
            label = Article._meta.get_field(name).verbose_name
        except Exception:  # noqa: BLE001 - NON_FIELD_ERRORS and the like
            label = ""
        out += [f"{label}：{msg}" if label else msg for msg in errors]
    return out


def check_usable(cleaned: CleanedArticle) -> None:
    """A clear error when nothing article-like is left (only punctuation, only page chrome)."""
    if not cleaned.blocks:
        raise ValidationError("清理后没有剩下正文：原文只有标点、网页杂项或广告。请检查粘贴的内容。")
    if not cleaned.title.strip():
        raise ValidationError("清理后没有可用的标题：正文里没有汉字或字母。请检查粘贴的内容。")


@transaction.atomic
def import_reprint(
    text: str, source_name: str = "", source_url: str = "", decisions: dict[str, bool] | None = None
) -> tuple[Article, CleanedArticle]:
    """Clean (with the editor's decisions) and save as a draft, all or nothing.

    Raises ValidationError (messages in Chinese, keyed by model field) when the result cannot be saved."""
    cleaned = clean(text, decisions)
    check_usable(cleaned)
    article = draft_from(cleaned, source_name, source_url)
    article.full_clean(exclude=["slug"])
    article.save()
    refresh_renditions(article)
    return article, cleaned
