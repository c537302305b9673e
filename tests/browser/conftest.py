"""Browser, HTML and accessibility tests: Playwright driving Debian's Chromium against a live Django server.

Nothing here downloads a browser: Playwright launches /usr/bin/chromium through `executable_path`.
Where Chromium or Playwright is missing the browser tests are skipped and the reason is printed at the
end of the run; with REQUIRE_BROWSER=1 (CI) a missing browser fails them instead. The same goes for the
Nu Html Checker (java + node_modules/vnu-jar) and axe-core (node_modules/axe-core).

URLs are only ever built by the `url` fixture (django.urls.reverse on the live server) or taken from
links on the page, so script-variant prefixes (/zh-hans/…) come out right, and a change to how URLs are
made needs a change in one place.
"""
import os

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tests.browser.helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    ROOT,
    SCREENSHOTS,
    STATS,
    VARIANT_CODES,
    browser_missing,
    new_context,
    required,
    sign_in,
    unavailable,
    watch,
)

# -- skipping, requiring, reporting ------------------------------------------------------------------

def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    reason = browser_missing()
    if reason and not required():
        marker = pytest.mark.skip(reason=f"browser tests skipped: {reason}")
        for item in browser_items:
            item.add_marker(marker)


def pytest_collection_finish(session):
    """Count the browser tests that will run (after -k/-m deselection)."""
    STATS["browser_tests"] = sum(1 for item in session.items if item.get_closest_marker("browser"))


def pytest_runtest_logreport(report):
    if "browser" not in report.keywords:
        return
    STATS["reported"] = True
    if hasattr(report, "wasxfail"):  # a known site bug (xfail, strict): reported, neither skipped nor passed
        if report.skipped:
            STATS["known_bugs"].add(report.wasxfail.removeprefix("reason: "))
        return
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        STATS["skipped"].add(reason.removeprefix("Skipped: "))
    elif report.when == "call" and report.passed:
        STATS["browser_passed"] += 1


def pytest_terminal_summary(terminalreporter):
    """Printed whatever -r says: why browser tests were skipped, and how many pages were checked."""
    if not STATS.get("reported"):
        return  # no browser test ran or was skipped (none selected, or --collect-only)
    write = terminalreporter.write_line
    for reason in sorted(STATS["skipped"]):
        write(reason, yellow=True, bold=True)
    if required() and STATS["skipped"]:
        write("REQUIRE_BROWSER=1: browser tests were skipped, so this run fails", red=True, bold=True)
    for note in sorted(STATS["notes"]):
        write(note, yellow=True)
    for bug in sorted(STATS["known_bugs"]):
        write(f"known site bug (xfail until fixed): {bug}", yellow=True)
    known = f", {len(STATS['known_bugs'])} known site bugs" if STATS["known_bugs"] else ""
    write(
        f"browser checks: {len(STATS['vnu'])} pages validated by vnu, {len(STATS['axe'])} pages checked by axe "
        f"({per_variant(STATS['axe'])}), {len(STATS['screenshots'])} screenshots in {os.path.relpath(SCREENSHOTS, ROOT)}/ "
        f"({STATS['browser_passed']} of {STATS['browser_tests']} browser tests passed{known})"
    )


def per_variant(names):
    """'zh-hans 38, zh-tw 38, zh-hk 38' from check names such as article-zh-tw-390."""
    counts = {code: sum(f"-{code}-" in f"{name}-" for name in names) for code in VARIANT_CODES}
    return ", ".join(f"{code} {count}" for code, count in counts.items())


# -- the browser, the live site, the people ----------------------------------------------------------

