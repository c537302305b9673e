from django import forms
from django.core.exceptions import ValidationError

from medialib.attachments import check_attachment
from medialib.images import clean_image
from medialib.models import Attachment, Image, Video
from medialib.videos import check_video


class ImageForm(forms.ModelForm):
    """The library's own upload form; the file is checked (decoded in full) before anything is stored."""

    upload = forms.FileField(
        label="图片文件", required=False,
        help_text="JPEG、PNG、WebP 或 GIF。保存时会按拍摄方向摆正，并去掉拍摄地点（GPS）、相机型号等全部元数据。",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )

    class Meta:
        model = Image
        fields = ("title", "alt", "caption", "credit")

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if self.instance.pk is None:
                raise ValidationError("请选择要上传的图片文件。", code="required")
            return None
        self.clean_result = clean_image(upload)
        return upload


class AttachmentForm(forms.ModelForm):
    upload = forms.FileField(
        label="文件", required=False,
        help_text="PDF、Word、Excel、PowerPoint、OpenDocument 或 ZIP/RAR/7z 压缩包。类型按文件内容判断。",
    )

    class Meta:
        model = Attachment
        fields = ("title", "filename")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["filename"].required = False
        self.fields["filename"].help_text = "留空则用上传文件的文件名；扩展名按实际类型自动补上。"

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if self.instance.pk is None:
                raise ValidationError("请选择要上传的文件。", code="required")
            return None
        check_attachment(upload)
        return upload


class VideoForm(forms.ModelForm):
    upload = forms.FileField(
        label="视频文件", required=False,
        help_text="只接受 MP4（H.264）视频，类型按文件内容判断。网站不转码、不截图：请上传已压缩好的视频，"
                  "并在下方从媒体库选一张图片作封面。",
        widget=forms.ClearableFileInput(attrs={"accept": "video/mp4"}),
    )

    class Meta:
        model = Video
        fields = ("title", "poster", "caption", "credit")

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if self.instance.pk is None:
                raise ValidationError("请选择要上传的视频文件。", code="required")
            return None
        check_video(upload)
        return upload
