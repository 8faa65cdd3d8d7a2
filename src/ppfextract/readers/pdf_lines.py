"""Ruled tables from edges: pdfplumber's "lines" table strategy, without pdfplumber.

The functions below are pdfplumber 0.11's (``pdfplumber/table.py`` and
``pdfplumber/utils``; MIT License, Copyright (c) 2015-2024 Jeremy Singer-Vine), kept to
the same algorithm and order of operations so they find the same tables from the same
edges; ``tests/test_reader_pdf.py`` checks them against pdfplumber's own. They are here
so the pypdfium2 reading path need not import pdfplumber and pdfminer (about 55 ms in a
fresh process, a quarter of reading a 188-page pack's text).

An edge is a dict with ``x0``, ``x1``, ``top``, ``bottom``, ``width``, ``height``,
``orientation`` ("h" or "v") and ``object_type``, as pdfplumber's edges are.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable, Sequence
from operator import itemgetter
from typing import Any

Obj = dict[str, Any]
Point = tuple[float, float]
BBox = tuple[float, float, float, float]
Intersections = dict[Point, dict[str, list[Obj]]]

# pdfplumber's TableSettings for {"vertical_strategy": "lines", "horizontal_strategy":
# "lines", "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3,
# "edge_min_length": 3} (pdf_page.TABLE_SETTINGS), resolved
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
INTERSECTION_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
EDGE_MIN_LENGTH_PREFILTER = 1.0


def joined_edges(edges: Sequence[Obj]) -> list[Obj]:
    """The edges snapped and joined as :func:`find_table_cells` does first: a dashed
    rule's segments become one edge."""
    v = filter_edges(edges, "v", min_length=EDGE_MIN_LENGTH_PREFILTER)
    h = filter_edges(edges, "h", min_length=EDGE_MIN_LENGTH_PREFILTER)
    return merge_edges(v + h, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)


