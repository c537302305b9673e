import pytest
from ops_helpers import VARIANTS, drop_scratch_database
from ops_helpers import fresh_database as _fresh_database


@pytest.fixture
def fresh_database(tmp_path):
    """make(role): an empty scratch database of the suite's engine, dropped after the test (PostgreSQL
    databases outlive the test process otherwise; SQLite files go with tmp_path)."""
    from django.conf import settings

    made = []

    def make(role):
        made.append(role)
        return _fresh_database(tmp_path, role)

    yield make
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        for role in made:
            drop_scratch_database(role)


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


@pytest.fixture(scope="session")
def object_store():
    """moto's S3-protocol emulator on a local port, with the media bucket (an emulator, not AWS)."""
    import os

    import boto3
    from moto.server import ThreadedMotoServer
    from ops_helpers import BUCKET, MOTO_PORT, S3_ENV

    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        os.environ.setdefault(key, S3_ENV[key])
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=MOTO_PORT, verbose=False)
    server.start()
    client = boto3.client("s3", endpoint_url=S3_ENV["MEDIA_S3_ENDPOINT_URL"], region_name="us-east-1",
                          aws_access_key_id="emulator", aws_secret_access_key="emulator")
    client.create_bucket(Bucket=BUCKET)
    yield client
    server.stop()


@pytest.fixture
def s3_media(settings, object_store):
    """The default storage switched to the object store, as MEDIA_BUCKET does in production."""
    from ops_helpers import S3_ENV

    from config.storage import media_storage

    backend, origin = media_storage(S3_ENV)
    settings.STORAGES = {**settings.STORAGES, "default": backend}  # Django resets default_storage itself
    return origin
