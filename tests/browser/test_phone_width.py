"""Nothing is wider than a phone: every page type in every variant, at 390 px, scrolls only downwards.

Besides one page of each type, every article, academy and event of the site content is opened: the
大零号湾 article names about 60 records and events have the longest names, which is where a chip or a
heading that does not wrap pushes the page sideways.
"""
import pytest
from django.apps import apps

from news.models import Article
from tests.browser.helpers import PHONE, VARIANT_CODES
from tests.browser.pages import PUBLIC_PAGES, public_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
WIDEST_RECORDS = ("Academy", "Event")


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_no_page_is_wider_than_a_390px_phone(checker_page, url, variant):
    page = checker_page
    page.set_viewport_size(PHONE)
    addresses = {name: public_url(url, name, variant) for name in PUBLIC_PAGES}
    addresses |= {f"article {a.slug}": url(a, variant=variant) for a in Article.objects.published()}
    for model in WIDEST_RECORDS:
        addresses |= {f"{model} {r.slug}": url(r, variant=variant) for r in apps.get_model("academy", model).objects.all()}
    too_wide = {}
    for name, address in addresses.items():
        page.goto(address)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[name] = width
    assert PHONE["width"] == 390
    assert not too_wide, f"wider than {PHONE['width']} px in {variant}: {too_wide}"


def test_the_footer_sits_at_the_bottom_of_a_short_page(checker_page, url):
    from tests.browser.helpers import DESKTOP

    page = checker_page
    page.set_viewport_size({"width": DESKTOP["width"], "height": 1400})  # taller than the 404 page's content
    page.goto(public_url(url, "404", "zh-hans"))
    bottom = page.evaluate("document.querySelector('.site-footer').getBoundingClientRect().bottom")
    assert bottom == 1400
