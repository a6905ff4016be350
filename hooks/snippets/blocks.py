"""What a fenced block really is, whatever its fence says: a script, a terminal transcript,
text that is not code, a command synopsis, or code in a fence that names no language.

Documentation written by people mixes all of these. Checking a transcript or a directory
tree as a script gives one meaningless error per line; saying once, at the fence, what the
block is and which fence it wants is what helps its author. Pure functions on the block's text.
"""

from __future__ import annotations

import re

from .shell_lexer import code_mask

# Words a shell command line in Docker documentation commonly starts with.
COMMANDS = frozenset("""
    docker docker-compose dockerd containerd ctr nerdctl podman buildah skopeo sudo su
    apt apt-get apt-cache dpkg yum dnf rpm apk zypper pacman brew snap choco winget
    pip pip3 python python3 node npm npx yarn pnpm go cargo java javac mvn gradle make cmake gcc
    git curl wget ssh scp rsync cd ls ll cat echo printf mkdir rmdir rm cp mv ln touch chmod chown chgrp
    export source set unset env alias unalias grep egrep sed awk find xargs tar gzip gunzip zip unzip xz zstd
    systemctl service journalctl kill killall pkill ps top htop tee head tail less more sort uniq wc cut tr diff
    true false exit test sleep wait exec eval trap read mount umount df du free lsof netstat ss ip ifconfig
    ping nc dig nslookup host iptables nft ufw firewall-cmd usermod useradd groupadd newgrp id whoami uname
    which type command history clear watch time date hostname reboot shutdown crontab openssl base64 jq yq
    sh bash zsh dash ksh fish kubectl helm kind minikube nvidia-smi nvidia-ctk trivy hadolint shellcheck
    code vim vi nano dockerd-rootless-setuptool.sh wsl mkdocs pytest gpg sha256sum md5sum file stat tree
    if then else elif fi for while until do done case esac function select local return break continue
""".split())

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_WORD = re.compile(r"[^\s;|&()<>]+")
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=")

# Prompts that only a terminal shows: `$ `, `user@host:~$ `, `root@3f2a1b:/# `, `[root@host /]# `,
# `(venv) $ `. A bare `# ` is ambiguous (a comment in a script): see root_prompt.
_PROMPT = re.compile(
    r"^(?:\([\w.-]+\)\s+)?(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?[$#]|\[[\w.-]+@[\w.-]+[^\]]*\][$#]"
    r"|(?:sh|bash|zsh)-[\d.]+[$#]|\$)(?=\s|$)\s?"
)
_ROOT_PROMPT = re.compile(r"^[#%](?=\s)\s?")
_ELISION = re.compile(r"^\s*(?:\.\.\.|…)\s*$")

# A line of terminal output rather than a command: `Client: Docker Engine`, ` Version:  27.3.1`,
# `Hit:1 http://…`, a bare URL, a table header of capitalised columns.
_OUTPUT = re.compile(r"^\s*(?:[A-Z][\w ./()-]*:(?:\s|$)|[A-Z][A-Z0-9]+(?: [A-Z0-9]+)*\s{2,}[A-Z]|https?://\S+\s*$)")
_TREE = re.compile(r"[├└│]──|^\s*│")
_INI_SECTION = re.compile(r"^\[[A-Za-z][\w .:-]*\]\s*$")
_INI_ENTRY = re.compile(r"^[A-Za-z][\w.-]*\s*=")

# Marks of a command synopsis: [OPTIONS], [COMMAND], [ARG...], [--chown=<user>], [选项],
# <src>..., PATH | URL | -
_SYNOPSIS = re.compile(
    r"\[(?:--?\w[^\]]*|[A-Z][A-Z0-9_ ]*(?:\.\.\.)?|[^\x00-\x7f\]]+)\]|<[^<>\s]+>\.\.\.|\.\.\.\]|\]\.\.\.|\s\|\s+(?:[A-Z]|-\s*$)"
)

DOCKERFILE_WORDS = frozenset(
    "ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL "
    "USER VOLUME WORKDIR".split()
)


def _command_word(line: str) -> str:
    match = _WORD.search(line)
    word = match[0] if match else ""
    return word.rsplit("/", 1)[-1] if "/" in word and not word.startswith("$") else word


def is_command(line: str) -> bool:
    """The line starts the way a shell command in the docs does: a known command, a path,
    a variable (assignment or use), or a shell keyword; a comment counts too."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return True
    if _ASSIGNMENT.match(stripped) or stripped.startswith(("$", "./", "../", "/", "~/", "\"$", "{", "(", "[")):
        return True
    return _command_word(stripped) in COMMANDS


def prompt_length(line: str) -> int:
    """Columns of an unmistakable terminal prompt at the start of the line (0: none)."""
    match = _PROMPT.match(line)
    return match.end() if match else 0


def root_prompt_length(line: str) -> int:
    """Columns of a `# ` (root) or `% ` (zsh) prompt, when what follows is a command.

    `# Don't forget -a`, `# 安装依赖` and `%Cpu(s):` are a comment and output; `# apt-get
    update` is a root prompt. The rule, shared with the copy button (console-copy.js):
    the first word is lowercase ASCII and the line holds no Chinese."""
    match = _ROOT_PROMPT.match(line)
    if not match:
        return 0
    rest = line[match.end():]
    return match.end() if looks_like_command(rest) else 0


def looks_like_command(text: str) -> bool:
    """The rule behind root_prompt_length, on the text after the prompt."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return bool(re.fullmatch(r"[a-z0-9_./:=-]+", word)) and not _HAN.search(text)


