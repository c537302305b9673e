"""{% picture %}, {% person_visual %} and {% academy_logo %} write, with format_html, exactly what their
inclusion templates wrote (kept here as the reference), for pictures with renditions and without, every
layout, with hostile alt text and names escaped."""
import pytest
from django.template import engines

from academy.models import Academy, Person
from academy.templatetags.academy_tags import academy_logo, person_visual
from medialib import services
from medialib.models import Image
from medialib.templatetags.medialib_tags import LAYOUT_SIZES, picture_context, picture_html
from tests.medialib.media_helpers import jpeg_bytes, upload
from zhtext.surnames import surname_length

pytestmark = pytest.mark.django_db

DJANGO = engines["django"]
# The inclusion templates as they were (templates/medialib/picture.html and academy/includes/*_visual.html).
PICTURE = DJANGO.from_string(
    '{% if image %}<picture{% if css_class %} class="{{ css_class }}"{% endif %}><source type="image/webp" '
    'srcset="{{ webp_srcset }}" sizes="{{ sizes }}"><img src="{{ src }}" srcset="{{ fallback_srcset }}" '
    'sizes="{{ sizes }}" alt="{{ image.alt }}" width="{{ width }}" height="{{ height }}" loading="{{ loading }}" '
    'decoding="async"></picture>{% endif %}\n'
)
PERSON = DJANGO.from_string(
    '{% load medialib_tags %}{% if person.portrait %}<span class="record-visual visual-{{ layout }}">{% picture '
    'person.portrait layout loading "portrait-picture" %}</span>{% else %}<span class="record-visual visual-{{ layout }} '
    'name-disc" aria-hidden="true"><span class="name-disc-text surname-{{ disc_chars }}">{{ disc_text }}</span></span>'
    '{% endif %}\n'
)
ACADEMY = DJANGO.from_string(
    '{% load static medialib_tags %}{% if academy.logo %}<span class="record-visual visual-{{ layout }} logo-frame">'
    '{% picture academy.logo layout loading "logo-picture" %}</span>{% else %}<span class="record-visual '
    'visual-{{ layout }} emblem-disc" aria-hidden="true"><img src="{% static \'img/emblem.svg\' %}" alt="" '
    'width="48" height="48"></span>{% endif %}\n'
)
HOSTILE = '"><script>alert(1)</script>&'


@pytest.fixture
def photo():
    return services.save_image(Image(title="照片", alt=f"培训现场{HOSTILE}"), upload(jpeg_bytes((1600, 1200))))


@pytest.mark.parametrize("layout", sorted(LAYOUT_SIZES) + ["unknown"])
@pytest.mark.parametrize("css_class", ["", "portrait-picture"])
def test_a_picture_is_what_its_template_wrote(photo, layout, css_class):
    for loading in ("lazy", "eager"):
        wanted = PICTURE.render(picture_context(photo, layout, loading, css_class))
        assert picture_html(photo, layout, loading, css_class) == wanted
    assert "<script>" not in picture_html(photo, layout)
    assert picture_html(Image(title="无"), layout) == PICTURE.render(picture_context(Image(title="无"), layout)) == "\n"


@pytest.mark.parametrize("name", ["包起帆", "欧阳修文", "Li Ming", "", HOSTILE, "于敏"])
def test_a_persons_visual_is_what_its_template_wrote(photo, name):
    for portrait in (None, photo):
        person = Person(name=name, portrait=portrait)
        for layout, loading in (("avatar", "lazy"), ("portrait", "eager")):
            han = bool(name) and "\u3400" <= name[0] <= "\u9fff"
            wanted = PERSON.render({
                "person": person, "layout": layout, "loading": loading,
                "disc_text": name if han else name[:1], "disc_chars": surname_length(name) if han else 1,
            })
            assert person_visual(person, layout, loading) == wanted


def test_an_academys_logo_is_what_its_template_wrote(photo):
    for logo in (None, photo):
        academy = Academy(name="学院", logo=logo)
        for layout, loading in (("badge", "lazy"), ("logo", "eager")):
            wanted = ACADEMY.render({"academy": academy, "layout": layout, "loading": loading})
            assert academy_logo(academy, layout, loading) == wanted
