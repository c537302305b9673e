"""The admin as an editors' desk: the front page shows what waits for whom; news comes first in the menu;
rows that only link records (honours held, positions, roles, organisers) are edited inline, not listed."""
from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import path

from news.desk import desk

# The menu's order: news and its media library first, then the academy directory, then the rest.
APP_ORDER = ("news", "medialib", "academy", "variants", "taggit", "editorial", "auth", "axes")


class EditorsDesk(admin.AdminSite):
    site_header = "劳模工匠学院 · 内容管理"
    site_title = "劳模工匠学院管理"
    index_title = "编辑工作台"
    index_template = "admin/desk.html"

    def index(self, request, extra_context=None):
        sections = desk(request.user)
        context = {"desk": sections, "attention": sum(s["count"] for s in sections if s["key"] in ("review", "returned"))}
        return super().index(request, {**context, **(extra_context or {})})

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        rank = {label: i for i, label in enumerate(APP_ORDER)}
        return sorted(apps, key=lambda app: rank.get(app["app_label"], len(APP_ORDER)))

    def get_urls(self):
        return [path("guide/", self.admin_view(self.guide_view), name="guide")] + super().get_urls()

    def guide_view(self, request):
        """A short guide for editors, in Chinese, linked from every admin page."""
        return TemplateResponse(request, "admin/guide.html", {**self.each_context(request), "title": "编辑指南"})
