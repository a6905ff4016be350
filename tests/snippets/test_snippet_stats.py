"""`scripts/check-snippets --stats`: figures for any folder of Markdown."""

from __future__ import annotations

import os
import subprocess
import sys

from project import ROOT

PAGE = """```bash
$ docker ps
CONTAINER ID   IMAGE
```

```
docker run hello-world
```

```dockerfile
FROM alpine   # base
```
"""


def test_stats_count_blocks_by_kind_findings_by_code_and_what_blocks_were_said_to_be(tmp_path):
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check-snippets"), "--stats", "--no-cache", "page.md"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert proc.returncode == 0, proc.stderr
    assert "code blocks: 3 (dockerfile 1, shell 1, untagged 1); 0 opted out" in proc.stdout
    assert "blocks reported as: transcript 1, not-code 0, untagged 1, synopsis 0" in proc.stdout
    assert "checker failures isolated: 0 block(s)" in proc.stdout
    assert "findings: 3 (1 error, 2 warnings)" in proc.stdout
    assert "  DF003            1" in proc.stdout
