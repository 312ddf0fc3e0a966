"""Geocoding: the gazetteer index, the places an article names, and event locations.

- :mod:`~eventatlas.geocode.gazetteer`: ``Gazetteer.open(path)`` (builds the embedded
  index on first use), ``build_index`` and ``import_geonames`` for GeoNames dumps.
- :mod:`~eventatlas.geocode.mentions`: ``find_places(article, gazetteer)``, with
  :mod:`~eventatlas.geocode.context` (what the article says about its country),
  :mod:`~eventatlas.geocode.resolve` (which place each name means) and
  :mod:`~eventatlas.geocode.nesting` ("the X area of Y").
- :mod:`~eventatlas.geocode.locate`: ``locate(article, start, end)``.
- :mod:`~eventatlas.geocode.countries`: ``load_countries()`` and ``find_country(name)``.

Nothing is loaded when this package is imported.
"""
