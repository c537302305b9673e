"""The academy's writes: mentions of directory records in articles, and the editor's decisions on them.

``article_mentions_refresh(article)`` runs zhtext.mentions over the article's title, summary and body
and brings its ArticleMention rows up to date. What an editor decided (accepted or rejected) is never
changed by a refresh: only the count, the context and the ambiguous and doubt flags are. Undecided
mentions follow the rule: clear ones are accepted (and link the article to the record); ambiguous ones
(one name, two records) and doubtful ones (a name that reads as other words wherever it stands,
zhtext.name_reading) stay proposed. An undecided mention the text no longer makes is removed with the link it made; a decided
one is kept with count 0, so the decision is remembered if the name comes back.
"""
from django.db import transaction

from academy.mentions import article_text, directory_records, mentions_in
from academy.models import ArticleMention

Status = ArticleMention.Status


def _link(mention: ArticleMention) -> None:
    """Add the article to the record's source_articles, remembering whether this mention added it."""
    sources = mention.record.source_articles
    if not sources.filter(pk=mention.article_id).exists():
        sources.add(mention.article_id)
        mention.linked = True


def _unlink(mention: ArticleMention) -> None:
    """Remove the link only if this mention made it (an editor's own link on the record stays)."""
    if mention.linked:
        mention.record.source_articles.remove(mention.article_id)
        mention.linked = False


def _apply_status(mention: ArticleMention, status: str) -> None:
    mention.status = status
    if status == Status.ACCEPTED:
        _link(mention)
    else:
        _unlink(mention)


def decide_mention(mention: ArticleMention, status: str) -> ArticleMention:
    """The editor accepts, rejects or un-decides (back to proposed) a mention."""
    with transaction.atomic():
        _apply_status(mention, status)
        mention.decided = status != Status.PROPOSED
        mention.save()
    return mention


@transaction.atomic
def article_mentions_refresh(article, records=None) -> list[ArticleMention]:
    """Find the directory's records in the article and update its mentions (see the module's doc)."""
    found = {m.record_id: m for m in mentions_in(article_text(article), records)}
    existing = {(m.kind, getattr(m, f"{m.kind}_id")): m for m in ArticleMention.objects.filter(article=article)}
    rows = []
    for key, found_mention in found.items():
        kind, pk = key
        mention = existing.pop(key, None) or ArticleMention(article=article, kind=kind, **{f"{kind}_id": pk})
        mention.count, mention.context = found_mention.count, found_mention.context[:1000]
        mention.ambiguous, mention.doubt = found_mention.ambiguous, found_mention.doubt[:200]
        if not mention.decided:
            _apply_status(mention, Status.PROPOSED if mention.ambiguous or mention.doubt else Status.ACCEPTED)
        mention.save()
        rows.append(mention)
    for mention in existing.values():  # no longer in the text
        if mention.decided:
            if mention.count:
                mention.count = 0
                mention.save(update_fields=["count"])
        else:
            _unlink(mention)
            mention.delete()
    return rows


def refresh_all_mentions(articles) -> int:
    """Every article's mentions and proposed new records against the directory as it is now (after
    names or aliases changed, or records were added)."""
    from academy.proposal_services import (  # imports this module
        article_proposals_refresh,
        directory_honour_names,
    )

    records, honours = directory_records(), directory_honour_names()  # read once for all the articles
    n = 0
    for article in articles.iterator(chunk_size=200):
        article_mentions_refresh(article, records)
        article_proposals_refresh(article, records, honours)
        n += 1
    return n


TEXT_FIELDS = {"title", "summary", "body"}


def refresh_on_article_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save receiver for news.Article (connected in AcademyConfig.ready: news cannot import academy).
    Runs after the commit, so an import or an admin save is complete (and not slowed by a failure here)."""
    if raw:  # loaddata: fixtures carry their own links
        return
    if update_fields is not None and not TEXT_FIELDS & set(update_fields):
        return  # e.g. new cover renditions: the text did not change
    pk = instance.pk
    transaction.on_commit(lambda: _refresh_by_pk(instance.__class__, pk))


def _refresh_by_pk(model, pk):
    from academy.proposal_services import article_proposals_refresh  # it imports this module

    article = model.objects.filter(pk=pk).only("pk", "title", "summary", "body").first()
    if article is not None:
        records = directory_records()
        article_mentions_refresh(article, records)
        article_proposals_refresh(article, records)
