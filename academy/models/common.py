"""What every academy record shares: source articles, editor notes, names and slugs, parent rows, and the
read helpers the QuerySets of every domain use (subquery counts, name search, "more from this academy").

Names are kept in the script of the text that names them (seed texts are Simplified or Traditional);
other forms and short names the texts use (市总工会, 我校) go in ``aliases``, one per line.
"""
from functools import cache

from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable

from academy.models.publishing import RecordQuerySet
from academy.name_lookup import NameGramsField
from base.derived import DerivedFields
from base.fields import NameField, NameListField
from base.natural_keys import NaturalKeyManager, NaturalKeyModel
from base.planner import Probe
from base.slugs import unique_slug
from news.models import Article
from zhtext.search import name_grams, name_index

ARTICLE = "news.Article"


def source_articles_field(related_name="+", verbose_name="来源文章"):
    """The articles a record comes from. related_name "+": the article does not list such rows itself."""
    return models.ManyToManyField(ARTICLE, verbose_name=verbose_name, blank=True, related_name=related_name)


def as_stated_field(max_length=300, **kwargs):
    """The text's own words for a role, position or honour, kept beside the structured value."""
    return models.CharField("原文表述", max_length=max_length, blank=True, **kwargs)


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@cache
def choice_labels(field):
    """A field's choices as {value: label}, built once per field. The labels stay lazy: each is translated
    into the active language when shown."""
    return dict(make_hashable(field.flatchoices))


class Common(NaturalKeyModel):
    """What every academy record has: its source articles and a note for editors."""

    editor_note = models.TextField(
        "编辑备注", blank=True,
        help_text="存疑之处、推断及其依据（例如原文“我校”指山东科技职业学院）。不在网站上显示。",
    )

    objects = NaturalKeyManager.from_queryset(RecordQuerySet)()

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        """get_kind_display() and the like, as Django's but without rebuilding the choices on every call
        (Django's translates every label to hash it: 20 µs for an organisation's kind, once per listed row)."""
        value = getattr(self, field.attname)
        return force_str(choice_labels(field).get(make_hashable(value), value), strings_only=True)


class Named(DerivedFields, Common):
    """A named thing with its own page: name, unique ASCII pinyin slug, aliases."""

    name = NameField("名称", max_length=200)
    slug = models.SlugField(
        "网址标识", max_length=120, unique=True, blank=True,
        help_text="用于网址，只含小写字母、数字和连字符。留空则按名称拼音自动生成，发布后请勿修改。",
    )
    aliases = NameListField("别称", blank=True, help_text="原文用到的简称、别称或另一种字体的写法，每行一个。")
    # Derived from name and aliases on every write path (fill_derived), for the site search: not in fixtures,
    # dumps or backups (serialize=False), which are loaded raw and filled by base.fixture_files.
    search_names = models.TextField("检索用名称", blank=True, default="", editable=False, serialize=False)
    # Their characters and character pairs, which the database indexes (academy.name_lookup).
    search_grams = NameGramsField("检索用字组", blank=True, default="", editable=False, serialize=False)

    DERIVED_FROM = ("name", "aliases")
    DERIVED_FIELDS = ("search_names", "search_grams")

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def alias_list(self):
        return split_lines(self.aliases)

    def fill_derived(self):
        """The name and aliases as the site search matches them (NameSearchMixin.named)."""
        self.search_names = name_index(self.name, *split_lines(self.aliases))
        self.search_grams = name_grams(self.search_names)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def _links(self, **where):
        """The record's rows of its source-articles link table (indexed by record, and by record and
        article together)."""
        field = self._meta.get_field("source_articles")
        through = field.remote_field.through
        return through.objects.filter(**{field.m2m_field_name(): self.pk}, **where), field.m2m_reverse_field_name()

    def news_links(self):
        """The ids of the articles that name the record, as a subquery (an index range by record)."""
        links, article = self._links()
        return links.values(article)

    def names_article(self):
        """The same as a test of one article (an index probe per article tested: base.planner.Probe)."""
        links, article = self._links()
        return Probe(links.filter(**{article: OuterRef("pk")}))

    def news(self, picks=None, wanted=10, walk=None, now=None):
        """Published articles that name the record, newest first (academy.record_news pages them), from the
        record's link rows, not from every published article. `picks` (how many there are, when the
        caller has the count) and `wanted` (the page's last row) choose the plan (ArticleQuerySet.among):
        for a record named in thousands, the date index is walked newest first and each article tested
        (names_article) until the page is full. At 100,000 articles, an academy named in 24,609: its
        newest 10 in 1.8 ms walked against 80 looked up. `walk`: the plan, when the caller chose it."""
        articles = Article.objects.published_few(now).for_links()
        return articles.among(self.news_links(), picks, wanted, probe=self.names_article, walk=walk)


