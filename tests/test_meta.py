"""Meta-tests: every loader module is registered and follows the loader contract."""

from __future__ import annotations

import pkgutil

import treatykg.loaders as loaders
from treatykg.loaders.contract import Loader, StreamingLoader

HELPERS = {
    "reported",
    "text",
    "positions",
    "speaker",
    "speech",
    "publisher",
    "vote_clause",
    "untc_declarations",
    "contract",
}  # shared parts, not loaders


def test_every_loader_module_is_registered():
    modules = {info.name for info in pkgutil.iter_modules(loaders.__path__)} - HELPERS
    assert modules == set(loaders.REGISTRY)


def test_loaders_follow_the_contract():
    for kind, module in loaders.REGISTRY.items():
        assert kind == module.KIND
        assert module.VERSION and module.LABEL and module.__doc__
        assert isinstance(module, Loader), kind  # KIND, VERSION, LABEL, detect and parse
        assert isinstance(module, StreamingLoader) == hasattr(module, "parse_stream"), kind
        assert module.detect("") == 0
