"""Corpus pages of the kinds portals, news apps, agencies and government sites produce (tests/zhtext/corpus.py).

Each is one of the clean articles as such a platform prints it, with two kinds of the corpus's damage:

- a portal's reprint (搜狐号, 网易): 原标题 as the only headline, 返回搜狐，查看更多, a blank 责任编辑, a view count;
- a news app's page: 原创 author account date 发表于 place, 收录于合集, 展开全文, 打开APP…, 举报/反馈;
- an agency's dispatch: a dateline (新华社北京5月12日电（记者…）) and the paper's edition line;
- a county government's page: &nbsp; indents and tags printed as text, its 主办单位 and ICP lines;
- a page whose headline line is UTF-8 read as Windows-1252 (工匠 → å·¥åŒ );
- a Taiwan ministry's page in Traditional: ROC dates (發布日期：113-03-15), 發布單位, 相關連結;
- a 百家号-style page: the account's name over "date · 某某官方账号", 关注, 图片来源, a pager, （完）;
- a WeChat article copied from the browser: "账号 账号 date 山东" and WeChat's own words under it;
- a 头条号-style page: 首页 above the headline, "原创date·账号", its buttons (关注, 评论 12, 收藏 …) and 相关推荐;
- a finance portal's page: its app's name around the headline, "date  outlet" with no key, a row of buttons,
  "…，尽在某某APP" and an editor's code (责任编辑：张文 SF183);
- a forum thread: 标题：转：…, 楼主, the poster over 发表于 date, 本帖最后由…编辑, the buttons and the replies;
- an official notice copied from its PDF: the letterhead (…文件), its number (…〔2024〕15号), the headline over
  two lines, page numbers (— 1 —) and the signature with its date, which stays;
- a Weibo post: the account over "24-5-16 18:02 来自 微博 weibo.com", 【#topic# headline】 before the first sentence,
  网页链接, 收起全文d, the video's card and the counts;
- a page under a masthead: the site's name or a breadcrumb (人民网>>山东频道>>滚动新闻) above the headline, 小字号,
  （责编：…）, 分享让更多人看到;
- an e-paper's page (数字报): the paper's name, the day, 第03版：新闻, 上一期 下一期 返回目录, 本版责编 and 本版美编
  above the headline, the byline under it, 标题导航 and the page's other headlines after the article.
- a self-media page (百家号, 网易号): the account under the headline over its stamp with the writer's place
  (2024-09-12 10:23浙江, IP属地：上海), 关注, 举报/反馈 and 相关推荐 with the listed articles' dates.
- a portal's article page (网易): "date　来源: outlet", 举报 and a count alone, 分享至, an editor's code;
- a news app's page: its channel above the headline, "outlet author" over "date 浏览量1.2万", 本文已被浏览 … 次;
- a college's own site: 发布者：…　发布时间：…　浏览次数：…, the font and print buttons, 上一篇 and 下一篇.
- a Hong Kong portal's page (Traditional): its section over the headline, 撰文, 出版, 更新, 責任編輯, 最新影片;
- a Taiwan agency's page (中央社, Traditional): "date（date 更新）", 字級, （中央社記者…台北12日電）, （編輯：…）1130912.
- a Q&A site's column (知乎): the author, their line and 关注他 under the headline, 12 人赞同了该文章, and after the
  article 编辑于 date・IP 属地… with its buttons.
- a video page: 视频加载中, the player's clock and its controls a word a line, 播放量, the related videos;
- a Taiwan daily's page (Traditional): a breadcrumb with slashes, "date outlet／ 記者…／台北即時報導", 留言 and the
  font-size picker a word a line;
- a Hong Kong press release (Traditional): 新聞公報 over the headline, a row of stars, 完, the date and its hour;
- a short-video page (抖音): the account over 关注, the caption with its #tags, the counts under it;
- a whole page saved in GBK and read as Latin-1 (ÀÍÄ£¹¤½³ for 劳模工匠).
"""
from __future__ import annotations

