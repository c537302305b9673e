from django import forms

from news.images import validate_image
from news.models import Article


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = (
            "title", "slug", "summary", "body", "status", "published_at", "featured", "tags",
            "cover_image", "cover_alt", "cover_caption", "source_name", "source_url", "byline", "reviewer", "script",
        )
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 24, "class": "vLargeTextField body-editor"}),
        }

    def clean_cover_image(self):
        image = self.cleaned_data.get("cover_image")
        # Only a new upload needs checking; an existing file was checked when it came in.
        if image and hasattr(image, "content_type"):
            validate_image(image)
        return image

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cover_image") and not (cleaned.get("cover_alt") or "").strip():
            self.add_error("cover_alt", "有封面图片时必须填写替代文字，供看不到图片的读者使用。")
        return cleaned


class ReprintImportForm(forms.Form):
    text = forms.CharField(
        label="转载原文",
        widget=forms.Textarea(attrs={"rows": 18, "class": "vLargeTextField"}),
        help_text="粘贴转载网页上的纯文本。系统会去除拼音注音、修复乱码、删除版权声明和植入广告，并逐项列出修改。",
        max_length=200_000,
    )
    source_name = forms.CharField(label="来源", max_length=100, required=False)
    source_url = forms.URLField(label="原文链接", required=False, assume_scheme="https")
