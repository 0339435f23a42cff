#!/usr/bin/env bash
# Installs the Debian packages Formant builds and tests with, only those that are missing.
# Idempotent: a second run installs nothing and does not touch the network.
set -euo pipefail

packages=(
  libzmq3-dev        # ZeroMQ, the Jupyter transport (CZeroMQ)
  libopenblas-dev    # BLAS (COpenBLAS)
  liblapacke-dev     # LAPACK's C interface (COpenBLAS)
  pkg-config         # finds libzmq for SwiftPM
  libxml2-utils      # xmllint: the SVG well-formedness tests
  chromium           # the real-browser figure test
  python3-venv       # the test and demo virtual environment
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

# pyenv-style Pythons bring their own venv module; Debian's python3 needs python3-venv.
if python3 -c 'import venv, ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all Debian packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
