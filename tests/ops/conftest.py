import pytest
from ops_helpers import VARIANTS


@pytest.fixture
def public_paths(site):
    """One address of each public page type, in every script variant."""
    from django.urls import reverse
    from django.utils import translation

    from academy.models import Academy, Course
    from news.models import Article

    article = Article.objects.published().filter(tags__isnull=False).first()
    paths = []
    for variant in VARIANTS:
        with translation.override(variant):
            paths += [
                reverse("news:home"), reverse("news:list"), reverse("news:search") + "?q=劳模",
                reverse("news:article", kwargs={"slug": article.slug}),
                reverse("news:tag", kwargs={"slug": article.tags.first().slug}),
                reverse("academy:academy-list"), reverse("academy:course-list"), reverse("academy:person-list"),
                reverse("academy:base-list"), reverse("academy:event-list"), reverse("academy:organisation-list"),
                Academy.objects.first().get_absolute_url(), Course.objects.first().get_absolute_url(),
            ]
    return paths
