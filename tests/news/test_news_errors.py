import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_server_error_page_speaks_both_scripts(settings):
    from django.urls import path

    def boom(request):
        raise RuntimeError("boom")

    settings.ROOT_URLCONF = type("urls", (), {"urlpatterns": [path("boom/", boom)], "handler500": None})
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "服务器出错了" in html and "網站暫時無法處理" in html
    assert 'name="robots" content="noindex"' in html
