#!/usr/bin/env python3
"""Writes N deterministic benchmark articles (Markdown with YAML front matter).

Used by bench/run; not part of the site. Every article has valid Layerwise front matter
(title, date, summary, tags from a small set, types from the real product type ids) and a body of
about 460 words with headings, a GFM table, a bulleted list, a product type link and a glossary
link. The same --seed always gives the same files, whatever the count: article i depends only on
the seed and i, so the first 1000 articles of a 3000-article corpus are the 1000-article corpus.

--links site   writes Layerwise links: [serum](type:serum), [humectant](term:humectant)
--links plain  writes the same links as root paths (/types/serum/, /glossary/#humectant), for
               peer generators (Hugo, Eleventy) that know nothing of type: and term: links

usage: generate-articles.py --count 1000 --out DIR [--seed 1] [--project DIR] [--links site|plain]
"""

import argparse
import datetime
import pathlib
import random
import re
import sys

# Fallbacks when --project is not given (docs/content-contract.md).
TYPE_IDS = ["oil-cleanser", "water-cleanser", "exfoliant", "toner", "essence", "serum", "ampoule",
            "sheet-mask", "eye-cream", "spot-treatment", "emulsion", "moisturizer", "facial-oil",
            "sleeping-mask", "sunscreen"]
TERM_IDS = ["active", "aha", "bha", "humectant", "emollient", "occlusive", "niacinamide", "retinoid",
            "skin-barrier", "spf", "viscosity"]

TAGS = ["routine", "hydration", "actives", "texture", "layering", "sensitive-skin", "morning", "evening"]

WORDS = """skin barrier layer texture serum essence toner ampoule emulsion cream oil water gel
fluid drop press pat morning evening routine step order thin thick light rich active ingredient
hydration moisture dryness oiliness redness tightness comfort calm gentle strong daily weekly
patch test label formula bottle pump dropper jar cleanse rinse wait absorb finish sunscreen
shade reapply niacinamide peptide ceramide glycerin acid exfoliate renew soothe protect repair
balance plump smooth even tone dull bright sensitive combination normal oily dry season climate
humid cold wind indoor heating habit concern goal result week month patience consistency""".split()

CONNECTORS = ["and", "but", "so", "because", "while", "then", "or", "since", "although", "when"]
OPENERS = ["Most people", "A simple rule", "In practice", "For many readers", "Dermatologists",
           "Retail guides", "A common mistake", "The usual advice", "Over a few weeks", "On busy days"]
TOPICS = ["Layering", "Texture", "Hydration", "Routine", "Actives", "Seasons", "Patch testing", "Order"]

BASE_DATE = datetime.date(1999, 1, 1)
TARGET_WORDS = 460
WORD = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")


def count_words(text):
    return len(WORD.findall(text))


def sentence(rng, words):
    count = rng.randint(9, 17)
    chosen = [rng.choice(WORDS) for _ in range(count)]
    if rng.random() < 0.5:
        cut = rng.randint(3, count - 3)
        chosen.insert(cut, rng.choice(CONNECTORS))
    text = rng.choice(OPENERS) + " " + " ".join(chosen) + "."
    words[0] += len(text.split())
    return text


def paragraph(rng, words, sentences):
    return " ".join(sentence(rng, words) for _ in range(sentences))


def link(kind, ident, plain):
    if plain:
        return "/types/%s/" % ident if kind == "type" else "/glossary/#%s" % ident
    return "%s:%s" % (kind, ident)


def article(i, seed, type_ids, term_ids, plain):
    rng = random.Random("%s-%d" % (seed, i))
    words = [0]
    types = sorted(rng.sample(type_ids, rng.randint(1, 2)), key=type_ids.index)
    tags = sorted(rng.sample(TAGS, rng.randint(1, 3)))
    term = rng.choice(term_ids)
    topic = rng.choice(TOPICS)
    name = types[0].replace("-", " ")
    title = "%s note %d: %s" % (topic, i, name)
    date = BASE_DATE + datetime.timedelta(days=(i * 3) % 9000)
    summary = "Benchmark article %d about %s: %s" % (i, name, sentence(rng, [0]).lower())

    body = []
    body.append("## Why it matters\n")
    body.append("Where a [%s](%s) fits: %s The [%s](%s) idea matters here. %s\n" % (
        name, link("type", types[0], plain), paragraph(rng, words, 2), term.replace("-", " "),
        link("term", term, plain), paragraph(rng, words, 2)))
    body.append("## At a glance\n")
    body.append("| Step | Product | Texture | When | Notes |")
    body.append("|---|---|---|---|---|")
    for step in range(1, 6):
        body.append("| %d | %s | %s | %s | %s %s %s |" % (
            step, rng.choice(type_ids).replace("-", " "), rng.choice(["thin", "light", "medium", "rich", "thick"]),
            rng.choice(["AM", "PM", "AM and PM", "weekly"]), rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)))
    body.append("")
    body.append("## What to check\n")
    for _ in range(5):
        body.append("- " + sentence(rng, words))
    body.append("")
    body.append("## In practice\n")
    body.append(paragraph(rng, words, 5) + "\n")
    body.append("## The short version\n")
    # close with a paragraph that brings the body to about 460 words (table and list included)
    closing = []
    while count_words("\n".join(body + [" ".join(closing)])) < TARGET_WORDS:
        closing.append(sentence(rng, words))
    body.append(" ".join(closing))
    body.append("")

    front = [
        "---",
        'title: "%s"' % title,
        "date: %s" % date.isoformat(),
        'summary: "%s"' % summary,
        "tags: [%s]" % ", ".join(tags),
        "types: [%s]" % ", ".join(types),
        "---",
        "",
    ]
    slug = "bench-%05d-%s" % (i, re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-"))
    return slug, "\n".join(front) + "\n".join(body)


def ids_from_project(project):
    types, terms = TYPE_IDS, TERM_IDS
    if project:
        folder = pathlib.Path(project) / "content" / "types"
        found = sorted(p.stem for p in folder.glob("*.yaml"))
        if found:
            types = found
        glossary = pathlib.Path(project) / "content" / "glossary.yaml"
        if glossary.is_file():
            found = re.findall(r"^- id:\s*([a-z0-9-]+)\s*$", glossary.read_text(encoding="utf-8"), re.M)
            if found:
                terms = found
    return types, terms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", required=True, help="folder for the .md files (created)")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--project", help="read product type and glossary ids from this project")
    parser.add_argument("--links", choices=["site", "plain"], default="site")
    args = parser.parse_args()

    types, terms = ids_from_project(args.project)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    total_words = 0
    for i in range(1, args.count + 1):
        slug, text = article(i, args.seed, types, terms, args.links == "plain")
        body = text.split("\n---\n", 1)[1]
        total_words += count_words(body)
        (out / (slug + ".md")).write_text(text, encoding="utf-8")
    if args.count:
        print("wrote %d articles to %s (about %d words each)" % (args.count, out, total_words // args.count),
              file=sys.stderr)


if __name__ == "__main__":
    main()