class Child(Common):
    """A row that belongs to parents: its natural key is the parents' natural keys plus what tells it apart.

    ``natural_key_fields`` are lookups such as ``("person__slug", "honour__slug")``; ``shown_on`` names the
    parent whose page shows the row.
    """

    shown_on: str

    class Meta:
        abstract = True

    def get_absolute_url(self):
        return getattr(self, self.shown_on).get_absolute_url()


# --- Read helpers for the QuerySets ------------------------------------------------------------------


def count_of(model, fk, **filters):
    """How many shown `model` rows point here through `fk`, as a subquery (no join, no duplicated rows)."""
    rows = (
        model.objects.published().filter(**{fk: OuterRef("pk")}, **filters)
        .order_by().values(fk).annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(rows, output_field=models.IntegerField()), 0)


class TotalOf(Subquery):
    """How many rows a whole queryset holds, as a scalar subquery (count_of above counts per row instead).
    Uncorrelated, so the database works it out once per query (SQLite's SCALAR SUBQUERY, PostgreSQL's InitPlan)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) counted)"
    output_field = models.IntegerField()

    def __init__(self, queryset):
        super().__init__(queryset.order_by().values("pk"))


def first_and_total(queryset, limit):
    """(the first `limit` rows, how many rows there are) in one query: the count a subquery beside each
    row. Not a window count (COUNT(*) OVER ()): that builds every row in full, joins included, before the
    first is sent, where the subquery counts ids and the page sorts its rows (an academy's 677 courses at
    100,000 articles: 4.5 -> 1.7 ms on SQLite)."""
    return total_of(list(with_total(queryset, limit)))


def with_total(queryset, limit):
    """first_and_total's query, for a query compiled once (base.prepared): its rows go to total_of()."""
    return queryset.annotate(rows_in_all=TotalOf(queryset))[:limit]


def total_of(rows):
    return rows, rows[0].rows_in_all if rows else 0


class NameSearchMixin:
    """Records whose name or aliases contain every term, in any script (for the site search)."""

    def named(self, terms):
        """Records whose name or one alias holds each term (normalised: zhtext.search.query_terms), in name
        order. One LIKE per term on `search_names`, where name and aliases are normalised as the terms are
        (four LIKEs a row before: name and aliases, Simplified and Traditional spellings), on the rows
        whose names hold the term's characters (academy.name_lookup): an index lookup, not a read of every
        row, whatever the number of records."""
        queryset = self
        for term in terms:
            # The substring test first (one filter() each: filter(**kwargs) sorts them): where the database
            # reads the whole table (a term in many names), it then tests the grams only where it is.
            queryset = queryset.filter(search_names__contains=term).filter(search_grams__holds=term)
        return queryset.order_by("name", "pk")


class SameAcademyMixin:
    def at(self, academy):
        return self.filter(academy=academy)

    def beside(self, academy_id, pk):
        """The academy's other records but `pk` (a detail page's "more from this academy"); by ids, for a
        query compiled once (base.prepared)."""
        return self.filter(academy=academy_id).exclude(pk=pk)