def find_table_cells(edges: Sequence[Obj]) -> list[list[BBox]]:
    """The cell boxes of each ruled table the edges draw, tables top to bottom."""
    v = filter_edges(edges, "v", min_length=EDGE_MIN_LENGTH_PREFILTER)
    h = filter_edges(edges, "h", min_length=EDGE_MIN_LENGTH_PREFILTER)
    merged = merge_edges(v + h, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE,
                         JOIN_TOLERANCE)
    merged = filter_edges(merged, min_length=EDGE_MIN_LENGTH)
    points = edges_to_intersections(merged, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return cells_to_tables(intersections_to_cells(points))


# ---------------------------------------------------------------------------
# pdfplumber/utils


def filter_edges(edges: Iterable[Obj], orientation: str | None = None,
                 edge_type: str | None = None, min_length: float = 1) -> list[Obj]:
    if orientation not in ("v", "h", None):
        raise ValueError("Orientation must be 'v' or 'h'")

    def test(e: Obj) -> bool:
        dim = "height" if e["orientation"] == "v" else "width"
        et_correct = e["object_type"] == edge_type if edge_type is not None else True
        orient_correct = orientation is None or e["orientation"] == orientation
        return bool(et_correct and orient_correct and (e[dim] >= min_length))

    return list(filter(test, edges))


def cluster_list(xs: list[float], tolerance: float = 0) -> list[list[float]]:
    if tolerance == 0 or len(xs) < 2:
        return [[x] for x in sorted(xs)]
    groups = []
    xs = sorted(xs)
    current_group = [xs[0]]
    last = xs[0]
    for x in xs[1:]:
        if x <= last + tolerance:
            current_group.append(x)
        else:
            groups.append(current_group)
            current_group = [x]
        last = x
    groups.append(current_group)
    return groups


def make_cluster_dict(values: Iterable[float], tolerance: float) -> dict[float, int]:
    clusters = cluster_list(list(set(values)), tolerance)
    return {val: i for i, value_cluster in enumerate(clusters) for val in value_cluster}


def cluster_objects(xs: list[Obj], key_fn: Hashable | Callable[[Obj], float],
                    tolerance: float) -> list[list[Obj]]:
    key: Callable[[Obj], float] = key_fn if callable(key_fn) else itemgetter(key_fn)
    cluster_dict = make_cluster_dict(map(key, xs), tolerance)
    get_0, get_1 = itemgetter(0), itemgetter(1)
    cluster_tuples = sorted(((x, cluster_dict.get(key(x))) for x in xs), key=get_1)
    return [list(map(get_0, v)) for _, v in itertools.groupby(cluster_tuples, key=get_1)]


def move_object(obj: Obj, axis: str, value: float) -> Obj:
    if axis == "h":
        new_items = [("x0", obj["x0"] + value), ("x1", obj["x1"] + value)]
    else:
        new_items = [("top", obj["top"] + value), ("bottom", obj["bottom"] + value)]
        if "doctop" in obj:
            new_items += [("doctop", obj["doctop"] + value)]
        if "y0" in obj:
            new_items += [("y0", obj["y0"] - value), ("y1", obj["y1"] - value)]
    return obj.__class__(tuple(obj.items()) + tuple(new_items))


def resize_object(obj: Obj, key: str, value: float) -> Obj:
    diff = value - obj[key]
    new_items = [(key, value)]
    if key == "x0":
        new_items.append(("width", obj["x1"] - value))
    elif key == "x1":
        new_items.append(("width", value - obj["x0"]))
    elif key == "top":
        new_items.append(("doctop", obj["doctop"] + diff))
        new_items.append(("height", obj["height"] - diff))
        if "y1" in obj:
            new_items.append(("y1", obj["y1"] - diff))
    elif key == "bottom":
        new_items.append(("height", obj["height"] + diff))
        if "y0" in obj:
            new_items.append(("y0", obj["y0"] - diff))
    return obj.__class__(tuple(obj.items()) + tuple(new_items))


def snap_objects(objs: Iterable[Obj], attr: str, tolerance: float) -> list[Obj]:
    axis = {"x0": "h", "x1": "h", "top": "v", "bottom": "v"}[attr]
    clusters = cluster_objects(list(objs), itemgetter(attr), tolerance)
    avgs = [sum(map(itemgetter(attr), cluster)) / len(cluster) for cluster in clusters]
    return [move_object(obj, axis, avg - obj[attr])
            for cluster, avg in zip(clusters, avgs, strict=True) for obj in cluster]


def _obj_to_bbox(obj: Obj) -> BBox:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


# ---------------------------------------------------------------------------
# pdfplumber/table.py


def snap_edges(edges: list[Obj], x_tolerance: float, y_tolerance: float) -> list[Obj]:
    v = [e for e in edges if e["orientation"] == "v"]
    h = [e for e in edges if e["orientation"] == "h"]
    return snap_objects(v, "x0", x_tolerance) + snap_objects(h, "top", y_tolerance)


def join_edge_group(edges: Iterable[Obj], orientation: str, tolerance: float) -> list[Obj]:
    if orientation == "h":
        min_prop, max_prop = "x0", "x1"
    elif orientation == "v":
        min_prop, max_prop = "top", "bottom"
    else:
        raise ValueError("Orientation must be 'v' or 'h'")
    sorted_edges = sorted(edges, key=itemgetter(min_prop))
    joined = [sorted_edges[0]]
    for e in sorted_edges[1:]:
        last = joined[-1]
        if e[min_prop] <= last[max_prop] + tolerance:
            if e[max_prop] > last[max_prop]:
                joined[-1] = resize_object(last, max_prop, e[max_prop])
        else:
            joined.append(e)
    return joined


def merge_edges(edges: list[Obj], snap_x_tolerance: float, snap_y_tolerance: float,
                join_x_tolerance: float, join_y_tolerance: float) -> list[Obj]:
    def get_group(edge: Obj) -> tuple[str, float]:
        return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])

    if snap_x_tolerance > 0 or snap_y_tolerance > 0:
        edges = snap_edges(edges, snap_x_tolerance, snap_y_tolerance)
    groups = itertools.groupby(sorted(edges, key=get_group), key=get_group)
    return [e for k, items in groups
            for e in join_edge_group(items, k[0],
                                     join_x_tolerance if k[0] == "h" else join_y_tolerance)]


def edges_to_intersections(edges: list[Obj], x_tolerance: float = 1,
                           y_tolerance: float = 1) -> Intersections:
    intersections: Intersections = {}
    v_edges = [e for e in edges if e["orientation"] == "v"]
    h_edges = sorted((e for e in edges if e["orientation"] == "h"),
                     key=itemgetter("top", "x0"))
    for v in sorted(v_edges, key=itemgetter("x0", "top")):
        for h in h_edges:
            if (v["top"] <= h["top"] + y_tolerance and v["bottom"] >= h["top"] - y_tolerance
                    and v["x0"] >= h["x0"] - x_tolerance
                    and v["x0"] <= h["x1"] + x_tolerance):
                vertex = (v["x0"], h["top"])
                if vertex not in intersections:
                    intersections[vertex] = {"v": [], "h": []}
                intersections[vertex]["v"].append(v)
                intersections[vertex]["h"].append(h)
    return intersections


