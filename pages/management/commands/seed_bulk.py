"""A scale data set: many articles, people and courses made from the seed texts, bulk-inserted.

    manage.py seed_bulk --articles 100000 --people 10000 --courses 2000

Run after load_site_content (the seed articles are the source of the text). Articles get 2–3 KB bodies of
sentences from the seed articles, 1–3 of --tags tags and dates spread over --years years; every derived
field is filled as save() would fill it (sanitised body, slug, search tokens: ArticleQuerySet.bulk_create). People get generated names
(zhtext.sample_names), a mentor role at an existing academy; courses an academy and one or two teachers.
The generated articles name records as real news does (--no-links to skip): two in five an academy, half a
person, one in ten a course, each drawn with weights 1/rank, so a few records are named in thousands of
articles and most in a handful (academy.record_news at size). The name is written in a sentence of the body,
and each gets what an editor's save would leave: the source-articles link and an accepted ArticleMention,
so the article page draws its body link as it does for real news.
Rows are inserted in batches with bulk_create inside one transaction; slugs are prefixed `bulk-` so a
second run adds rows instead of colliding (--prefix).
"""
import datetime
import itertools
import random
import re
from collections import defaultdict
from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag

from academy.models import Academy, AcademyRole, ArticleMention, Course, Person
from base.planner import refresh_statistics
from news import archive
from news.html import sanitize_html
from news.models import Article, ArticleTag
from variants.glossary import bump_version
from zhtext.sample_names import person_names

BATCH = 2000
_SENTENCE = re.compile(r"[^。！？]+[。！？]")
_TAGS = re.compile(r"<[^>]+>")


def seed_sentences():
    sentences = []
    for body in Article.objects.exclude(slug__startswith="bulk-").values_list("body", flat=True):
        text = _TAGS.sub("\n", body)
        sentences += [s.strip() for s in _SENTENCE.findall(text) if 8 <= len(s.strip()) <= 200]
    if not sentences:
        raise CommandError("没有可用的种子文章：请先运行 manage.py load_site_content。")
    return sentences


@dataclass(frozen=True)
class NamedPool:
    """Records of one kind that generated articles name: `share` of the articles names one, drawn with weight
    1/rank (so a few records are named in thousands of articles and most in a handful), in a sentence `says`."""

    kind: str
    model: type
    share: float
    says: str
    records: list  # (pk, name) in pk order
    weights: list  # cumulative 1/rank


def named_pools() -> list[NamedPool]:
    pools = []
    for kind, model, share, says in (
        (ArticleMention.Kind.ACADEMY, Academy, 0.4, "{}举办了新一期技能培训班。"),
        (ArticleMention.Kind.PERSON, Person, 0.5, "{}在会上介绍了自己的经验。"),
        (ArticleMention.Kind.COURSE, Course, 0.1, "本期开设的{}吸引了众多职工报名。"),
    ):
        records = list(model.objects.order_by("pk").values_list("pk", "name"))
        if records:
            weights = list(itertools.accumulate(1 / rank for rank in range(1, len(records) + 1)))
            pools.append(NamedPool(kind, model, share, says, records, weights))
    return pools