def is_elision(line: str) -> bool:
    """`...` or `…` on a line of its own: the author left something out, on purpose."""
    return bool(_ELISION.match(line))


_DIRECTIVE = re.compile(r"^#\s*(?:shellcheck|hadolint)\s+\w+=")


def is_transcript(text: str) -> bool:
    """A shell block that shows a terminal session rather than a script: some lines begin with
    an unmistakable prompt, or with a root prompt (`# ` and a known command: in a script,
    `# forbid escalation` is a comment) followed by lines of output."""
    lines = text.split("\n")
    if any(prompt_length(line) for line in lines):
        return True
    rooted = [i for i, line in enumerate(lines) if _root_command(line)]
    return bool(rooted) and any(_is_output(lines, i) for i in range(rooted[0] + 1, len(lines)))


def _root_command(line: str) -> bool:
    length = root_prompt_length(line)
    return bool(length) and not _DIRECTIVE.match(line) and _command_word(line[length:].strip()) in COMMANDS


def _is_output(lines: list[str], index: int) -> bool:
    """Neither a command, nor the continuation of the command above it."""
    line = lines[index]
    continued = index and lines[index - 1].rstrip().endswith("\\")
    return bool(line.strip()) and not continued and not is_command(line) and not root_prompt_length(line)


def _is_prose(line: str) -> bool:
    """Mostly Chinese text in what a shell would read as code (strings and comments aside)."""
    mask = code_mask(line)
    code = [char for char, is_code in zip(line, mask) if is_code and not char.isspace()]
    return bool(code) and sum(bool(_HAN.match(char)) for char in code) / len(code) >= 0.5


def is_not_code_shell(text: str) -> bool:
    """A directory tree, an INI/systemd file, prose or pure command output in a shell fence."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or is_transcript(text):
        return False
    if any(_TREE.search(line) for line in lines):
        return True
    if _INI_SECTION.match(lines[0].strip()) and all(
        _INI_SECTION.match(line.strip()) or _INI_ENTRY.match(line.strip()) or line.lstrip().startswith(("#", ";"))
        for line in lines
    ):
        return True
    return all(_is_prose(line) or _OUTPUT.match(line) for line in lines if not line.lstrip().startswith("#"))


def is_not_code_dockerfile(text: str) -> bool:
    """Build output or prose in a Dockerfile fence: no line starts with an instruction."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not line.strip().startswith("#")]
    return bool(lines) and not any(_dockerfile_word(line) for line in lines) and not any(
        _dockerfile_near_miss(line) for line in lines
    )


def _dockerfile_word(line: str) -> bool:
    return line.split(maxsplit=1)[0].upper() in DOCKERFILE_WORDS or is_elision(line)


def _dockerfile_near_miss(line: str) -> bool:
    """A misspelt instruction (FRM, COPPY): code with a typo, not text."""
    import difflib

    word = line.split(maxsplit=1)[0]
    return word.isalpha() and word.isupper() and bool(difflib.get_close_matches(word, DOCKERFILE_WORDS, n=1, cutoff=0.7))


# What an untagged fence holding commands usually starts with (after a `$ ` prompt or sudo).
UNTAGGED_SHELL = frozenset(
    "docker sudo apt-get apt yum dnf apk brew cd export curl wget pip pip3 npm git systemctl kubectl mkdir".split()
)
_DOCKERFILE_START = re.compile(r"^(?:#\s*syntax\s*=|FROM\s+\S)")


def untagged_language(text: str) -> str | None:
    """'bash', 'console' or 'dockerfile' when an untagged block holds that; None for text."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    first = lines[0].lstrip()
    if _DOCKERFILE_START.match(first) or (first.startswith("#") and any(_DOCKERFILE_START.match(x) for x in lines)):
        return "dockerfile"
    if any(prompt_length(line) for line in lines):
        return "console"
    if any(_command_word(line.strip()) in UNTAGGED_SHELL for line in lines if not line.lstrip().startswith("#")):
        return "bash"
    return None


def synopsis_lines(text: str) -> set[int]:
    """0-based lines that read as a command synopsis (`docker run [OPTIONS] IMAGE`, `COPY <src>... <dest>`)."""
    return {number for number, line in enumerate(text.split("\n")) if _SYNOPSIS.search(line)}
