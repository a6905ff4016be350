"""The inline script the iframe-worker shim writes into its iframe, worked out from the shim's
source (pure). tests/browser/test_content_security_policy.py compares it with what Chromium
actually runs."""

from __future__ import annotations

import pytest

from csp.iframe_worker import ShimChanged, function_source, iframe_scripts

# The shape of iframe-worker's shim, minified, with strings that hold braces and quotes.
SHIM = r"""(()=>{function c(s,n){parent.postMessage(s,n||"}*")}function d(...s){return s.map(e=>'{'+e)}
var o=class extends EventTarget{constructor(e){super();this.url=e;let r=document.createElement("iframe");
this.w.document.write(`<html><body><script>postMessage=${c};importScripts=${d};f("${e}","\x41\u{42}\`")<\/script><script src=${e}?${+Date.now()}><\/script></body></html>`)}};})();"""

URL = "../assets/javascripts/workers/search.1234.min.js"


def test_the_script_is_the_template_with_the_functions_source_and_the_worker_url():
    assert iframe_scripts(SHIM, URL) == [
        'postMessage=function c(s,n){parent.postMessage(s,n||"}*")};'
        "importScripts=function d(...s){return s.map(e=>'{'+e)};"
        f'f("{URL}","AB`")'
    ]


def test_each_worker_url_has_its_own_script():
    assert iframe_scripts(SHIM, "a.js") != iframe_scripts(SHIM, "../a.js")


def test_a_function_is_its_source_text_up_to_its_closing_brace():
    assert function_source("x;function  f (a={b:1}){return {c:'}'}}y()", "f") == "function  f (a={b:1}){return {c:'}'}}"


def test_a_shim_that_no_longer_writes_a_template_is_reported():
    with pytest.raises(ShimChanged, match="template"):
        iframe_scripts("document.body.append(iframe)", URL)


def test_a_value_the_build_cannot_know_inside_the_inline_script_is_reported():
    shim = SHIM.replace("f(\"${e}\"", "f(\"${e + Date.now()}\"")
    with pytest.raises(ShimChanged, match=r"\$\{e \+ Date.now\(\)\}"):
        iframe_scripts(shim, URL)


def test_a_function_declared_twice_is_reported():
    with pytest.raises(ShimChanged, match="2 functions"):
        iframe_scripts(SHIM.replace("var o=", "function c(){}var o="), URL)


def test_a_template_without_inline_script_is_reported():
    shim = SHIM.replace("<script>postMessage=${c};importScripts=${d};f(\"${e}\",\"\\x41\\u{42}\\`\")<\\/script>", "")
    with pytest.raises(ShimChanged, match="no inline script"):
        iframe_scripts(shim, URL)
