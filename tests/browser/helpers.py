"""Helpers shared by the browser tests and their conftest (one module, so one STATS for both)."""
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.local_services import SCREENSHOTS  # noqa: F401 - this run's screenshot folder
from zhtext.variants import VARIANT_CODES  # noqa: F401 - zh-hans, zh-tw, zh-hk: the URL prefixes

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def required() -> bool:
    return os.environ.get("REQUIRE_BROWSER") == "1"


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not installed"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python not installed (pip install -e '.[dev]')"
    return None


def vnu_missing() -> str | None:
    if not shutil.which("java"):
        return "java not installed"
    if not VNU_JAR.exists():
        return f"{VNU_JAR.relative_to(ROOT)} missing (run npm ci)"
    return None


def axe_missing() -> str | None:
    if not AXE_JS.exists():
        return f"{AXE_JS.relative_to(ROOT)} missing (run npm ci)"
    return None


def unavailable(what: str, reason: str | None):
    """Skip (locally) or fail (REQUIRE_BROWSER=1) a test whose tool is missing."""
    if reason is None:
        return
    message = f"{what} skipped: {reason}"
    if required():
        pytest.fail(f"{message}, and REQUIRE_BROWSER=1 requires them to run", pytrace=False)
    pytest.skip(message)


# What the run checked, printed at the end by conftest.pytest_terminal_summary.
STATS = {
    "vnu": set(), "axe": set(), "screenshots": set(), "skipped": set(), "notes": set(), "known_bugs": set(),
    "browser_tests": 0, "browser_passed": 0,
}


# -- people and pages --------------------------------------------------------------------------------

def new_context(browser, viewport, bypass_csp=False, locale="zh-CN"):
    """A fresh visitor (no cookies) with a Chinese locale (also their Accept-Language) and the site's time zone.

    bypass_csp only for the checker contexts: the site's Content-Security-Policy (script-src 'self')
    rightly refuses the injected axe-core <script>.
    """
    context = browser.new_context(
        viewport=viewport, locale=locale, timezone_id="Asia/Shanghai", bypass_csp=bypass_csp
    )
    context.set_default_timeout(15_000)
    return context


def watch(tab):
    """Collect JavaScript errors and Content-Security-Policy refusals; the test fails on any."""
    errors = []
    tab.on("pageerror", lambda exc: errors.append(f"{tab.url}: {exc}"))
    tab.on(
        "console",
        lambda msg: errors.append(f"{tab.url}: {msg.text}")
        if msg.type == "error" and "Content Security Policy" in msg.text else None,
    )
    return errors


def outline(page):
    """The focused element's outline, 'none' if it shows none."""
    return page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
                     ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`; }"""
    )


def sign_in(page, url, user):
    """Sign in through the real admin login form."""
    page.goto(url("admin:login"))
    page.get_by_label("用户名").fill(user.username)
    page.get_by_label("密码").fill(user.raw_password)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(url("admin:index"))


# -- checks ------------------------------------------------------------------------------------------

def screenshot(page, name):
    """Full-page screenshot screenshots/<name>-<width>.png (name: <page>-<variant>), for people to look at."""
    width = page.viewport_size["width"]
    path = SCREENSHOTS / f"{name}-{width}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    STATS["screenshots"].add(path.name)
    return path


def axe(page, name, unfinished=False):
    """axe-core's WCAG 2.1 A/AA violations on the current page, as (impact, id, help, targets).

    `unfinished` adds the serious checks axe could not finish ("needs review"), which pa11y reports as errors:
    a text whose contrast axe cannot judge (a pseudo-element over it, a background picture) is a text nobody
    checked. The public pages are held to that; the admin is not, since Django's own icons are background
    pictures of the links they stand beside (`.addlink`) and its app tables leave axe the same doubt."""
    unavailable("axe-core checks", axe_missing())
    if not page.evaluate("typeof window.axe === 'object'"):
        # Through the DevTools protocol, as a console would run it, so a page's CSP (the admin forbids
        # inline scripts) does not block the checker; the page itself keeps its CSP.
        session = page.context.new_cdp_session(page)
        session.send("Runtime.evaluate", {"expression": AXE_JS.read_text(encoding="utf-8")})
        session.detach()
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']})",
        AXE_TAGS,
    )
    STATS["axe"].add(f"{name}-{page.viewport_size['width']}")
    unfinished = [
        r | {"id": f"{r['id']} (needs review)"} for r in result["incomplete"] if unfinished and r["impact"] in ("serious", "critical")
    ]
    return [
        (v["impact"], v["id"], v["help"], [n["target"] for n in v["nodes"]][:5])
        for v in result["violations"] + unfinished
    ]


def vnu(pages: dict[str, str], folder: Path) -> dict[str, list[dict]]:
    """Run the Nu Html Checker once over {name: html}; returns {name: [its error messages]}."""
    unavailable("HTML validation (vnu)", vnu_missing())
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, html in pages.items():
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--stdout", *paths],
        capture_output=True, text=True, timeout=300,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu gave no JSON (exit {result.returncode}): {result.stderr[:2000]}")
    found = {name: [] for name in pages}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            # vnu names files as file:/tmp/…/name.html
            name = Path(urlparse(message.get("url", "")).path).stem
            found.setdefault(name, []).append(message)
    STATS["vnu"].update(pages)
    return found


def describe(message: dict) -> str:
    """One vnu message as a line a person can act on."""
    return f"line {message.get('lastLine', '?')}: {message['message']} [{message.get('extract', '').strip()}]"
