from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.shortcuts import redirect
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import TemplateView

from config.sitemaps import SITEMAPS

admin.site.site_header = "劳模工匠学院 · 内容管理"
admin.site.site_title = "劳模工匠学院管理"
admin.site.index_title = "内容管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    # Resolved per request: the hashed name exists only after collectstatic.
    path("favicon.ico", lambda request: redirect(static_url("img/favicon.svg"), permanent=True)),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("", include("academy.urls")),
    path("", include("news.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
