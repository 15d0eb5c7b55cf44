#!/usr/bin/env bash
# Live walkthrough in a real X display: Xvfb + openbox, French, keyboard only.
# Usage: tools/x_walkthrough.sh [APP_BIN] [OUTDIR]   (needs Xvfb, openbox, xdotool, ImageMagick)
# Creates a journal, writes a note with bold text, opens the details, locks, unlocks, visits two
# views and searches, taking a screenshot of the whole screen at each step into OUTDIR.
set -u
APP=${1:-journal-app}; OUT=${2:-/tmp/carnet-walk}; rm -rf $OUT; mkdir -p $OUT
export DISPLAY=:77 LANG=fr_BE.UTF-8 LANGUAGE=fr
HOME_DIR=$(mktemp -d); export HOME=$HOME_DIR XDG_CONFIG_HOME=$HOME_DIR/.config XDG_DATA_HOME=$HOME_DIR/.local/share
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 & XV=$!
sleep 1; openbox >/dev/null 2>&1 & OB=$!; sleep 1
start=$(date +%s.%N)
$APP >$OUT/app.log 2>&1 & APPPID=$!
for _ in $(seq 1 100); do xdotool search --name Carnet >/dev/null 2>&1 && break; sleep 0.1; done
echo "window after $(echo "$(date +%s.%N) - $start" | bc) s" | tee $OUT/times.txt
shot() { sleep ${2:-1.5}; import -window root $OUT/$1.png; }
k() { xdotool key --clearmodifiers "$@"; sleep 0.5; }
t() { LC_ALL=C.UTF-8 xdotool type --delay 30 "$1"; sleep 0.3; }
sleep 3; WID=$(xdotool search --name Carnet | head -1); xdotool windowactivate --sync $WID 2>/dev/null; xdotool windowsize $WID 1280 770; shot 01-welcome
k alt+c; shot 02-create
t "le chat dort sur le balcon ce soir"; k Tab; t "le chat dort sur le balcon ce soir"; shot 03-create-filled 0.5
k alt+c; shot 04-recovery 8
k alt+n; k alt+c; shot 05-empty-journal 3
k ctrl+n; t "Appel du soir"; k Return; shot 06-new-entry 0.5
t "Mme R. a appelé sur mon GSM à 21h30, en pleurs. Je l'ai écoutée vingt minutes."; k Return
k ctrl+b; t "Je n'aurais pas dû décrocher"; k ctrl+b; t ", ou peut-être que si."; shot 07-typed 2
k Tab; shot 08-details-tab 1
k Return; shot 09-details-open 1
k ctrl+l; shot 10-locked 2
t "le chat dort sur le balcon ce soir"; k Return; shot 11-unlocked 6
k ctrl+6; shot 12-doing 2
k ctrl+4; shot 13-dilemmas 2
k ctrl+1; k ctrl+f; t "pleurs"; shot 14-search 2
k ctrl+q; sleep 3
kill $APPPID 2>/dev/null; sleep 1; kill $OB $XV 2>/dev/null
echo "done: $OUT"
