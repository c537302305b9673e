"""Issue 9 item 18: `make backup` / `make restore`: one dated archive with the database (pg_dump on
PostgreSQL, a natural-key dump on SQLite) and the media; restored into an empty database it compares equal."""
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
Article.objects.create(title='备份恢复测试', body='<p>正文</p>', cover_image=name, cover_alt='图',
                       status='published', cover_renditions=[{'width': 480, 'name': name}])
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
    out = ok(manage(database_url, media_root, "dumpdata", "--natural-foreign", "--natural-primary",
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
    assert dump(target, target_media) == dump(source, source_media)
    assert files(target_media) == files(source_media) and files(target_media)

    # A second restore would mix two sites: refused, nothing changed.
    again = manage(target, target_media, "restore", str(archives[0]))
    assert again.returncode != 0 and "empty database" in again.stderr
    assert dump(target, target_media) == dump(source, source_media)


def test_restore_names_a_missing_archive(tmp_path, db):
    result = manage(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path / "m", "restore", str(tmp_path / "nope.tar.gz"))
    assert result.returncode != 0 and "找不到备份文件" in result.stderr
