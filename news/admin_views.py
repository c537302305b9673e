"""The admin page where editors paste a reprint, review every repair, and save a clean draft."""
from django.contrib import messages
from django.contrib.admin.options import ModelAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views import View

from news import reprints
from news.forms import ReprintImportForm
from news.models import Article, unique_slug

# How each kind of repair and doubt is named for editors.
KIND_LABELS = {
    "pinyin": "拼音注音", "gbk": "乱码修复", "boilerplate": "版权声明与网页杂项", "injection": "植入的广告名称",
    "punctuation": "标点", "credit": "撰稿与审核署名", "subheading": "小标题", "headline": "标题",
    "lookalike": "形近字符", "note": "说明",
}


def grouped(items):
    """[(label, [items])] by kind, in the order kinds first appear."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return [(kind, KIND_LABELS.get(kind, kind), group) for kind, group in groups.items()]


def slug_suggestion(request, model_admin):
    """The slug the article would get, for the form to show while the editor types the title."""
    if not model_admin.has_add_permission(request) and not model_admin.has_change_permission(request):
        raise PermissionDenied
    article = Article(title=request.GET.get("title", "")[:200], pk=request.GET.get("pk") or None)
    return JsonResponse({"slug": unique_slug(article) if article.title.strip() else ""})


class ImportReprintView(View):
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
            **extra,
        }

    def get(self, request):
        return render(request, self.template_name, self.context(request, form=ReprintImportForm()))

    def post(self, request):
        form = ReprintImportForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, self.context(request, form=form))
        data = form.cleaned_data
        if request.POST.get("action") != "save":
            cleaned = reprints.clean(data["text"])
            return render(
                request, self.template_name,
                self.context(
                    request, form=form, cleaned=cleaned, body=reprints.body_html(cleaned),
                    repair_groups=grouped(cleaned.repairs), warning_groups=grouped(cleaned.warnings),
                ),
            )
        try:
            article, cleaned = reprints.import_reprint(data["text"], data["source_name"], data["source_url"])
        except ValidationError as exc:
            form.add_error(None, exc)
            return render(request, self.template_name, self.context(request, form=form))
        messages.success(
            request,
            f"已保存为草稿“{article.title}”：{len(cleaned.repairs)} 处修复，{len(cleaned.warnings)} 条待核实。请核对标题后再发布。",
        )
        return redirect(reverse("admin:news_article_change", args=[article.pk]))
