"""Running extraction on a Dask cluster (the optional [batch] extra, imported lazily)."""
