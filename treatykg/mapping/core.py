"""The mapping's common parts: the graph builder, a source's provenance (checksum, loader run, derived text), the record dispatcher, and nodes every family uses (documents, meetings, quotes, dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, singledispatch
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from treatykg import gazetteer, iris
from treatykg.records import DocumentRecord, Span
from treatykg.vocab import OA, PROV, SCHEMA, SPDX, TKG, TKGC, term

if TYPE_CHECKING:
    from treatykg.render import Rendering


_XSD_DATE = term(XSD.date)


_XSD_INTEGER = term(XSD.integer)


RDF_TYPE = term(RDF.type)


def lit(value: object, lang: str | None = None) -> Literal:
    """A typed literal: int -> xsd:integer, date -> xsd:date, str -> xsd:string (or language)."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=term(XSD.boolean))
    if isinstance(value, int):
        return Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=_XSD_DATE)
    if lang:
        return Literal(str(value), language=lang)
    return Literal(str(value))


@dataclass
class GraphBuilder:
    """Collects the quads of one named graph."""

    name: NamedNode
    quads: list[Quad] = field(default_factory=list)

    def add(self, subject: str | NamedNode, predicate: object, obj: object, lang: str | None = None) -> None:
        """Add a triple; a None object adds nothing. Strings as subjects are IRIs."""
        if obj is None or obj == "" or obj == ():
            return
        s = subject if isinstance(subject, NamedNode) else NamedNode(subject)
        if not isinstance(obj, (NamedNode, Literal)):
            obj = lit(obj, lang)
        self.quads.append(Quad(s, term(predicate), obj, self.name))

    def link(self, subject: str | NamedNode, predicate: object, iri: str | None) -> None:
        """Add a triple whose object is the IRI ``iri`` (nothing when it is None)."""
        if iri:
            self.add(subject, predicate, NamedNode(iri))

    def typed(self, iri: str, *classes: object) -> str:
        for cls in classes:
            self.add(iri, RDF.type, term(cls))
        return iri


@dataclass(frozen=True)
class Source:
    """What the build knows about a source file."""

    path: str
    sha256: str
    loader: str
    loader_version: str
    rendering: Rendering | None = None  # the derived text read, when not the file's own text
    address: str | None = None  # where the document is published (a sources manifest, the page's own link)

    @property
    def iri(self) -> str:
        return iris.source(self.sha256)


def map_source(source: Source, record: object) -> list[Quad]:
    """All quads for one source: its provenance node and what the record says."""
    graph = GraphBuilder(NamedNode(source.iri))
    graph.typed(source.iri, TKG.SourceDocument)
    graph.add(source.iri, TKG.fileName, source.path)
    graph.link(source.iri, DCTERMS.source, source.address)
    checksum_node(graph, source.iri, source.sha256)
    loader_run_node(graph, source)
    for part in record.missing if isinstance(record, DocumentRecord) else ():
        graph.add(source.iri, TKG.missingPart, part)
    if source.rendering is not None:
        derived_text_node(graph, source)
    subject = map_record(record, graph, source)
    if subject:
        graph.link(source.iri, DCTERMS.isFormatOf, subject)
    return graph.quads


def derived_text_node(graph: GraphBuilder, source: Source) -> str:
    """The text read from the file (a PDF's, an HTML page's): its digest, how it was made and
    how many pages it has, derived from the source file; quotes count their offsets in it."""
    rendering = source.rendering
    if rendering is None:
        raise ValueError(f"{source.path}: read as it is, no derived text")
    iri = graph.typed(iris.node("text", source.sha256), TKG.DerivedText)
    graph.link(iri, PROV.wasDerivedFrom, source.iri)
    checksum_node(graph, iri, rendering.sha256)
    graph.add(iri, TKG.renderer, rendering.method)
    graph.add(iri, TKG.pageCount, len(rendering.pages) if rendering.pages else None)
    return iri


def loader_run_node(graph: GraphBuilder, source: Source) -> str:
    """The reading of the source by a loader (a PROV activity that used the file, with the loader as
    its software agent and the loader's version)."""
    run = graph.typed(
        iris.node("loader-run", source.sha256, source.loader, source.loader_version), PROV.Activity, TKG.LoaderRun
    )
    graph.link(run, PROV.used, source.iri)
    agent = graph.typed(iris.loader(source.loader), PROV.SoftwareAgent)
    graph.add(agent, SKOS.notation, source.loader)
    graph.add(agent, RDFS.label, f"treatykg loader {source.loader}", "en")
    graph.link(run, PROV.wasAssociatedWith, agent)
    graph.add(run, SCHEMA.softwareVersion, source.loader_version)
    return run


