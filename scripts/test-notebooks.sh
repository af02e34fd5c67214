#!/usr/bin/env bash
# Executes every analyst notebook so none can rot. Reads the warehouse named by TILANNEHUONE_DB (the
# test command points it at the browser tests' temporary data, never the developer's data/).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import nbclient, nbformat' 2>/dev/null; then
  echo "test:notebooks: Debian's Jupyter is missing (bash scripts/setup-system.sh installs it)" >&2
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
jupyter kernelspec list 2>/dev/null | grep -q tslab || tslab install --python=/usr/bin/python3 >/dev/null
for nb in notebooks/*.ipynb; do
  /usr/bin/python3 scripts/execute-notebook.py "$nb" "notebooks/executed/$(basename "$nb")"
done