import random

from corpus import SITES, Article, Defect, Reprint, damage_twice, load_clean

from zhtext.script import s2t, t2s

AGENCIES = ["新华社", "中新网", "人民网", "中工网"]
PLACES = ["北京", "济南", "潍坊", "上海"]
REPORTERS = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆"]


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, as a browser shows a page sent without its charset; the five
    bytes that code page leaves undefined come out as Latin-1 would show them, and 0xA0 as a space."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode()).replace("\u00a0", " ")


def _portal(art, paras, rng, site, date):
    head = [f"原标题：{art.headline}", f"来源：{site}", date]
    count = f"阅读 ({rng.randint(100, 99999)})"
    foot = ["返回搜狐，查看更多", "责任编辑：", count]
    defects = [Defect("门户杂项", -1, "原标题"), Defect("门户杂项", -1, "返回搜狐"), Defect("门户杂项", -1, "责任编辑"),
               Defect("浏览计数", -1, count)]
    return head, foot, defects, {"source": site, "date": date}


def _app(art, paras, rng, site, date):
    author = rng.choice(REPORTERS)
    head = [art.headline, f"原创 {author} {site} {date} 08:{rng.randint(10, 59)} 发表于{rng.choice(PLACES)}",
            "收录于合集 #工匠精神 12个"]
    foot = ["展开全文", "打开APP 阅读更多精彩内容", "举报/反馈"]
    defects = [Defect("客户端提示", -1, "发表于"), Defect("客户端提示", -1, "收录于合集")]
    defects += [Defect("客户端提示", -1, line) for line in foot]
    return head, foot, defects, {"source": site, "date": date, "byline": author}


def _agency(art, paras, rng, site, date):
    agency, names = rng.choice(AGENCIES), rng.sample(REPORTERS, 2)
    paras[0] = f"{agency}{rng.choice(PLACES)}{int(date[5:7])}月{int(date[8:])}日电（记者{'、'.join(names)}）" + paras[0]
    head = [art.headline]
    foot = [f"《 {site} 》（ {date[:4]}年{date[5:7]}月{date[8:]}日 第 {rng.randint(1, 12):02d} 版）",
            f"责任编辑：{rng.choice(REPORTERS)}_NE{rng.randint(1000, 9999)}"]
    defects = [Defect("版面署名", -1, "》（"), Defect("网易编辑代码", -1, "_NE")]
    return head, foot, defects, {"source": site, "date": date, "byline": "、".join(names)}


def _government(art, paras, rng, site, date):
    for i in range(len(paras)):
        paras[i] = "&nbsp;" * 4 + paras[i]
    cut = paras[-1].find("，")
    defects = [Defect("转义字符", -1, "&nbsp;")]
    if cut > 0:
        paras[-1] = paras[-1][:cut + 1] + "&lt;br&gt;" + paras[-1][cut + 1:]
        defects.append(Defect("转义字符", -1, "&lt;br&gt;"))
    head = [art.headline, f"发布时间：{date}　来源：{site}"]
    foot = ["主办单位：某某县人民政府办公室 承办单位：某某县大数据中心", "网站标识码：3707000001 鲁ICP备05012345号"]
    defects += [Defect("网站页脚", -1, "主办单位"), Defect("网站页脚", -1, "ICP")]
    return head, foot, defects, {"source": site, "date": date}


def _garbled_headline(art, paras, rng, site, date):
    head = [_mojibake(art.headline), f"发布时间：{date}　来源：{site}"]
    return head, [], [Defect("编码乱码", -1, head[0][:6])], {"source": site, "date": date}


def _latin1(text: str, encoding: str) -> str:
    """*text* saved in a double-byte code page and read as Latin-1; a line the code page cannot hold (an emoji's)
    stays as it was."""
    try:
        return text.encode(encoding).decode("latin-1")
    except UnicodeEncodeError:
        return text


