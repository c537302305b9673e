"""Videos under an article (an uploaded MP4 or an allowed embed); editors (编辑) may add them."""
import django.db.models.deletion
from django.db import migrations, models

from base.editor_group import grant_app


def grant(apps, schema_editor):
    grant_app(apps, 'news')


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('medialib', '0003_video'),
        ('news', '0011_notices_and_reading_counts'),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleVideo',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('embed_url', models.CharField(blank=True, help_text='或者：粘贴哔哩哔哩、腾讯视频、优酷、西瓜视频的视频网页地址或 iframe 代码；保存为平台的播放器地址。', max_length=300, verbose_name='外链视频地址')),
                ('embed_title', models.CharField(blank=True, help_text='外链视频必填：显示在视频下方，也是读屏软件朗读的名称。', max_length=200, verbose_name='外链视频标题')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='顺序')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='video_links', to='news.article')),
                ('video', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='article_links', to='medialib.video', verbose_name='上传的视频')),
            ],
            options={
                'verbose_name': '文章视频',
                'verbose_name_plural': '视频',
                'ordering': ['position', 'pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('video__isnull', False), ('embed_url', '')), models.Q(('video__isnull', True), models.Q(('embed_url', ''), _negated=True)), _connector='OR'), name='article_video_exactly_one')],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
