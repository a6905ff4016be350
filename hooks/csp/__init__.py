"""A strict Content-Security-Policy computed from the built pages: the hashes of the inline
scripts that run (markup), the policy (policy), its <meta> in each page (page), the inline
script Material's offline iframe-worker shim writes (iframe_worker) and the nginx header
the container serves (nginx)."""
