#!/usr/bin/env python3
"""Estimates how long an aidant diagnostic takes, from the texts people read.

Model (stated, not measured on people): the person reads (or hears) every word
of a question and its answers at 80 words per minute (a slow reader), then
takes 10 s to decide and 3 s to tap and confirm; the declarative part is 7
questions at 12 s each; welcome, language and the result sheet take 90 s.
The number of items comes from the simulation (`repere simulate --mode
screening`): pass its mean and maximum.

usage: scripts/aidant-time.py [MEAN_ITEMS] [MAX_ITEMS]
"""
import glob
import re
import statistics
import sys

WORDS_PER_MINUTE = 80
DECIDE_S, TAP_S = 10, 3
DECLARATIVE_S = 7 * 12
FRAME_S = 90

mean_items = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
max_items = int(sys.argv[2]) if len(sys.argv) > 2 else 12

texts = {}
for path in glob.glob("locales/fr/items/*.ftl"):
    current = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^([a-z][a-z0-9-]*) = (.*)$", line)
        if m:
            key, text = m.groups()
            item = re.sub(r"-(opt|region|step)-[a-z0-9-]+$", "", key)
            texts.setdefault(item, []).append(text)
words = [sum(len(t.split()) for t in parts) for parts in texts.values()]
per_item = [w / WORDS_PER_MINUTE * 60 + DECIDE_S + TAP_S for w in words]
median_item = statistics.median(per_item)
slow_item = sorted(per_item)[int(0.9 * len(per_item))]
typical = FRAME_S + DECLARATIVE_S + mean_items * median_item
long = FRAME_S + DECLARATIVE_S + max_items * slow_item
print(f"items read: {len(words)}, median words per item (question + answers): {statistics.median(words):.0f}")
print(f"median seconds per item: {median_item:.0f} (90th percentile {slow_item:.0f})")
print(f"typical diagnostic ({mean_items:g} items): {typical / 60:.1f} min")
print(f"long diagnostic ({max_items} slow items): {long / 60:.1f} min")
