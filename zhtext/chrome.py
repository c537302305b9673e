"""Page chrome and site notices inside the text, found as spans (never whole paragraphs by default).

Chrome is what a news site prints around an article: a script switch (简体|繁體), font-size and
print buttons, share and scan prompts, view counters, breadcrumbs, keyword lines, links to the
previous and next article, the footer's copyright and filing numbers. Notices are the site's reprint-rights and disclaimer sentences. Both
are matched on the Simplified form of the text (OpenCC t2s keeps these patterns' lengths), so one
list serves both scripts.

``find_chrome`` returns the spans to remove; the caller decides how sure it may be: any span that
contains a Chinese sentence (``contains_sentence``) is only ever proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .meta_fields import IP_PLACE
from .prompts import BUTTONS as _PROMPT_BUTTONS
from .prompts import NOTICES as _PROMPT_NOTICES
from .prompts import WHOLE_LINES as _PROMPT_LINES
from .punctuation import is_han
from .repost_sites import BUTTONS as _REPOST_BUTTONS
from .repost_sites import NOTICES as _REPOST_NOTICES
from .repost_sites import WHOLE_LINES as _REPOST_LINES
from .script import t2s_aligned

_SHARE_TARGETS = (r"(?:\s*[、,，|]?\s*(?:微信好友|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|抖音|今日头条"
                  r"|Facebook|LINE|Line|Twitter|X|Threads|Plurk|WhatsApp|Telegram|Email|电邮))")  # (Taiwan's and Hong Kong's)
# A count as pages print it, a large one short (1,280, 浏览量1.2万, 阅读 3w+, 10万+); one pattern for the chrome
# here, the header's count alone (zhtext.header) and a counter's value (zhtext.metadata).
COUNT = r"\d[\d,]*+(?:\.\d++)?(?:[万萬]\+?|[wW](?![A-Za-z])\+?|\+)?"
# when its digits run on into a date (浏览次数：1283月12日) the date keeps its month
# (or what a page's script printed where its count failed to load: undefined, null, NaN)
_COUNT = rf"(?:\d[\d,]*?(?=(?:1[0-2]|[1-9])月\d)|{COUNT}|undefined|null|NaN)"
# (label for editors, pattern)
_SPANS: list[tuple[str, str]] = [
    ("简繁切换", r"简体(?:中文|版)?\s*[|｜/丨]?\s*繁体(?:中文|版)?|繁体(?:中文|版)?\s*[|｜/丨]?\s*简体(?:中文|版)?"
     r"|简\s*[|｜/丨]\s*繁|繁\s*[|｜/丨]\s*简"),
    ("字号按钮", r"[【\[]?\s*字[体号]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?\s*[】\]]?|[【\[]\s*大\s*中\s*小\s*[】\]]"),
    ("打印与关闭按钮", r"(?:[【\[]\s*(?:打印(?:本页|文章|此文)?|关闭(?:窗口|本页)?|收藏(?:本页)?|纠错|返回顶部|我要(?:打印|收藏|纠错|评论))\s*[】\]]\s*)+"),
    ("打印与关闭按钮", r"(?:打印本页|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏|返回首页|返回列表)(?:\s*[|｜]\s*)?"),
    ("分享按钮", rf"分享[到至]\s*[:：]?{_SHARE_TARGETS}*|分享让更多人看到"),
    ("扫码提示", r"扫一扫(?:[^。！？，,；;\n]{0,16}?(?:分享|阅读|关注|打开|二维码|手机|当前页|本页|浏览))*"),
    ("浏览计数", rf"(?:浏览|阅读|点击|访问|播放)(?:次数|量|数)?\s*[:：]\s*{_COUNT}\s*次?|(?:浏览|阅读|点击|播放)(?:次数|量|数)\s*{_COUNT}\s*次?|[（(]\s*(?:浏览|阅读|点击)\s*\d+\s*次\s*[）)]"
     rf"|本文已被\s*(?:浏览|阅读|访问|查看)\s*{_COUNT}\s*次"),
]
# WeChat public accounts' prompts (a reprint of a WeChat article carries them at either end).
_SPANS += [
    ("公众号关注提示", r"(?:点击|点)(?:上方|下方|标题下方?)\s*[“\"「]?[^。！？\n“”\"「」]{0,12}[”\"」]?\s*(?:可以|即可|一键)?关注(?:我们|本公众号|公众号)?"
     r"|(?:点击|点)?(?:上方|下方)?蓝字\s*[，,]?\s*(?:一键|即可)?关注(?:我们|本公众号|公众号)?|长按(?:识别)?(?:下方|上方)?(?:二维码|图片)(?:[^。！？\n]{0,8}?关注(?:我们)?)?"),
    ("公众号互动提示", r"(?:喜欢(?:就|的话)?|记得)?\s*(?:点个|点一下|点亮)\s*[“\"「]?(?:在看|赞)[”\"」]?\s*吧?"
     r"|分享\s*[、,，]?\s*点赞\s*[、,，]?\s*在看(?:\s*[，,]?\s*给(?:我们|小编)?(?:来个|来一个)?一键三连(?:吧|哦|呀)?)?"
     r"|(?:给(?:我们|小编))?(?:来个|来一个)?一键三连(?:吧|哦|呀)?"),
]
# Lines that are chrome when they stand alone (words that prose uses too).
# WeChat's like and share bar, copied with the article
_SPANS += [("公众号互动提示", r"(?:视频\s*)?(?:小程序\s*)?赞\s*[，,]?\s*轻点两下取消赞\s*在看\s*[，,]?\s*轻点两下取消在看"
            r"(?:\s*(?:分享|留言|收藏|听过))*")]
# A site's own promotion between paragraphs: 扫码关注“某某发布”，获取更多资讯 / 下载某某客户端，看更多精彩内容
# The whole sentence only (a line, or between sentence ends): 职工扫码关注服务平台后，可以… is the article's.
_SPANS += [("推广语", r"(?:^|(?<=[。！？!?]))\s*(?:(?:扫码|扫描二维码)(?:关注|下载|订阅|加入)[^。！？\n，,]{0,24}"
            r"(?:[，,]\s*(?:获取|了解|查看|看|阅读)更多[^。！？\n，,]{0,8})?"
            r"|(?:下载|打开)[^。！？\n，,]{0,16}?(?:客户端|APP)?[，,]?\s*(?:看|查看|阅读|获取)(?:更多|精彩|高清)[^。！？\n，,]{0,8}"
            r"|(?:[^。！？\n，,]{2,12}[，,]\s*)?尽在[^。！？\n，,]{2,12}?(?:客户端|APP))[。！!]?(?![^。！？\n]*[，,])")]
# A page's read-aloud widget (点击播报本文，约 3 分钟) and its reading-time estimate (全文共2345字，阅读大约需要5分钟)
_SPANS += [("朗读与阅读时长", r"(?:点击)?(?:语音)?播报(?:本文|全文)[，,\s]*(?:约\s*(?:\d+\s*分(?:钟)?(?:\s*\d+\s*秒)?)?)?"
            r"|(?:全文|本文)(?:共|约|总计)?\s*\d[\d,]*\s*字[，,\s]*(?:预计)?阅读(?:大约|大概|约)?(?:需要|需|时间|时长|用时)?\s*[:：]?\s*(?:约\s*)?\d+\s*分钟"
            r"|预计阅读(?:时间|时长)\s*[:：]?\s*(?:约\s*)?\d+\s*分钟")]
# A short-video post's topics after its caption (…开班啦！#劳模工匠学院 #技能培训): tags, each ended by a space or
# the line's end; Weibo's #话题# is closed and stays.
# (read from the line's end by _trailing_tags: a pattern tried at each # took the square of a line of them)
_SPANS += [("话题标签", r"(?:\s*#[^\s#\[\]]{1,20}\[话题\]#)+")]  # 小红书's #劳模工匠学院[话题]#
_TAG = re.compile(r"#[^\s#]{1,20}")
_GLUED_TAG = re.compile(r"(?<=[。！？!?…~～])#[^\s#]{1,20}$")


def _trailing_tags(line: str) -> int | None:
    """Where a run of #tags that ends the line starts, each tag after a space or (the first) a sentence's end."""
    start = None
    for token in reversed(list(re.finditer(r"\S+", line))):
        if _TAG.fullmatch(token.group(0)):
            start = token.start()
            continue
        glued = _GLUED_TAG.search(token.group(0))
        return token.start() + glued.start() if glued else start
    return start
