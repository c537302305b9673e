"""What each kind of repair and warning is called for editors (the import log never shows the keys).

A module of its own, without imports, so that the admin can name the kinds without loading the
repair stack."""

REPAIR_KINDS = {
    "metadata": "标题与发布信息", "headline": "标题", "credit": "撰稿与审核署名", "gbk": "乱码修复", "encoding": "编码与转义损坏", "spacing": "多余空格与不可见字符",
    "pinyin": "拼音注音", "emoji": "表情符号", "chrome": "网页杂项", "notice": "版权与转载声明",
    "injection": "植入的广告", "lookalike": "形近字符", "punctuation": "标点", "subheading": "小标题",
    "missing": "可能缺字", "linebreak": "断行", "image": "图片", "date": "发布时间", "note": "说明", "checked": "已核对的更正",
    "mail": "邮件信封与签名", "markdown": "Markdown 标记", "duplicate": "重复的内容",
    "boilerplate": "版权声明与网页杂项",  # in logs written before the span-level importer
}
