"""treatykg: a knowledge graph of treaty membership, votes and stated positions."""

__version__ = "0.1.0"
