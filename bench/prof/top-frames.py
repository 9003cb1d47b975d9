#!/usr/bin/env python3
"""Where a page's time goes: reads a JDK Flight Recorder file's execution samples (`jfr print`) and prints, as
Markdown, the share of samples by layer (the first frame of ours or of a library that the sample is in) and the top
frames where the CPU was (self). Usage: top-frames.py RECORDING.jfr [TOP]"""
import collections
import re
import subprocess
import sys

LAYERS = [  # checked from the top of the stack down: the first layer a frame belongs to names the sample
    ("Thymeleaf (templates)", ("org.thymeleaf.", "org.attoparser.", "ognl.")),
    ("MariaDB JDBC and the pool", ("org.mariadb.", "com.zaxxer.hikari.")),
    ("our code", ("uk.frontdoor.",)),
    ("Micronaut", ("io.micronaut.",)),
    ("Netty (HTTP, sockets)", ("io.netty.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
    ("JDK crypto", ("sun.security.", "javax.crypto.", "com.sun.crypto.")),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line: \d+", block, re.M)
        if frames:
            yield frames


def layer(frames):
    for frame in frames:
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                return name
    return "JDK and other"


def main():
    path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 12
    by_layer, by_frame, ours = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for frames in samples(path):
        total += 1
        by_layer[layer(frames)] += 1
        by_frame[frames[0]] += 1
        mine = next((f for f in frames if f.startswith("uk.frontdoor.")), None)
        if mine:
            ours[mine] += 1
    if total == 0:
        print("No execution samples recorded.")
        return
    print(f"{total} samples.\n\n| layer | share |\n|---|---|")
    for name, n in by_layer.most_common():
        print(f"| {name} | {100 * n / total:.0f}% |")
    print("\n| top frames (self) | share |\n|---|---|")
    for name, n in by_frame.most_common(top):
        print(f"| `{name}` | {100 * n / total:.1f}% |")
    print("\n| our innermost frame | share |\n|---|---|")
    for name, n in ours.most_common(top):
        print(f"| `{name}` | {100 * n / total:.1f}% |")


if __name__ == "__main__":
    main()
