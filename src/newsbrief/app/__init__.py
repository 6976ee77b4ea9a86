"""The application around the library: the `brief` command line and runs over many
articles.

- `cli`: the typer app, its commands (`extract`, `schema`), `main`, exit codes and
  one-line errors;
- `batch`: `run()`, many jobs briefed in order, serially or in worker processes;
- `jobs`: one job (`Job`, `Settings`), how it is briefed, and its outcome: a brief or
  a `Failure`;
- `workers`: the process pool, and what a worker that dies costs;
- `inputs`: command-line inputs, directories expanded, and output file names;
- `output`: each brief's text in the output format, on stdout or in files written
  atomically;
- `report`: what a run tells on stderr (error lines, the progress bar).

Nothing is imported here, so that `brief --help` loads only the command line.
"""
