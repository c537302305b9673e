"""A publisher's own prompts around an article on an account or an app (found by pasting 43 lines of WeChat accounts,
百家号 and news apps above and below an article, 2026-12-08): the read-aloud widget and the reading statistics
(听全文, AI朗读, 音频时长 03:25, 本文约2345字, 阅读时长约5分钟), the calls to follow, like and share (欢迎关注…公众号,
觉得不错，请点赞和在看, 点亮“在看”，好文共享), arrows pointing at the card below (▼, ↓↓↓), the topic page's link
(点击进入专题), and the notes that the text is the author's and the pictures someone else's.

Patterns only, no imports: zhtext.chrome takes them into its own (whole lines compared in Simplified).
"""

WHOLE_LINES = (
    # the read-aloud widget and the reading statistics
    r"(?:点击)?(?:听全文|收听|AI\s*朗读|AI\s*播报|语音播报|朗读全文)|音频时长\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:本文|全文)(?:共|约)\s*\d[\d,]*\s*字|阅读(?:时长|时间|需要)\s*(?:约|大约)?\s*\d+\s*分钟"
    # the calls to follow, like and share
    r"|欢迎关注[^。！？\n，,]{1,20}?(?:公众号|视频号|抖音号|头条号|微博|账号)[!！。]?|(?:更多精彩|了解更多)[,，]?\s*请关注[^。！？\n]{0,16}"
    r"|(?:点击)?关注我们[，,]\s*(?:获取|了解|查看)更多[^。！？\n，,]{0,8}|点击下方(?:卡片|名片)\s*(?:一键)?关注[^。！？\n]{0,12}"
    r"|(?:觉得|如果觉得)(?:不错|有用|好看)[，,]\s*(?:请|记得|就)?(?:点赞|分享|转发)[^。！？\n]{0,12}"
    r"|(?:点亮|点个)[“\"「]?在看[”\"」]?[，,]\s*好文共享[^。！？\n]{0,8}|转发[，,]\s*是对我们最大的支持[!！。]?"
    r"|戳[“\"「]?阅读原文[”\"」]?(?:了解|查看|获取)(?:更多|详情)[^。！？\n]{0,8}"
    # arrows and triangles alone, pointing at the card or the QR code below
    r"|[▼▽↓⬇︾⇩👇\s]{1,12}"
    # the app's and the topic's links
    # (not 专题：…, which a training plan's list of lessons prints too)
    r"|这篇文章来自百家号|点击进入专题|本期编辑\s*[:：]\s*[^。！？\n]{1,20}"
    # a platform's name alone, an account's ID (抖音号：wfgh2024; an account's name is its source: zhtext.stamps), 展开 and 收起
    # (学习强国 alone over a headline is a masthead the editor is asked about: zhtext.header)
    r"|学习强国推荐|bilibili|B站(?:专栏)?|(?:抖音|快手|小红书|视频|微博|B站|头条|微信)号\s*[:：]\s*[A-Za-z0-9_.\-]{3,30}"
    r"|展开|收起|(?:微信)?扫(?:码|一扫)\s+分享"
    # share targets after 分享： (分享：Facebook WhatsApp), a press release's label alone (新聞稿, 新聞公報)
    r"|分享\s*[:：]\s*(?:(?:facebook|whatsapp|line|twitter|x|email|telegram|threads|微信|微博|朋友圈|qq)\s*[|｜/、,，]?\s*)+"
    r"|新闻稿|新闻公报"
)
# Buttons in a row of them: a video platform's (投币 收藏 分享, 关注 UP主)
BUTTONS = r"投币|三连|UP主"

NOTICES = (
    r"(?:独立|个人)观点[，,]?\s*(?:并)?不代表",  # 本内容为作者独立观点，不代表某某立场
    r"请作者与本[站网]联系(?:索取稿酬)?|联系索取稿酬",  # 特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。
    r"不希望作品出现在本[站网]|要求撤下您的作品",
    r"(?:文章|本文)(?:内容)?仅供参考",
)