# An agency's end mark after the last sentence: …新成果。（完）
_SPANS += [("结束标记", r"(?<=[。！？”」』])\s*[（(]完[）)]\s*$")]
# News apps' and portals' prompts (展开全文, 打开APP…, 举报/反馈, 返回搜狐，查看更多) and a WeChat collection tag.
_SPANS += [
    ("客户端提示", r"打开\s*APP[，,\s]*(?:阅读|查看|看)(?:更多|全文)(?:精彩)?(?:内容)?|返回搜狐[，,\s]*查看更多"
     r"|收录于(?:合集|话题)\s*(?:#\s*[^\s#]{1,20}\s*)+(?:\d+\s*个)?"),
    ("论坛编辑记录", r"本帖最后由\s*\S{1,20}\s*于\s*[\d\-/: ]{8,20}\s*编辑"),
    ("微博杂项", r"(?:(?<=[\s#])|^)[OL]?\s*网页链接\s*$"),  # Weibo's stand-in for a link, at a post's end
    ("IP属地", rf"(?<=\d)\s*发表于\s*[\u4e00-\u9fff]{{2,8}}$|{IP_PLACE}"
     r"|^发[布表]于\s*[:：]\s*[\u4e00-\u9fff]{2,8}$"),  # 搜狐's 发布于：浙江省 on a line of its own
]
# Buttons that portals, news apps and forums print as words (prose uses them too, so only a line made of
# them is chrome): a forum's 楼主, 只看该作者 and the names of the first replies' places (沙发, 板凳, 地板), and
# the figures beside a poster's name (积分 1280, 帖子 356), each with its count or not.
_BUTTON_TOKEN = re.compile(
    r"(?:首页|收藏|分享[至到]?|转发|评论|跟[贴帖]|回复|引用|举报|打赏|复制链接|缩小字体|放大字体|字体大小|字号|字级|留言|写留言|发消息|私信|充电|我要举报|我要纠错|我要评论|我要分享|\+1|赞同|反对|添加评论|喜欢|申请转载|关注(?:他|她|作者)?|点赞|在看|微博|微信|QQ空间|楼主|只看该作者|只看楼主"
    r"|倒序浏览|沙发|板凳|地板|电梯直达|积分|帖子|主题|精华|金钱|威望|贡献|经验|好友|听众|收听|在线时间|参与|已赞同|稿件投诉|投诉|记笔记|赞好|讚好|"
    + _REPOST_BUTTONS + "|" + _PROMPT_BUTTONS + r")[:：]?(?P<count>[（(]?" + COUNT + "[）)]?)?", re.IGNORECASE)
