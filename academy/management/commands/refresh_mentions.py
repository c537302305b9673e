"""python manage.py refresh_mentions [--article PK]: find directory records in articles again.

Run after records' names or aliases change (or records are added): every article's mentions and its
proposed new records (可新建的记录) are brought up to date; editors' decisions are kept
(academy.services, academy.proposal_services).
"""
from django.core.management.base import BaseCommand

from academy.services import refresh_all_mentions
from news.models import Article


class Command(BaseCommand):
    help = "重新识别文章中提到的学院、机构、人物等记录及可新建的记录（保留编辑的决定）。"

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", help="only this article (repeatable)")

    def handle(self, *args, **options):
        articles = Article.objects.only("pk", "title", "summary", "body").order_by("pk")
        if options["article"]:
            articles = articles.filter(pk__in=options["article"])
        n = refresh_all_mentions(articles)
        self.stdout.write(f"已重新识别 {n} 篇文章。")
