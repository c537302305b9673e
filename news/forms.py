from django import forms
from django.core.exceptions import ValidationError

from medialib.embeds import MAX_LENGTH as EMBED_MAX_LENGTH
from medialib.embeds import embed_src
from medialib.images import clean_upload_file
from medialib.widgets import RichTextWidget
from news.models import Article, ArticleVideo
from news.reprints import MAX_CHARS


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = (
            "title", "slug", "summary", "body", "published_at", "expires_at", "featured", "tags",
            "kind", "pinned", "closes_at",
            "cover_image", "cover_alt", "cover_caption", "source_name", "source_url", "byline", "reviewer", "script",
        )
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": RichTextWidget(heading_levels=(2, 3)),
        }

    review_note = forms.CharField(
        label="审核意见", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="退回修改时必填，撰稿人会在文章页和工作台上看到。",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].help_text = (
                "用工具栏排版：小标题、列表、链接、表格；图片和附件从媒体库上传或选择。"
                "从 Word、WPS、网页或公众号粘贴时保留结构、去掉格式。保存时按白名单清理。"
            )
        # The admin's split date/time inputs share one <label>; each part gets its own accessible name.
        for name, label in (("published_at", "发布"), ("expires_at", "下线"), ("closes_at", "截止")):
            widget = self.fields[name].widget if name in self.fields else None
            if hasattr(widget, "widgets"):
                widget.widgets[0].attrs["aria-label"] = f"{label}日期"
                widget.widgets[1].attrs["aria-label"] = f"{label}时刻"

    def clean_cover_image(self):
        image = self.cleaned_data.get("cover_image")
        # Only a new upload needs checking; an existing file was cleaned when it came in. The stored
        # original is re-encoded upright and without EXIF/GPS: it is served as the <img> fallback.
        if image and hasattr(image, "content_type"):
            return clean_upload_file(image)
        return image

    def clean(self):
        cleaned = super().clean()
        expires, published = cleaned.get("expires_at"), cleaned.get("published_at")
        if expires and published and expires <= published:
            self.add_error("expires_at", "下线时间必须晚于发布时间。")
        if cleaned.get("cover_image") and not (cleaned.get("cover_alt") or "").strip():
            self.add_error("cover_alt", "有封面图片时必须填写替代文字，供看不到图片的读者使用。")
        return cleaned


class ArticleVideoForm(forms.ModelForm):
    """One video under an article: an uploaded video or an embed, exactly one. An embed is stored as
    the platform's canonical player address (medialib.embeds), never as what the editor pasted."""

    embed_url = forms.CharField(
        label="外链视频地址", required=False, max_length=EMBED_MAX_LENGTH,
        widget=forms.TextInput(attrs={"size": 40, "placeholder": "https://www.bilibili.com/video/BV…"}),
        help_text=ArticleVideo._meta.get_field("embed_url").help_text,
    )

    class Meta:
        model = ArticleVideo
        fields = ("video", "embed_url", "embed_title", "position")

    def clean_embed_url(self):
        text = self.cleaned_data.get("embed_url", "").strip()
        return embed_src(text).src if text else ""

    def clean(self):
        cleaned = super().clean()
        video, embed = cleaned.get("video"), cleaned.get("embed_url")
        if "embed_url" in self.errors:
            return cleaned
        if video and embed:
            raise ValidationError("每一行只能放一个视频：请选择上传的视频，或者粘贴外链视频地址，不要两样都填。", code="both")
        if not video and not embed:
            raise ValidationError("请选择上传的视频，或者粘贴外链视频地址。", code="neither")
        if embed and not cleaned.get("embed_title", "").strip():
            self.add_error("embed_title", ValidationError("外链视频需要标题（显示在视频下方，读屏软件也朗读它）。", code="required"))
        if video:
            cleaned["embed_title"] = ""
        return cleaned


class ReprintImportForm(forms.Form):
    """Paste a reprint or upload the saved file (.txt in any common encoding, .html, a WeChat article)."""

    MAX_FILE_BYTES = 5 * 1024 * 1024

    text = forms.CharField(
        label="转载原文",
        required=False,
        # No maxlength attribute: a browser would cut a long paste silently. The limit is checked
        # (with a message) by admin-import.js before sending and by clean_text after.
        widget=forms.Textarea(attrs={"rows": 18, "class": "vLargeTextField", "data-max-chars": MAX_CHARS}),
        help_text=(
            "粘贴转载网页上的文字，或整段网页 HTML。系统会去除拼音注音、修复乱码、删除网页杂项和植入广告，"
            f"把标题、发布时间、来源和署名填入对应栏目，并逐项列出修改。最多 {MAX_CHARS:,} 字。"
        ),
    )
    file = forms.FileField(
        label="或上传文件",
        required=False,
        help_text="保存的网页（.html，包括微信公众号文章）或纯文本（.txt，UTF-8、GBK/GB18030 或 Big5 编码均可），最大 5 MB。",
    )
    source_name = forms.CharField(label="来源", max_length=100, required=False, help_text="留空则使用原文中写明的来源。")
    source_url = forms.URLField(label="原文链接", required=False, assume_scheme="https")

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text) > MAX_CHARS:
            raise forms.ValidationError(
                f"粘贴的文字有 {len(text):,} 字，超过导入上限 {MAX_CHARS:,} 字。一篇转载稿通常不到一万字："
                "请检查是否多粘贴了内容，或分成几篇分别导入。"
            )
        return text

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return ""
        from zhtext.decode import DecodeError, decode_reprint

        if upload.size > self.MAX_FILE_BYTES:
            raise forms.ValidationError(f"文件有 {upload.size / 1024 / 1024:.1f} MB，超过上限 5 MB。")
        try:
            text, _encoding = decode_reprint(upload.read())
        except DecodeError as exc:
            raise forms.ValidationError(str(exc)) from exc
        if len(text) > MAX_CHARS:
            raise forms.ValidationError(f"文件有 {len(text):,} 字，超过导入上限 {MAX_CHARS:,} 字。")
        return text

    def clean(self):
        data = super().clean()
        if "text" in data and "file" in data:
            if data["file"]:
                data["text"] = data["file"]
            if not data["text"].strip():
                raise forms.ValidationError("请粘贴转载原文，或上传保存的网页或文本文件。")
        return data
