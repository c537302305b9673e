"""Issue 9 item 18: `make backup` / `make restore`: one dated archive with the database (pg_dump on
PostgreSQL, a natural-key dump on SQLite) and the media; restored into an empty database it compares equal."""
import datetime
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPARE_EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes", "admin.logentry"]
ADD_UPLOAD = """
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from news.models import Article
name = default_storage.save('covers/2026/01/备份测试.png', ContentFile(b'not really a png, bytes that must survive'))
default_storage.save('attachments/报告.txt', ContentFile('附件内容'.encode()))
import datetime
# Microseconds that are not whole milliseconds: Django's JSON would write .000 and lose the 7.
when = datetime.datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=datetime.UTC)
article = Article.objects.create(title='备份恢复测试', body='<p>正文</p>', cover_image=name, cover_alt='图',
                                 status='published', cover_renditions=[{'width': 480, 'name': name}],
                                 published_at=when)
Article.objects.filter(pk=article.pk).update(created_at=when, updated_at=when.replace(microsecond=123456))
"""


def manage(database_url, media_root, *args):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "TESTING"}}
    env.update({"DEBUG": "1", "DATABASE_URL": database_url, "MEDIA_ROOT": str(media_root),
                "DJANGO_SETTINGS_MODULE": "config.settings"})
    env.pop("REDIS_URL", None)
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    return result


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def dump(database_url, media_root):
    out = ok(manage(database_url, media_root, "dumpdata", "--format=exact-json", "--natural-foreign", "--natural-primary",
                    *[f"--exclude={e}" for e in COMPARE_EXCLUDE]))
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in json.loads(out))


def files(root):
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_backup_restores_into_an_empty_database_and_compares_equal(tmp_path, db, fresh_database):
    source, source_media = fresh_database("src"), tmp_path / "media-src"
    ok(manage(source, source_media, "migrate", "--noinput"))
    ok(manage(source, source_media, "load_site_content"))
    ok(manage(source, source_media, "shell", "-c", ADD_UPLOAD))
    out = ok(manage(source, source_media, "backup", "--dir", str(tmp_path / "backups")))
    archives = list((tmp_path / "backups").glob("craftsman-backup-*.tar.gz"))
    assert len(archives) == 1 and str(archives[0]) in out
    with tarfile.open(archives[0]) as archive:
        names = set(archive.getnames())
        manifest = json.loads(archive.extractfile("manifest.json").read())
    engine = "postgresql" if source.startswith("postgres") else "sqlite"
    assert manifest["engine"] == engine
    assert ("database.dump" if engine == "postgresql" else "database.json") in names
    assert "media/covers/2026/01/备份测试.png" in names and "media/attachments/报告.txt" in names
    assert manifest["rows"]["news.article"] == 3

    target, target_media = fresh_database("dst"), tmp_path / "media-dst"
    ok(manage(target, target_media, "restore", str(archives[0])))
    restored = dump(target, target_media)
    assert restored == dump(source, source_media)
    assert any('"created_at": "2026-01-02T03:04:05.000007+00:00"' in row for row in restored)
    # Derived fields are not in a dump (serialize=False): the restore fills them again.
    unfilled = "from academy.models import Person; print(Person.objects.filter(search_names='').count())"
    assert ok(manage(target, target_media, "shell", "-v", "0", "-c", unfilled)).strip() == "0"
    assert files(target_media) == files(source_media) and files(target_media)

    # A second restore would mix two sites: refused, nothing changed.
    again = manage(target, target_media, "restore", str(archives[0]))
    assert again.returncode != 0 and "empty database" in again.stderr
    assert dump(target, target_media) == dump(source, source_media)


def test_restore_names_a_missing_archive(tmp_path, db):
    result = manage(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path / "m", "restore", str(tmp_path / "nope.tar.gz"))
    assert result.returncode != 0 and "找不到备份文件" in result.stderr


def test_exact_json_keeps_every_microsecond_and_loads_as_plain_json():
    """Django's JSON cuts 03:04:05.000007 to 03:04:05.000, which loads back as 03:04:05."""
    from django.core import serializers

    from config.exact_json import ExactJSONEncoder
    from news.models import Article
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=datetime.UTC)
    article = Article(pk=1, title="t", body="<p>b</p>", published_at=when, created_at=when,
                      updated_at=when.replace(microsecond=999))
    text = serializers.serialize("exact-json", [article], fields=["published_at", "created_at", "updated_at"])
    assert '"2026-01-02T03:04:05.000007+00:00"' in text and '"2026-01-02T03:04:05.000999+00:00"' in text
    (loaded,) = serializers.deserialize("json", text)
    assert (loaded.object.published_at, loaded.object.updated_at) == (when, when.replace(microsecond=999))
    plain = serializers.serialize("json", [article], fields=["published_at"])
    assert '"2026-01-02T03:04:05.000Z"' in plain  # what the backup used to write
    assert json.dumps(datetime.time(1, 2, 3, 4), cls=ExactJSONEncoder) == '"01:02:03.000004"'
    # Everything else is written as Django writes it.
    assert serializers.serialize("exact-json", [article], fields=["title", "body"]) \
        == serializers.serialize("json", [article], fields=["title", "body"])
