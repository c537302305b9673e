"""Academy pages in each script variant: interface text from the locale catalogues (not a conversion of the
Simplified), their own title and description, Open Graph tags, schema.org JSON-LD and breadcrumbs; filtered
and later list pages are noindex."""
import json
import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.urls import reverse
from django.utils import translation

from academy.models import (
    AcademyOrganisation,
    AcademyRole,
    Course,
    Event,
    EventOrganisation,
    Organisation,
    Person,
    TrainingBase,
)

pytestmark = pytest.mark.django_db

SITE = "劳模工匠学院"
VARIANTS = ("zh-hans", "zh-tw")

DALINGHAOWAN = "shang-hai-da-ling-hao-wan-gong-jiang-xue-yuan"
CEREMONY = "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai-yi-shi"
BAO_LECTURE = "zai-chuang-xin-zhong-jian-xing-he-xin-jia-zhi-guan"

# page type: (view name, slug, name of the record, JSON-LD @type)
DETAILS = {
    "academy": ("academy:academy-detail", DALINGHAOWAN, "上海大零号湾工匠学院", "EducationalOrganization"),
    "person": ("academy:person-detail", "wang-shu-qun", "王曙群", "Person"),
    "course": ("academy:course-detail", BAO_LECTURE, "在创新中践行核心价值观", "Course"),
    "event": ("academy:event-detail", CEREMONY, None, "Event"),
    "base": ("academy:base-detail", "shang-hai-hang-tian-ji-shu-yan-jiu-yuan", "上海航天技术研究院", "Place"),
    "organisation": ("academy:organisation-detail", "shang-hai-min-xing-zhi-ye-ji-shu-xue-yuan", "上海闵行职业技术学院",
                     "EducationalOrganization"),
}
LISTS = ("academy-list", "course-list", "person-list", "base-list", "event-list", "organisation-list")

# Interface text only the catalogues give: a character conversion of the Simplified reads otherwise
# (资讯 not 信息, 報導 not 報道, 揭牌 not 掛牌, 議程 not 日程, 所有 not 全部 ...).
CATALOGUE_TEXT = {
    "academy": {"zh-hans": ["概况", "挂牌或成立", "项目", "活动时间线"],
                "zh-tw": ["概況", "揭牌或成立", "專案", "活動時間軸"]},
    "person": {"zh-hans": ["荣誉", "学院任职", "出席的活动"], "zh-tw": ["榮譽", "學院任職", "出席的活動"]},
    "course": {"zh-hans": ["课程信息", "授课人", "相关报道"], "zh-tw": ["課程資訊", "授課人", "相關報導"]},
    "event": {"zh-hans": ["活动信息", "日程", "出席的领导和嘉宾", "主办"],
              "zh-tw": ["活動資訊", "議程", "出席的長官與貴賓", "主辦"]},
    "base": {"zh-hans": ["基地信息", "所在单位", "企业实训基地"], "zh-tw": ["基地資訊", "所在單位", "企業實訓基地"]},
    "organisation": {"zh-hans": ["基本信息", "任职人物", "院校"], "zh-tw": ["基本資訊", "任職人物", "院校"]},
}


def url_in(variant, view_name, *args, query=""):
    with translation.override(variant):
        return reverse(view_name, args=args) + query


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def as_shown(text, variant):
    """Stored text as a page in this variant shows it to people (corner quotes in Traditional)."""
    from variants.conversion import as_shown as shown_in

    return shown_in(text, variant)


def shown(text, variant):
    """Stored text as a page in this variant shows it."""
    from variants.glossary import converter_for

    return converter_for(variant).convert(text)


