"""Issue 9 item 19: two app servers (two gunicorn instances on two ports) sharing the database, Redis and
the object store serve the same uploads and see each other's glossary changes at once."""
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from ops_helpers import APP_PORTS, REDIS_TEST_URL, S3_ENV

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "two-servers-Password-9"
MAKE_CONTENT = f"""
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from news.models import Article
User.objects.create_superuser('chief', 'chief@example.org', '{PASSWORD}')
a = Article.objects.create(title='两台服务器共享的工匠新闻', body='<p>工匠精神代代相传。</p>', status='published',
                           cover_alt='封面')
a.cover_image.save('shared-cover.png', ContentFile(b'bytes stored once, served to both servers'))
print(a.slug)
"""


def server_env(database_url, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({
        **S3_ENV, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0", "DATABASE_URL": database_url, "REDIS_URL": REDIS_TEST_URL,
        "MEDIA_ROOT": str(tmp_path / "no-local-media"),
        "TESTING": "1",  # static file names without collectstatic's manifest; nothing else changes
    })
    return env


def manage(env, *args):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


class Browser:
    """Just enough of a browser for the admin over plain HTTP: cookies (the site marks them Secure, which
    a cookie jar would then hold back on http://) and the CSRF token."""

    def __init__(self, port):
        self.base, self.cookies = f"http://127.0.0.1:{port}", {}

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers={
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Referer": self.base + path})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.read().decode()

    def post_form(self, path, data):
        _, page = self.request(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def start(port, env, log):
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--access-logfile", str(log), "--error-logfile", str(log.with_suffix(".err"))],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if get(port, "/healthz")[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise AssertionError(f"gunicorn on {port} did not start: {log.with_suffix('.err').read_text()}")


@pytest.fixture
def two_servers(tmp_path, object_store, db, fresh_database):
    import redis

    redis.Redis.from_url(REDIS_TEST_URL).flushdb()
    env = server_env(fresh_database("shared"), tmp_path)
    manage(env, "migrate", "--noinput")
    manage(env, "load_site_content")
    slug = manage(env, "shell", "-c", MAKE_CONTENT).strip().splitlines()[-1]
    processes = []
    try:
        for port in APP_PORTS:
            processes.append(start(port, env, tmp_path / f"access-{port}.log"))
        yield slug, tmp_path
    finally:
        for process in processes:
            process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown (TERM waits for idle workers)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_two_servers_serve_the_same_uploads_and_glossary(two_servers):
    slug, logs = two_servers
    a, b = APP_PORTS
    # The same upload, linked from both servers to the object store, which serves it.
    urls = set()
    for port in (a, b):
        status, html = get(port, f"/zh-hans/news/{slug}/")
        assert status == 200, (logs / f"access-{port}.err").read_text()[-3000:]
        urls |= set(re.findall(r'src="(http://127\.0\.0\.1:\d+/craftsman-media/media/covers/[^"]+)"', html))
    assert len(urls) == 1, urls
    with urllib.request.urlopen(urls.pop(), timeout=10) as response:
        assert response.read() == b"bytes stored once, served to both servers"

    # Warm both servers' workers and their converted-page caches in Traditional.
    for _ in range(6):
        for port in (a, b):
            assert "匠人甲" not in get(port, f"/zh-tw/news/{slug}/")[1]
    # An editor changes the glossary through server A's admin …
    editor = Browser(a)
    status, _ = editor.post_form("/admin/login/?next=/admin/", {"username": "chief", "password": PASSWORD})
    assert status == 302
    status, page = editor.post_form("/admin/variants/glossaryterm/add/", {"hans": "工匠精神", "tw": "匠人甲精神",
                                                                          "hk": "匠人乙精神", "note": ""})
    assert status == 302, page[:3000]
    # … and every worker of server B shows it on the next request, without a restart.
    for _ in range(6):
        assert "匠人甲精神" in get(b, f"/zh-tw/news/{slug}/")[1]
        assert "匠人乙精神" in get(b, f"/zh-hk/news/{slug}/")[1]
        assert "匠人甲精神" in get(a, f"/zh-tw/news/{slug}/")[1]

    # Probes stay out of the access log; pages do not.
    get(a, "/healthz")
    get(a, "/readyz")
    access = (logs / f"access-{a}.log").read_text()
    assert f"/zh-tw/news/{slug}/" in access and "/healthz" not in access and "/readyz" not in access
