"""Load the site's seed content (news, then academy) in one transaction; safe to run again.

loaddata saves rows raw, so no article's mentions are found on the way in (academy.services skips raw
saves): they are found afterwards for the articles just loaded, as a save in the admin would, so a fresh
site shows its linked first mentions and editors see 本文提到的记录 at once.
"""
import json
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from academy.services import refresh_all_mentions
from base.fixture_files import check_fixtures
from base.planner import refresh_statistics
from news.models import Article
from news.services import refresh_missing_renditions

FIXTURES = ("news.json", "academy.json", "glossary.json")


class Command(BaseCommand):
    help = "载入 fixtures/ 中的初始内容；重复运行不会产生重复记录。"

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=Path(settings.BASE_DIR) / "fixtures")

    def handle(self, *args, **options):
        paths = [options["dir"] / name for name in FIXTURES if (options["dir"] / name).exists()]
        check_fixtures(paths)
        with transaction.atomic():  # one transaction: if anything still fails, nothing is loaded
            call_command("loaddata", *map(str, paths), verbosity=options["verbosity"])
            refresh_all_mentions(Article.objects.filter(slug__in=_article_slugs(paths)))
        refresh_missing_renditions()
        refresh_statistics()  # statistics for SQLite's planner of the content just loaded (base.planner)


def _article_slugs(paths) -> list[str]:
    return [row["fields"]["slug"] for path in paths for row in json.loads(path.read_text(encoding="utf-8"))
            if row.get("model") == "news.article"]
