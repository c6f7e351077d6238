#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the Share screens (shares and access log, the new share's choices, the preview, the
# passphrase prompt, the share code) over a seeded demo wallet on the devnet:
#   export CARNET_HOME=/tmp/demo CARNET_KDF=floor
#   carnet-cli devnet start --nodes 3
#   printf 'carnet demo passphrase\ncarnet demo passphrase\n' | carnet-cli demo seed --vault $CARNET_HOME/vault
#   scripts/share-screenshots.sh build/dev/app/gui/carnet $CARNET_HOME [outdir]
# Each "code" shot makes a real grant on the devnet. One app at a time. Needs Xvfb, xdotool, import.
# The clicks are positions on the 390x844 and 1280x800 layouts (bar or rail, New share, Lab chip, …).
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
        scroll:*) at=${key#scroll:} && DISPLAY=":$display" xdotool mousemove "${at%,*}" "${at#*,}" &&
            for _ in $(seq 14); do DISPLAY=":$display" xdotool click 5; done ;;
        *) DISPLAY=":$display" xdotool key "$key" ;;
        esac
        sleep 0.6
    done
    sleep 1.5
    DISPLAY=":$display" import -window root "$out/$name.png"
    kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null
    kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
    rm -rf "$cfg"
    echo "share-screenshots: $out/$name.png"
}

# Phone: the bar's Share button, then New share, the Lab chip, Preview (after scrolling), Share.
ph_tab=(click:146,810 sleep:3)
ph_new=("${ph_tab[@]}" click:100,193 sleep:2)
ph_preview=("${ph_new[@]}" click:75,193 scroll:200,600 sleep:1 click:195,778 sleep:3)
ph_auth=("${ph_preview[@]}" click:283,804 sleep:1)
ph_code=("${ph_auth[@]}" "type:carnet demo passphrase" Return sleep:12)
# Desktop: the rail's Share button; the content column is centred to the right of the rail.
dt_tab=(click:40,120 sleep:3)
dt_new=("${dt_tab[@]}" click:440,193 sleep:2)
dt_preview=("${dt_new[@]}" click:430,193 scroll:680,500 sleep:1 click:680,740 sleep:3)
dt_auth=("${dt_preview[@]}" click:760,760 sleep:1)
dt_code=("${dt_auth[@]}" "type:carnet demo passphrase" Return sleep:12)

for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-share" 390x844 "$theme" "$lang" "${ph_tab[@]}"
        shot "phone-$theme-$lang-share-new" 390x844 "$theme" "$lang" "${ph_new[@]}"
        shot "phone-$theme-$lang-share-preview" 390x844 "$theme" "$lang" "${ph_preview[@]}"
        shot "phone-$theme-$lang-share-auth" 390x844 "$theme" "$lang" "${ph_auth[@]}"
        shot "phone-$theme-$lang-share-code" 390x844 "$theme" "$lang" "${ph_code[@]}"
        shot "desktop-$theme-$lang-share" 1280x800 "$theme" "$lang" "${dt_tab[@]}"
        shot "desktop-$theme-$lang-share-new" 1280x800 "$theme" "$lang" "${dt_new[@]}"
        shot "desktop-$theme-$lang-share-preview" 1280x800 "$theme" "$lang" "${dt_preview[@]}"
        shot "desktop-$theme-$lang-share-code" 1280x800 "$theme" "$lang" "${dt_code[@]}"
    done
done
