import pytest

from news.html import sanitize_html

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "hostile, forbidden",
    [
        ('<p>好</p><script>alert(1)</script>', "<script"),
        ('<p onclick="steal()">好</p>', "onclick"),
        ('<a href="javascript:alert(1)">链接</a>', "javascript:"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe"),
        ('<p style="position:fixed">好</p>', "style="),
        ('<svg><script>alert(1)</script></svg>', "<svg"),
    ],
)
def test_hostile_html_is_cleaned(hostile, forbidden):
    assert forbidden not in sanitize_html(hostile)


def test_allowed_structure_survives():
    html = '<h2>小标题</h2><p>段落<a href="https://example.org/">链接</a></p><ul><li>一</li></ul><img src="/media/a.png" alt="图">'
    cleaned = sanitize_html(html)
    for part in ("<h2>小标题</h2>", "<ul><li>一</li></ul>", 'alt="图"', 'href="https://example.org/"'):
        assert part in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


def test_body_is_sanitised_on_save(make_article):
    article = make_article(body='<p>正文</p><script>alert(1)</script>')
    article.refresh_from_db()
    assert article.body == "<p>正文</p>"
