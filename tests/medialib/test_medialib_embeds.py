"""The embed allow-list (medialib.embeds): what editors paste becomes a canonical https player address
built from the video id alone, or a refusal in Chinese; hostile and lookalike addresses never pass."""
import re
import string
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from medialib.embeds import PLATFORMS, PLAYER_HOSTS, canonical_embed, embed_src

BV = "BV1GJ411x7h7"
BILIBILI = f"https://player.bilibili.com/player.html?bvid={BV}&page=1&autoplay=0"
# Every address embed_src can return: fixed templates around ids of a strict alphabet.
CANONICAL = re.compile(
    r"https://player\.bilibili\.com/player\.html\?(bvid=BV[0-9A-Za-z]{10}|aid=[0-9]+)&page=[0-9]+&autoplay=0"
    r"|https://v\.qq\.com/txp/iframe/player\.html\?vid=[0-9a-z]{11}"
    r"|https://player\.youku\.com/embed/X[0-9A-Za-z]+={0,2}"
    r"|https://www\.ixigua\.com/iframe/[0-9]+\?autoplay=0"
)


@pytest.mark.parametrize("pasted,expected", [
    (f"https://www.bilibili.com/video/{BV}/", BILIBILI),
    (f"https://www.bilibili.com/video/{BV}/?spm_id_from=333.788&vd_source=abc", BILIBILI),
    (f"https://www.bilibili.com/video/{BV}?p=3", BILIBILI.replace("page=1", "page=3")),
    (f"http://www.bilibili.com/video/{BV}", BILIBILI),  # http is upgraded: the player is only ever https
    (f"https://m.bilibili.com/video/{BV}", BILIBILI),
    (f"  https://bilibili.com/video/{BV}  \n", BILIBILI),
    ("https://www.bilibili.com/video/av170001", "https://player.bilibili.com/player.html?aid=170001&page=1&autoplay=0"),
    (f"//player.bilibili.com/player.html?isOutside=true&aid=80433022&bvid={BV}&cid=137649199&p=1", BILIBILI),
    (f'<iframe src="//player.bilibili.com/player.html?aid=80433022&amp;bvid={BV}&amp;cid=137649199&amp;p=1" '
     'scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe>', BILIBILI),
    (f"HTTPS://PLAYER.BILIBILI.COM/player.html?bvid={BV}", BILIBILI),
    (BILIBILI, BILIBILI),
    ("https://v.qq.com/x/cover/mzc00200abcdefg/a0034x8x9ye.html", "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"),
    ("https://v.qq.com/x/page/a0034x8x9ye.html", "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"),
    ("https://v.qq.com/x/cover/mzc00200abcdefg.html?vid=a0034x8x9ye", "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"),
    ("https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye&autoplay=true", "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"),
    ("https://m.v.qq.com/x/page/a0034x8x9ye.html", "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"),
    ("https://v.youku.com/v_show/id_XNTk5NjY4NzU2MA==.html?spm=a2h0c", "https://player.youku.com/embed/XNTk5NjY4NzU2MA=="),
    ("https://player.youku.com/embed/XNTk5NjY4NzU2MA==", "https://player.youku.com/embed/XNTk5NjY4NzU2MA=="),
    ("https://www.ixigua.com/7123456789012345678?logTag=abc", "https://www.ixigua.com/iframe/7123456789012345678?autoplay=0"),
    ("https://www.ixigua.com/iframe/7123456789012345678?autoplay=1", "https://www.ixigua.com/iframe/7123456789012345678?autoplay=0"),
])
def test_page_share_and_player_addresses_become_the_canonical_player(pasted, expected):
    embed = embed_src(pasted)
    assert embed.src == expected
    assert canonical_embed(expected) == embed and embed.frame_source == f"https://{urlsplit(expected).hostname}"


