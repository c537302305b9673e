"""Video embeds from an allow-list of Chinese video platforms: the one place that names them.

`embed_src(text)` takes what an editor pastes (a page or share address, a player address, or a whole
<iframe> snippet) and returns the platform's player address, rebuilt from the video's id alone, always
https; anything else is refused with a message in Chinese. Nothing the editor typed reaches the page
except an id that matched a strict pattern, so the stored value is canonical and safe to put in an
<iframe src>, and its host is the only one the page's Content-Security-Policy lets into frame-src.

Plain Python (no Django but ValidationError), no network: short links (b23.tv) cannot be resolved here.
"""
import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError

MAX_LENGTH = 2000


@dataclass(frozen=True)
class Platform:
    key: str
    name: str  # shown under the player and in messages
    player_host: str  # the only host an embed of this platform loads, and so the only one in frame-src
    page_hosts: frozenset  # hosts of the addresses editors may paste (pages, shares and the player)


PLATFORMS = {
    p.key: p for p in (
        Platform("bilibili", "哔哩哔哩", "player.bilibili.com",
                 frozenset({"www.bilibili.com", "bilibili.com", "m.bilibili.com", "player.bilibili.com"})),
        Platform("tencent", "腾讯视频", "v.qq.com", frozenset({"v.qq.com", "m.v.qq.com"})),
        Platform("youku", "优酷", "player.youku.com", frozenset({"v.youku.com", "player.youku.com"})),
        Platform("xigua", "西瓜视频", "www.ixigua.com", frozenset({"www.ixigua.com", "ixigua.com", "m.ixigua.com"})),
    )
}
PLAYER_HOSTS = frozenset(p.player_host for p in PLATFORMS.values())
ALLOWED_NAMES = "、".join(p.name for p in PLATFORMS.values())

BVID = re.compile(r"BV[0-9A-Za-z]{10}")
AID = re.compile(r"[1-9][0-9]{0,15}")
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,3}")
TENCENT_VID = re.compile(r"[0-9a-z]{11}")
YOUKU_ID = re.compile(r"X[0-9A-Za-z]{8,20}={0,2}")
XIGUA_ID = re.compile(r"[1-9][0-9]{9,19}")
IFRAME_SRC = re.compile(r"""<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True)
class Embed:
    platform: Platform
    src: str

    @property
    def host(self) -> str:
        return self.platform.player_host

    @property
    def frame_source(self) -> str:
        """The CSP source expression that lets this player, and nothing else, into a frame."""
        return f"https://{self.host}"


def refuse(message, code="embed_invalid"):
    raise ValidationError(message, code=code)


def _address(text: str) -> str:
    text = (text or "").strip()
    if not text:
        refuse("请粘贴视频网页的地址或播放器的 iframe 代码。", "embed_empty")
    if len(text) > MAX_LENGTH:
        refuse("地址太长，不像视频地址。", "embed_too_long")
    if text[:7].lower() == "<iframe":
        found = IFRAME_SRC.search(text)
        if not found:
            refuse("iframe 代码中没有找到播放器地址（src）。")
        text = html.unescape(found.group(1) if found.group(1) is not None else found.group(2)).strip()
    if any(ch.isspace() or ord(ch) < 32 or ch in "\\\x7f" for ch in text):
        refuse("地址中有空格或不可见字符，请重新复制完整的地址。")
    if text.startswith("//"):
        text = "https:" + text  # the platforms' own iframe codes are protocol-relative
    return text


def _parts(text: str):
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        refuse("无法识别的地址。")
    if parts.scheme.lower() not in ("http", "https"):
        refuse("只接受 https:// 或 http:// 开头的视频网页地址。", "embed_scheme")
    if "@" in parts.netloc or port not in (None, 80, 443) or parts.netloc.endswith(":"):
        refuse("地址中含有用户名或端口，不是视频平台的正常地址。", "embed_host")
    return parts, (parts.hostname or "")


def _platform(host: str) -> Platform:
    for platform in PLATFORMS.values():
        if host in platform.page_hosts:
            return platform
    if host == "b23.tv":
        refuse("b23.tv 短链接无法识别，请在浏览器中打开后复制视频网页的完整地址。", "embed_short_link")
    refuse(f"只能嵌入以下平台的视频：{ALLOWED_NAMES}。其他网站的视频请下载后以 MP4 上传。", "embed_host")


def _first(query, name, pattern):
    values = query.get(name, [])
    return values[0] if values and pattern.fullmatch(values[0]) else None


def _bilibili(path, query):
    page = _first(query, "p", PAGE_NUMBER) or _first(query, "page", PAGE_NUMBER) or "1"
    found = re.fullmatch(r"/(?:s/)?video/(BV[0-9A-Za-z]{10}|av[0-9]+)/?", path)
    if found:
        vid = found.group(1)
        if vid.startswith("av") and AID.fullmatch(vid[2:]):
            return f"https://player.bilibili.com/player.html?aid={vid[2:]}&page={page}&autoplay=0"
        if BVID.fullmatch(vid):
            return f"https://player.bilibili.com/player.html?bvid={vid}&page={page}&autoplay=0"
    if path in ("/player.html", "/blackboard/html5player.html"):
        bvid, aid = _first(query, "bvid", BVID), _first(query, "aid", AID)
        if bvid:
            return f"https://player.bilibili.com/player.html?bvid={bvid}&page={page}&autoplay=0"
        if aid:
            return f"https://player.bilibili.com/player.html?aid={aid}&page={page}&autoplay=0"
    return None


def _tencent(path, query):
    vid = _first(query, "vid", TENCENT_VID)
    found = re.fullmatch(r"/x/(?:cover/[0-9a-z]+/|page/)([0-9a-z]{11})\.html", path)
    if found:
        vid = found.group(1)
    elif path not in ("/txp/iframe/player.html", "/iframe/player.html") and not path.startswith("/x/cover/"):
        vid = None
    if not vid:
        return None
    return f"https://v.qq.com/txp/iframe/player.html?vid={vid}"


def _youku(path, query):
    found = re.fullmatch(r"/v_show/id_([^/.]+)\.html|/embed/([^/?]+)", path)
    vid = found and (found.group(1) or found.group(2))
    if not vid or not YOUKU_ID.fullmatch(vid):
        return None
    return f"https://player.youku.com/embed/{vid}"


def _xigua(path, query):
    found = re.fullmatch(r"/(?:iframe/|video/)?([0-9]+)/?", path)
    if not found or not XIGUA_ID.fullmatch(found.group(1)):
        return None
    return f"https://www.ixigua.com/iframe/{found.group(1)}?autoplay=0"


BUILDERS = {"bilibili": _bilibili, "tencent": _tencent, "youku": _youku, "xigua": _xigua}


def embed_src(text: str) -> Embed:
    """The canonical https player address for what an editor pasted, or a ValidationError in Chinese."""
    parts, host = _parts(_address(text))
    platform = _platform(host)
    src = BUILDERS[platform.key](parts.path, parse_qs(parts.query))
    if src is None:
        refuse(f"这个{platform.name}地址中没有找到视频编号，请打开视频播放页，复制浏览器地址栏中的地址。", "embed_no_video")
    return Embed(platform, src)


def canonical_embed(src: str) -> Embed | None:
    """The Embed of a stored (canonical) player address; None for anything that is not exactly one."""
    try:
        embed = embed_src(src)
    except ValidationError:
        return None
    return embed if embed.src == src else None
