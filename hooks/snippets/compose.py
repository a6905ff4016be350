"""Compose files checked against the Compose Specification's JSON schema, not just parsed as YAML.

The schema is the one check-jsonschema ships (its vendored `compose-spec.json`, from the
compose-spec project by way of SchemaStore), pinned with it in requirements.txt. A wrong
key or a wrong type is reported at its line in the block, with the key's path and, for a
misspelt key, the key that was probably meant.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from importlib import resources

import yaml
from jsonschema import Draft202012Validator

from .data_formats import yaml_position
from .model import ERROR, WARNING, Issue

CODE = "compose"
_TITLES = re.compile(r"(?:^|/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$")


def is_compose(text: str, title: str = "") -> bool:
    """A block titled like a Compose file, or a YAML document whose top level has `services:`."""
    if _TITLES.search(title or ""):
        return True
    return bool(re.search(r"^services:\s*$", text, re.M))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = resources.files("check_jsonschema.builtin_schemas.vendor").joinpath("compose-spec.json")
    return Draft202012Validator(json.loads(schema.read_text(encoding="utf-8")))


def schema_version() -> str:
    """What the results depend on: the schema's own text."""
    return str(hash(json.dumps(_validator().schema, sort_keys=True)))


def check_compose(text: str) -> list[Issue]:
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # the YAML check reports it
    if not isinstance(data, dict):
        return []
    issues = []
    if "version" in data:
        line, col = _position(text, node, ["version"])
        issues.append(Issue(line, col, WARNING, CODE, "the top-level 'version' key is obsolete: Compose v2 ignores it "
                                                       "and warns; remove it"))
    for error in sorted(_validator().iter_errors(data), key=lambda e: [str(step) for step in e.absolute_path]):
        path = list(error.absolute_path)
        unknown = _unknown_keys(error)
        if unknown is None:
            line, col = _position(text, node, path)
            issues.append(Issue(line, col, ERROR, CODE, _message(error, path)))
        for key in unknown or ():
            line, col = _position(text, node, [*path, key])
            issues.append(Issue(line, col, ERROR, CODE, _unknown_message(error, path, key)))
    return _one_per_line(sorted(issues, key=lambda issue: (issue.line, issue.col)))


def _position(text: str, node, path: list) -> tuple[int, int]:
    """The YAML position of the value at `path`; for a key, the key itself."""
    target, key_node = node, None
    for step in path:
        if isinstance(target, yaml.MappingNode):
            pair = next(((k, v) for k, v in target.value if k.value == str(step)), None)
            if pair is None:
                break
            key_node, target = pair
        elif isinstance(target, yaml.SequenceNode) and isinstance(step, int) and step < len(target.value):
            key_node, target = None, target.value[step]
        else:
            break
    return yaml_position(text, (key_node or target).start_mark)


def _known_keys(schema: dict) -> set[str]:
    """The keys a mapping may have under `schema`: its own properties and those of the
    definitions it combines (allOf, $ref into the same document)."""
    keys = set(schema.get("properties") or {})
    for part in schema.get("allOf", []) + ([schema] if "$ref" in schema else []):
        ref = part.get("$ref", "")
        if ref.startswith("#/"):
            target = _validator().schema
            for step in ref[2:].split("/"):
                target = target[step]
            keys |= _known_keys(target)
        elif part is not schema:
            keys |= _known_keys(part)
    return keys


def _unknown_keys(error) -> list[str] | None:
    """For an "unexpected properties" error, the keys the schema does not know (extension keys
    `x-...` are allowed); None for any other error. Keys the schema knows are only listed because
    another error stopped their evaluation: that error is reported instead."""
    if error.validator not in ("additionalProperties", "unevaluatedProperties"):
        return None
    match = re.search(r"\((.*) (?:was|were) unexpected\)", error.message)
    named = re.findall(r"'([^']+)'", match[1]) if match else []
    return [key for key in named if key not in _known_keys(error.schema) and not key.startswith("x-")]


def _unknown_message(error, path: list, key: str) -> str:
    where = ".".join(str(step) for step in path) or "the top level"
    guess = difflib.get_close_matches(key, sorted(_known_keys(error.schema)), n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else ""
    return f"{where}: '{key}' is not a key the Compose Specification knows here{hint}"


def _message(error, path: list) -> str:
    where = ".".join(str(step) for step in path) or "the file"
    if error.validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, str) else " or ".join(error.validator_value)
        return f"{where}: expected {wanted}, found {json.dumps(error.instance)[:60]} (Compose Specification)"
    if error.validator in ("oneOf", "anyOf"):
        return f"{where}: {json.dumps(error.instance)[:60]} is not one of the forms the Compose Specification allows here"
    return f"{where}: {error.message} (Compose Specification)"


def _one_per_line(issues: list[Issue]) -> list[Issue]:
    """A value the schema refuses several ways (each branch of a oneOf) is one problem."""
    seen, kept = set(), []
    for issue in issues:
        if issue.line not in seen:
            seen.add(issue.line)
            kept.append(issue)
    return kept
