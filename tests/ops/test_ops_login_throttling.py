"""Issue 9 item 2: repeated wrong passwords lock the account and the client address (django-axes), with
the client address read correctly behind the proxy, a clear Chinese message, and every failure logged."""
import logging
import os
import subprocess
import sys

import pytest
from django.test import RequestFactory, override_settings
from django.urls import reverse

from config.client_ip import client_ip

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-9"  # the editor fixture's
LIMIT = 5


def login(client, username, password, ip="198.51.100.7", **extra):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"},
                       REMOTE_ADDR=ip, **extra)


def logged_in(client):
    return client.get("/admin/", REMOTE_ADDR="198.51.100.99").status_code == 200


def test_account_locked_after_repeated_failures_even_with_the_right_password(client, editor, caplog):
    with caplog.at_level(logging.WARNING):
        for n in range(LIMIT):
            response = login(client, "editor", f"wrong-{n}", ip=f"198.51.100.{n + 1}")  # a different address each time
            assert response.status_code in (200, 429)
    response = login(client, "editor", PASSWORD, ip="198.51.100.200")
    assert response.status_code == 429
    page = response.content.decode()
    assert "登录失败次数过多" in page and "15 分钟后再试" in page and 'role="alert"' in page
    assert not logged_in(client)
    failures = [r for r in caplog.records if r.name.startswith("axes") and "failure" in r.getMessage().lower()]
    assert len(failures) >= LIMIT


def test_client_address_locked_across_accounts(client, editor, django_user_model):
    for n in range(LIMIT):
        login(client, f"guess{n}", "wrong", ip="203.0.113.9")
    assert login(client, "editor", PASSWORD, ip="203.0.113.9").status_code == 429
    # Another address, and the account (which failed no more than once) still works.
    assert login(client, "editor", PASSWORD, ip="203.0.113.10").status_code == 302
    assert logged_in(client)


def test_a_few_failures_then_success_resets(client, editor):
    for _ in range(LIMIT - 1):
        login(client, "editor", "wrong")
    assert login(client, "editor", PASSWORD).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        login(client, "editor", "wrong")
    assert login(client, "editor", PASSWORD).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_a_spoofed_forwarded_for_does_not_escape_the_lock(client, editor):
    """The attacker writes a new X-Forwarded-For each time; the proxy appends the real address."""
    for n in range(LIMIT):
        login(client, f"guess{n}", "wrong", ip="10.0.0.2", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.50")
    response = login(client, "editor", PASSWORD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.77, 203.0.113.50")
    assert response.status_code == 429
    # Another real client behind the same proxy is not locked.
    assert login(client, "editor", PASSWORD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.51").status_code == 302


@pytest.mark.parametrize("trusted, forwarded, expected", [
    (0, "192.0.2.1, 203.0.113.5", "10.0.0.2"),        # no proxy configured: the header is the client's word
    (1, "", "10.0.0.2"),                              # a request that did not pass the proxy
    (1, "203.0.113.5", "203.0.113.5"),
    (1, "192.0.2.1, 203.0.113.5", "203.0.113.5"),     # the left part was written by the client
    (2, "192.0.2.1, 203.0.113.5, 10.0.0.1", "203.0.113.5"),
    (1, "not-an-address", "10.0.0.2"),
    (1, "2001:db8::1", "2001:db8::1"),
])
def test_client_address_behind_proxies(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_throttling_is_configured_from_the_environment():
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}}
    env.update({"DEBUG": "1", "AXES_FAILURE_LIMIT": "9", "AXES_COOLOFF_MINUTES": "45", "TRUSTED_PROXY_COUNT": "2",
                "DJANGO_SETTINGS_MODULE": "config.settings"})
    code = ("from django.conf import settings as s; "
            "print(s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), s.TRUSTED_PROXY_COUNT)")
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "9 2700 2", result.stderr
