"""Turning a damaged reprint into a draft Article: the write side of the importer."""
from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.html import escape

from news.models import Article, KnownInjection

if TYPE_CHECKING:
    from zhtext.reprint import CleanedArticle


def clean(text: str) -> CleanedArticle:
    """Clean with the built-in injection list plus the names editors added in the admin."""
    # Imported here: the repair stack loads word-frequency data that public pages never need.
    from zhtext.reprint import clean_reprint

    extra = KnownInjection.objects.values_list("text", flat=True)
    return clean_reprint(text, extra_injections=list(extra))


def body_html(cleaned: CleanedArticle) -> str:
    return "\n".join(f"<{b.kind}>{escape(b.text)}</{b.kind}>" for b in cleaned.blocks)


def draft_from(cleaned: CleanedArticle, source_name: str = "", source_url: str = "") -> Article:
    """An unsaved draft; its report keeps every repair and warning for the editor."""
    report = cleaned.to_dict()
    return Article(
        title=cleaned.title[:200],
        summary=cleaned.summary,
        body=body_html(cleaned),
        byline=cleaned.byline,
        reviewer=cleaned.reviewer,
        script=cleaned.script,
        source_name=source_name,
        source_url=source_url,
        status=Article.Status.DRAFT,
        import_report={"repairs": report["repairs"], "warnings": report["warnings"]},
    )


@transaction.atomic
def import_reprint(text: str, source_name: str = "", source_url: str = "") -> tuple[Article, CleanedArticle]:
    """Clean and save as a draft, all or nothing."""
    cleaned = clean(text)
    article = draft_from(cleaned, source_name, source_url)
    article.full_clean(exclude=["slug"])
    article.save()
    return article, cleaned
