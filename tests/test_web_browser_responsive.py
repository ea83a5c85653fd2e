"""Every page at a desk (1366 px) and on a phone (390 px): no horizontal scrolling, no serious accessibility violation.

Playwright drives Debian's chromium against a real ``partnerlens serve`` (as in
test_web_browser.py) over the pair page, the registry, the review queue (a
proposal corrected, then accepted), the claim checker, the brief export and the
methods page. axe-core (MPL-2.0, a test-only tool, never shipped) is injected
into each page and must report no violation of impact "serious" or "critical".
axe-core is found at ``$PARTNERLENS_AXE`` or ``.test-tools/node_modules/axe-core/axe.min.js``
(``npm install --prefix .test-tools axe-core``); without it the axe checks are
skipped with that reason, and the overflow checks still run.

Screenshots go to ``$PARTNERLENS_SCREENSHOTS`` (default: the test's temporary
directory); with ``PARTNERLENS_DOCS_SCREENSHOTS=1`` the ones docs/web.md shows are
also written to docs/img/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from _browser_fixtures import ARTICLE
from _web_fixtures import Server, start_server, stop_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]


def _axe() -> Path:
    """axe-core's script: $PARTNERLENS_AXE, an npm copy in .test-tools/, else the copy the dev extra axe-playwright-python ships."""
    if os.environ.get("PARTNERLENS_AXE"):
        return Path(os.environ["PARTNERLENS_AXE"])
    npm = ROOT / ".test-tools/node_modules/axe-core/axe.min.js"
    if npm.is_file():
        return npm
    try:
        import axe_playwright_python
    except ImportError:
        return npm
    return Path(axe_playwright_python.__file__).with_name("axe.min.js")


AXE = _axe()
WIDTHS = (1366, 390)
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    running = start_server(tmp_path_factory.mktemp("web-responsive"))
    yield running
    stop_server(running)


def _page(browser, server, width: int):
    # bypass_csp only lets the test inject axe-core; the pages' own CSP is tested in test_web_api/test_hostile_web.
    context = browser.new_context(
        base_url=server.url, viewport={"width": width, "height": 900}, bypass_csp=True, accept_downloads=True
    )
    context.set_default_timeout(90_000)
    return context, context.new_page()


def _check(page, name: str, width: int, screenshots: Path) -> None:
    """No horizontal overflow, zero serious axe violations, and a screenshot."""
    page.wait_for_load_state("load")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    wide = page.evaluate(
        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
        "document.documentElement.clientWidth + 1 && getComputedStyle(e).position !== 'fixed')"
        ".filter(e => !e.closest('.table-box, table.data, .chart')).slice(0, 5).map(e => e.tagName + '.' + e.className)"
    )
    shot = screenshots / f"{name}-{width}.png"
    page.screenshot(path=shot, full_page=True)
    if os.environ.get("PARTNERLENS_DOCS_SCREENSHOTS"):
        (ROOT / "docs/img").mkdir(exist_ok=True)
        page.evaluate("() => window.scrollTo(0, 0)")
        page.screenshot(path=ROOT / "docs/img" / f"{name}-{width}.png")  # the first screen: what a reader sees first
    assert overflow <= 0, f"{name} at {width} px scrolls sideways by {overflow} px: {wide}"
    if AXE.exists():
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
        )
        serious = [v for v in violations if v["impact"] in SERIOUS]
        assert not serious, f"{name} at {width} px: {serious}"


def _sign_in(page, server) -> None:
    page.goto("/login")
    page.locator("input[name=token]").fill(server.token)
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/")


@pytest.mark.parametrize("width", WIDTHS)
def test_pair_page_reads_at_every_width(browser, server, screenshots, width):
    context, page = _page(browser, server, width)
    try:
        page.goto("/pair?a=RWA&b=Azerbaijan")
        lines = page.locator("#bottom-line ul > li")
        assert 5 <= lines.count() <= 7
        assert all("[" in text for text in lines.all_inner_texts())  # every sentence cites
        assert page.locator("#bottom-line a.cite").first.get_attribute("href").startswith("#summary-ref-")
        assert page.locator("#indices").count() == 1 and page.locator("a.methods-link").count() >= 6
        assert page.locator("#opportunities a[href^='/drill?']").count() >= 4  # product drill-down links
        table = page.locator("#opportunities table").first
        heading = table.locator("thead th").nth(2)
        heading.locator("button.sort").click()  # sortable: untapped, smallest first
        assert heading.get_attribute("aria-sort") == "ascending"
        _check(page, "pair", width, screenshots)
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_registry_and_methods_read_at_every_width(browser, server, screenshots, width):
    context, page = _page(browser, server, width)
    try:
        page.goto("/registry")
        text = page.locator("main").inner_text()
        assert "air_transport" not in text and "three_t" not in text  # taxonomy labels, never ids
        _check(page, "registry", width, screenshots)
        page.goto("/methods")
        assert page.locator("#bottom-line").count() == 1
        _check(page, "methods", width, screenshots)
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_review_queue_edit_then_accept(browser, server, screenshots, width):
    with server.client(authorised=True) as writer:
        queued = writer.post("/api/news", json={"text": ARTICLE, "published": "2025-05-28"}).json()["queued"]
    assert queued
    context, page = _page(browser, server, width)
    try:
        _sign_in(page, server)
        page.goto("/review")
        first = page.locator(".proposal").first
        proposal_id = first.get_attribute("id")
        assert "Date" in first.locator("dl").inner_text() and first.locator("blockquote mark").count() == 1
        _check(page, "review", width, screenshots)
        first.locator("summary").click()
        first.locator("input[name=date]").fill("2025-05")
        first.locator("button[value=accept]").click()
        page.locator("#review-message").wait_for()
        assert page.locator(f"#{proposal_id}").count() == 0
        with server.client() as reader:
            records = [
                r for kind in ("events", "agreements") for r in reader.get(f"/api/registry/{kind}").json()["items"]
            ]
        assert any(r["date"] == "2025-05-01" and r["date_precision"] == "month" for r in records), records
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_claim_checker_reads_at_every_width(browser, server, screenshots, width):
    context, page = _page(browser, server, width)
    try:
        page.goto("/claims")
        page.locator("textarea[name=text]").fill(
            "Trade between Rwanda and Azerbaijan was just $2 million in 2022. "
            "Trade between Rwanda and Azerbaijan reached $5 million in 1999."
        )
        page.locator("#claims-form button[type=submit]").click()
        page.locator("#verdicts").wait_for()
        _check(page, "claims", width, screenshots)
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_brief_export_reads_at_every_width(browser, server, screenshots, width):
    context, page = _page(browser, server, width)
    try:
        page.goto("/brief?a=RWA&b=Azerbaijan")
        _check(page, "brief-export", width, screenshots)
        with server.client() as reader:
            html = reader.get("/api/brief", params={"a": "RWA", "b": "Azerbaijan", "format": "html"}).text
        page.set_content(html)  # the download, opened as the analyst would open the file
        assert page.locator("section#bottom-line li").count() >= 5
        _check(page, "brief-html", width, screenshots)
    finally:
        context.close()