class Command(BaseCommand):
    help = "Bulk-insert a scale data set made from the seed articles (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0)
        parser.add_argument("--people", type=int, default=0)
        parser.add_argument("--courses", type=int, default=0)
        parser.add_argument("--tags", type=int, default=200)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--prefix", default="bulk")
        parser.add_argument("--no-links", dest="links", action="store_false", help="no article-record links")

    def handle(self, *args, **options):
        rng = random.Random(options["seed"])
        prefix = options["prefix"]
        with transaction.atomic():
            # Records first, so that the articles can name them in their text.
            people = self.people(rng, prefix, options["people"]) if options["people"] else []
            if options["courses"]:
                self.courses(rng, prefix, options["courses"], people or list(Person.objects.all()[:5000]))
            if options["articles"]:
                named = named_pools() if options["links"] else []
                self.articles(rng, prefix, options["articles"], options["tags"], options["years"], named)
        # bulk_create sends no signals: what saves would have invalidated, invalidate once.
        bump_version()
        archive.forget()
        if connection.vendor == "postgresql":
            # What autovacuum does soon after a large load: statistics (the planner chose a scan of every published
            # article for a lookup of 60 ids without them) and the visibility map (an index-only count read
            # every row without it).
            # VACUUM cannot run inside a transaction (a caller's atomic block, a test): ANALYZE alone can.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        else:
            refresh_statistics()  # SQLite has no such daemon: what a deploy's migrate does (base.planner)

    def say(self, message):
        self.stdout.write(message)

    def articles(self, rng, prefix, count, tag_count, years, named):
        sentences = seed_sentences()
        tags = [Tag.objects.get_or_create(slug=f"{prefix}-tag-{i}", defaults={"name": f"专题{i:03d}"})[0]
                for i in range(tag_count)]
        now = timezone.now()
        span = years * 365 * 24 * 3600
        made = 0
        while made < count:
            batch, names = [], []
            for i in range(made, min(count, made + BATCH)):
                paragraphs, size = [], 0
                while size < rng.randint(2000, 3000) // 3:  # 2–3 KB of UTF-8
                    paragraphs.append("".join(rng.sample(sentences, k=min(len(sentences), rng.randint(2, 5)))))
                    size += len(paragraphs[-1])
                picked = [(pool, record, pool.says.format(record[1])) for pool in named if rng.random() < pool.share
                          for record in rng.choices(pool.records, cum_weights=pool.weights)]
                for _pool, _record, sentence in picked:  # each said at the end of a paragraph, as news does
                    where = rng.randrange(len(paragraphs))
                    paragraphs[where] += sentence
                names.append(picked)
                title = rng.choice(sentences).rstrip("。！？")[:40]
                article = Article(
                    title=f"{title}（{i + 1}）", slug=f"{prefix}-{i + 1}", summary=rng.choice(sentences),
                    body=sanitize_html("".join(f"<p>{p}</p>" for p in paragraphs)), status=Article.Status.PUBLISHED,
                    published_at=now - datetime.timedelta(seconds=rng.randint(60, span)), featured=rng.random() < 0.01,
                    source_name="种子文章改写",
                )
                batch.append(article)
            created = Article.objects.bulk_create(batch)
            if tags:
                ArticleTag.objects.bulk_create(
                    [ArticleTag(content_object=a, tag=t) for a in created for t in rng.sample(tags, k=min(len(tags), rng.randint(1, 3)))],
                )
            self.link(created, names)
            made += len(batch)
            self.say(f"articles: {made}/{count}")

    @staticmethod
    def link(articles, names):
        """What an editor's save leaves for each record an article names: the article among the record's
        source articles, and an accepted ArticleMention whose body link the article page draws."""
        sources, mentions = defaultdict(list), []
        for article, picked in zip(articles, names, strict=True):
            for pool, (record, _name), sentence in picked:
                sources[pool.model].append((record, article.pk))
                mentions.append(ArticleMention(
                    article_id=article.pk, kind=pool.kind, **{f"{pool.kind}_id": record}, count=1, context=sentence,
                    status=ArticleMention.Status.ACCEPTED, linked=True,
                ))
        for model, pairs in sources.items():
            field = model._meta.get_field("source_articles")
            through = field.remote_field.through
            own, article_id = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create([through(**{own: r, article_id: a}) for r, a in pairs], ignore_conflicts=True)
        ArticleMention.objects.bulk_create(mentions, batch_size=BATCH)

    def people(self, rng, prefix, count):
        academies = list(Academy.objects.all())
        names = person_names(count, seed=rng.randint(0, 10**6))
        existing = set(Person.objects.values_list("name", flat=True))
        people = []
        for start in range(0, count, BATCH):
            batch = [Person(name=name, slug=f"{prefix}-person-{start + i + 1}")
                     for i, name in enumerate(names[start:start + BATCH]) if name not in existing]
            people += Person.objects.bulk_create(batch)
            if academies:
                AcademyRole.objects.bulk_create(
                    AcademyRole(person=p, academy=rng.choice(academies), role=AcademyRole.Role.MENTOR, order=100 + i)
                    for i, p in enumerate(people[-len(batch):])
                )
            self.say(f"people: {len(people)}/{count}")
        return people

    def courses(self, rng, prefix, count, teachers):
        academies = list(Academy.objects.all())
        if not academies:
            raise CommandError("没有学院：请先运行 manage.py load_site_content。")
        sentences = seed_sentences()
        Teacher = Course.teachers.through
        for start in range(0, count, BATCH):
            batch = [
                Course(
                    name=rng.choice(sentences).rstrip("。！？")[:60] + f"（第{start + i + 1}讲）",
                    slug=f"{prefix}-course-{start + i + 1}", academy=rng.choice(academies),
                    format=rng.choice(Course.Format.values), description=rng.choice(sentences),
                )
                for i in range(min(BATCH, count - start))
            ]
            created = Course.objects.bulk_create(batch)
            if teachers:
                Teacher.objects.bulk_create(
                    Teacher(course_id=c.pk, person_id=p.pk) for c in created for p in rng.sample(teachers, k=min(len(teachers), rng.randint(1, 2)))
                )
            self.say(f"courses: {start + len(batch)}/{count}")
