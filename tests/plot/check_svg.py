#!/usr/bin/python3
"""check_svg.py - is a training chart written by nnrt_plot_svg sound?

    check_svg.py CHART.svg [--epochs N] [--no-validation] [--no-accuracy]

Parses the file with an XML parser (xml.etree), then checks: the root is
an <svg> of the SVG namespace; the title, the 'epoch', 'loss' and
'accuracy (%)' axis labels and the legend are there; and each curve
(loss-train, loss-validation, accuracy-train, accuracy-validation, less
those switched off) is a <path> with one point per epoch, every point
inside its panel.  Prints what it found; exits 1 on the first problem.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def fail(msg):
    sys.exit(f"check_svg: {msg}")


def points(d):
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
    return list(zip(nums[0::2], nums[1::2]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("svg")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--no-validation", action="store_true")
    ap.add_argument("--no-accuracy", action="store_true")
    a = ap.parse_args()
    try:
        root = ET.parse(a.svg).getroot()
    except ET.ParseError as e:
        fail(f"{a.svg} is not well-formed XML: {e}")
    if root.tag != NS + "svg":
        fail(f"the root element is {root.tag}, not an SVG <svg>")
    texts = [t.text or "" for t in root.iter(NS + "text")]
    want = ["epoch", "loss", "training"]
    want += [] if a.no_accuracy else ["accuracy (%)"]
    want += [] if a.no_validation else ["validation"]
    for w in want:
        if w not in texts:
            fail(f"no text '{w}' (axis label or legend) in {a.svg}")
    curves = {p.get("id"): p for p in root.iter(NS + "path")}
    names = ["loss-train"] + ([] if a.no_validation else ["loss-validation"])
    if not a.no_accuracy:
        names += ["accuracy-train"] + ([] if a.no_validation else ["accuracy-validation"])
    frame = [r for r in root.iter(NS + "rect") if r.get("class") == "axes"]
    for name in names:
        if name not in curves:
            fail(f"no curve '{name}' (found {sorted(k for k in curves if k)})")
        pts = points(curves[name].get("d", ""))
        if a.epochs is not None and len(pts) != a.epochs:
            fail(f"curve '{name}' has {len(pts)} points, expected {a.epochs}")
        inside = any(all(float(r.get("x")) - 0.5 <= x <= float(r.get("x")) + float(r.get("width")) + 0.5 and
                         float(r.get("y")) - 0.5 <= y <= float(r.get("y")) + float(r.get("height")) + 0.5
                         for x, y in pts) for r in frame)
        if not inside:
            fail(f"curve '{name}' leaves its panel")
        print(f"{name}: {len(pts)} points")
    extra = {"loss-validation", "accuracy-validation"} & set(curves) if a.no_validation else set()
    if extra:
        fail(f"curves {sorted(extra)} drawn without validation data")
    print(f"check_svg: {a.svg} is well-formed, {len(names)} curves")


if __name__ == "__main__":
    main()
