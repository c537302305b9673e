from django.core.management.base import BaseCommand

from news import reading


class Command(BaseCommand):
    help = "把待写入的浏览次数写入数据库（网站也会每隔 VIEW_COUNT_FLUSH_SECONDS 秒自动写入一次）。"

    def handle(self, *args, **options):
        written = reading.flush()
        self.stdout.write(f"已写入 {written} 次浏览。")
