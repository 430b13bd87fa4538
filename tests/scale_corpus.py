#!/usr/bin/env python3
"""scale_corpus.py OUT.jsonl N [--all-ids] -- N made-up short news articles as
JSON Lines for the scale-out tests (test_scale, test_parallel, test_dask):
a few places and event sentences combined by the article number; every 7th
article has no id unless --all-ids."""
import json
import sys

places = ["Paris", "Berlin", "Nairobi", "Lagos", "Lima", "Dhaka", "Aleppo", "Manila", "Quito",
          "Hanoi"]
says = ["Police clashed with protesters in {} on Monday.",
        "Troops attacked rebels near {} on Friday.",
        "Floods hit {} on Sunday, killing 4 people.",
        "Leaders met in {} to sign a trade agreement.",
        "Officials in {} said talks would resume."]
out, n = sys.argv[1], int(sys.argv[2])
all_ids = "--all-ids" in sys.argv[3:]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        text = " ".join(says[(i + k) % len(says)].format(places[(i * 3 + k) % len(places)])
                        for k in range(1 + i % 3)) + f" Report {i}."
        a = {"text": text, "title": f"Report {i}"}
        if all_ids or i % 7:
            a["id"] = f"t-{i}"
        f.write(json.dumps(a) + "\n")
