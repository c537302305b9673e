"""The news section's URLs, included through pages.urls (which adds home and search, same namespace)."""
from django.urls import path

from news import feeds, views

urlpatterns = [
    path("news/", views.article_list, name="list"),
    path("notices/", views.notice_list, name="notices"),
    path("notices/feed/rss/", feeds.NoticesRss(), name="notices-feed-rss"),
    path("notices/feed/atom/", feeds.NoticesAtom(), name="notices-feed-atom"),
    path("news/feed/rss/", feeds.LatestArticlesRss(), name="feed-rss"),
    path("news/feed/atom/", feeds.LatestArticlesAtom(), name="feed-atom"),
    path("news/tag/<str:slug>/", views.tag_detail, name="tag"),
    path("news/archive/<int:year>/", views.archive_year, name="archive-year"),
    path("news/archive/<int:year>/<int:month>/", views.archive_month, name="archive-month"),
    path("news/preview/<int:pk>/", views.article_preview, name="preview"),
    path("news/<slug:slug>/", views.article_detail, name="article"),
]
