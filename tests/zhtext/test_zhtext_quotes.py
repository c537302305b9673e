"""Corner quotes for Traditional pages: quotation marks change where people read them; apostrophes, URLs and code do not."""
from hypothesis import given
from hypothesis import strategies as st

from zhtext.html_variants import convert_html
from zhtext.quotes import CornerQuotes, corner_quotes


def identity(text, escape=None):
    return text


def test_double_and_nested_single_quotes():
    assert corner_quotes("他说：“我们要当‘大国工匠’。”") == "他说：「我们要当『大国工匠』。」"


def test_apostrophes_are_kept():
    assert corner_quotes("China’s craftsmen, it’s Bao’s lecture") == "China’s craftsmen, it’s Bao’s lecture"
    assert corner_quotes("“It’s ‘OK’”") == "「It’s 『OK』」"
    assert corner_quotes("rock ’n’ roll") == "rock ’n’ roll"


def test_ascii_quotes_are_never_touched():
    assert corner_quotes("\"劳模\" and 'x'") == "\"劳模\" and 'x'"


def test_a_quotation_split_by_a_tag_is_still_paired():
    html = "<p>‘<a href=\"/x/\">匠师铸才</a>’项目</p>"
    assert convert_html(html, identity, text_only=CornerQuotes()) == "<p>『<a href=\"/x/\">匠师铸才</a>』项目</p>"


def test_quotes_change_where_people_read_and_nowhere_else():
    html = (
        '<a title="“劳模”" href="/q?a=“b”">“劳模”</a>'
        '<script type="application/ld+json">{"headline": "“劳模”第一课"}</script>'
        "<code>“x”</code><pre>“y”</pre><meta name=\"description\" content=\"“劳模”\">"
    )
    out = convert_html(html, identity, text_only=CornerQuotes())
    # Text, the title attribute, JSON-LD and the description read alike; the URL and code keep theirs.
    assert out == (
        '<a title="「劳模」" href="/q?a=“b”">「劳模」</a>'
        '<script type="application/ld+json">{"headline": "「劳模」第一课"}</script>'
        "<code>“x”</code><pre>“y”</pre><meta name=\"description\" content=\"「劳模」\">"
    )


@given(st.text(alphabet="“”‘’'\"abc劳模 <>/=", max_size=60))
def test_length_and_everything_but_curly_quotes_unchanged(text):
    out = corner_quotes(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (before, after) in {("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』")}
    assert "“" not in out and "”" not in out
