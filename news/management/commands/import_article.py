"""python manage.py import_article FILE [--dry-run] [--json]: a reprint in plain text becomes a draft."""
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from news import reprints


class Command(BaseCommand):
    help = "把转载的纯文本文章清理后保存为草稿，并报告每一处修改。"

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="UTF-8 plain-text file of the reprint")
        parser.add_argument("--dry-run", action="store_true", help="report the repairs without saving")
        parser.add_argument("--json", action="store_true", help="print the cleaned result as JSON; saves nothing")
        parser.add_argument("--source-name", default="", help="outlet the original appeared in")
        parser.add_argument("--source-url", default="", help="URL of the original")

    def handle(self, *args, **options):
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise CommandError(f"找不到文件：{path}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"文件不是 UTF-8 文本：{path}（{exc.reason}，位置 {exc.start}）") from exc
        if not text.strip():
            raise CommandError(f"文件是空的：{path}")

        cleaned = reprints.clean(text)
        if options["json"]:
            self.stdout.write(json.dumps(cleaned.to_dict(), ensure_ascii=False, indent=2))
            return
        self.report(cleaned)
        if options["dry_run"]:
            self.stdout.write("（试运行：未保存）")
            return
        try:
            article, _ = reprints.import_reprint(text, options["source_name"], options["source_url"])
        except ValidationError as exc:
            raise CommandError(f"未保存：{exc}") from exc
        self.stdout.write(self.style.SUCCESS(f"已保存为草稿 #{article.pk}：{article.title}（/admin/news/article/{article.pk}/change/）"))

    def report(self, cleaned):
        out = self.stdout
        out.write(f"建议标题：{cleaned.title}")
        out.write(f"字体：{cleaned.script}  撰稿：{cleaned.byline or '—'}  审核：{cleaned.reviewer or '—'}")
        out.write(f"修复 {len(cleaned.repairs)} 处：")
        for r in cleaned.repairs:
            sure = "" if r.certain else "（不确定）"
            out.write(f"  [{r.kind}] 第{r.paragraph + 1}段 {r.before!r} → {r.after!r}{sure}")
        out.write(f"待核实 {len(cleaned.warnings)} 条：")
        for w in cleaned.warnings:
            out.write(f"  [{w.kind}] {w.message}")
