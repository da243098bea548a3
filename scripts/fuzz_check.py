"""Reads Schemathesis' NDJSON reports of scripts/fuzz-fake-server.sh and fails on any failure not allowed.

Usage: fuzz_check.py ALLOWLIST.toml NAME=REPORT.ndjson [NAME=REPORT.ndjson ...]

Each failed check of each test case is matched against the `[[allow]]` entries of the allow-list: an entry
names the check, the status of the fake's answer, the `code` of its JSON error and a regular expression its
`message` must match (and, optionally, the operations). A failure that matches no entry is printed with its
request and answer, and the exit status is 1. So is a report with errors, one that did not finish, or one
that tested nothing. An entry no failure matched is reported (with another seed or fewer examples a kind may
not come up; when it never does, remove it).
"""

from __future__ import annotations

import base64
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass


@dataclass
class Allow:
    check: str
    status: int
    code: str
    message: re.Pattern[str]
    operations: list[str] | None
    reason: str

    def matches(self, check: str, operation: str, status: int | None, body: dict) -> bool:
        return (
            self.check == check
            and self.status == status
            and body.get("code") == self.code
            and bool(self.message.search(str(body.get("message", ""))))
            and (self.operations is None or operation in self.operations)
        )

    def label(self) -> str:
        return f"{self.check} {self.status} {self.code} /{self.message.pattern}/"


def load_allowlist(path: str) -> list[Allow]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    entries = []
    for i, entry in enumerate(data.get("allow", [])):
        missing = [k for k in ("check", "status", "code", "message", "reason") if k not in entry]
        if missing or not str(entry.get("reason", "")).strip():
            sys.exit(f"{path}: entry {i + 1} lacks {', '.join(missing) or 'a reason'}")
        entries.append(
            Allow(
                check=entry["check"],
                status=int(entry["status"]),
                code=entry["code"],
                message=re.compile(entry["message"]),
                operations=entry.get("operations"),
                reason=entry["reason"],
            )
        )
    return entries


def decode(content: dict | None) -> str:
    if not content:
        return ""
    if "$base64" in content:
        return base64.b64decode(content["$base64"]).decode("utf-8", "replace")
    return str(content.get("string", ""))


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    allow = load_allowlist(sys.argv[1])
    used: Counter[int] = Counter()
    unexpected: list[str] = []
    problems: list[str] = []
    totals: dict[str, Counter[str]] = {}
    for spec in sys.argv[2:]:
        name, _, path = spec.partition("=")
        seen: Counter[str] = Counter()
        totals[name] = seen
        finished = False
        with open(path, encoding="utf-8") as f:
            for line in f:
                event = json.loads(line)
                (kind, data), = event.items()
                if kind == "EngineFinished":
                    finished = True
                if kind in ("NonFatalError", "FatalError"):
                    problems.append(f"{name}: {kind}: {json.dumps(data)[:600]}")
                if kind != "ScenarioFinished":
                    continue
                seen["scenarios"] += 1
                if data.get("status") == "error":
                    problems.append(f"{name}: scenario {data['recorder']['label']} errored")
                recorder = data["recorder"]
                for case_id, checks in recorder.get("checks", {}).items():
                    seen["test cases"] += 1
                    case = recorder["cases"].get(case_id, {}).get("value", {})
                    operation = f"{case.get('method', '?')} {case.get('path', '?')}"
                    interaction = recorder.get("interactions", {}).get(case_id) or {}
                    response = interaction.get("response") or {}
                    status = response.get("status_code")
                    text = decode(response.get("content"))
                    try:
                        body = json.loads(text) if text else {}
                    except json.JSONDecodeError:
                        body = {}
                    if not isinstance(body, dict):
                        body = {}
                    for check in checks:
                        seen["checks"] += 1
                        if check.get("status") != "failure":
                            continue
                        failure = check.get("failure_info", {}).get("failure", {})
                        hit = next((i for i, a in enumerate(allow) if a.matches(check["name"], operation, status, body)), None)
                        if hit is not None:
                            used[hit] += 1
                            seen["allowed failures"] += 1
                            continue
                        request = interaction.get("request") or {}
                        unexpected.append(
                            f"[{name}] {operation}: {check['name']} ({failure.get('code', '')} {failure.get('title', '')})\n"
                            f"    {failure.get('message', '').strip()}\n"
                            f"    request: {request.get('method')} {request.get('uri')} {decode(request.get('body'))[:400]}\n"
                            f"    answer:  {status} {text[:400]}"
                        )
        if not finished:
            problems.append(f"{name}: the run did not finish")
        if seen["test cases"] == 0:
            problems.append(f"{name}: no test case ran")

    for name, seen in totals.items():
        print(f"{name}: {seen['scenarios']} scenarios, {seen['test cases']} test cases, {seen['checks']} checks, "
              f"{seen['allowed failures']} allowed failures")
    for i, entry in enumerate(allow):
        print(f"  allowed {used[i]:5d}  {entry.label()}")
    for i, entry in enumerate(allow):
        if used[i] == 0:
            print(f"NOTE allow-list entry matched nothing in this run: {entry.label()}")
    # The same failure found again and again is one kind: show each distinct one once.
    distinct = list(dict.fromkeys(unexpected))
    for failure in distinct[:40]:
        print("UNEXPECTED " + failure)
    if len(distinct) > 40:
        print(f"... and {len(distinct) - 40} more")
    for problem in problems:
        print("ERROR " + problem)
    print(f"{len(unexpected)} unexpected failures ({len(distinct)} distinct), {len(problems)} errors")
    return 1 if unexpected or problems else 0


if __name__ == "__main__":
    sys.exit(main())
