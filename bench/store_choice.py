"""Which embedded store: rdflib Memory, rdflib's API on Oxigraph (oxrdflib), or pyoxigraph directly?

Generates a seeded synthetic vote graph (states x resolutions, a vote each, plus participation acts),
then times, side by side in one run: loading N-Triples, a vote tally (GROUP BY), an anti-join
("voted yes but not a party") and a full Turtle serialization. Prints a table with ratios to pyoxigraph.

    python bench/store_choice.py [--resolutions 400] [--states 193] [--repeats 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import pyoxigraph as ox

T = "https://w3id.org/treatykg/ontology#"
OG = "http://www.w3.org/ns/opengov#"
ID = "https://w3id.org/treatykg/id/"
TALLY = f"""SELECT ?event ?option (COUNT(?vote) AS ?n) WHERE {{
  ?vote <{OG}voteEvent> ?event ; <{OG}option> ?option }} GROUP BY ?event ?option"""
ANTI_JOIN = f"""SELECT ?state WHERE {{
  ?vote <{OG}voteEvent> <{ID}vote-event/ga/R7> ; <{OG}voter> ?state ; <{OG}option> <{ID}yes> .
  MINUS {{ ?act <{T}state> ?state ; <{T}treaty> <{ID}treaty/ccm> }} }}"""


def synthetic(resolutions: int, states: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = []
    for s in range(states):
        if rng.random() < 0.55:
            lines.append(f"<{ID}act/{s}> <{T}state> <{ID}state/S{s}> .")
            lines.append(f"<{ID}act/{s}> <{T}treaty> <{ID}treaty/ccm> .")
    for r in range(resolutions):
        event = f"<{ID}vote-event/ga/R{r}>"
        for s in range(states):
            vote = f"<{ID}vote-event/ga/R{r}/S{s}>"
            option = rng.choice(("yes", "yes", "yes", "no", "abstain"))
            lines.append(f"{vote} <{OG}voteEvent> {event} .")
            lines.append(f"{vote} <{OG}voter> <{ID}state/S{s}> .")
            lines.append(f"{vote} <{OG}option> <{ID}{option}> .")
    return "\n".join(lines) + "\n"


def timed(action, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run_pyoxigraph(data: str, repeats: int) -> dict:
    def load():
        store = ox.Store()
        store.bulk_load(data.encode(), format=ox.RdfFormat.N_TRIPLES)
        return store

    figures = {}
    figures["load"], store = timed(load, repeats)
    figures["tally"], rows = timed(lambda: len(list(store.query(TALLY))), repeats)
    figures["anti-join"], hits = timed(lambda: len(list(store.query(ANTI_JOIN))), repeats)
    figures["serialize"], _ = timed(
        lambda: store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()), repeats
    )
    return figures | {"rows": (rows, hits)}


def run_rdflib(data: str, repeats: int, store_name: str) -> dict:
    import rdflib

    def load():
        graph = rdflib.Graph(store=store_name)
        if store_name == "Oxigraph":
            graph.parse(data=data, format="ox-nt")
        else:
            graph.parse(data=data, format="nt")
        return graph

    figures = {}
    figures["load"], graph = timed(load, 1)
    figures["tally"], rows = timed(lambda: len(list(graph.query(TALLY))), 1)
    figures["anti-join"], hits = timed(lambda: len(list(graph.query(ANTI_JOIN))), 1)
    fmt = "ox-turtle" if store_name == "Oxigraph" else "turtle"
    figures["serialize"], _ = timed(lambda: graph.serialize(format=fmt), 1)
    return figures | {"rows": (rows, hits)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, default=400)
    parser.add_argument("--states", type=int, default=193)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    data = synthetic(args.resolutions, args.states)
    triples = data.count("\n")
    print(f"synthetic vote graph: {triples:,} triples ({args.resolutions} resolutions x {args.states} states)")
    results = {
        "pyoxigraph": run_pyoxigraph(data, args.repeats),
        "rdflib on Oxigraph (oxrdflib)": run_rdflib(data, args.repeats, "Oxigraph"),
        "rdflib Memory": run_rdflib(data, args.repeats, "Memory"),
    }
    base = results["pyoxigraph"]
    assert all(r["rows"] == base["rows"] for r in results.values()), {k: r["rows"] for k, r in results.items()}
    print(f"{'store':<32}" + "".join(f"{step:>22}" for step in ("load", "tally", "anti-join", "serialize")))
    for name, figures in results.items():
        cells = "".join(
            f"{figures[s]:>10.3f}s ({figures[s] / base[s]:>6.1f}x)" for s in ("load", "tally", "anti-join", "serialize")
        )
        print(f"{name:<32}{cells}")
    print("ratios are to pyoxigraph; every store returned the same rows:", base["rows"])


if __name__ == "__main__":
    main()
