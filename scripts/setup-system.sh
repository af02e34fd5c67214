#!/usr/bin/env bash
# The system packages the test command needs beyond npm: Chromium for the browser tests and Jupyter for
# the notebook test. Installed with apt when missing and this user may (root, or passwordless sudo);
# otherwise one line says what to install. Idempotent: a machine that has them skips in a second.
set -euo pipefail

need=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if ! /usr/bin/python3 -c 'import nbclient, nbformat, ipykernel' >/dev/null 2>&1; then
  need+=(jupyter-nbconvert jupyter-client python3-nbformat python3-ipykernel)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
else
  echo "setup: missing system packages: ${need[*]} - install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "setup: installing ${need[*]} (Debian packages, once)"
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
