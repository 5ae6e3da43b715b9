"""Status tables checked at scale: the status-table reader on every UN Treaty Collection page of a folder, each against
the counts its own header states.

A Treaty Collection status page states how many signatories and parties the treaty has ("Signatories 21", "Parties
41") above the table whose rows give each act. treatykg reads each page the way ``treatykg build`` does and counts the
rows it read: where the header's counts equal the rows', every row was read into the right column; where they differ by
the rows that name no state (the European Union is a party to many treaties, and is no state here), the rest agrees.
The figures: pages read, pages with a table, acts read, pages whose counts agree (outright, or but for such rows),
pages whose counts differ (listed), and the rows whose names are no state's.

    python bench/untc_tables.py PATH/TO/FOLDER [--pattern '*.en.xml'] [--list 40]

The pages are not in this repository: the Treaty Collection publishes each as XML
(https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-5.en.xml); any folder of them will do
(for instance a snapshot of a public repository of those files).
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from treatykg import sources
from treatykg.errors import InputError
from treatykg.loaders import untc_status


def check(path: Path) -> tuple[str, int, list[str], list[str]]:
    """How one page's rows compare with its stated counts: its verdict, its acts, its unread names, its mismatches."""
    try:
        record = untc_status.parse(sources.decode(sources.read(path, path.name, None)))
    except (InputError, ValueError) as error:
        return f"refused ({str(error).split(': ', 1)[-1][:60]})", 0, [], []
    acts = sum(bool(p.signature) + bool(p.consent) + bool(p.provisional_application) for p in record.participants)
    if not record.participants:
        return "no table read", 0, list(record.unresolved), []
    if record.stated_parties is None and record.stated_signatories is None:
        return "no counts stated", acts, list(record.unresolved), []
    if not record.mismatches:
        return "counts agree", acts, list(record.unresolved), []
    unread = len(record.unresolved)
    short = [
        (stated or 0) - parsed
        for stated, parsed in (
            (record.stated_parties, record.parties),
            (record.stated_signatories, record.signatories),
        )
        if stated is not None
    ]
    if all(0 <= gap <= unread for gap in short):
        return "counts agree but for rows naming no state", acts, list(record.unresolved), []
    return "counts differ", acts, list(record.unresolved), list(record.mismatches)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pattern", default="*.xml")
    parser.add_argument("--list", type=int, default=40, help="how many differing pages to list")
    args = parser.parse_args()
    verdicts: collections.Counter[str] = collections.Counter()
    unread: collections.Counter[str] = collections.Counter()
    differing = []
    acts = 0
    paths = sorted(args.folder.glob(args.pattern))
    for path in paths:
        verdict, read, names, mismatches = check(path)
        verdicts[verdict] += 1
        acts += read
        unread.update(names)
        if mismatches:
            differing.append((path.name, mismatches))
    print(f"pages: {len(paths)}; acts read: {acts}")
    for verdict, count in verdicts.most_common():
        print(f"  {verdict}: {count}")
    print("rows naming no state, most frequent: " + "; ".join(f"{n} ({c})" for n, c in unread.most_common(12)))
    for name, mismatches in differing[: args.list]:
        print(f"  {name}: {'; '.join(mismatches)}")


if __name__ == "__main__":
    main()
