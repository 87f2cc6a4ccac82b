#!/usr/bin/env python3
"""Summarises the execution samples of a Java Flight Recording of one `layerwise build`.

usage: jfr-hotspots.py FILE.jfr [--top 25]

Prints, from `jfr print --events jdk.ExecutionSample --stack-depth 256`:
  - samples per thread;
  - the main thread's samples by build stage: the method that SiteBuild.buildInto (or
    SiteRenderer.render, one level down) was running, and everything before the build proper
    (JVM and CLI start, JBake configuration);
  - the main thread's samples per library, self (the innermost non-JDK frame's library: JDK code
    counts for the library that called it) and inclusive (any frame of it on the stack);
  - the hottest methods by self time (top frame) and, for org.layerwise, by inclusive time.

Record with 1 ms sampling for enough samples (bench/run --profile does this):
  sed 's|>10 ms<|>1 ms<|' $JAVA_HOME/lib/jfr/profile.jfc > /tmp/profile-1ms.jfc   # (method-sampling-java-interval)
  java -XX:StartFlightRecording=filename=/tmp/b.jfr,settings=/tmp/profile-1ms.jfc -jar target/layerwise.jar build ...
"""

import collections
import re
import subprocess
import sys

LIBRARIES = [
    ("org.layerwise.", "layerwise (own code)"),
    ("com.vladsch.flexmark.", "flexmark (Markdown)"),
    ("freemarker.", "FreeMarker (templates)"),
    ("org.jsoup.", "jsoup (HTML parsing)"),
    ("org.yaml.snakeyaml.", "SnakeYAML"),
    ("org.jbake.", "JBake"),
    ("org.apache.commons.configuration2.", "commons-configuration2"),
    ("com.google.gson.", "Gson"),
    ("ch.qos.logback.", "logback"),
    ("java.util.regex.", "java.util.regex"),
    ("java.nio.file.", "java.nio.file (file I/O)"),
    ("java.lang.ClassLoader.", "class loading"),
]


def samples(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                          check=True, capture_output=True, text=True).stdout
    for block in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = []
        inside = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("stackTrace = ["):
                inside = True
            elif inside and line == "]":
                break
            elif inside and line and line != "...":
                frames.append(re.sub(r"\s+line: \d+$", "", line))
        yield (thread.group(1) if thread else "?"), frames   # frames[0] is the top (leaf)


def method(frame):
    return frame.split("(")[0]


def stage(frames):
    """What the build was doing: the callee of SiteBuild.buildInto, or of SiteRenderer.render."""
    names = [method(f) for f in frames]
    for i, name in enumerate(names):
        if name == "org.layerwise.render.SiteRenderer.render" and i > 0:
            return "render: " + short(names[i - 1])
        if name == "org.layerwise.SiteBuild.buildInto":
            return short(names[i - 1]) if i > 0 else "SiteBuild.buildInto"
    for i, name in enumerate(names):
        if name == "org.layerwise.SiteBuild.build" and i > 0:
            return "publish: " + short(names[i - 1])
        if name == "org.layerwise.render.OutputFolder.publish":
            return "publish"
    if any(n.startswith("org.layerwise.") for n in names):
        return "before the build: " + short(next(n for n in reversed(names) if n.startswith("org.layerwise.")))
    return "before/after the build (JVM, CLI, class loading)"


def owner(frames):
    for f in frames:
        for prefix, label in LIBRARIES:
            if f.startswith(prefix) and not prefix.startswith("java."):
                return label
    return "JDK only (JVM start, class loading, CLI set-up)"


def short(name):
    parts = name.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else name


def table(title, counter, total, top):
    print("\n" + title)
    for key, count in counter.most_common(top):
        print("  %5d  %5.1f%%  %s" % (count, 100.0 * count / total, key))


def main():
    args = sys.argv[1:]
    top = 25
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    threads, stages, libraries, owners, leaf, leaf_all, own = (collections.Counter() for _ in range(7))
    main_total = 0
    total = 0
    for thread, frames in samples(args[0]):
        if not frames:
            continue
        total += 1
        threads[thread] += 1
        leaf_all[frames[0]] += 1
        if thread != "main":
            continue
        main_total += 1
        stages[stage(frames)] += 1
        leaf[frames[0]] += 1
        seen = set()
        for f in frames:
            for prefix, label in LIBRARIES:
                if f.startswith(prefix):
                    seen.add(label)
        libraries.update(seen)
        owners[owner(frames)] += 1
        own.update({method(f) for f in frames if f.startswith("org.layerwise.")})
    if not main_total:
        print("no execution samples on the main thread")
        return
    print("%d execution samples, %d on the main thread" % (total, main_total))
    table("samples by thread", threads, total, 10)
    table("main thread by build stage (inclusive)", stages, main_total, top)
    table("main thread by library, self (JDK frames count for the library that called them)",
          owners, main_total, top)
    table("main thread by library, inclusive (a sample counts once per library on its stack;"
          " JBake is mostly a pass-through to layerwise's Markdown engine)", libraries, main_total, top)
    table("main thread, hottest methods by self time (top frame)", leaf, main_total, top)
    table("main thread, org.layerwise methods by inclusive time", own, main_total, top)


if __name__ == "__main__":
    main()
