from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "从 backup 生成的压缩包恢复数据库和媒体文件；只恢复到空数据库。"

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, **options):
        if not options["archive"].is_file():
            raise CommandError(f"找不到备份文件：{options['archive']}")
        try:
            manifest = restore_backup(options["archive"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"恢复完成：{manifest['created']} 的备份，{sum(manifest['rows'].values())} 行数据，"
            f"{len(manifest['media'])} 个媒体文件。"
        )
