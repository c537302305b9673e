"""schema.org descriptions of news pages (JSON-LD)."""
from django.core.files.storage import default_storage

from base.addresses import record_url
from base.seo import publisher
from news.subjects import article_subjects


def cover_url(request, article) -> str:
    if article.cover_renditions:
        return request.build_absolute_uri(default_storage.url(article.cover_renditions[-1]["name"]))
    if article.cover_image:
        return request.build_absolute_uri(article.cover_image.url)
    return ""


def reference(request, schema_type, obj) -> dict:
    """A short description of a record the article is about, with what each type requires."""
    data = {"@type": schema_type, "name": obj.name, "url": request.build_absolute_uri(record_url(obj))}
    if schema_type == "Event":
        if obj.starts_on:
            data["startDate"] = obj.starts_on.isoformat()
        if obj.venue:
            data["location"] = {"@type": "Place", "name": obj.venue.name}
    elif schema_type == "Course":
        data["description"] = obj.description or obj.name
    return data


def news_article(request, article) -> dict:
    """NewsArticle; `about` lists the academy records the article is about (prefetched by the view)."""
    about = [
        reference(request, subject.schema_type, obj)
        for subject in article_subjects(public_only=True) if subject.schema_type
        for obj in getattr(article, subject.relation).all()
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": article.published_at.isoformat(),
        "dateModified": max(article.updated_at, article.published_at).isoformat(),
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
        "author": (
            {"@type": "Person", "name": article.byline}
            if article.byline
            else {"@type": "Organization", "name": article.source_name or publisher(request)["name"]}
        ),
        "publisher": publisher(request),
        "keywords": [tag.name for tag in article.shown_tags],
        "about": about,
    }
    image = cover_url(request, article)
    if image:
        data["image"] = [image]
    if article.source_url:
        data["isBasedOn"] = article.source_url
    return data
