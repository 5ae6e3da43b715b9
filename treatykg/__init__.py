"""treatykg: a knowledge graph of treaty membership, votes and stated positions."""

__version__ = "0.1.0"


def open(store=None, *, endpoint=None):  # noqa: A001 - treatykg.open(store), like a file
    """Open a store (a path; default $TREATYKG_STORE or .treatykg) or a SPARQL endpoint for the
    saved queries: returns a treatykg.api.KnowledgeGraph."""
    from treatykg.api import KnowledgeGraph

    return KnowledgeGraph(store, endpoint=endpoint)
