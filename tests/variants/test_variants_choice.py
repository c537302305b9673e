"""Which variant a reader gets: the URL, then their remembered choice, then their browser."""
import pytest

from variants.choice import from_accept_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("header, variant", [
    ("zh-TW,zh;q=0.9", "zh-tw"),
    ("zh-Hant", "zh-tw"),
    ("zh-Hant-HK", "zh-hk"),
    ("zh-HK", "zh-hk"),
    ("zh-MO", "zh-hk"),
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh-hans"),
    ("zh-Hans-SG", "zh-hans"),
    ("zh", "zh-hans"),
    ("en-US,en;q=0.9,zh-TW;q=0.5", "zh-tw"),
    ("en-US", None),
    ("", None),
])
def test_accept_language_mapping(header, variant):
    assert from_accept_language(header) == variant


@pytest.mark.parametrize("header, target", [
    ("zh-TW", "/zh-tw/news/"), ("zh-HK", "/zh-hk/news/"), ("zh-CN", "/zh-hans/news/"), ("en", "/zh-hans/news/"),
])
def test_first_visit_follows_the_browser(client, header, target):
    response = client.get("/news/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302 and response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_choice_is_remembered_over_the_browser(client):
    response = client.get("/variant/zh-hk/", {"next": "/zh-hk/news/"})
    assert response.status_code == 302 and response["Location"] == "/zh-hk/news/"
    cookie = response.cookies["variant"]
    assert cookie.value == "zh-hk" and cookie["httponly"] and cookie["samesite"] == "Lax"
    again = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert again["Location"] == "/zh-hk/"


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_switcher_never_redirects_off_site(client, next_url):
    response = client.get("/variant/zh-tw/", {"next": next_url})
    assert response["Location"] == "/zh-tw/"


def test_unknown_variant_falls_back_to_simplified(client):
    response = client.get("/variant/xx/", {"next": "/zh-hans/"})
    assert response.cookies["variant"].value == "zh-hans"


def test_admin_is_always_simplified(admin_client):
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="zh-TW").content.decode()
    assert 'lang="zh-hans"' in html and "内容管理" in html


def test_variant_redirect_carries_the_security_headers(client):
    response = client.get("/news/")
    assert response.status_code == 302
    assert response["X-Frame-Options"] == "DENY" and "default-src 'self'" in response["Content-Security-Policy"]


def test_a_404_does_not_echo_the_query_string(client):
    html = client.get("/zh-tw/members.asp", {"SF": '";}alert(223344);'}).content.decode()
    assert "alert(223344)" not in html and "alert%28223344" not in html


def test_a_real_page_keeps_its_query_string_across_variants(client):
    html = client.get("/zh-tw/news/", {"page": "1"}).content.decode()
    assert 'href="/variant/zh-hk/?next=/zh-hk/news/%3Fpage%3D1"' in html


def test_the_choice_cookie_is_secure_in_production_even_behind_a_proxy_that_drops_the_scheme(client, settings):
    """Production sets LANGUAGE_COOKIE_SECURE (wapiti flagged the variant cookie without Secure)."""
    settings.LANGUAGE_COOKIE_SECURE = True
    assert client.get("/variant/zh-tw/").cookies["variant"]["secure"]
    settings.LANGUAGE_COOKIE_SECURE = False  # plain-HTTP development: not Secure, or browsers drop it
    assert not client.get("/variant/zh-tw/").cookies["variant"]["secure"]


def test_production_settings_make_every_cookie_secure():
    import subprocess
    import sys

    env = {k: v for k, v in __import__("os").environ.items() if k not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "TESTING"}}
    env |= {"DEBUG": "0", "SECRET_KEY": "k" * 30 + "Q7x!" * 10, "ALLOWED_HOSTS": "example.org", "DJANGO_SETTINGS_MODULE": "config.settings"}
    code = "from django.conf import settings as s; print(s.LANGUAGE_COOKIE_SECURE, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=root, env=env, capture_output=True, text=True,
    )
    assert result.stdout.split() == ["True", "True", "True"], result.stderr
