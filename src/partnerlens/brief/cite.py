"""The sources a brief cites: data releases, reference datasets, articles, methods.

Each function returns a :class:`~partnerlens.brief.model.Citation` whose key
makes the same source one number however many figures cite it.
"""

from __future__ import annotations

from partnerlens.brief.model import Citation
from partnerlens.reference import published as _published
from partnerlens.reference.geography import DISTANCE_SOURCE, MACRO_SOURCE
from partnerlens.store import SourceInfo


def release(info: SourceInfo) -> Citation:
    """A trade data release: name, release, nomenclature, years, checksum, origin."""
    text = ("Synthetic demo trade data: " if info.synthetic else "Trade flows: ") + info.described()
    return Citation(key=f"release:{info.name}", kind="data", text=text, address=info.origin, synthetic=info.synthetic)


def releases(infos) -> tuple[Citation, ...]:
    return tuple(release(info) for info in infos)


def article(source) -> Citation:
    """An article or statement the registry cites (a :class:`partnerlens.cooperation.models.Source`)."""
    parts = [f"“{source.title}”" if source.title else "untitled document"]
    parts += [p for p in (source.author, source.publisher) if p]
    parts.append(source.published.isoformat() if source.published else "date not stated")
    if source.checksum:
        parts.append(f"text sha256 {source.checksum[:12]}…")
    return Citation(key=f"article:{source.id}", kind="article", text=", ".join(parts), address=source.address)


REGISTRY = Citation(
    key="ref:registry",
    kind="reference",
    text="partnerlens cooperation registry of this workspace (events, agreements, KPIs, each with its sources)",
)
DISTANCES = Citation(
    key="ref:geodist",
    kind="reference",
    text=f"{DISTANCE_SOURCE}: population-weighted distance (distw) between economies",
    address="https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=6",
)
MACRO = Citation(
    key="ref:wdi",
    kind="reference",
    text=f"{MACRO_SOURCE}: GDP in current US dollars; population; goods exports and imports, balance-of-payments basis "
    f"({_published.vintage()})",
    address="https://databank.worldbank.org/source/world-development-indicators",
)
PUBLISHED_ECI = Citation(
    key="ref:atlas-eci",
    kind="reference",
    text=f"{_published.ECI_SOURCE}: ECI and its rank among the economies the Atlas ranks ({_published.vintage()})",
    address="https://atlas.hks.harvard.edu/rankings",
)
GROWTH_PROJECTIONS = Citation(
    key="ref:growth-projections",
    kind="reference",
    text=f"{_published.GROWTH_SOURCE}: Growth Lab, “Growth Projections and Complexity Rankings”, Harvard Dataverse, "
    f"doi:10.7910/DVN/XTAQMC ({_published.vintage()})",
    address="https://doi.org/10.7910/DVN/XTAQMC",
)
_PUBLISHED = {
    _published.WDI_SOURCE: MACRO,
    _published.ECI_SOURCE: PUBLISHED_ECI,
    _published.GROWTH_SOURCE: GROWTH_PROJECTIONS,
}


def published(figure) -> Citation:
    """The citation of a published figure (:class:`partnerlens.reference.published.PublishedFigure`), by its source."""
    return _PUBLISHED[figure.source]


LANDLOCKED = Citation(
    key="ref:ohrlls",
    kind="reference",
    text="UN-OHRLLS list of landlocked developing countries and other landlocked economies (partnerlens reference data)",
)
PRODUCT_SPACE = Citation(
    key="ref:product-space",
    kind="reference",
    text="Growth Lab product space layout, edges and clusters (HS92, four digits), atlas-common-data",
    address="https://github.com/cid-harvard/atlas-common-data",
)
SECTORS = Citation(
    key="ref:sectors",
    kind="reference",
    text="partnerlens sector taxonomy (sectors.yaml): policy sectors mapped to HS92 codes",
)
PRODUCTS = Citation(
    key="ref:hs",
    kind="reference",
    text="Growth Lab product classification (HS92 codes and names), atlas-common-data",
    address="https://github.com/cid-harvard/atlas-common-data",
)
MICHAELY = Citation(
    key="method:michaely",
    kind="method",
    text="Michaely, M. (1996). Trade preferential agreements in Latin America: an ex-ante assessment. "
    "World Bank Policy Research Working Paper 1583 (trade complementarity index)",
)
INTENSITY = Citation(
    key="method:intensity",
    kind="method",
    text="Brown, A. J. (1949). Applied Economics; Kojima, K. (1964). The pattern of international trade among "
    "advanced countries. Hitotsubashi Journal of Economics 5(1) (trade intensity index)",
)
FINGER_KREININ = Citation(
    key="method:finger-kreinin",
    kind="method",
    text="Finger, J. M. & Kreinin, M. E. (1979). A measure of ‘export similarity’ and its possible uses. "
    "Economic Journal 89(356) (export similarity index)",
)
BALASSA = Citation(
    key="method:balassa",
    kind="method",
    text="Balassa, B. (1965). Trade liberalisation and ‘revealed’ comparative advantage. The Manchester School 33(2) "
    "(revealed comparative advantage, RCA)",
)
HHI = Citation(
    key="method:hhi",
    kind="method",
    text="Hirschman, A. O. (1964). The paternity of an index. American Economic Review 54(5) "
    "(Herfindahl–Hirschman concentration index)",
)
ATLAS = Citation(
    key="method:atlas",
    kind="method",
    text="Hausmann, R., Hidalgo, C. et al. (2014). The Atlas of Economic Complexity. MIT Press "
    "(RCA presence, density, PCI, complexity outlook gain)",
)
ITC = Citation(
    key="method:itc",
    kind="method",
    text="Decreux, Y. & Spies, J. (2016). Export Potential Assessments: a methodology to identify export "
    "opportunities for developing countries. International Trade Centre (supply × demand × ease)",
)