_COUNT_TOKEN = re.compile(rf"[（(]?{COUNT}[）)]?")
_ROW_GAPS = re.compile(r"[\s|｜/丨]+")


def _is_button_row(text: str) -> bool:
    """A line of buttons and counts (评论 12 | 收藏 分享, 积分 1280 帖子 356), read a word at a time: a regex
    with a repeated group of optional spaces took exponential time on a long line that was not one."""
    buttons, after_count = 0, False
    for token in _ROW_GAPS.split(text.strip()):
        if not token:
            continue
        if button := _BUTTON_TOKEN.fullmatch(token):
            buttons += 1
            after_count = bool(button.group("count"))
        elif _COUNT_TOKEN.fullmatch(token):  # beside its button, either side (评论 12, 0 跟贴)
            after_count = True
        elif after_count and token == "小时":  # 在线时间 12 小时
            after_count = False
        else:
            return False
    return buttons > 0
# One control of a font-size picker or a video player, on a line of its own (字級設定： ⏎ 小 ⏎ 中 ⏎ 大, 倍速 ⏎ 1.0x ⏎
# 高清 ⏎ 全屏): prose uses each of these words, so only a run of them is chrome (zhtext.surroundings.controls).
_CONTROL_RE = re.compile(
    r"字[体号级](?:设定|设置|大小|调整)?\s*[:：]?|[大中小特]|特大|超大|较大|较小|标准|默认|A\s*[+＋\-－]?"
    r"|倍速|\d(?:\.\d{1,2})?\s*[xX×倍]|高清|标清|超清|蓝光|流畅|自动|全屏|退出全屏|网页全屏|播放|暂停|静音|弹幕|画中画|重播|设置")


def is_control(line: str) -> bool:
    return bool(_CONTROL_RE.fullmatch(t2s_aligned(line).strip()))


_PAGE_MARK = r"(?:[-—–－~～]+\s*\d{1,4}\s*[-—–－~～]+|[·•]\s*\d{1,4}\s*[·•])"
PAGE_FURNITURE = (rf"{_PAGE_MARK}|(?:{_PAGE_MARK}\s*)?[\u4e00-\u9fffA-Za-z《》]{{2,14}}\s*(?:19|20)\d{{2}}\s*年?\s*"
                  rf"(?:第\s*\d{{1,3}}\s*期(?:\s*{_PAGE_MARK})?|\d{{1,2}}\s*月(?:[上中下]半月)?\s*{_PAGE_MARK})"
                  rf"|{_PAGE_MARK}\s*[\u4e00-\u9fffA-Za-z《》]{{2,14}}\s*(?:19|20)\d{{2}}\s*年?\s*\d{{1,2}}\s*月(?:[上中下]半月)?")
