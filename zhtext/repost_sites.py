"""What the sites people save and share articles on print around one (found by pasting their lines above and below
an article, 2026-12-08): a personal library (360doc个人图书馆: the saver's header and buttons, the folder it was
saved to, its disclaimer), document-sharing sites (百度文库, 道客巴巴, 豆丁, 原创力文档: the document's fields, the
download and VIP prompts, 还剩2页未读) and blogs (新浪博客: 转载▼, a tag list a word a line, 原文地址：…作者：…).

Patterns only, no imports: zhtext.chrome and zhtext.metadata take them into their own.
"""

# 360doc's line naming the folder the saver put it in (来自: 王某 > 《工会》)
_FOLDER = r"来自\s*[:：]\s*[^\s>]{1,20}\s*>\s*《[^》]{1,20}》"

# Whole lines (compared in Simplified): chrome wherever they stand.
WHOLE_LINES = (
    rf"{_FOLDER}|"
    # 360doc: its comment box's rule, its list of other saved articles
    r"请遵守用户\s*评论公约|(?:类似|相似|相关)(?:文章|文档|内容)\s*(?:更多)?"
    # document-sharing sites: the prompts to pay or download, the pages left unread, the site's name and motto
    r"|VIP专享文档|开通VIP|(?:立即|免费)?下载(?:文档|本文档|全文)?|相关文档|该用户其他文档|原创力文档|知识共享[，,]?\s*欢迎下载"
    r"|全文阅读已结束[^。！？\n]{0,30}|还剩\s*\d+\s*页未读[，,]?\s*(?:继续阅读)?|(?:点击)?(?:继续阅读|阅读全文)\s*>*"
    r"|本文档由\s*\S{1,20}\s*于\s*[\d\-年月日/:：\s]{6,24}\s*上传"
    # and the document's fields, one or several to a line (文档格式：.doc 文档页数：3页 文档大小：25.5K)
    r"|(?:(?:文档|资料)(?:格式|页数|大小|热度|分类|标签|星级|价格|编号|类型|贡献者)\s*[:：][^\n:：]{0,30}?\s*"
    r"|下载(?:积分|券|次数)\s*[:：]\s*\d*\s*)+"
    # a blog's: 转载▼ 喜欢▼ 标签▼, 已投稿到：, a category line (分类： 转载)
    r"|(?:转载|喜欢|标签|分类)\s*▼|已投稿到\s*[:：]?|分类\s*[:：]\s*[^\s。，,；;、]{1,12}"
)

# Buttons with a count, in a row of them (转藏 全屏 打印 分享 献花(0), 转载(2)): zhtext.chrome's button tokens.
BUTTONS = r"转藏|转藏到我的图书馆|全屏|打印|献花|转载|喜欢"

# Notice sentences: a library's or a sharing site's note that users, not it, put the text there.
NOTICES = (
    r"个人知识管理的网络存储空间|谨防诈骗|点击一键举报",
)

# Bits of a metadata line that are the site's, not the article's: 360doc's saver and counts after the date
# (2024-09-10 王某 阅 123 转 4) and the folder it was saved to (来自: 王某 > 《工会》).
LINE_BITS = rf"(?<=\d)\s+[^\s\d]{{1,16}}\s+阅\s*\d[\d,]*\s+转\s*\d[\d,]*\s*$|{_FOLDER}"

# A blog's repost header: the original's title and author glued (原文地址：潍坊市劳模工匠学院开班作者：王某).
REPOSTED_FROM = r"原文地址\s*[:：]\s*(?P<title>[^\n]{2,60}?)\s*作者\s*[:：]\s*(?P<author>[^\s:：]{1,20})"

# A tag list a word a line under its empty key (标签： ⏎ 工匠 ⏎ 学院 ⏎ 分类：…): zhtext.surroundings.tag_lists.
TAG_KEY = r"(?:标签|关键词|关键字|tags?)\s*[:：]"
