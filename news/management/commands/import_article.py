"""python manage.py import_article FILE [--dry-run] [--json] [--accept-uncertain]: a reprint becomes a draft.

FILE is plain text (UTF-8, GBK/GB18030 or Big5, detected) or a saved web page (.html, WeChat
articles included). Certain repairs are applied; uncertain ones are reported and left for an
editor, unless --accept-uncertain takes them all (what an editor accepting every proposal would get).
"""
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from news import reprints
from news.textfiles import TextFileError, read_text_file
from zhtext.repair_kinds import REPAIR_KINDS as KIND_LABELS


class Command(BaseCommand):
    help = "把转载文章（纯文本或保存的网页）清理后保存为草稿，并报告每一处修改。"

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the reprint: .txt (UTF-8, GBK/GB18030, Big5) or .html")
        parser.add_argument("--dry-run", action="store_true", help="report the repairs without saving")
        parser.add_argument("--json", action="store_true", help="print the cleaned result as JSON; saves nothing")
        parser.add_argument("--accept-uncertain", action="store_true", help="apply the uncertain repairs too")
        parser.add_argument("--source-name", default="", help="outlet the original appeared in")
        parser.add_argument("--source-url", default="", help="URL of the original")

    def read(self, path: Path) -> str:
        try:
            text, encoding = read_text_file(path, reprints.MAX_CHARS)
        except TextFileError as exc:
            raise CommandError(str(exc)) from exc
        if encoding != "UTF-8":
            self.stderr.write(f"文件编码：{encoding}（已自动识别）")
        return text

    def handle(self, *args, **options):
        text = self.read(options["file"])
        decisions = None
        cleaned = reprints.clean(text)
        if options["accept_uncertain"]:
            decisions = {r.id: True for r in cleaned.repairs}
            cleaned = reprints.clean(text, decisions)
        if options["json"]:
            self.stdout.write(json.dumps(cleaned.to_dict(), ensure_ascii=False, indent=2))
            return
        self.report(cleaned)
        if options["dry_run"]:
            self.stdout.write("（试运行：未保存）")
            return
        try:
            article, _ = reprints.import_reprint(text, options["source_name"], options["source_url"], decisions)
        except ValidationError as exc:
            raise CommandError("未保存：" + "；".join(reprints.model_errors(exc))) from exc
        self.stdout.write(self.style.SUCCESS(f"已保存为草稿 #{article.pk}：{article.title}（/admin/news/article/{article.pk}/change/）"))

    def report(self, cleaned):
        out = self.stdout
        origin = {"text": "取自原文", "generated": "根据首句生成"}.get(cleaned.title_origin, "")
        out.write(f"建议标题：{cleaned.title}（{origin}）")
        out.write(f"发布时间：{cleaned.date_text or '—'}  来源：{cleaned.source or '—'}")
        out.write(f"字体：{cleaned.script}  撰稿：{cleaned.byline or '—'}  审核：{cleaned.reviewer or '—'}")
        out.write(f"修改 {len(cleaned.repairs)} 处：")
        for r in cleaned.repairs:
            state = "" if r.accepted else "（不确定，未采纳）"
            out.write(f"  [{KIND_LABELS.get(r.kind, r.kind)}] 第{r.paragraph + 1}段 {r.before!r} → {r.after!r}{state}")
        out.write(f"待核实 {len(cleaned.warnings)} 条：")
        for w in cleaned.warnings:
            out.write(f"  [{KIND_LABELS.get(w.kind, w.kind)}] {w.message}")
