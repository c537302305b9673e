"""Load the site's seed content (news, then academy) in one transaction; safe to run again."""
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

FIXTURES = ("news.json", "academy.json")


class Command(BaseCommand):
    help = "载入 fixtures/ 中的初始内容；重复运行不会产生重复记录。"

    def handle(self, *args, **options):
        paths = [Path(settings.BASE_DIR) / "fixtures" / name for name in FIXTURES]
        present = [str(p) for p in paths if p.exists()]
        # One loaddata call: one transaction, so a broken file loads nothing at all.
        call_command("loaddata", *present, verbosity=options["verbosity"])
