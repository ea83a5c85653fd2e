"""World tables: store-wide results per year, computed once by ``partnerlens world build`` and read by every answer.

* :mod:`partnerlens.world.manifest` — where the tables of one state of the
  store live and whether they are current (stdlib only: analytics reads it).
* :mod:`partnerlens.world.tasks` — the partition tasks (a year, or a year and a
  block of exporters), each a plain function of picklable arguments that opens
  DuckDB on the release's Parquet and writes one partition.
* :mod:`partnerlens.world.engines` — run the tasks in a local process pool or
  on a ``dask.distributed`` cluster.
* :mod:`partnerlens.world.build` — plan, run, write the manifest.
"""
