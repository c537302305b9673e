from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import TemplateView

from config import password_reset, sitemaps
from variants import views as variant_views

urlpatterns = [
    *password_reset.urlpatterns,  # before the admin's own URLs, which would take admin/… first
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemaps.index, name="sitemap-index"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    # Resolved per request: the hashed name exists only after collectstatic.
    path("favicon.ico", lambda request: redirect(static_url("img/favicon.svg"), permanent=True)),
    path("variant/<str:code>/", variant_views.choose_variant, name="choose-variant"),
    path("files/", include("medialib.urls")),
]

# Every public page exists once per script variant: /zh-hans/…, /zh-tw/…, /zh-hk/…. An unprefixed URL
# redirects to the reader's variant (remembered choice, else the browser's languages).
urlpatterns += i18n_patterns(
    path("sitemap.xml", sitemaps.variant_index, name="sitemap-variant-index"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name=sitemaps.SECTION_URL_NAME),
    path("", include("academy.urls")),
    path("", include("pages.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
