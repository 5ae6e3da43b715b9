"""Saved queries from Python, for notebooks and scripts: open a store, run a query, get rows or a
pandas DataFrame.

    import treatykg

    with treatykg.open(".treatykg") as kg:
        rows = kg.query("positions", state="PAK", topic="ban")  # a list of dicts
        frame = kg.dataframe("vote-totals")                     # needs treatykg[pandas]

Parameters are resolved and bound as RDF terms exactly as on the command line. Values come as
plain Python: numbers as int or float, booleans as bool, a blank as None, dates as ISO text at
their precision ('2016-12-05', or '2016' where only the year is known).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from treatykg import query as q


class KnowledgeGraph:
    """A treatykg store (or a SPARQL endpoint holding one) that answers the saved queries."""

    def __init__(self, store: str | Path | None = None, *, endpoint: str | None = None):
        self.endpoint = endpoint
        self._store = None
        if endpoint is None:
            from treatykg import store as stores

            self._store = stores.open_read_only(stores.location(store))

    def queries(self) -> dict[str, str]:
        """The saved queries: name -> title."""
        return {name: saved.title for name, saved in q.saved_queries().items()}

    def params(self, name: str) -> dict[str, str]:
        """A saved query's parameters: name -> description."""
        return {param.name: param.description for param in q.load(name).params}

    def result(self, name: str, **params: object) -> q.Result:
        """Run a saved query (a name or a .rq file) with its parameters; the RDF terms as they come."""
        saved = q.load(name)
        given = {key: _text(value) for key, value in params.items() if value is not None}
        if self.endpoint:
            from treatykg import remote

            return remote.run(saved, q.bind(saved, given, q.Resolver(remote.asker(self.endpoint))), self.endpoint)
        if self._store is None:
            raise ValueError("this knowledge graph is closed")
        bindings = q.bind(saved, given, q.Resolver(q.local_asker(self._store)))
        return q.run_local(saved, bindings, self._store)

    def query(self, name: str, **params: object) -> list[dict]:
        """Run a saved query; one dict per row, column -> plain Python value."""
        return q.records(self.result(name, **params))

    def dataframe(self, name: str, **params: object):
        """Run a saved query into a pandas DataFrame: whole-number columns as Int64, true/false ones
        as boolean (both allow blanks), the rest as text."""
        try:
            import pandas as pd
        except ImportError as error:
            raise ImportError("pandas is not installed: pip install 'treatykg[pandas]'") from error
        result = self.result(name, **params)
        rows = q.records(result)
        columns = {}
        for column in result.columns:
            values = [row[column] for row in rows]
            given = [value for value in values if value is not None]
            if given and all(isinstance(value, bool) for value in given):
                columns[column] = pd.array(values, dtype="boolean")
            elif given and all(isinstance(value, int) and not isinstance(value, bool) for value in given):
                columns[column] = pd.array(values, dtype="Int64")
            elif given and all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in given):
                columns[column] = pd.array(values, dtype="Float64")
            else:
                columns[column] = pd.Series(values, dtype=object)
        frame = pd.DataFrame(columns, columns=result.columns)
        return frame

    def close(self) -> None:
        self._store = None

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _text(value: object) -> str:
    """A parameter value as people write it: dates in ISO form, the rest as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)