def _code_page_page(art, paras, rng, site, date):
    """A whole page saved in GBK (Big5 for a Traditional one) and read as Latin-1: every line garbled."""
    encoding = "big5" if any(c != s for c, s in zip(art.headline, t2s(art.headline), strict=True)) else "gbk"
    head = [_latin1(art.headline, encoding), _latin1(f"发布时间：{date}　来源：{site}", encoding)]
    paras[:] = [_latin1(p, encoding) for p in paras]
    return head, [], [Defect("编码乱码", -1, head[0][:6])], {"source": site, "date": date}


def _taiwan_office(art, paras, rng, site, date):
    """A Taiwan ministry's page, in Traditional: ROC dates, 發布單位, 相關連結 under the article."""
    roc = f"{int(date[:4]) - 1911}-{date[5:]}"
    office = rng.choice(["勞動力發展署", "技能檢定中心"])
    head = [art.headline, f"發布日期：{roc}", f"發布單位：{office}"]
    foot = ["相關連結：", "技能檢定中心", "勞動力發展署", f"更新日期：{roc}"]
    defects = [Defect("民國日期", -1, "發布日期"), Defect("民國日期", -1, "更新日期"), Defect("相关链接", -1, "相關連結")]
    return head, foot, defects, {"source": office, "date": date}


def _news_feed(art, paras, rng, site, date):
    """A 百家号-style page: the account's name over its date line, a follow button, a picture credit, a pager
    and an agency's end mark."""
    paras[-1] += "（完）"
    head = [art.headline, site, f"{date} 08:00 · {site}官方账号", "关注", f"图片来源：{site}"]
    foot = ["上一页 1 2 3 下一页"]
    defects = [Defect("资讯号", -1, "官方账号"), Defect("资讯号", -1, "关注"), Defect("资讯号", -1, "图片来源"),
               Defect("分页", -1, "下一页"), Defect("结束标记", -1, "（完）")]
    return head, foot, defects, {"source": site, "date": date}


WECHAT_UI = ["预览时标签不可点", "微信扫一扫", "关注该公众号", "知道了", "微信扫一扫", "使用小程序", "取消 允许", "取消 允许",
             "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏"]


def _wechat_copy(art, paras, rng, site, date):
    """A WeChat article copied from the browser: the account twice, the date and a province, then WeChat's
    own words below the article."""
    head = [art.headline, f"{site} {site} {date} 18:{rng.randint(10, 59)} {rng.choice(['山东', '上海', '广东'])}"]
    return head, WECHAT_UI, [Defect("公众号界面文字", -1, line) for line in WECHAT_UI[:2] + WECHAT_UI[-1:]], {
        "source": site, "date": date}


def _toutiao(art, paras, rng, site, date):
    head = ["首页", art.headline, f"原创{date} 09:{rng.randint(10, 59)}·{site}", "关注"]
    foot = ["举报/反馈", f"评论 {rng.randint(1, 99)}", "收藏", "分享", "相关推荐", "某市职工技能大赛决赛开幕"]
    defects = [Defect("头条号杂项", -1, "首页"), Defect("头条号杂项", -1, "原创"), Defect("头条号杂项", -1, "评论"),
               Defect("头条号杂项", -1, "相关推荐")]
    return head, foot, defects, {"source": site, "date": date}


def _finance_portal(art, paras, rng, site, date):
    app = rng.choice(["新浪财经APP", "某某新闻APP"])
    editor = rng.choice(REPORTERS)
    head = [app, art.headline, f"{date[:4]}年{date[5:7]}月{date[8:]}日 14:35  {site}", app,
            "缩小字体 放大字体 收藏 微博 微信 分享"]
    foot = [f"海量资讯、精准解读，尽在{app}", f"责任编辑：{editor} SF{rng.randint(100, 999)}"]
    defects = [Defect("门户杂项", -1, app), Defect("门户杂项", -1, "放大字体"), Defect("门户杂项", -1, " SF")]
    return head, foot, defects, {"source": site, "date": date}


