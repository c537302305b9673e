"""Hand-written reprints for the corpus: the cases seen in the issue, and shapes the generators
do not make (a WeChat page, a headline with a counter only, a Traditional reprint, chrome inside
a real paragraph)."""

from corpus import Article, Defect, Reprint

_A = Article(
    "济宁市总工会举办职工技能大赛颁奖仪式",
    [
        "11月5日上午，济宁市总工会举办职工技能大赛颁奖仪式。某职业学院党委总支书记出席并致辞。",
        "本次大赛共有三百余名职工参加，各级工会给予了大力支持。工会主席在总结时表示，大赛将每年举办。",
    ],
)
_B = Article(
    "劳模工匠学院开班",
    [
        "近日，某市劳模工匠学院第一期研修班开班，五十名学员参加。",
        "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容。",
        "学院负责人表示，将根据企业需求不断调整课程设置。",
    ],
)
_C = Article(
    "職工書屋建設推進會召開",
    [
        "6月3日，某市總工會召開職工書屋建設推進會，全市一百二十家企業工會負責人參加。",
        "會議通報了去年職工書屋建設情況，並對今年的工作作出部署。",
    ],
)

CASES = [
    Reprint(
        "hand-issue-header",
        "\n".join([
            "济宁市总工会举办职工技能大赛颁奖仪式  发布时间：2024-11-05 09:30  来源：济宁日报  阅读：356",
            "11月5日上午🎉🙋🏻‍♂️,济宁市总工会举办职工技能大赛颁奖仪式。某职业学院xpj88总支书记出席并致辞。",
            "本次大赛共有三百余名职工参加，各级工会给予了大力支持。天天开奖稳赚不赔工会主席在总结时表示,,大赛将每年举办。",
            "关键词：技能大赛 工会",
            "版权所有：本网 未经授权不得转载",
        ]),
        _A,
        [
            Defect("浏览计数", -1, "阅读：356"),
            Defect("表情符号", 0, "🎉"),
            Defect("表情符号", 0, "🙋🏻‍♂️"),
            Defect("植入词替换原词", 0, "xpj88", must_flag=True, word="党委"),
            Defect("博彩广告语", 1, "天天开奖稳赚不赔"),
            Defect("残缺标点", 1, ",,"),
            Defect("关键词行", -1, "关键词"),
            Defect("版权声明", -1, "未经授权不得转载"),
        ],
        True,
    ),
    Reprint(
        "hand-switch-glued",
        "劳模工匠学院开班\n近日，某市劳模工匠学院第一期研修班开班，五十名学员参加。简体|繁體\n"
        "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容。\n学院负责人表示，将根据企业需求不断调整课程设置。【打印】【关闭】",
        _B,
        [Defect("简繁切换", 0, "简体|繁體"), Defect("打印按钮", 2, "【打印】")],
        True,
    ),
    Reprint(
        "hand-wechat-html",
        "<html><head><meta property='og:title' content='劳模工匠学院开班'><style>.x{}</style></head><body>"
        "<div id='js_content'><section><p>近日，某市劳模工匠学院第一期研修班开班，五十名学员参加。👍</p>"
        "<p>研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容。</p><p><img data-src='https://mmbiz.qpic.cn/x.jpg'></p>"
        "<p>学院负责人表示，将根据企业需求不断调整课程设置。</p><p>扫一扫关注公众号</p></section></div>"
        "<script>var msg_title='x';</script></body></html>",
        _B,
        [Defect("表情符号", 0, "👍"), Defect("扫码提示", -1, "扫一扫"), Defect("脚本", -1, "msg_title")],
        True,
    ),
    Reprint(
        "hand-traditional",
        "職工書屋建設推進會召開\n發布時間：2024年6月3日　來源：工人日報　瀏覽次數：88\n"
        "6月3日，某市總工會召開職工書屋建設推進會，全市一百二十家企業工會負責人參加。\n"
        "會議通報了去年職工書屋建設情況，並對今年的工作作出部署。簡體|繁體\n（記者 張三；責任編輯：李四）",
        _C,
        [Defect("浏览计数", -1, "瀏覽次數"), Defect("简繁切换", 1, "簡體|繁體"), Defect("署名", -1, "責任編輯")],
        True,
    ),
    Reprint(
        "hand-org-replaced",
        "劳模工匠学院开班\n近日，某市劳模工匠学院第一期研修班开班，五十名学员参加。\n"
        "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容，由澳门新葡京主办。\n学院负责人表示，将根据企业需求不断调整课程设置。",
        Article("劳模工匠学院开班", [_B.paras[0], "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容，由主办。", _B.paras[2]]),
        [Defect("植入词替换原词", 1, "澳门新葡京", must_flag=True)],
        True,
    ),
    Reprint(
        "hand-stray-and-runs",
        "劳模工匠学院开班\n近日，某市劳模工匠学院第ㄧ期研修班开班，，五十名学员参加。\n"
        "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容。。\n学院负责人表示，将根据企业需求不断调整课程设置。",
        _B,
        [Defect("注音符号", 0, "ㄧ", restore="第一期"), Defect("残缺标点", 0, "，，"), Defect("残缺标点", 1, "。。")],
        True,
    ),
    Reprint(
        "hand-pdf-radicals",
        # a PDF whose font drew 一 and 工 with the Kangxi radicals' glyphs (U+2F00, U+2F2F)
        "劳模⼯匠学院开班\n近日，某市劳模⼯匠学院第⼀期研修班开班，五十名学员参加。\n"
        "研修班为期两周，课程涵盖智能制造、5G应用和AI质检等内容。\n学院负责人表示，将根据企业需求不断调整课程设置。",
        _B,
        [Defect("部首字符", 0, "⼯", restore="劳模工匠"), Defect("部首字符", 0, "⼀", restore="第一期")],
        True,
    ),
    Reprint(
        "hand-forum-post",
        # a forum post copied from its editor's source: BBCode, a picture's code and its attachment box
        "劳模工匠学院开班\n近日，某市[b][color=red]劳模工匠学院[/color][/b]第一期研修班开班，五十名学员参加。\n"
        "[img]https://bbs.example.com/data/attachment/forum/a.jpg[/img]\nIMG_20240912_103045.jpg (125.3 KB, 下载次数: 3)\n"
        "下载附件\n2024-9-12 10:23 上传\n研修班为期两周，课程涵盖[size=4]智能制造[/size]、5G应用和AI质检等内容。\n"
        "学院负责人表示，将根据企业需求不断调整课程设置。",
        _B,
        [Defect("论坛代码", 0, "[color=red]", restore="某市劳模工匠学院第一期"), Defect("论坛代码", 1, "[size=4]"),
         Defect("论坛代码", 1, "[img]"), Defect("图片文件名", 1, "IMG_2024"), Defect("论坛附件", 1, "下载附件"),
         Defect("论坛附件", 1, "上传")],
        True,
    ),
]
