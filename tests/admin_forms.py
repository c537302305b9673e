"""What the article change form posts, for tests that drive the admin without a browser."""


def article_form_data(**overrides):
    """A valid article form with empty gallery, video and attachment inlines; `overrides` replace fields."""
    data = {
        "title": "编辑写的新闻", "slug": "", "summary": "摘要", "body": "<p>正文</p>",
        "status": "draft", "published_at_0": "2024-04-26", "published_at_1": "10:00:00",
        "tags": "劳模, 工匠", "source_name": "", "source_url": "", "byline": "", "reviewer": "",
        "script": "hans", "cover_alt": "", "cover_caption": "",
        "kind": "news", "closes_at_0": "", "closes_at_1": "",  # 栏目: a news article, not a notice
        # The inlines' management forms: without them the admin refuses the whole post.
        "gallery_items-TOTAL_FORMS": "0", "gallery_items-INITIAL_FORMS": "0",
        "attachment_links-TOTAL_FORMS": "0", "attachment_links-INITIAL_FORMS": "0",
        "video_links-TOTAL_FORMS": "0", "video_links-INITIAL_FORMS": "0",
        "mentions-TOTAL_FORMS": "0", "mentions-INITIAL_FORMS": "0",  # 本文提到的记录 (academy)
        "record_proposals-TOTAL_FORMS": "0", "record_proposals-INITIAL_FORMS": "0",  # 可新建的记录 (academy)
    }
    data.update(overrides)
    return data