def jsonld(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


def block(html, schema_type):
    found = [b for b in jsonld(html) if b["@type"] == schema_type]
    assert len(found) == 1, (schema_type, [b["@type"] for b in jsonld(html)])
    return found[0]


def meta(html, prop):
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', html)
    return found and unescape(found.group(1))


def title(html):
    return unescape(re.search(r"<title>([^<]*)</title>", html).group(1))


def text(html):
    """The page's visible text, roughly: tags removed, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", " ", html))


def record_name(kind):
    view_name, slug, name, _ = DETAILS[kind]
    return name or Event.objects.get(slug=slug).name


# --- Detail pages --------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("kind", DETAILS)
def test_detail_page_describes_itself(client, loaded, kind, variant):
    view_name, slug, _, schema_type = DETAILS[kind]
    url = url_in(variant, view_name, slug)
    html = get(client, url)
    name = as_shown(record_name(kind), variant)  # corner quotes in Traditional: text, attributes and JSON-LD
    assert title(html) == f"{name} · {shown(SITE, variant)}"
    assert meta(html, "og:title") == name and meta(html, "twitter:title") == name
    description = meta(html, "description")
    assert description and meta(html, "og:description") and name in meta(html, "og:description")
    assert meta(html, "og:url") == f"http://testserver{url}"
    assert 'name="robots"' not in html
    data = block(html, schema_type)
    assert data["@context"] == "https://schema.org" and data["name"] == name
    assert data["url"] == f"http://testserver{url}"
    crumbs = block(html, "BreadcrumbList")["itemListElement"]
    assert crumbs[0]["name"] == {"zh-hans": "首页", "zh-tw": "首頁"}[variant]
    assert crumbs[-1]["name"] == name and crumbs[-1]["item"] == f"http://testserver{url}"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("kind", DETAILS)
def test_detail_interface_text_comes_from_the_catalogue(client, loaded, kind, variant):
    view_name, slug, _, _ = DETAILS[kind]
    page_text = text(get(client, url_in(variant, view_name, slug)))
    for phrase in CATALOGUE_TEXT[kind][variant]:
        assert phrase in page_text, (kind, variant, phrase)
    if variant == "zh-tw":
        for simplified in CATALOGUE_TEXT[kind]["zh-hans"]:
            assert simplified not in page_text or simplified in CATALOGUE_TEXT[kind]["zh-tw"], simplified


@pytest.mark.parametrize("variant, note, holes", [
    ("zh-hans", "本站报道对这所学院的介绍还不多。", ["暂无课程", "暂无实训基地", "暂无导师", "暂无记录", "概况"]),
    ("zh-tw", "本站報導對這所學院的介紹還不多。", ["尚無課程", "尚無實訓基地", "尚無導師", "尚無紀錄", "概況"]),
    ("zh-hk", "本站報道對這所學院的介紹還不多。", ["暫無課程", "暫無實訓基地", "暫無導師", "暫無記錄", "概況"]),
])
def test_a_bare_record_gets_one_plain_line_not_empty_boxes(client, loaded, variant, note, holes):
    from academy.models import Academy

    bare = Academy.objects.create(name="新学院")
    html = get(client, url_in(variant, "academy:academy-detail", bare.slug))
    assert note in html, variant
    for hole in holes:  # no "nothing here" boxes, no heading over an empty list
        assert hole not in text(html.split('<main', 1)[1].split('</main>', 1)[0]), (variant, hole)


def test_person_is_described_with_awards_jobs_and_academy_roles(client, loaded):
    for variant in VARIANTS:
        person = block(get(client, url_in(variant, "academy:person-detail", "wang-shu-qun")), "Person")
        assert shown("全国劳动模范", variant) in person["award"]
        assert shown("大国工匠", variant) in person["award"]
        assert person["jobTitle"] == [shown("兼职副主席", variant)]
        (works_for,) = person["worksFor"]
        assert works_for["@type"] == "EmployeeRole" and works_for["roleName"] == shown("兼职副主席", variant)
        assert works_for["worksFor"]["name"] == shown("上海市总工会", variant)
        (affiliation,) = person["affiliation"]
        assert affiliation["roleName"] == {"zh-hans": "院长", "zh-tw": "院長"}[variant]
        assert affiliation["affiliation"] == {
            "@type": "EducationalOrganization", "name": shown("上海大零号湾工匠学院", variant),
            "url": f"http://testserver{url_in(variant, 'academy:academy-detail', DALINGHAOWAN)}",
        }
    # One worksFor per position, in the positions' order.
    html = get(client, url_in("zh-hans", "academy:person-detail", Person.objects.get(name="杨其景").slug))
    person = block(html, "Person")
    positions = Position_titles("杨其景")
    assert [r["roleName"] for r in person["worksFor"]] == positions == person["jobTitle"]


def Position_titles(name):  # noqa: N802 - reads as the model's name
    from academy.models import Position

    return list(Position.objects.filter(person__name=name).order_by("order", "pk").values_list("title", flat=True))


def test_course_has_provider_instructor_and_instance(client, loaded):
    course = block(get(client, url_in("zh-hans", "academy:course-detail", BAO_LECTURE)), "Course")
    assert course["provider"]["@type"] == "EducationalOrganization"
    assert course["provider"]["name"] == "上海大零号湾工匠学院"
    assert [p["name"] for p in course["instructor"]] == ["包起帆"]
    (instance,) = course["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance" and instance["startDate"] == "2024-04-26"
    assert instance["courseMode"] == "Onsite" and instance["location"]["name"] == "上海闵行职业技术学院"
    assert course["description"].startswith("上海大零号湾工匠学院讲座：在创新中践行核心价值观，授课：包起帆。")
    html = get(client, url_in("zh-tw", "academy:course-detail", BAO_LECTURE))
    assert block(html, "Course")["instructor"][0]["name"] == "包起帆"
    assert meta(html, "description").startswith("上海大零號灣工匠學院講座：在創新中踐行核心價值觀，授課：包起帆。")


def test_course_without_dates_or_place_has_no_invented_instance(client, loaded):
    academy = Course.objects.get(slug=BAO_LECTURE).academy
    bare = Course.objects.create(name="无日期课程", academy=academy)
    course = block(get(client, url_in("zh-hans", "academy:course-detail", bare.slug)), "Course")
    assert "hasCourseInstance" not in course and "instructor" not in course


def test_event_has_dates_place_organisers_speakers_and_parts(client, loaded):
    html = get(client, url_in("zh-hans", "academy:event-detail", CEREMONY))
    event = block(html, "Event")
    assert event["startDate"] == "2024-04-26" and event["endDate"] == "2024-04-26"
    assert event["location"]["@type"] == "Place" and event["location"]["name"] == "上海闵行职业技术学院"
    hosts = EventOrganisation.objects.filter(event__slug=CEREMONY, role=EventOrganisation.Role.HOST)
    assert {o["name"] for o in event["organizer"]} == {r.organisation.name for r in hosts} == {"闵行区总工会", "闵行区教育局"}
    assert [p["name"] for p in event["performer"]] == ["杨其景"]
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    parts = Event.objects.filter(parent__slug=CEREMONY)
    assert len(event["subEvent"]) == parts.count() == 4
    part = block(get(client, url_in("zh-hans", "academy:event-detail", "quan-guo-lao-mo-di-yi-ke")), "Event")
    assert part["superEvent"]["name"] == Event.objects.get(slug=CEREMONY).name
    assert meta(html, "description").startswith("仪式（2024年4月26日）：")


def test_academies_are_educational_organisations_with_founders(client, loaded):
    academy = block(get(client, url_in("zh-hans", "academy:academy-detail", DALINGHAOWAN)), "EducationalOrganization")
    assert academy["name"] == "上海大零号湾工匠学院" and academy["alternateName"] == ["大零号湾工匠学院"]
    assert academy["foundingDate"] == "2024-04-26"
    assert academy["address"] == {"@type": "PostalAddress", "addressLocality": "上海市闵行区"}
    assert academy["location"]["name"] == "上海闵行职业技术学院"
    assert {(e["name"], e["jobTitle"]) for e in academy["employee"]} == {("王曙群", "院长"), ("包起帆", "名誉院长")}

    weifang = block(get(client, url_in("zh-hans", "academy:academy-detail", "wei-fang-shi-lao-mo-gong-jiang-xue-yuan")),
                    "EducationalOrganization")
    assert "foundingDate" not in weifang  # the texts do not state it: nothing is invented
    cobuilders = AcademyOrganisation.objects.filter(academy__slug="wei-fang-shi-lao-mo-gong-jiang-xue-yuan",
                                                    role=AcademyOrganisation.Role.COBUILDER)
    assert {(f["roleName"], f["founder"]["name"]) for f in weifang["founder"]} == {
        ("共建单位", shown(r.organisation.name, "zh-hans")) for r in cobuilders
    }
    assert {p["roleName"] for p in weifang["parentOrganization"]} == {"领导单位"}


def test_organisations_and_colleges(client, loaded):
    college = block(get(client, url_in("zh-hans", "academy:organisation-detail", "shang-hai-min-xing-zhi-ye-ji-shu-xue-yuan")),
                    "EducationalOrganization")
    children = Organisation.objects.filter(parent__slug="shang-hai-min-xing-zhi-ye-ji-shu-xue-yuan")
    assert {c["name"] for c in college["subOrganization"]} == {c.name for c in children}
    union = block(get(client, url_in("zh-hans", "academy:organisation-detail", "shang-hai-jiao-tong-da-xue-gong-hui")),
                  "Organization")
    assert union["parentOrganization"] == {
        "@type": "EducationalOrganization", "name": "上海交通大学",
        "url": f"http://testserver{url_in('zh-hans', 'academy:organisation-detail', 'shang-hai-jiao-tong-da-xue')}",
    }


def test_training_base_is_a_place_in_its_host(client, loaded):
    base = TrainingBase.objects.get(name="上海闵行职业技术学院服装实训中心")
    place = block(get(client, url_in("zh-tw", "academy:base-detail", base.slug)), "Place")
    assert place["containedInPlace"]["name"] == shown(base.host.name, "zh-tw")
    assert place["keywords"] == ["院校實訓中心"]


# --- List pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", LISTS)
def test_list_pages_have_titles_item_lists_and_breadcrumbs(client, loaded, name, variant):
    html = get(client, url_in(variant, f"academy:{name}"))
    heading = re.search(r"<h1>([^<]*)</h1>", html).group(1)
    assert title(html) == f"{heading} · {shown(SITE, variant)}" and meta(html, "og:title") == heading
    assert meta(html, "description") != meta(html, "og:site_name")
    assert 'name="robots"' not in html
    items = block(html, "ItemList")["itemListElement"]
    assert items and all(item["url"].startswith(f"http://testserver/{variant}/") for item in items)
    assert block(html, "BreadcrumbList")["itemListElement"][-1]["name"] == heading


@pytest.mark.parametrize("variant, heading, form", [
    ("zh-hans", "课程", ["全部领域", "筛选", "形式"]),
    ("zh-tw", "課程", ["全部領域", "篩選", "形式"]),
    ("zh-hk", "課程", ["全部領域", "篩選", "形式"]),
])
def test_catalogue_interface_in_each_variant(client, loaded, variant, heading, form):
    html = get(client, url_in(variant, "academy:course-list"))
    assert f"<h1>{heading}</h1>" in html
    for phrase in form:
        assert phrase in html, phrase
    html = get(client, url_in(variant, "academy:course-list", query="?field=no-such-field"))
    assert {"zh-hans": "没有符合这些条件的课程。", "zh-tw": "沒有符合這些條件的課程。", "zh-hk": "沒有符合這些條件的課程。"}[variant] in html


@pytest.mark.parametrize("query", ["?format=lecture", "?academy=" + DALINGHAOWAN, "?kind=college", "?role=mentor-any"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_filtered_lists_are_noindex(client, loaded, query, variant):
    name = {"?format=lecture": "course-list", "?kind=college": "base-list", "?role=mentor-any": "person-list"}.get(
        query, "event-list")
    html = get(client, url_in(variant, f"academy:{name}", query=query))
    assert '<meta name="robots" content="noindex">' in html
    assert title(html).startswith({"zh-hans": "", "zh-tw": ""}[variant])
    assert {"zh-hans": "筛选结果", "zh-tw": "篩選結果"}[variant] in title(html)


def test_later_list_pages_are_noindex(client, big_data):
    html = get(client, url_in("zh-tw", "academy:course-list", query="?page=2"))
    assert '<meta name="robots" content="noindex">' in html
    assert title(html).startswith("課程（第 2 頁）")
    assert '<meta name="robots"' not in get(client, url_in("zh-tw", "academy:course-list"))


# --- The catalogues and the admin ----------------------------------------------------------------------

ADMIN_LABELS = {
    Organisation.Kind: ["工会", "院校", "企业", "科研机构", "政府机关", "街道办事处", "党组织", "内设机构", "其他"],
    AcademyOrganisation.Role: ["主办单位", "共建单位", "业务执行单位", "总部所在单位", "领导单位", "其他"],
    AcademyRole.Role: ["院长", "名誉院长", "讲师", "导师", "论坛嘉宾"],
    Course.Format: ["讲座", "培训班", "论坛", "课程"],
    TrainingBase.Kind: ["企业实训基地", "院校实训中心"],
    Event.Kind: ["仪式", "培训班", "论坛", "讲座", "其他"],
    EventOrganisation.Role: ["主办", "承办", "联合举办", "协办"],
}


def test_choice_labels_read_as_before_in_the_admin(admin_client):
    """The admin runs in zh-hans: the zh_Hans catalogue gives the choices their old Chinese labels."""
    with translation.override("zh-hans"):
        for choices, labels in ADMIN_LABELS.items():
            assert [str(label) for label in choices.labels] == labels
    html = admin_client.get("/admin/academy/organisation/").content.decode()
    assert "工会" in html and "Trade union" not in html


def test_choice_labels_reach_traditional_readers_converted(db):
    """Labels are written once (Simplified); a Traditional page shows them converted."""
    from variants.glossary import converter_for

    with translation.override("zh-tw"):
        labels = [str(Organisation.Kind.UNION.label), str(AcademyRole.Role.PRESIDENT.label),
                  str(EventOrganisation.Role.HOST.label)]
    assert [converter_for("zh-tw").convert(label) for label in labels] == ["工會", "院長", "主辦"]


def test_catalogues_are_complete():
    root = Path(__file__).resolve().parents[2] / "locale"
    for language in ("zh_Hans", "zh_TW", "zh_HK"):
        catalogue = polib.pofile(str(root / language / "LC_MESSAGES" / "django.po"))
        missing = [e.msgid for e in catalogue if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
        assert missing == [], (language, missing)
        # The committed .mo is what Django reads: it must hold exactly what the .po says.
        compiled = {(e.msgid, e.msgstr or e.msgstr_plural.get(0, "")) for e in polib.mofile(str(root / language / "LC_MESSAGES" / "django.mo")) if e.msgid}
        written = {(e.msgid, e.msgstr or e.msgstr_plural.get(0, "")) for e in catalogue if e.translated()}
        assert compiled == written, (language, written ^ compiled)
