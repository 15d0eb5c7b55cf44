#!/usr/bin/env bash
# Builds Carnet's Linux bundle and checks it: the one documented command (README.md,
# "Building installers"; CI runs it too).
#
#   packaging/build-linux.sh
#
# 1. a virtual environment of its own under build/packaging-venv (reused when present),
#    with Carnet installed from this folder (not editable; translations compiled) and PyInstaller;
# 2. PyInstaller with packaging/carnet.spec: dist/Carnet/ (executables "carnet" and "journal-app");
# 3. the built "journal-app self-test", offscreen, and the built desktop app started
#    offscreen for a few seconds in a throw-away home: a broken bundle fails here;
# 4. dist/carnet-<version>-linux-<arch>.tar.gz, the folder with the desktop file, the
#    metainfo and the icons, for a person to download and unpack.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
venv=build/packaging-venv
python=${PYTHON:-python3}

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check ".[packaging]"
version=$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("carnet-journal"))')
echo "== Carnet $version: installed in $venv ($((SECONDS - started)) s)"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/carnet.spec
echo "== bundle built: dist/Carnet, $(du -sh dist/Carnet | cut -f1) ($((SECONDS - started)) s)"

# The checks run in a throw-away home: the desktop app may write its settings there.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
       XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$XDG_RUNTIME_DIR"

dist/Carnet/journal-app --version
dist/Carnet/journal-app self-test

# The desktop app must come up and keep running; "timeout" ending it after 5 s (exit 124)
# is success, any earlier exit is a failure.
status=0
timeout 5 dist/Carnet/carnet >"$scratch/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q -E "Traceback|journal-app: error" "$scratch/gui.log"; then
    echo "== the desktop app did not keep running (exit $status):" >&2
    cat "$scratch/gui.log" >&2
    exit 1
fi
echo "ok    the desktop app starts and keeps running offscreen"

archive=dist/carnet-$version-linux-$(uname -m).tar.gz
staging=build/archive/carnet-$version
rm -rf build/archive && mkdir -p "$staging"
cp -a dist/Carnet/. "$staging/"
cp -a packaging/linux/be.carnet.Carnet.desktop packaging/linux/be.carnet.Carnet.metainfo.xml \
      packaging/linux/icons "$staging/"
tar -C build/archive -czf "$archive" "carnet-$version"
echo "== done in $((SECONDS - started)) s: dist/Carnet ($(du -sh dist/Carnet | cut -f1)), $archive ($(du -h "$archive" | cut -f1))"