_PAGE_FURNITURE_RE = re.compile(PAGE_FURNITURE)


def is_page_furniture(line: str) -> bool:
    """A printed page's number or running head, standing on its own line between the page's lines."""
    return bool(_PAGE_FURNITURE_RE.fullmatch(line.strip()))


# A row of stars or rules between parts of a page (＊＊＊＊ under a press release's headline, ——— , ###)
RULE_ROW = r"[\s*＊※◆◇■□●○★☆─━—=＝~～#＃_\-·•]{3,}"


# Lines that are chrome when they stand alone (words that prose uses too): a counter on its own
# ("阅读 (1024)", "阅读 10万+"), WeChat's END and buttons, an app's 展开全文 and 举报/反馈.
_WHOLE_LINE = re.compile(
    r"[-—–_=\s]*END[-—–_=\s]*|(?:[【\[]?\s*+[大中小]字号\s*+[】\]]?\s*+)+|(?:点击)?(?:左下角)?[“\"]?阅读原文[”\"]?|关注我们|在看|点赞"
    r"|(?:阅读|浏览|点击|在看|点赞|赞)\s*[（(]?\s*\d[\d,.]*\s*(?:万\+?|\+|[wW])?\s*[）)]?"
    r"|(?:阅读|浏览|点击|在看|点赞|赞|评论|收藏|分享)(?:量|数|次数)?\s*[:：]?\s*[（(]?(?:undefined|null|NaN)[）)]?"
    r"|(?:(?:上一期|下一期|往期回顾|返回目录|本版目录|版面导航)\s*)+"  # an e-paper's page
    r"|(?:点击)?展开全文|(?:点击)?(?:查看|阅读)全文|举报\s*/?\s*反馈|(?:打开|下载)\s*(?:[\u4e00-\u9fffA-Za-z0-9]{2,12}\s*)?(?:APP|客户端)|\+?\s*关注|已关注"
    r"|\d[\d,.]*\s*(?:万|千)?\s*人(?:赞同|点赞|喜欢|收藏)了?(?:该|这篇)?(?:文章|回答|内容)?"  # 知乎: 12 人赞同了该文章
    # the comment box under a post: 共 18 条评论, 说点什么..., 写下你的评论…
    r"|共\s*\d[\d,.]*\s*[万千]?\s*条(?:评论|回复|留言)|(?:说点什么|写(?:下你的)?评论|发表(?:你的)?评论|写留言|留下你的精彩评论吧?)[.…。]*"
    # and a portal's (用户评论, 已有0人参与, 登录后参与评论, 文明上网理性发言…), its 点击排行 box, a WeChat account's ID line
    r"|(?:网友|用户|最新|热门|全部|精彩)评论|发表|已有\s*\d[\d,]*\s*人参与|登录后(?:参与|发表)?评论|文明上网[，,\s]*理性发言[^。！？\n]{0,30}"
    r"|(?:点击|阅读|热门|新闻|热点)?排行(?:榜)?|(?:微信)?ID\s*[:：]\s*[A-Za-z][\w-]{2,30}|微信号\s*[:：]\s*[A-Za-z][\w-]{2,30}"
    # what WeChat's page prints around an article copied from the browser
    r"|预览时标签不可点|微信扫一扫(?:\s*(?:关注该公众号|使用小程序))?|关注该公众号|知道了|使用小程序|取消\s*允许|使用完整服务"
    # and under it, on a phone: its swipe prompts, the underline count and the bar of buttons (分享 留言 收藏 听过)
    r"|(?:继续|向上)滑动看下一个|轻触阅读原文|\d*\s*人划线|(?:(?:分享|留言|收藏|听过|在看|赞|写留言)\s*){2,}"
    # an app's own prompt to open it (扫码打开腾讯新闻, 扫码下载澎湃新闻APP)
    r"|扫码(?:打开|下载|阅读|查看)[\u4e00-\u9fff]{2,8}(?:新闻|APP|客户端|App|app)(?:[，,]?\s*(?:阅读|查看|看)(?:更多|全文)[\u4e00-\u9fff]{0,4})?"
    # an agency's or a press office's end mark, a row of stars or rules between parts of the page
    rf"|[（(]?\s*完\s*[）)]?|{RULE_ROW}"
    # a pager: 上一页 1 2 3 下一页, 第1页 第2页, 共3页
    # (possessive: a run of digits is one page number, or a long one took exponential time to refuse)
    r"|(?=.*(?:上一页|下一页|第\s*\d+\s*页))(?:(?:首页|上一页|下一页|尾页|末页|第\s*+\d++\s*+页|共\s*+\d++\s*+页|\d++)\s*+)+"
    # a page number a PDF or a print copy carries between its pages (— 2 —, - 2 -, ～2～, · 12 ·) and a
    # magazine's running head (中国工人 2024年第9期 · 12 ·): zhtext.linebreaks reads the text across them
    rf"|{PAGE_FURNITURE}"
    # a site's menu on one line, its items apart by bars (新华网 | 首页 | 时政 | 地方)
    r"|(?=.*首页)(?:[^|｜\s]{1,10}\s*[|｜]\s*){2,}[^|｜\s]{1,10}"
    # an official document's note on a page left blank (（此页无正文）, its signature on the next page)
    r"|[（(]\s*此页无正文\s*[）)]"
    # a picture's buttons and a gallery's counter (点击查看大图, 查看原图, 1/3), an app's fold (展开剩余 70%)
    r"|(?:点击)?查看(?:大图|原图|高清大图)|点击(?:图片)?(?:放大|看大图|查看(?:大图|原图)?)|\d{1,2}\s*/\s*\d{1,2}|展开剩余\s*\d{1,3}\s*%"
    # a video player's words: its loading line, a browser's fallback, the time played of the time it lasts
    r"|视频加载中[.…。，,\s]*(?:请稍[候后等][.…。]*)?|(?:您的|你的)?浏览器(?:暂)?不支持(?:HTML5\s*)?(?:视频|video|播放)[^。！？\n]{0,20}"
    r"|your browser does not support (?:the )?(?:html5 )?video(?: tag| element)?\.?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    # an app's name standing alone as an advertisement (新浪财经APP), or a video platform's over its post
    r"|[\u4e00-\u9fff]{2,10}\s*APP|抖音|快手|小红书|哔哩哔哩|西瓜视频|视频号|好看视频"
    # Taiwan's and Hong Kong's pages: 列印, 字級設定, 立即訂閱, 加入好友, 看更多, 點我看更多, 廣告, 請繼續往下閱讀, and a
    # source's key left with nothing after it (文章來源, 本文轉載自: the value was a link)
    r"|(?:列印|打印)(?:本页|本文|此页)?|字[体号级型](?:设定|设置|调整|大小)\s*[:：]?|(?:立即|马上)?订阅(?:电子报|本报|我们|频道)?"
    r"|加入[^。！？\n，,\s]{0,6}?(?:LINE\s*)?好友|(?:点我|按我)?看更多(?:新闻|内容|报导|报道)?|(?:点我|按我)(?:看|下载|订阅|加入)[^。！？\n，,]{1,20}"
    # share targets a word a line (facebook ⏎ line ⏎ twitter ⏎ email), an app's lottery (现在用APP看新闻 保证天天中奖),
    # a site's other stories and readers' words (更多风传媒报导, 今日热门, 网友回应, 读者回响, 0 则留言, udn讨论区), 返回页首
    r"|facebook|line|twitter|e-?mail|threads|plurk|whatsapp|telegram|linkedin|follow\s*(?:us|我们)"
    r"|[^。！\n]{0,16}?用\s*APP\s*看新闻[^。！？\n]{0,16}|更多[\u4e00-\u9fff]{2,6}报[导道]|(?:今日|本日|即时)热门|网友回应|读者回[响应]"
    r"|共?\s*\d[\d,]*\s*[则条]\s*(?:留言|回应|评论|回复)|[A-Za-z0-9]{0,8}讨论区|返回页首|回页首|本[文站网报刊]?\s*版权所有[。.]?"
    r"|广告|advertisement|赞助内容|请继续往下阅读[.…。]*|(?:文章|新闻|信息|稿件)?来源\s*[:：]?|(?:本文)?转载自\s*[:：]?"
    r"|上一则|下一则|回列表|回到顶[端部]|返回顶端|(?:返回|回)主页|按此(?:浏览|阅读|查看|订阅|下载)?|查看更多|已?复制(?:链接|连结)|阅读模式|收藏文章"
    r"|赞助|广告查询|追踪我们|follow us on \w+|网上版|新闻标签|(?:登入|登录)\s*(?:[|｜/]\s*)?注册"
    r"|(?:你可能感兴趣(?:的)?|为你推荐|一周热门|热门搜[寻索]|最新影片|更多相关(?:新闻|文章|报道|报导))"
    # a government's or a union's site around its article: the visitor counter, today's date, the welcome, the
    # accessible and elder modes, the search box, the versions, the browser advice (您是第 12345 位访客, 今天是…星期二)
    r"|您是(?:本站)?第\s*\d[\d,]*\s*位访(?:客|问者)|(?:当前|总|今日)访问量\s*[:：]?\s*\d*"
    r"|今天是\s*[:：]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:星期|周)[一二三四五六日天]"
    r"|欢迎(?:访问|光临|来到)[^。！？，,\s]{2,30}(?:网站|网|平台|门户)[!！。]?"
    r"|(?:(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化(?:版|模式)?|English|繁体|简体)\s*[|｜/]?\s*)+"
    r"|(?:站内|全站|高级)?搜索|请输入(?:关键词|关键字|搜索内容)[.…。]*|网站导航|(?:领导|书记|主席|局长)信箱"
    r"|建议使用[^。！？\n]{0,40}(?:分辨率|浏览器)[^。！？\n]{0,30}|(?:您的)?浏览器版本过低[^。！？\n]{0,20}"
    r"|(?:微信)?扫(?:码|一扫)分享|手机版|PC版|电脑版|移动版|返回旧版|进入新版"
    # a site's row of its own pages (私隱政策 免責聲明 使用條款 聯絡我們)
    r"|(?:(?:隐私政策|私隐政策|隐私权政策|免责声明|使用条款|服务条款|联络我们|联系我们|关于我们|网站地图|广告查询|广告服务|版权声明|法律声明"
    r"|意见反馈|加入我们|招聘信息|订阅)\s*[|｜/·•]?\s*){2,}"
    # 网易's 手机看新闻, a line of @mentions under a short video (@抖音小助手), a picture's credit (图片由受访者提供)
    r"|手机(?:看|阅读)(?:新闻|全文)?|(?:@[^\s@，。,]{1,20}\s*)+|[（(]?(?:图片|照片|视频|配图)均?由[^。！？\n，,（）()]{1,20}提供[）)]?"
    # Weibo's 收起全文d (its icon font's letter copied with it) and a video's card
    r"|(?:收起|展开)全文\s*[dc]?|\S{2,20}的微博视频"
    # a breadcrumb of short steps: 某某社区 › 职工论坛 › 转：…
    r"|(?:[^\s›>»＞→。！？!?，,]{1,20}\s*(?:[›»＞→]|>{1,2})\s*){2,}[^。！？!?]{1,60}"
    # or of two: a platform's section over its account (澎湃号·政务 > 杭州工会); not with an arrow, quotes or
    # figures, which a heading (学徒→工匠, “制造”>“智造”) or a comparison has
    r"|[^\s›>»＞→。！？!?，,\d“”\"《》]{1,12}\s*(?:[›»＞]|>{1,2})\s*[^\s›>»＞→。！？!?，,\d“”\"《》]{1,12}"
    # personal libraries, document-sharing sites and blogs (zhtext/repost_sites.py); an account's prompts (zhtext/prompts.py)
    rf"|{_REPOST_LINES}|{_PROMPT_LINES}",
    re.IGNORECASE)
