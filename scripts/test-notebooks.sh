#!/usr/bin/env bash
# Executes every analyst notebook so none can rot. Needs Debian's Jupyter (see README / .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import nbclient, nbformat' 2>/dev/null; then
  echo "test:notebooks: Debian's Jupyter is missing: apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client python3-nbformat python3-ipykernel" >&2
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
jupyter kernelspec list 2>/dev/null | grep -q tslab || tslab install --python=/usr/bin/python3 >/dev/null
for nb in notebooks/*.ipynb; do
  /usr/bin/python3 scripts/execute-notebook.py "$nb" "notebooks/executed/$(basename "$nb")"
done
