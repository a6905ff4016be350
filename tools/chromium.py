"""Debian's Chromium, as every browser-driving part of the project launches it.

Playwright's own browser download does not work on our machines, so Playwright
drives the browser of Debian's `chromium` package (installed by ./dev). It starts the
binary itself, not the /usr/bin/chromium launcher script: that script adds flags from
/etc/chromium.d that differ between machines (GPU rasterization, remote extensions,
a /dev/shm size test), and the tests should run the same browser everywhere.
"""

CHROMIUM = "/usr/lib/chromium/chromium"
# No background traffic: the offline edition is checked for requests leaving file://.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-gpu",
]