def _forum(art, paras, rng, site, date):
    poster = rng.choice(["阿强师傅", "lathe_88", "老王说技能"])
    day = f"{date[:4]}-{int(date[5:7])}-{int(date[8:])}"
    head = [f"标题: 转：{art.headline}", "楼主", poster, f"发表于 {day} 20:15", "只看该作者",
            f"本帖最后由 {poster} 于 {day} 20:20 编辑"]
    foot = ["回复", "引用", "举报", "沙发", f"发表于 {day} 21:02", "支持，学点真本事！", "板凳", "顶"]
    defects = [Defect("论坛杂项", -1, "楼主"), Defect("论坛杂项", -1, poster), Defect("论坛杂项", -1, "本帖最后由"),
               Defect("论坛杂项", -1, "沙发"), Defect("论坛杂项", -1, "学点真本事")]
    return head, foot, defects, {"date": date, "source": ""}


def _notice_pdf(art, paras, rng, site, date):
    """An official notice copied from its PDF: a letterhead, a number, a two-line headline, page numbers and a
    signature. The headline is the notice's own (关于…的通知), cut where a PDF line ends."""
    issuer = rng.choice(["宁波市总工会", "某某区总工会", "某某省人力资源和社会保障厅"])
    cut = max(4, len(art.headline) // 2)
    head = [f"{issuer}文件", f"甬工〔{date[:4]}〕{rng.randint(1, 60)}号", f"关于{art.headline[:cut]}",
            f"{art.headline[cut:]}的通知", "各区县总工会、各产业工会："]
    paras.insert(len(paras) // 2 + 1, "— 1 —")
    foot = [issuer, f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日", "— 2 —"]
    defects = [Defect("公文版头", -1, "文件"), Defect("公文版头", -1, "〔"), Defect("页码", -1, "— 1 —"),
               Defect("页码", -1, "— 2 —")]
    return head, foot, defects, {"source": issuer, "date": date}


def _weibo(art, paras, rng, site, date):
    account = rng.choice(["潍坊发布", "某某工人日报", "某某总工会"])
    paras[0] = f"【#{art.headline[:4]}#{art.headline[4:]}】" + paras[0]
    paras[-1] += " 网页链接"
    head = [account, f"{date[2:4]}-{int(date[5:7])}-{int(date[8:])} 18:02 来自 微博 weibo.com 已编辑"]
    foot = [f"{account}的微博视频", "收起全文d", f"转发 {rng.randint(1, 99)}", f"评论 {rng.randint(1, 99)}", f"赞 {rng.randint(1, 999)}"]
    defects = [Defect("微博杂项", -1, "【"), Defect("微博杂项", -1, "网页链接"), Defect("微博杂项", -1, "收起全文"),
               Defect("微博杂项", -1, "微博视频"), Defect("微博杂项", -1, "weibo.com")]
    return head, foot, defects, {"source": account, "date": date}


def _masthead(art, paras, rng, site, date):
    top = rng.choice(["人民网>>山东频道>>滚动新闻", "中工网", "某某融媒"])
    editors = rng.sample(REPORTERS, 2)
    head = [top, art.headline, f"{date[:4]}年{date[5:7]}月{date[8:]}日08:32 | 来源：{site}", "小字号"]
    foot = [f"（责编：{'、'.join(editors)}）", "分享让更多人看到"]
    defects = [Defect("报头", -1, top), Defect("报头", -1, "小字号"), Defect("报头", -1, "责编")]
    return head, foot, defects, {"source": site, "date": date}


def _epaper(art, paras, rng, site, date):
    paper = rng.choice(["工人日报", "某某工人报", "齐鲁晚报"])
    reporter, correspondent = rng.sample(REPORTERS, 2)
    head = [paper, f"{date[:4]}年{date[5:7]}月{date[8:]}日 星期三", f"第{rng.randint(1, 12):02d}版：新闻", "上一期    下一期    返回目录",
            f"本版责编：{rng.choice(REPORTERS)} 本版美编：{rng.choice(REPORTERS)}", art.headline,
            f"本报记者 {reporter} 本报通讯员 {correspondent}"]
    foot = ["标题导航", art.headline, "某地开展职工技能大比武"]
    defects = [Defect("数字报版面", -1, "版："), Defect("数字报版面", -1, "上一期"), Defect("数字报版面", -1, "美编"),
               Defect("数字报版面", -1, "标题导航"), Defect("数字报版面", -1, "大比武")]
    return head, foot, defects, {"source": paper, "date": date, "byline": f"{reporter}、{correspondent}"}


def _self_media(art, paras, rng, site, date):
    """A self-media platform's page (百家号, 网易号): the headline, the account (a name like any column's) over
    its stamp with the writer's place, 关注, then 举报/反馈 and a reading list whose dates are other articles'."""
    account = rng.choice(["职工之家", "匠心talk", "技能兴市"])
    place = rng.choice(["浙江", " 山东", " IP属地：上海", " 发布于 江苏"])
    head = [art.headline, account, f"{date} 10:{rng.randint(10, 59)}{place}", "关注"]
    foot = ["举报/反馈", "相关推荐", "某市职工技能大赛决赛开幕", "2023-11-02", "某区劳模创新工作室挂牌", "2023-10-20"]
    defects = [Defect("自媒体杂项", -1, account), Defect("自媒体杂项", -1, "关注"), Defect("自媒体杂项", -1, "2023-11-02"),
               Defect("自媒体杂项", -1, "工作室挂牌")]
    return head, foot, defects, {"source": account, "date": date}


def _netease(art, paras, rng, site, date):
    """A portal's article page (网易-style): its breadcrumb, "date time　来源: outlet", 举报 and its count alone,
    分享至, then 本文来源 with the author and an editor's code."""
    author, editor = rng.sample(REPORTERS, 2)
    head = ["网易首页 > 新闻中心 > 滚动新闻 > 正文", art.headline, f"{date} 10:23:45\u3000来源: {site}", "举报",
            str(rng.randint(0, 99)), "分享至"]
    foot = [f"本文来源：{site} 作者：{author}", f"责任编辑：{editor}_NE{rng.randint(1000, 9999)}"]
    defects = [Defect("门户杂项", -1, "网易首页"), Defect("门户杂项", -1, "举报"), Defect("门户杂项", -1, "分享至"),
               Defect("门户杂项", -1, "_NE")]
    return head, foot, defects, {"source": site, "date": date, "byline": author}


def _app_byline(art, paras, rng, site, date):
    """A news app's page: its channel above the headline, "outlet author" over "date time 浏览量1.2万", and
    本文已被浏览 … 次 and 打开…客户端 after the article."""
    app = rng.choice(["人民日报客户端", "某某新闻客户端"])
    author = rng.choice(REPORTERS)
    head = [f"{app}{rng.choice(['浙江频道', '山东频道'])}", art.headline, f"{app} {author}",
            f"{date} 10:23 浏览量{rng.randint(1, 9)}.{rng.randint(1, 9)}万"]
    foot = [f"本文已被浏览 {rng.randint(100, 99999)} 次", "分享到："]
    defects = [Defect("客户端杂项", -1, "频道"), Defect("客户端杂项", -1, "浏览量"), Defect("客户端杂项", -1, "本文已被浏览")]
    return head, foot, defects, {"source": app, "date": date, "byline": author}


def _school_site(art, paras, rng, site, date):
    """A college's or a union's own site: 当前位置, "发布者：宣传部　发布时间：…　浏览次数：…", the font and print
    buttons, 上一篇 and 下一篇."""
    head = ["当前位置：首页 > 学院新闻", art.headline,
            f"发布者：{rng.choice(['宣传部', 'admin', '工会办公室'])}\u3000发布时间：{date}\u3000浏览次数：{rng.randint(10, 9999)}",
            "【字体：大 中 小】【打印本页】【关闭窗口】"]
    foot = ["上一篇：学院召开年度工作会议", "下一篇：工匠学院举办技能比武"]
    defects = [Defect("学校网站杂项", -1, "发布者"), Defect("学校网站杂项", -1, "上一篇")]
    return head, foot, defects, {"date": date, "source": ""}


def _hk_portal(art, paras, rng, site, date):
    """A Hong Kong portal's page, in Traditional: its section over the headline, 撰文, 出版 and 更新 each on a
    line, 分享; 責任編輯 and 最新影片 after the article."""
    author, editor = rng.sample(REPORTERS, 2)
    head = [rng.choice(["社會新聞", "港聞", "即時新聞"]), art.headline, f"撰文：{s2t(author)}", f"出版：{date} 10:23",
            f"更新：{date} 12:05", "分享"]
    foot = [f"責任編輯：{s2t(editor)}", "最新影片"]
    defects = [Defect("港媒杂项", -1, "出版"), Defect("港媒杂项", -1, "更新"), Defect("港媒杂项", -1, "最新影片")]
    return head, foot, defects, {"source": "", "date": date, "byline": s2t(author)}


def _cna(art, paras, rng, site, date):
    """A Taiwan agency's page (中央社), in Traditional: "date time（date time 更新）", 字級, 分享, the dateline with
    its reporter and place, and （編輯：…）with the date's code after the last sentence."""
    author, editor = rng.sample(REPORTERS, 2)
    day = f"{int(date[5:7])}/{int(date[8:])}"
    head = [art.headline, f"{date[:4]}/{day} 10:23（{day} 12:05 更新）", "字級", "分享"]
    paras[0] = f"（中央社記者{s2t(author)}{rng.choice(['台北', '杭州', '上海'])}{int(date[8:])}日電）{paras[0]}"
    paras[-1] = f"{paras[-1]}（編輯：{s2t(editor)}）{int(date[:4]) - 1911}{date[5:7]}{date[8:]}"
    defects = [Defect("通讯社杂项", -1, "更新）"), Defect("通讯社杂项", -1, "字級"), Defect("通讯社杂项", -1, "編輯：")]
    return head, [], defects, {"source": "中央社", "date": date, "byline": s2t(author)}


def _qa_column(art, paras, rng, site, date):
    """A Q&A site's column (知乎-style): the author, a line about them and 关注他 under the headline, a count of
    likes; after the article "编辑于 date・IP 属地…" and its buttons (赞同 12, 添加评论, 分享, 喜欢, 收藏, 申请转载)."""
    author = rng.choice(REPORTERS)
    head = [art.headline, author, rng.choice(["制造业从业者，关注职业教育", "工会干部"]), "关注他",
            f"{rng.randint(2, 999)} 人赞同了该文章"]
    foot = [f"编辑于 {date} 10:23・IP 属地{rng.choice(['浙江', '山东'])}", f"赞同 {rng.randint(2, 999)}", "添加评论",
            "分享", "喜欢", "收藏", "申请转载"]
    defects = [Defect("问答社区杂项", -1, "关注他"), Defect("问答社区杂项", -1, "人赞同"), Defect("问答社区杂项", -1, "IP 属地"),
               Defect("问答社区杂项", -1, "添加评论"), Defect("问答社区杂项", -1, "申请转载")]
    return head, foot, defects, {"source": "", "date": date, "byline": author}


def _video_page(art, paras, rng, site, date):
    """A portal's video page: its loading line, the player's clock and controls a word a line, then 播放量 and the
    related videos with their lengths after the article."""
    controls = rng.sample(["倍速", "1.0x", "高清", "全屏", "播放", "弹幕", "静音"], rng.randint(3, 6))
    head = [art.headline, f"{date} 10:23:45 来源：{site}", "视频加载中...", f"00:00 / 0{rng.randint(1, 9)}:{rng.randint(10, 59)}",
            *controls]
    foot = [f"播放量：{rng.randint(1, 9)}.{rng.randint(1, 9)}万", "相关视频", "03:12 大国工匠进校园"]
    defects = [Defect("视频页杂项", -1, "视频加载中"), Defect("视频页杂项", -1, "00:00"), Defect("视频页杂项", -1, "播放量")]
    defects += [Defect("视频页杂项", -1, word) for word in controls if word not in art.headline]
    return head, foot, defects, {"source": site, "date": date}


def _taiwan_daily(art, paras, rng, site, date):
    """A Taiwan daily's page, in Traditional: a breadcrumb with slashes, "date outlet／ 記者…／台北即時報導",
    分享, 留言 and the font-size picker a word a line, 延伸閱讀 after the article."""
    author = rng.choice(REPORTERS)
    outlet = rng.choice(["聯合報", "自由時報", "中國時報"])
    head = [f"{outlet}新聞網 / 生活 / 職場", art.headline, f"{date} 10:23 {outlet}／ 記者{s2t(author)}／台北即時報導", "分享", "留言",
            "字級設定：", "小", "中", "大", "特"]
    foot = ["延伸閱讀", "技職教育新趨勢 產學合作成主流"]
    defects = [Defect("台湾报纸杂项", -1, "新聞網 /"), Defect("台湾报纸杂项", -1, "留言"), Defect("台湾报纸杂项", -1, "字級設定"),
               Defect("台湾报纸杂项", -1, "延伸閱讀")]
    return head, foot, defects, {"source": outlet, "date": date, "byline": s2t(author)}


def _press_release(art, paras, rng, site, date):
    """A Hong Kong government press release, in Traditional: 新聞公報 over the headline, a row of stars under it,
    indented paragraphs, 完, the date with its weekday and the hour on a line of its own."""
    head = ["新聞公報", art.headline, "＊" * rng.randint(12, 30)]
    paras[:] = ["　　" + p for p in paras]
    foot = ["完", f"{int(date[:4])}年{int(date[5:7])}月{int(date[8:])}日（星期四）", "香港時間16時30分"]
    defects = [Defect("新闻公报杂项", -1, "新聞公報"), Defect("新闻公报杂项", -1, "＊＊＊"), Defect("新闻公报杂项", -1, "香港時間")]
    return head, foot, defects, {"source": "", "date": date}


def _short_video(art, paras, rng, site, date):
    """A short-video platform's page (抖音): the platform, the account over 关注, the headline as the caption with
    its #tags, the date under the article, then the likes, comments and shares, each a count alone."""
    account = rng.choice(["潍坊工会", "职工之家", "齐鲁工匠"])
    head = ["抖音", account, "关注", f"{art.headline} #劳模工匠学院 #技能培训"]
    likes = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万"
    foot = [f"发布时间：{date} 10:23", likes, str(rng.randint(100, 999)), str(rng.randint(10, 99)), "分享", "举报"]
    defects = [Defect("短视频杂项", -1, "抖音"), Defect("短视频杂项", -1, "#劳模工匠学院"), Defect("短视频杂项", -1, likes)]
    return head, foot, defects, {"source": "", "date": date, "byline": account}


def _forwarded_mail(art, paras, rng, site, date):
    """A press release forwarded by e-mail (QQ mail, Outlook or Gmail): the subject line, a separator, the
    header's fields, a word to the editors and the headline again, then a sign-off, a signature with
    telephone numbers and the mail app's line."""
    keys = rng.choice([("发件人", "发送时间", "收件人", "主题"), ("From", "Sent", "To", "Subject")])
    mark = rng.choice(["转发：", "Fw: ", "FW: "])
    head = [f"{mark}{art.headline}", rng.choice(["-------- 原始邮件 --------", "---------- Forwarded message ---------"]),
            f"{keys[0]}：{site} <news@example.org>", f"{keys[1]}：{date} 15:20", f"{keys[2]}：编辑部 <web@example.org>",
            f"{keys[3]}：{mark}{art.headline}", "各位编辑老师：", art.headline]
    foot = ["此致", "敬礼！", rng.choice(REPORTERS), "宣传部", f"电话：0536-{rng.randint(1000000, 9999999)}",
            rng.choice(["发自我的iPhone", "Sent from my iPhone", "来自网易邮箱大师"])]
    defects = [Defect("邮件信封", -1, "原始邮件" if "原始" in head[1] else "Forwarded"), Defect("邮件信封", -1, keys[0]),
               Defect("邮件信封", -1, "编辑老师"), Defect("邮件签名", -1, "此致"), Defect("邮件签名", -1, "电话："),
               Defect("邮件签名", -1, foot[-1])]
    return head, foot, defects, {}


def _markdown_copy(art, paras, rng, site, date):
    """A note app's or a layout editor's Markdown: the headline as a heading, the credits as a quotation,
    the lead in bold, a picture and a rule with the repost notice under the article. Paragraphs apart by
    blank lines, as Markdown writes them (the article's lines change in place)."""
    head = [f"{rng.choice(['# ', '## '])}{art.headline}", "", f"> 来源：{site}　{date}", ""]
    paras[0] = f"**{paras[0].strip()}**"
    paras[:] = [f"{p}\n" for p in paras]
    foot = [f"![{rng.choice(['现场图片', ''])}](https://example.com/pictures/{rng.randint(1, 99)}.jpg)", "", "---", "",
            f"*本文转载自{site}，版权归原作者所有，如有侵权请联系删除。*"]
    defects = [Defect("Markdown 标记", -1, "# "), Defect("Markdown 标记", -1, "**"), Defect("Markdown 标记", -1, "!["),
               Defect("Markdown 标记", -1, "---"), Defect("转载声明", -1, "如有侵权")]
    return head, foot, defects, {"source": site, "date": date}


KINDS = [_portal, _app, _agency, _government, _garbled_headline, _taiwan_office, _news_feed, _wechat_copy,
         _toutiao, _finance_portal, _forum, _notice_pdf, _weibo, _masthead, _epaper, _self_media, _netease,
         _app_byline, _school_site, _hk_portal, _cna, _qa_column, _video_page, _taiwan_daily, _press_release, _short_video,
         _code_page_page, _forwarded_mail, _markdown_copy]
TRADITIONAL = {_taiwan_office, _hk_portal, _cna, _taiwan_daily, _press_release}


def generate_platform_pages(n: int = 58, seed: int = 2027) -> list[Reprint]:
    """*n* pages, the kinds above in turn, each article with two kinds of the corpus's damage."""
    rng = random.Random(seed)
    arts = load_clean()
    out = []
    for k in range(n):
        art = arts[(k * 5 + 2) % len(arts)]
        kind = KINDS[k % len(KINDS)]
        if kind in TRADITIONAL:  # the clean text too, so that damage and sentences are looked for as printed
            art = Article(s2t(art.headline), [s2t(p) for p in art.paras])
        paras = list(art.paras)
        defects = damage_twice(paras, rng)
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        head, foot, more, fields = kind(art, paras, rng, rng.choice(SITES), date)
        text = "\n".join(head + paras + foot)
        if kind is _notice_pdf:  # the notice's own headline, and its page number is no paragraph of the article
            art = Article(f"关于{art.headline}的通知", art.paras)
            paras = [p for p in paras if p != "— 1 —"]
        # where the article's paragraphs start among the importer's: a notice's two headline lines are one
        offset = len(head) - (1 if kind is _notice_pdf else 0)
        if kind is _markdown_copy:  # blocks of the Markdown's HTML, not lines: the headline and the credits
            offset = 2
        out.append(Reprint(f"{kind.__name__[1:]}-{k:02d}", text, art, defects + more, True, fields, offset))
    return out
