"""The news section's URLs plus the site-wide home and search pages.

The names stay in the "news" namespace (news:home, news:search, news:list …) that links, templates and
tests have always used; this URLconf composes them because home and search live above news.
"""
from django.urls import path

from news.urls import urlpatterns as news_urlpatterns
from pages import views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("about/", views.about, name="about"),
    path("contact/", views.contact, name="contact"),
    *news_urlpatterns,
]