# These take the rest of the line: what follows the key belongs to the chrome.
_LINE_TAILS: list[tuple[str, str]] = [
    ("网页位置导航", r"(?:当前|您的|你的|所在)位置\s*[:：]|(?:^|\s)(?:首页|主页)\s*[>›»]"),
    ("上一篇与下一篇", r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[:：]"),
    # (a site's: 投稿邮箱, 报料电话, 合作邮箱. Not 联系电话 or 联系方式, which a notice gives for its enquiries)
    ("投稿与联系方式", r"^[\u4e00-\u9fff]{0,8}?(?:(?:投稿|合作|商务|新闻线索|爆料|报料)(?:邮箱|信箱|电话|热线|微信|方式)|报料|爆料)\s*[:：｜|]"),
    ("关键词行", r"(?:关键词|关键字|标签|tags?)\s*[:：]"),
    ("相关阅读", r"^(?:相关(?:阅读|新闻|文章|链接)|延伸阅读|推荐阅读)\s*[:：]?"),
]
# A site's footer: copyright and the filing numbers every Chinese site must show. A line holding one of
# these and no sentence is the footer, whatever else it lists (address, telephone, webmaster).
_FOOTER_RE = re.compile(
    r"版权所有|copyright\b|©\s*(?:19|20)\d\d|ICP\s*[备证]|公网安备|网站标识码|技术支持\s*[:：]|网站维护\s*[:：]", re.IGNORECASE
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# What stands where a picture was: its file's name (IMG_20240912_103045.jpg, 微信图片_2024….png, image001.png,
# 开班仪式现场.jpg) and a forum's attachment box (`IMG_1234.JPG (125.3 KB, 下载次数: 3)`, 下载附件, 保存到相册,
# `2024-9-12 10:23 上传`). A name holds no Chinese punctuation and few Han characters, so no sentence is one.
_PICTURE_LINE = re.compile(
    r"(?P<name>[\w\-.()（）\[\]~@#+ ]{0,60}?[\w)）\]])\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?)"
    r"(?:\s*[（(]\s*\d[\d.,]*\s*[KMG]i?B(?:\s*[,，]\s*下载次数\s*[:：]\s*\d+)?\s*[）)])?"
    r"(?:\s*下载附件)?(?:\s*保存到相册)?(?:\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传)?"
    r"|下载附件(?:\s*[（(]\s*\d[\d.,]*\s*[KMG]i?B\s*[）)])?(?:\s*保存到相册)?|保存到相册"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传",
    re.IGNORECASE)
_HAN_IN_NAME = 12  # 开班仪式现场, 微信图片: a file's name, not a clause
_SPAN_RE = re.compile("|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(_SPANS)), re.IGNORECASE)
_TAIL_RE = re.compile("|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(_LINE_TAILS)), re.IGNORECASE)

# Reprint-rights notices and disclaimers: strong patterns mark a sentence as a notice.
_NOTICE = [
    r"凡本[站网报刊]注明",
    r"本[站网]注明[“\"]?稿件来源",
    r"版权(?:均)?(?:属|归)(?:于)?(?:本|原)[站网报刊作]",
    r"(?:未经|非经)[^。]{0,10}(?:授权|许可|同意)[^。]{0,10}(?:不得|禁止|严禁)[^。，,]{0,4}?(?:转载|复制|使用|镜像|下载|摘编)",
    r"均为[^。，,]{1,12}版权所有",  # 本网站所刊登的各种新闻…均为新华网版权所有
    r"本[站网][^。]{0,6}转载[^。]{0,30}(?:目的|不代表|并不意味着|不意味着)",
    r"转载稿",
    r"不代表本[站网](?:的)?(?:观点|立场)",
    r"涉及版权[^。]{0,40}(?:联系|来电|来函)",
    r"^[①-⑩\d.、\s]*(?:免责声明|版权声明|特别声明)",
    r"转载[请须需]注明(?:出处|来源)",
    r"如有侵权[^。]{0,20}(?:删除|联系)",
    r"侵删|图片(?:来源|来自)(?:于)?网络",
    r"^本文系[^。]{1,20}(?:原创|首发|独家)(?:内容|稿件|作品)?",  # 本文系学习强国号原创内容
    # a platform's disclaimer (搜狐号, 百家号, 头条号 …): the article is its author's, the site only hosts it
    r"(?:观点|立场)仅代表作者|仅代表(?:该)?作者(?:或机构|本人|个人)?(?:的)?(?:观点|立场)"
    r"|仅提供信息(?:存储空间|存储|发布平台)(?:服务)?|仅提供信息服务|系信息发布平台|提供信息发布传播服务"
    r"|(?:本文|本内容|该文)(?:来自|系|为)[^。]{0,20}?(?:创作者|自媒体|号|用户)[^。]{0,10}?不代表",  # 本文来自腾讯新闻客户端创作者，不代表…
    # the portals' reprint statement (新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点…)
    r"(?:登载|转载|刊载|刊发|发布)(?:此|该|本)文(?:是|系)?出于传递更多信息之?目的|并不意味着(?:赞同|认同)其观点",
    # a portal's note under its comments (网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述)
    r"网友评论仅供其表达个人看法|并不表明本[站网](?:同意|赞同)其观点",
    # Taiwan's: ※ 歡迎用「轉貼」或「分享」的方式轉載，禁止任意全文複製貼上
    r"禁止任意全文复制|欢迎[^。]{0,12}(?:转贴|分享)[^。]{0,12}转载",
    # 网易号's disclaimer in English, printed under its Chinese one
    r"(?i:only provides information storage services|is uploaded and posted by a user of)",
]
_NOTICE_RE = re.compile("|".join(_NOTICE + list(_REPOST_NOTICES) + list(_PROMPT_NOTICES)))
# A sentence next to a notice, in the same paragraph, that speaks of the site or of rights.
_SITE_TALK_RE = re.compile(r"本[站网报刊]|转载|版权|稿件来源|授权|侵权")
_SENTENCE_RE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]?|$)")


@dataclass(frozen=True)
class Chrome:
    start: int
    end: int
    label: str  # what it is, in Chinese, for editors
    notice: bool = False




# Words of an app's buttons that read like clauses but are none (WeChat's 赞，轻点两下取消赞).
_UI_PHRASES = re.compile(r"轻点两下取消(?:赞|在看)")


def contains_sentence(text: str) -> bool:
    """True when *text* holds a Chinese sentence: a clause of at least 8 Han characters that
    is punctuated as prose (ends a sentence or runs on after a comma)."""
    text = _UI_PHRASES.sub(" ", text)
    if not re.search(r"[。！？!?，,；;]", text):
        return False
    return any(sum(1 for c in piece if is_han(c)) >= 8 for piece in re.split(r"[。！？!?，,；;、：:\s]", text))


def find_chrome(line: str) -> list[Chrome]:
    """Chrome spans in one line (a paragraph), non-overlapping, in order."""
    simp = t2s_aligned(line)
    out: list[Chrome] = []
    if _URL_LINE.match(simp):
        return [Chrome(0, len(line), "网址行")]
    if _WHOLE_LINE.fullmatch(simp.strip()):
        return [Chrome(0, len(line), "网页杂项行")]
    if (picture := _PICTURE_LINE.fullmatch(simp.strip())) and sum(map(is_han, picture.group("name") or "")) <= _HAN_IN_NAME:
        return [Chrome(0, len(line), "图片文件名或论坛附件（图片未随正文导入）")]
    if _is_button_row(simp):
        return [Chrome(0, len(line), "按钮与计数")]
    footer = next((m.start() for m in _FOOTER_RE.finditer(simp) if not contains_sentence(line[m.start():])
                   and (m.start() == 0 or simp[m.start() - 1] in "。！？!?；; \t\u3000")), None)
    if footer is not None:  # the whole line, or its tail after a notice sentence
        return [Chrome(0 if not contains_sentence(line) else footer, len(line), "网站页脚")]
    tail = _TAIL_RE.search(simp)
    limit = len(line)
    tags = _trailing_tags(simp) if "#" in simp else None
    if tags is not None and not tail:
        limit = tags
    if tail:
        label = _LINE_TAILS[int(tail.lastgroup[1:])][0]
        start = tail.start()
        while start < len(simp) and simp[start].isspace():
            start += 1
        limit = start
    for m in _SPAN_RE.finditer(simp, 0, limit):
        if m.end() > m.start():
            out.append(Chrome(m.start(), m.end(), _SPANS[int(m.lastgroup[1:])][0]))
    if tail:
        out.append(Chrome(limit, len(line), label))
    elif tags is not None:
        out.append(Chrome(tags, len(line), "话题标签"))
    return out


def is_pure_chrome(text: str) -> bool:
    """A line that is page chrome from end to end (a breadcrumb, 打印本页 关闭窗口 …)."""
    spans = find_chrome(text)
    covered = sum(c.end - c.start for c in spans)
    return bool(spans) and len(re.sub(r"\s", "", text)) <= covered


_READING_LIST_RE = re.compile(
    r"[\W_]*(?:往期|精彩|热门|热点|最新|相关|延伸|推荐|更多|编辑推荐|猜你喜欢|标题导航|本版导航|本版新闻|作者(?:最新|其他|更多)?)"
    r"(?:推荐|回顾|精选|阅读|文章|新闻|资讯|消息|精彩|链接|连结|内容|影音|影片|视频|图片|排行)*[\W_]*"
)


def is_reading_list_heading(line: str) -> bool:
    """A line such as 往期推荐, 精彩回顾 or ▼相关阅读▼: the titles under it are other articles'."""
    return bool(_READING_LIST_RE.fullmatch(t2s_aligned(line).strip())) and len(line.strip()) <= 12


def find_notices(paragraph: str) -> list[Chrome]:
    """Notice sentences: one that matches a notice pattern, with its neighbours in the same
    paragraph that talk about the site or about rights. Adjacent ones merge into one span."""
    simp = t2s_aligned(paragraph)
    sentences = [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(simp) if m.end() > m.start()]
    strong = [bool(_NOTICE_RE.search(simp[s:e])) for s, e in sentences]
    if not any(strong):
        return []
    marked = list(strong)
    for i, (s, e) in enumerate(sentences):
        if not marked[i] and _SITE_TALK_RE.search(simp[s:e]):
            if (i > 0 and marked[i - 1]) or (i + 1 < len(sentences) and strong[i + 1]):
                marked[i] = True
    out: list[Chrome] = []
    for (s, e), hit in zip(sentences, marked, strict=True):
        if not hit:
            continue
        if out and out[-1].end == s:
            out[-1] = Chrome(out[-1].start, e, "版权与转载声明", True)
        else:
            out.append(Chrome(s, e, "版权与转载声明", True))
    return out
