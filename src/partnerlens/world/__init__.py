"""World tables: store-wide results per year, computed once by ``partnerlens world build`` and read by every answer.

* :mod:`partnerlens.world.manifest` — where the tables of one state of the
  store live and whether they are current (stdlib only: analytics reads it).
* :mod:`partnerlens.world.tasks` — the partition tasks (a year, or a year and a
  block of exporters or importers), each a plain function of picklable
  arguments that opens DuckDB (one thread) on Parquet and writes one partition.
* :mod:`partnerlens.world.engines` — run the task graph (each task once the
  tasks it reads have finished) in a local process pool or on a
  ``dask.distributed`` cluster.
* :mod:`partnerlens.world.build` — plan the graph (balanced blocks), run it,
  report task times and the critical path, write the manifest.
* :mod:`partnerlens.world.articles` — the registry's article texts read as
  briefs read them, kept beside the tables for a first brief (not per year).
"""
