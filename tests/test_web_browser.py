"""The web pages in a real browser: Playwright driving Debian's chromium against a real `partnerlens serve`.

Screenshots of every page go to ``$PARTNERLENS_SCREENSHOTS`` (default: the
test's temporary directory) so that a person can look at them.
"""

from __future__ import annotations

import pytest

from _browser_fixtures import ARTICLE
from _web_fixtures import Server, start_server, stop_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    running = start_server(tmp_path_factory.mktemp("web-browser"))
    yield running
    stop_server(running)


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(60_000)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    # A navigation that turns into a download ends as ERR_ABORTED; any other failure is an error.
    opened.on("requestfailed", lambda r: r.failure == "net::ERR_ABORTED" or errors.append(f"{r.url}: {r.failure}"))
    yield opened
    context.close()
    assert not errors, errors  # no script error, nothing fetched from anywhere that failed


def test_pair_search_autocompletes_and_opens_the_dashboard_with_charts(page, screenshots):
    page.goto("/")
    assert page.locator("#synthetic-banner").is_visible()
    first = page.locator("input[name=a]")
    first.fill("Rwan")
    page.locator("#party-options option[value=RWA]").wait_for(state="attached")  # no eval: the CSP forbids it
    first.fill("RWA")
    page.locator("input[name=b]").fill("Azerbaijan")
    page.screenshot(path=screenshots / "home.png", full_page=True)
    page.locator("#pair-search button[type=submit]").click()
    page.wait_for_url("**/pair?a=RWA&b=Azerbaijan")  # the blank year is left out, not sent empty
    chart = page.locator("#series-chart svg")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    assert page.locator("#series-chart svg path").count() > 2  # lines drawn, not an empty frame
    assert "Rwanda → Azerbaijan" in page.locator("#key-figures").inner_text()
    assert page.locator("#opportunities table tbody tr").count() >= 4
    assert page.locator(".timeline li").count() >= 3  # the shipped registry's Rwanda–Azerbaijan record
    assert page.locator("#synthetic-banner").is_visible()
    page.screenshot(path=screenshots / "pair-dashboard.png", full_page=True)


def test_claim_check_shows_verdicts_with_the_evidence_marked(page, screenshots):
    page.goto("/claims")
    page.locator("textarea[name=text]").fill(
        "Trade between Rwanda and Azerbaijan was just $2 million in 2022. "
        "Trade between Rwanda and Azerbaijan reached $5 million in 1999."
    )
    page.locator("#claims-form button[type=submit]").click()
    page.locator("#verdicts").wait_for()
    verdicts = page.locator("#verdicts .verdict").all_inner_texts()
    assert verdicts == ["inconsistent", "no data"]
    assert page.locator("#article mark.inconsistent").inner_text().startswith("Trade between Rwanda")
    page.screenshot(path=screenshots / "claims.png", full_page=True)


def test_review_queue_accepts_a_proposal_after_signing_in(page, server, screenshots):
    with server.client(authorised=True) as writer:
        queued = writer.post("/api/news", json={"text": ARTICLE, "published": "2025-05-28"}).json()["queued"]
    assert queued
    page.goto("/review")
    assert page.locator(".proposal form").count() == 0  # no write controls before signing in
    page.goto("/login")
    page.locator("input[name=token]").fill(server.token)
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_url("**/")
    page.goto("/review")
    first = page.locator(".proposal").first
    proposal_id = first.get_attribute("id")
    page.screenshot(path=screenshots / "review-queue.png", full_page=True)
    first.locator("button[value=accept]").click()
    page.locator("#review-message").wait_for()
    assert (
        "registry record" in page.locator("#review-message").inner_text()
        or "one more source" in page.locator("#review-message").inner_text()
    )
    assert page.locator(f"#{proposal_id}").count() == 0
    page.goto("/registry?party=RWA")
    assert page.locator("[id^=record-]").count() >= 1
    page.screenshot(path=screenshots / "registry.png", full_page=True)


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_brief_export_downloads_the_file(page, screenshots, fmt, tmp_path):
    page.goto("/brief?a=RWA&b=AZE")
    page.locator("select[name=format]").select_option(fmt)
    with page.expect_download() as download_info:
        page.locator("#brief-form button[type=submit]").click()
    download = download_info.value
    assert download.suggested_filename == f"brief-Rwanda-Azerbaijan-2022.{fmt}"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    head = saved.read_bytes()[:2000]
    assert head.startswith(b"%PDF") if fmt == "pdf" else b"synthetic" in saved.read_bytes().lower()
    page.screenshot(path=screenshots / "brief-export.png", full_page=True)
    if fmt == "html":  # the downloaded brief opens on its own, with no network
        page.goto(saved.as_uri())
        page.screenshot(path=screenshots / "brief-downloaded.png")


def test_openapi_docs_render_offline(page, screenshots):
    page.goto("/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() >= 15
    page.screenshot(path=screenshots / "api-docs.png")