def checksum_node(graph: GraphBuilder, subject: str, digest: str) -> str:
    """The SPDX checksum of a file or a text: its SHA-256 digest, hexadecimal."""
    iri = graph.typed(iris.node("checksum", digest), SPDX.Checksum)
    graph.link(iri, SPDX.algorithm, str(SPDX.checksumAlgorithm_sha256))
    graph.add(iri, SPDX.checksumValue, digest)
    graph.link(subject, SPDX.checksum, iri)
    return iri


@singledispatch
def map_record(record: object, graph: GraphBuilder, source: Source) -> str | None:
    """Add a record's triples to the graph; return the IRI of the document it describes."""
    raise TypeError(f"no mapping for records of type {type(record).__name__}")


def document_node(graph: GraphBuilder, symbol: str, cls: object = TKG.UNDocument) -> str:
    """A UN document by symbol, typed and identified."""
    iri = graph.typed(iris.document(symbol), cls)
    graph.add(iri, DCTERMS.identifier, symbol)
    return iri


def meeting_node(graph: GraphBuilder, treaty_key: str, kind: str, ordinal: int) -> str:
    iri = graph.typed(iris.meeting(treaty_key, kind, ordinal), TKG.Meeting)
    graph.add(iri, TKG.meetingKind, NamedNode(str(TKGC[kind])))
    graph.add(iri, TKG.ordinal, ordinal)
    graph.link(iri, TKG.treaty, iris.treaty(treaty_key))
    name = "Review Conference" if kind == "revcon" else "Meeting of States Parties"
    treaty = gazetteer.treaty(treaty_key) if _known_treaty(treaty_key) else None
    graph.add(
        iri, RDFS.label, f"{ordinal_suffix(ordinal)} {name} ({treaty.short_name if treaty else treaty_key})", "en"
    )
    forum_key = f"{treaty_key}-{kind}"
    if _known_forum(forum_key):
        graph.link(iri, TKG.forum, iris.forum(forum_key))
    return iri


def ordinal_suffix(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _known_treaty(key: str) -> bool:
    try:
        gazetteer.treaty(key)
    except KeyError:
        return False
    return True


def _known_forum(key: str) -> bool:
    try:
        gazetteer.forum(key)
    except KeyError:
        return False
    return True


def entity_iri(entity_type: str, key: str) -> str:
    return {
        "state": iris.state,
        "organisation": iris.organisation,
        "group": iris.group,
        "treaty": iris.treaty,
        "document": iris.document,
        "forum": iris.forum,
    }[entity_type](key)


@lru_cache(maxsize=1024)
def state_node(alpha3: str) -> NamedNode:
    return NamedNode(iris.state(alpha3))


def span_key(span: Span) -> str:
    return f"{span.start}-{span.end}"


def map_records(source: Source, records: Iterable[object]) -> Iterator[list[Quad]]:
    """The quads of each record of a source read record by record (its provenance, ``map_source``,
    comes first and apart)."""
    for record in records:
        graph = GraphBuilder(NamedNode(source.iri))
        map_record(record, graph, source)
        yield graph.quads


@map_record.register
def _nothing(record: None, graph: GraphBuilder, source: Source) -> None:
    """A streamed source's own node carries no record."""


_XSD_GYEAR = term(XSD.gYear)


def statement_date(graph: GraphBuilder, iri: str, date: dt.date | None, year: int | None) -> None:
    """The stated date, or else a derived year (xsd:gYear) marked tkg:dateDerived."""
    if date is not None:
        graph.add(iri, DCTERMS.date, date)
    elif year is not None:
        graph.add(iri, DCTERMS.date, Literal(str(year), datatype=_XSD_GYEAR))
        graph.add(iri, TKG.dateDerived, True)


def quote_node(graph: GraphBuilder, source: Source, span: Span, text: str) -> str:
    """The quoted text as a Web Annotation specific resource of the source file, with both selectors."""
    iri = graph.typed(iris.node("quote", source.sha256, span_key(span)), OA.SpecificResource)
    graph.link(iri, OA.hasSource, source.iri)
    if source.rendering is not None:
        graph.add(iri, TKG.page, source.rendering.page_of(span.start))
    exact = graph.typed(f"{iri}/exact", OA.TextQuoteSelector)
    graph.add(exact, OA.exact, text)
    position = graph.typed(f"{iri}/position", OA.TextPositionSelector)
    graph.add(position, OA.start, span.start)
    graph.add(position, OA.end, span.end)
    graph.link(iri, OA.hasSelector, exact)
    graph.link(iri, OA.hasSelector, position)
    return iri


def claim_modality(graph: GraphBuilder, iri: str, modality: str, reporter: str | None) -> None:
    """Whose words the claim is in; a reported claim's reporter."""
    if modality == "reported" and reporter is None:
        raise ValueError(f"{iri}: a reported claim needs its reporter")
    graph.add(iri, TKG.modality, NamedNode(str(TKGC[modality])))
    if modality == "reported":
        graph.link(iri, PROV.wasAttributedTo, reporter)
