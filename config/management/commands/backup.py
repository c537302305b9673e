from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "把数据库（PostgreSQL 用 pg_dump，SQLite 用自然键导出）和上传的媒体文件备份到一个带日期的压缩包。"

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=Path(settings.BASE_DIR) / "backups",
                            help="where the archive is written (default: backups/)")

    def handle(self, *args, **options):
        try:
            path = create_backup(options["dir"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"备份完成：{path}")
