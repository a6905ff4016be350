"""Debian's Chromium, as every browser-driving part of the project launches it.

Playwright's own browser download does not work on our machines, so Playwright
drives /usr/bin/chromium (Debian package `chromium`, installed by ./dev).
"""

CHROMIUM = "/usr/bin/chromium"
# No background traffic: the offline edition is checked for requests leaving file://.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-gpu",
]
