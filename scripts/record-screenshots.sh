#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the record screens (timeline, entries, charts, trends) over a seeded demo wallet:
#   export CARNET_HOME=/tmp/demo CARNET_KDF=floor
#   carnet-cli devnet start
#   printf 'carnet demo passphrase\ncarnet demo passphrase\n' | carnet-cli demo seed --vault $CARNET_HOME/vault
#   scripts/record-screenshots.sh build/dev/app/gui/carnet $CARNET_HOME [outdir]
# One app at a time (the vault is locked by the running app). Needs Xvfb, xdotool, ImageMagick's import.
# The clicks are positions on the 390x844 and 1280x800 layouts (search field, first rows, Show trend).
set -uo pipefail
app=${1:?app}
home=${2:?CARNET_HOME with a seeded vault}
out=${3:-screenshots}
mkdir -p "$out"

shot() {
    local name=$1 size=$2 theme=$3 lang=$4 display cfg xvfb apid w key at
    shift 4
    display=$(for n in $(seq 170 240); do [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { echo "$n"; break; }; done)
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
    cfg=$(mktemp -d)
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb CARNET_KDF=floor XDG_CONFIG_HOME="$cfg/config" XDG_DATA_HOME="$cfg/data" \
        CARNET_HOME="$home" CARNET_WINDOW_SIZE="$size" CARNET_THEME="$theme" CARNET_LANG="$lang" "$app" >"$cfg/app.log" 2>&1 &
    apid=$!
    sleep 3
    w=$(DISPLAY=":$display" xdotool search --pid "$apid" --onlyvisible 2>/dev/null | head -1)
    [[ -n $w ]] && DISPLAY=":$display" xdotool windowfocus --sync "$w" 2>/dev/null
    DISPLAY=":$display" xdotool type --delay 20 "carnet demo passphrase"
    DISPLAY=":$display" xdotool key Return
    sleep 4
    for key in "$@"; do
        case $key in
        type:*) DISPLAY=":$display" xdotool type --delay 30 "${key#type:}" ;;
        sleep:*) sleep "${key#sleep:}" ;;
        click:*) at=${key#click:} && DISPLAY=":$display" xdotool mousemove "${at%,*}" "${at#*,}" click 1 ;;
        *) DISPLAY=":$display" xdotool key "$key" ;;
        esac
        sleep 0.6
    done
    sleep 1.5
    DISPLAY=":$display" xdotool mousemove "$((${size%x*} - 1))" "$((${size#*x} - 1))" 2>/dev/null
    sleep 0.3
    DISPLAY=":$display" import -window root "$out/$name.png"
    kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null
    kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
    rm -rf "$cfg"
    echo "record-screenshots: $out/$name.png"
}

for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-record" 390x844 "$theme" "$lang"
        shot "desktop-$theme-$lang-record" 1280x800 "$theme" "$lang"
    done
done
ph_lab=(click:120,163 type:HbA1c sleep:1 click:200,480 sleep:2)
dt_lab=(click:600,163 type:HbA1c sleep:1 click:680,480 sleep:2)
ph_note=(click:120,163 "type:Compte rendu" sleep:1 click:200,340 sleep:2)
dt_note=(click:600,163 "type:Compte rendu" sleep:1 click:680,340 sleep:2)
ph_bp=(click:120,163 type:Tension sleep:1 click:200,340 sleep:2 click:100,170 sleep:2)
dt_bp=(click:600,163 type:Tension sleep:1 click:680,340 sleep:2 click:444,170 sleep:2)
shot phone-light-en-entry-lab 390x844 light en "${ph_lab[@]}"
shot phone-dark-fr-entry-lab 390x844 dark fr "${ph_lab[@]}"
shot desktop-light-fr-entry-lab 1280x800 light fr "${dt_lab[@]}"
shot desktop-dark-en-entry-lab 1280x800 dark en "${dt_lab[@]}"
shot phone-light-en-entry-note 390x844 light en "${ph_note[@]}"
shot phone-dark-fr-entry-note 390x844 dark fr "${ph_note[@]}"
shot desktop-light-en-entry-note 1280x800 light en "${dt_note[@]}"
shot phone-light-en-chart-hba1c 390x844 light en "${ph_lab[@]}" click:100,218 sleep:2 click:241,181
shot phone-dark-fr-chart-hba1c 390x844 dark fr "${ph_lab[@]}" click:100,218 sleep:2 click:241,181
shot desktop-light-fr-chart-hba1c 1280x800 light fr "${dt_lab[@]}" click:444,218 sleep:2
shot desktop-dark-en-chart-hba1c 1280x800 dark en "${dt_lab[@]}" click:444,218 sleep:2 click:743,143
shot phone-light-fr-chart-bp 390x844 light fr "${ph_bp[@]}"
shot phone-dark-en-chart-bp 390x844 dark en "${ph_bp[@]}"
shot desktop-light-en-chart-bp 1280x800 light en "${dt_bp[@]}"
shot desktop-dark-fr-chart-bp 1280x800 dark fr "${dt_bp[@]}"
shot phone-light-en-trends 390x844 light en click:301,168 sleep:2
shot desktop-dark-fr-trends 1280x800 dark fr click:892,168 sleep:2
