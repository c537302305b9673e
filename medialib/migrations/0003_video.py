"""Uploaded videos (MP4, with a poster from the library); editors (编辑) manage them like pictures."""
import django.db.models.deletion
import medialib.models
from django.conf import settings
from django.db import migrations, models

from base.editor_group import grant_app


def grant(apps, schema_editor):
    grant_app(apps, 'medialib')


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('medialib', '0002_editor_permissions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Video',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(help_text='显示在视频下方，也是读屏软件朗读的名称。', max_length=200, verbose_name='标题')),
                ('file', models.FileField(max_length=300, upload_to=medialib.models.video_path, verbose_name='视频文件')),
                ('caption', models.CharField(blank=True, help_text='显示在视频下方。', max_length=500, verbose_name='说明')),
                ('credit', models.CharField(blank=True, help_text='例如“摄制：张三”或“来源：央视新闻”。', max_length=200, verbose_name='来源/摄制')),
                ('size', models.PositiveBigIntegerField(default=0, editable=False, verbose_name='大小（字节）')),
                ('uploaded_at', models.DateTimeField(auto_now_add=True, verbose_name='上传时间')),
                ('poster', models.ForeignKey(help_text='播放前显示的图片，从媒体库中选择（网站不会从视频中自动截图）。宜与视频画面同样的宽高比，例如 16:9。', on_delete=django.db.models.deletion.PROTECT, related_name='video_posters', to='medialib.image', verbose_name='封面图')),
                ('uploaded_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='上传者')),
            ],
            options={
                'verbose_name': '视频',
                'verbose_name_plural': '视频',
                'ordering': ['-uploaded_at', '-pk'],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