class BrowserSession:
    """One headless Chromium, started by the first browser test and reused by the ones after it.

    Playwright's sync API keeps an asyncio loop running in the main thread. While it runs, Django
    (a) refuses ORM calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set, and (b) hands out a second set of
    connection objects (asgiref keeps them per context when a loop runs). So the variable is set only
    while the browser runs, the serialized test database travels to the new connections (for
    serialized_rollback), and the browser is stopped as soon as the browser tests are over, before
    any other test (or subprocess, e.g. `check --deploy`) can see either.
    """

    ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

    def __init__(self):
        self.playwright = self.browser = None
        self.saved_env = None

    def start(self):
        if self.browser is None:
            from django.db import connections
            from playwright.sync_api import sync_playwright

            serialized = {
                alias: connections[alias]._test_serialized_contents
                for alias in connections
                if hasattr(connections[alias], "_test_serialized_contents")
            }
            self.saved_env = os.environ.get(self.ASYNC_UNSAFE)
            os.environ[self.ASYNC_UNSAFE] = "1"
            self.playwright = sync_playwright().start()
            for alias, contents in serialized.items():
                connections[alias]._test_serialized_contents = contents
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            self.browser = self.playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
        return self.browser

    def stop(self):
        if self.playwright is None:
            return
        from django.db import connections

        connections.close_all()  # the loop-context connections, while they are still reachable
        try:
            if self.browser is not None:
                self.browser.close()
        finally:
            self.playwright.stop()
            self.playwright = self.browser = None
            if self.saved_env is None:
                os.environ.pop(self.ASYNC_UNSAFE, None)
            else:
                os.environ[self.ASYNC_UNSAFE] = self.saved_env


BROWSER = BrowserSession()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Stop the browser once the next test is not a browser test (after this test's fixtures are gone)."""
    result = yield
    if nextitem is None or not nextitem.get_closest_marker("browser"):
        BROWSER.stop()
    return result


def pytest_sessionfinish(session):
    BROWSER.stop()
    if required() and STATS["skipped"] and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # REQUIRE_BROWSER=1: a skipped browser test fails the run


@pytest.fixture
def browser():
    """The shared headless Chromium; each test makes its own contexts (cookies, viewport)."""
    unavailable("browser tests", browser_missing())
    return BROWSER.start()


@pytest.fixture
def site(live_server):
    """The live server with the site's real content loaded, as `make run` loads it."""
    call_command("load_site_content", verbosity=0)
    return live_server


@pytest.fixture
def url(site):
    """The one place URLs are built, absolute on the live server: url("news:article", slug=...), or
    url(obj) for a model instance's get_absolute_url(); query="page=2" adds a query string;
    variant="zh-tw" gives the page in that script variant (the default: zh-hans, the site's language)."""

    def build(target, *args, query="", variant=None, **kwargs):
        with translation.override(variant or settings.LANGUAGE_CODE):
            if hasattr(target, "get_absolute_url"):
                path = target.get_absolute_url()
            else:
                path = reverse(target, args=args or None, kwargs=kwargs or None)
        return site.url + path + (f"?{query}" if query else "")

    return build


@pytest.fixture
def page(browser, site):
    """An anonymous visitor at desktop width, with the site's CSP enforced."""
    context = new_context(browser, DESKTOP)
    tab = context.new_page()
    errors = watch(tab)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors or CSP refusals: {errors}"


@pytest.fixture
def visitor(browser):
    """An anonymous reader in a browser of their own (no editor cookies) who always asks the server.

    Public pages say `max-age=60`, so a real browser may show a page it fetched within the minute; the
    journeys check what the server publishes at each step, so this reader's HTTP cache is off."""
    context = new_context(browser, DESKTOP)
    tab = context.new_page()
    context.route("**/*", lambda route: route.continue_())  # Playwright: routing turns the HTTP cache off
    yield tab
    context.close()


@pytest.fixture
def checker_page(browser, site):
    """An anonymous visitor whose pages accept the injected axe-core script."""
    context = new_context(browser, DESKTOP, bypass_csp=True)
    tab = context.new_page()
    errors = watch(tab)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def editor_user(site, django_user_model):
    """A member of the real 编辑 group (made by the data migration), with a password to type in."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("bianji", password="browser-editor-pass-7", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    user.raw_password = "browser-editor-pass-7"
    return user


def _signed_in(browser, url, user):
    """`user` signed in through the real login form, in a desktop browser of their own."""
    context = new_context(browser, DESKTOP)
    tab = context.new_page()
    sign_in(tab, url, user)
    yield tab
    context.close()


@pytest.fixture
def editor_page(browser, url, editor_user):
    yield from _signed_in(browser, url, editor_user)


@pytest.fixture
def reviewer_user(site, django_user_model):
    """A member of 审核 (and 编辑): reviews, publishes, unpublishes, schedules."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "shenhe", password="browser-reviewer-pass-8", is_staff=True, first_name="审核员",
    )
    user.groups.add(Group.objects.get(name="审核"), Group.objects.get(name="编辑"))
    user.raw_password = "browser-reviewer-pass-8"
    return user


@pytest.fixture
def reviewer_page(browser, url, reviewer_user):
    yield from _signed_in(browser, url, reviewer_user)
