"""The admin page where editors paste a reprint, review every repair, and save a clean draft."""
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.options import ModelAdmin
from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from editorial.models import AuditEntry
from editorial.revisions import log, save_revision
from news import reprints
from news.forms import ReprintImportForm
from news.models import Article, unique_slug
from zhtext.repair_kinds import REPAIR_KINDS

# How each kind of repair and doubt is named for editors (the log never shows the English keys).
KIND_LABELS = REPAIR_KINDS


def grouped(items):
    """[(kind, label, [items])] by kind, in the order kinds first appear."""
    groups: dict[str, list] = {}
    for item in items:
        kind = item["kind"] if isinstance(item, dict) else item.kind
        groups.setdefault(kind, []).append(item)
    return [(kind, KIND_LABELS.get(kind, "其他"), group) for kind, group in groups.items()]


def slug_suggestion(request, model_admin):
    """The slug the article would get, for the form to show while the editor types the title."""
    if not model_admin.has_add_permission(request) and not model_admin.has_change_permission(request):
        raise PermissionDenied
    article = Article(title=request.GET.get("title", "")[:200], pk=request.GET.get("pk") or None)
    return JsonResponse({"slug": unique_slug(article) if article.title.strip() else ""})


@method_decorator(csrf_exempt, name="dispatch")
class ImportReprintView(View):
    """Paste or upload, preview with every repair to accept or reject, save the reviewed draft.

    CSRF is checked here rather than by the middleware, so that a paste too large for the
    server (RequestDataTooBig while the middleware reads the form) gets this page with the limit
    instead of Django's bare "Bad Request (400)"."""

    model_admin: ModelAdmin = None
    template_name = "admin/news/article/import.html"

    def dispatch(self, request, *args, **kwargs):
        if not self.model_admin.has_add_permission(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def context(self, request, **extra):
        return {
            **self.model_admin.admin_site.each_context(request),
            "opts": self.model_admin.model._meta,
            "title": "导入转载文章",
            "max_chars": reprints.MAX_CHARS,
            "max_request_mb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024),
            **extra,
        }

    def get(self, request):
        return render(request, self.template_name, self.context(request, form=ReprintImportForm()))

    def too_big(self, request):
        size = int(request.META.get("CONTENT_LENGTH") or 0) / 1024 / 1024
        message = (
            f"提交的内容约 {size:.1f} MB，超过网站一次能接收的 {self.context(request)['max_request_mb']} MB，"
            f"所以没有收到。导入上限是 {reprints.MAX_CHARS:,} 字：请检查是否多粘贴了内容，"
            "或把原文保存为 .txt / .html 文件后用“上传文件”导入。"
        )
        context = self.context(request, form=ReprintImportForm(), page_error=message)
        return render(request, self.template_name, context, status=413)

    def post(self, request):
        try:
            request.POST  # noqa: B018 - parse now, so that a too large body is answered here
            request.FILES  # noqa: B018
        except RequestDataTooBig:
            return self.too_big(request)
        rejected = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
        if rejected is not None:
            return rejected
        form = ReprintImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return render(request, self.template_name, self.context(request, form=form))
        data = form.cleaned_data
        if data["file"]:
            # the decoded file goes into the text box, so that saving sends what was previewed
            form = ReprintImportForm({**request.POST.dict(), "text": data["text"]})
            form.is_valid()
        shown = request.POST.getlist("shown")
        accepted = set(request.POST.getlist("accept"))
        decisions = {rid: rid in accepted for rid in shown}
        if request.POST.get("action") == "save":
            try:
                article, cleaned = reprints.import_reprint(
                    data["text"], data["source_name"], data["source_url"], decisions
                )
            except ValidationError as exc:
                for message in reprints.model_errors(exc):
                    form.add_error(None, message)
            else:
                taken = sum(1 for r in cleaned.repairs if r.accepted)
                Article.objects.filter(pk=article.pk).update(owner=request.user)
                article.owner = request.user
                save_revision(article, request.user, "导入转载")
                log(request.user, AuditEntry.Action.IMPORT, article,
                    f"导入转载：采纳 {taken} 处修改，{len(cleaned.warnings)} 条待核实")
                messages.success(
                    request,
                    f"已保存为草稿“{article.title}”：采纳 {taken} 处修改，未采纳 {len(cleaned.repairs) - taken} 处，"
                    f"{len(cleaned.warnings)} 条待核实。导入记录保存在文章的“记录”栏。",
                )
                return redirect(reverse("admin:news_article_change", args=[article.pk]))
        cleaned = reprints.clean(data["text"], decisions)
        return render(
            request, self.template_name,
            self.context(
                request, form=form, cleaned=cleaned, body=reprints.body_html(cleaned),
                repair_groups=grouped(cleaned.repairs), warning_groups=grouped(cleaned.warnings),
                uncertain=sum(1 for r in cleaned.repairs if not r.certain),
            ),
        )


def render_import_log(report: dict) -> str:
    """The import log kept on a draft, in Chinese: warnings, then every repair with before, after,
    certainty and the editor's decision. Older reports (only warnings and a count) still read."""
    from django.utils.html import format_html, format_html_join

    report = report or {}
    warnings = report.get("warnings", [])
    repairs = report.get("repairs", [])
    if not warnings and not repairs:
        return "—"
    parts = [format_html_join(
        "\n", "<p><strong>{}</strong>：{}</p>",
        ((KIND_LABELS.get(w.get("kind", ""), "其他"), w.get("message", "")) for w in warnings),
    )]
    if "repair_count" in report and not repairs:
        parts.append(format_html("<p>导入时共修复 {} 处（逐项记录未保存）。</p>", report["repair_count"]))
    if repairs:
        taken = sum(1 for r in repairs if r.get("accepted", True))
        rows = format_html_join("\n", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", (
            (
                r.get("paragraph", 0) + 1,
                KIND_LABELS.get(r.get("kind", ""), "其他") + ("（删除整句）" if r.get("removes_sentence") else ""),
                r.get("before", ""),
                r.get("after", "") or "（删除）",
                "确定" if r.get("certain", True) else "不确定",
                "已采纳" if r.get("accepted", True) else "未采纳（保留原文）",
            )
            for r in repairs
        ))
        parts.append(format_html(
            '<details class="import-log"><summary>逐项修改记录：共 {} 处，采纳 {} 处，未采纳 {} 处</summary>'
            '<table><thead><tr><th scope="col">段落</th><th scope="col">类别</th><th scope="col">原文</th>'
            '<th scope="col">改为</th><th scope="col">把握</th><th scope="col">编辑决定</th></tr></thead>'
            "<tbody>{}</tbody></table></details>",
            len(repairs), taken, len(repairs) - taken, rows,
        ))
    return format_html_join("\n", "{}", ((p,) for p in parts))