@pytest.mark.parametrize("pasted,code", [
    ("", "embed_empty"),
    ("javascript:alert(1)", "embed_scheme"),
    ("JaVaScRiPt:alert(document.domain)//https://player.bilibili.com/", "embed_scheme"),
    ("data:text/html,<script>alert(1)</script>", "embed_scheme"),
    ("vbscript:msgbox", "embed_scheme"),
    ("file:///etc/passwd", "embed_scheme"),
    (f"ftp://player.bilibili.com/player.html?bvid={BV}", "embed_scheme"),
    (f"player.bilibili.com/player.html?bvid={BV}", "embed_scheme"),  # no scheme: not an address
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "embed_host"),
    (f"https://player.bilibili.com.evil.example/player.html?bvid={BV}", "embed_host"),
    (f"https://evilbilibili.com/video/{BV}", "embed_host"),
    (f"https://bilibili.com.cn/video/{BV}", "embed_host"),
    (f"https://player.bilibili.com./player.html?bvid={BV}", "embed_host"),
    (f"https://player.bilibili.com@evil.example/player.html?bvid={BV}", "embed_host"),
    (f"https://evil.example@player.bilibili.com/player.html?bvid={BV}", "embed_host"),
    (f"https://user:pass@player.bilibili.com/player.html?bvid={BV}", "embed_host"),
    (f"https://player.bilibili.com:8443/player.html?bvid={BV}", "embed_host"),
    (f"https://player.bilibili.com:/player.html?bvid={BV}", "embed_host"),
    (f"https://player%2ebilibili.com/player.html?bvid={BV}", "embed_host"),
    (f"https://ｐlayer.bilibili.com/player.html?bvid={BV}", "embed_host"),  # a fullwidth letter
    (f"https://player.bilibili.com\\@evil.example/player.html?bvid={BV}", "embed_invalid"),
    (f"https://player.bili\tbili.com/player.html?bvid={BV}", "embed_invalid"),
    (f"https://player.bilibili.com/player.html?bvid={BV}\n<script>", "embed_invalid"),
    ("//evil.example/player.html", "embed_host"),
    ('<iframe src="https://evil.example/x" data-x="https://player.bilibili.com/"></iframe>', "embed_host"),
    ("<iframe onload=alert(1)></iframe>", "embed_invalid"),
    ('<iframe src="javascript:alert(1)"></iframe>', "embed_scheme"),
    ("https://b23.tv/AbCdEf1", "embed_short_link"),
    ("https://www.bilibili.com/", "embed_no_video"),
    ("https://www.bilibili.com/video/BV1GJ411x7h", "embed_no_video"),  # one character short
    ("https://www.bilibili.com/video/BV1GJ411x7h7'onload='x", "embed_no_video"),
    ("https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7%22%3E", "embed_no_video"),
    ("https://v.qq.com/x/cover/mzc00200abcdefg.html", "embed_no_video"),  # a series, not one episode
    ("https://v.qq.com/x/page/a0034x8x9ye.html/../../evil", "embed_no_video"),
    ("https://v.youku.com/v_show/id_<script>.html", "embed_no_video"),
    ("https://www.ixigua.com/search/劳模/", "embed_no_video"),
    ("https://" + "a" * 2100, "embed_too_long"),
])
def test_hostile_foreign_and_unusable_addresses_are_refused_in_chinese(pasted, code):
    with pytest.raises(ValidationError) as refused:
        embed_src(pasted)
    assert refused.value.code == code
    assert re.search(r"[\u4e00-\u9fff]", refused.value.messages[0])


def test_the_refusal_names_the_allowed_platforms():
    with pytest.raises(ValidationError) as refused:
        embed_src("https://www.youtube.com/watch?v=x")
    assert all(p.name in refused.value.messages[0] for p in PLATFORMS.values())


def test_canonical_embed_accepts_only_canonical_addresses():
    assert canonical_embed(BILIBILI).host == "player.bilibili.com"
    assert canonical_embed(f"https://www.bilibili.com/video/{BV}") is None  # valid input, not stored form
    assert canonical_embed("javascript:alert(1)") is None


# --- generated inputs ---------------------------------------------------------------------------------

ids = st.text(string.ascii_letters + string.digits, min_size=10, max_size=10)
queries = st.lists(
    st.tuples(st.text(string.ascii_lowercase, min_size=1, max_size=8), st.text(string.ascii_letters + string.digits + "%._-", max_size=12)),
    max_size=4,
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs if k not in ("p", "page", "bvid", "aid")))


@settings(max_examples=300, deadline=None)
@given(vid=ids, page=st.integers(1, 999), host=st.sampled_from(sorted(PLATFORMS["bilibili"].page_hosts - {"player.bilibili.com"})),
       scheme=st.sampled_from(["http", "https", "HTTPS"]), query=queries)
def test_any_bilibili_page_becomes_its_player(vid, page, host, scheme, query):
    src = embed_src(f"{scheme}://{host}/video/BV{vid}/?p={page}&{query}").src
    assert src == f"https://player.bilibili.com/player.html?bvid=BV{vid}&page={page}&autoplay=0"
    assert embed_src(src).src == src  # stored addresses stay as they are when the form is saved again


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_is_refused_or_becomes_a_canonical_player(text):
    try:
        embed = embed_src(text)
    except ValidationError as refused:
        assert re.search(r"[\u4e00-\u9fff]", refused.messages[0])
        return
    assert CANONICAL.fullmatch(embed.src) and urlsplit(embed.src).hostname in PLAYER_HOSTS


allowed_hosts = sorted(set().union(*(p.page_hosts for p in PLATFORMS.values())))
labels = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(host=st.sampled_from(allowed_hosts), label=labels, how=st.sampled_from(["suffix", "prefix", "glued", "userinfo"]))
def test_lookalike_hosts_are_refused(host, label, how):
    lookalike = {
        "suffix": f"{host}.{label}.example",
        "prefix": f"{label}.{host}",
        "glued": f"{label}{host}",
        "userinfo": f"{host}@{label}.example",
    }[how]
    if lookalike in allowed_hosts:  # e.g. "www." + "bilibili.com": really allowed
        return
    with pytest.raises(ValidationError):
        embed_src(f"https://{lookalike}/video/{BV}/")


@settings(max_examples=300, deadline=None)
@given(host=st.sampled_from(allowed_hosts), path=st.text(max_size=40), query=st.text(max_size=40))
def test_whatever_follows_an_allowed_host_never_reaches_the_page(host, path, query):
    try:
        embed = embed_src(f"https://{host}/{path}?{query}")
    except ValidationError:
        return
    assert CANONICAL.fullmatch(embed.src)
    assert not set(embed.src) & set("\"'<> \\`")
