"""Issue 9 item 19: media on an S3-compatible object store from the environment (default: local disk),
tested against moto's S3 emulator on a local port."""
import json
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from ops_helpers import BUCKET, MOTO_PORT, S3_ENV, closed_port

from config.storage import media_storage

pytestmark = pytest.mark.django_db


def test_local_disk_is_the_default():
    backend, origin = media_storage({})
    assert backend["BACKEND"] == "django.core.files.storage.FileSystemStorage" and origin is None


def test_bucket_in_the_environment_selects_the_object_store():
    backend, origin = media_storage(S3_ENV)
    assert backend["BACKEND"] == "storages.backends.s3.S3Storage"
    options = backend["OPTIONS"]
    assert options["bucket_name"] == BUCKET and options["endpoint_url"] == S3_ENV["MEDIA_S3_ENDPOINT_URL"]
    assert options["querystring_auth"] is False  # stable URLs: cached pages stay valid
    assert origin == f"http://127.0.0.1:{MOTO_PORT}"
    _, cdn = media_storage({**S3_ENV, "MEDIA_CUSTOM_DOMAIN": "media.example.org"})
    assert cdn == "http://media.example.org" or cdn == "https://media.example.org"


def test_uploads_go_to_the_bucket_and_are_served_from_it(s3_media, object_store):
    name = default_storage.save("covers/2026/01/样张.png", ContentFile(b"\x89PNG object-store bytes"))
    keys = [o["Key"] for o in object_store.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert f"media/{name}" in keys
    url = default_storage.url(name)
    assert url.startswith(f"{s3_media}/{BUCKET}/media/covers/2026/01/")
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.read() == b"\x89PNG object-store bytes"
    # Another upload of the same name is a second object, never an overwrite.
    assert default_storage.save("covers/2026/01/样张.png", ContentFile(b"other")) != name


def test_article_cover_on_the_object_store_is_shown_and_allowed_by_the_csp(client, s3_media, make_article, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    article = make_article(title="对象存储封面")
    article.cover_image = SimpleUploadedFile("cover.png", b"cover bytes", content_type="image/png")
    article.cover_alt = "封面"
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert f"{s3_media}/{BUCKET}/media/covers/" in html


def test_csp_allows_images_from_the_media_origin():
    import os
    import subprocess
    import sys

    env = {**{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}, **S3_ENV, "DEBUG": "1",
           "DJANGO_SETTINGS_MODULE": "config.settings"}
    code = "from django.conf import settings as s; print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], env=env, capture_output=True,
                         text=True, timeout=120)
    assert f"http://127.0.0.1:{MOTO_PORT}" in out.stdout, out.stderr


def test_readyz_checks_the_object_store(client, s3_media, settings):
    assert json.loads(client.get("/readyz").content)["media"].startswith("ok")
    backend, _ = media_storage({**S3_ENV, "MEDIA_S3_ENDPOINT_URL": f"http://127.0.0.1:{closed_port()}"})
    backend["OPTIONS"]["client_config"] = __import__("botocore.config").config.Config(
        connect_timeout=1, retries={"max_attempts": 0})
    settings.STORAGES = {**settings.STORAGES, "default": backend}
    response = client.get("/readyz")
    assert response.status_code == 503 and json.loads(response.content)["media"] == "unavailable"


def test_backup_includes_object_store_media(s3_media, tmp_path):
    import tarfile

    from config.backups import create_backup

    default_storage.save("attachments/备份.txt", ContentFile("对象存储里的附件".encode()))
    with tarfile.open(create_backup(tmp_path)) as archive:
        assert archive.extractfile("media/attachments/备份.txt").read().decode() == "对象存储里的附件"
