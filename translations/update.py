"""Regenerate translations/bizcare_id.ts from the sources, fill it from the glossaries, compile.

    python translations/update.py            # lupdate -> fill -> lrelease; fails on gaps
    python translations/update.py --check    # only report untranslated strings

Each area keeps its Indonesian wording in ``translations/glossary/<area>.json`` as
``{"English source": "Indonesian"}`` (a key ``"Context|English source"`` wins over the plain
one when a word needs a different translation in one place). The .ts and the compiled .qm
are committed, so running BizCare never needs the Qt tools.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "bizcare_id.ts"
QM = ROOT / "translations" / "bizcare_id.qm"
GLOSSARY = ROOT / "translations" / "glossary"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bizcare").rglob("*.py"))


def run_lupdate(target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(target), "-no-obsolete",
         "-locations", "none", "-source-language", "en", "-target-language", "id"],
        cwd=ROOT, check=True, capture_output=True,
    )


def load_glossary() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted(GLOSSARY.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, str) and value.strip():
                merged[key] = value
    return merged


def fill(ts: Path, glossary: dict[str, str]) -> list[tuple[str, str]]:
    """Fill unfinished entries; return (context, source) pairs still untranslated."""
    tree = ET.parse(ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            wanted = glossary.get(f"{name}|{source}", glossary.get(source))
            if wanted:
                translation.text = wanted
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append((name, source))
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report gaps, change nothing")
    args = parser.parse_args()
    target = TS if not args.check else ROOT / "translations" / ".check_id.ts"
    if args.check and TS.exists():
        shutil.copyfile(TS, target)
    run_lupdate(target)
    missing = fill(target, load_glossary())
    if args.check:
        target.unlink()
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    if missing:
        print(f"{len(missing)} strings have no Indonesian translation", file=sys.stderr)
        return 1
    if not args.check:
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                       capture_output=True)
        print(f"wrote {TS.name} and {QM.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