def intersections_to_cells(intersections: Intersections) -> list[BBox]:
    def edge_connects(p1: Point, p2: Point) -> bool:
        def edges_to_set(edges: list[Obj]) -> set[BBox]:
            return set(map(_obj_to_bbox, edges))

        if p1[0] == p2[0] and edges_to_set(intersections[p1]["v"]) & edges_to_set(
                intersections[p2]["v"]):
            return True
        return p1[1] == p2[1] and bool(edges_to_set(intersections[p1]["h"]) & edges_to_set(
            intersections[p2]["h"]))

    points = sorted(intersections)
    n_points = len(points)

    def find_smallest_cell(i: int) -> BBox | None:
        if i == n_points - 1:
            return None
        pt = points[i]
        rest = points[i + 1:]
        below = [x for x in rest if x[0] == pt[0]]
        right = [x for x in rest if x[1] == pt[1]]
        for below_pt in below:
            if not edge_connects(pt, below_pt):
                continue
            for right_pt in right:
                if not edge_connects(pt, right_pt):
                    continue
                bottom_right = (right_pt[0], below_pt[1])
                if (bottom_right in intersections and edge_connects(bottom_right, right_pt)
                        and edge_connects(bottom_right, below_pt)):
                    return (pt[0], pt[1], bottom_right[0], bottom_right[1])
        return None

    return [c for c in (find_smallest_cell(i) for i in range(n_points)) if c]


def cells_to_tables(cells: list[BBox]) -> list[list[BBox]]:
    def bbox_to_corners(bbox: BBox) -> tuple[Point, Point, Point, Point]:
        x0, top, x1, bottom = bbox
        return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))

    remaining_cells = list(cells)
    current_corners: set[Point] = set()
    current_cells: list[BBox] = []
    tables = []
    while remaining_cells:
        initial_cell_count = len(current_cells)
        for cell in list(remaining_cells):
            cell_corners = bbox_to_corners(cell)
            if not current_cells or any(c in current_corners for c in cell_corners):
                current_corners |= set(cell_corners)
                current_cells.append(cell)
                remaining_cells.remove(cell)
        if len(current_cells) == initial_cell_count:
            tables.append(list(current_cells))
            current_corners.clear()
            current_cells.clear()
    if current_cells:
        tables.append(list(current_cells))
    ordered = sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in ordered if len(t) > 1]


def close_open_bottoms(edges: Sequence[Obj], tolerance: float = SNAP_TOLERANCE) -> list[Obj]:
    """``edges`` with the bottom of a cell cut at a page break closed: a merged cell that
    goes on over the page has its sides drawn down to the table's bottom rule but no
    rule of its own under it, so the lines strategy finds no cell there and its text is
    lost. Where a long vertical edge ends level with the page's lowest horizontal rule
    but that rule does not reach it, a rule is added from it to the next vertical ending
    at the same level. (Not part of pdfplumber's algorithm: :func:`find_table_cells`
    stays pdfplumber's.)"""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    if not hs or not vs:
        return list(edges)

    def covered(x: float, y: float) -> bool:
        return any(abs(h["top"] - y) <= tolerance and h["x0"] - tolerance <= x
                   <= h["x1"] + tolerance for h in hs)

    lowest = max(h["top"] for h in hs)
    added: list[Obj] = []
    for v in vs:
        y = v["bottom"]
        if abs(y - lowest) > tolerance or v["bottom"] - v["top"] < 10 or covered(v["x0"], y):
            continue
        level = sorted(u["x0"] for u in vs if abs(u["bottom"] - y) <= tolerance
                       and abs(u["x0"] - v["x0"]) > tolerance)
        right = [x for x in level if x > v["x0"]]
        left = [x for x in level if x < v["x0"]]
        if right:
            x0, x1 = v["x0"], right[0]
        elif left:
            x0, x1 = left[-1], v["x0"]
        else:
            continue
        added.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0,
                      "height": 0.0, "orientation": "h", "object_type": "line"})
    return list(edges) + added if added else list(edges)
