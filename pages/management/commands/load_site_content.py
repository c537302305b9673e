"""Load the site's seed content (news, then academy) in one transaction; safe to run again."""
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from base.fixture_files import check_fixtures
from base.planner import refresh_statistics
from news.services import refresh_missing_renditions

FIXTURES = ("news.json", "academy.json", "glossary.json")


class Command(BaseCommand):
    help = "载入 fixtures/ 中的初始内容；重复运行不会产生重复记录。"

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=Path(settings.BASE_DIR) / "fixtures")

    def handle(self, *args, **options):
        paths = [options["dir"] / name for name in FIXTURES if (options["dir"] / name).exists()]
        check_fixtures(paths)
        # One loaddata call is one transaction: if anything still fails, nothing is loaded.
        call_command("loaddata", *map(str, paths), verbosity=options["verbosity"])
        refresh_missing_renditions()
        refresh_statistics()  # statistics for SQLite's planner of the content just loaded (base.planner)
