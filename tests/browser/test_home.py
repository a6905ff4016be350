"""The start page, as a reader opens it."""


def test_chinese_home_page_renders(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    assert page.locator("html").get_attribute("lang").startswith("zh")
    assert page.locator("h1").first.is_visible()
    screenshot(page)


def test_english_home_page_renders(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.is_visible()
    screenshot(page)


def test_home_page_requests_nothing_from_other_hosts(page, site_url):
    page.goto(f"{site_url}/", wait_until="networkidle")
    assert page.requests.foreign(site_url) == []
