#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the Research screens (the open studies, a study the record cannot satisfy, the
# preview field by field and as bytes, the join's passphrase and its result, the earnings and the
# withdrawal's address and warning) over a seeded demo wallet on the devnet (demo seed posts the two
# demo studies):
#   export CARNET_HOME=/tmp/demo CARNET_KDF=floor
#   carnet-cli devnet start --nodes 3
#   printf 'carnet demo passphrase\ncarnet demo passphrase\n' | carnet-cli demo seed --vault $CARNET_HOME/vault
#   scripts/research-screenshots.sh build/dev/app/gui/carnet $CARNET_HOME [outdir]
# The first "joined" shot joins the HbA1c study for real (the later ones show it joined, with its
# earnings). One app at a time. Needs Xvfb, xdotool, import. The clicks are positions on the 390x844
# and 1280x800 layouts.
set -uo pipefail
app=${1:?app}
home=${2:?CARNET_HOME with a seeded vault and demo studies}
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
    echo "research-screenshots: $out/$name.png"
}

# A single shot: research-screenshots.sh APP HOME OUT -- NAME SIZE THEME LANG KEYS…
if [[ ${4:-} == -- ]]; then
    shift 4
    shot "$@"
    exit
fi

# Phone: the bar's Research button, then the first study's Preview and join (lower in French: the
# card's words wrap on more lines), the bytes switch, Join in the footer, the passphrase.
ph_tab=(click:244,810 sleep:8)
declare -A ph_preview_at=([en]=250,651 [fr]=225,686)
# Desktop: the rail's Research button; the content column is centred to the right of the rail.
dt_tab=(click:40,200 sleep:8)
dt_preview=("${dt_tab[@]}" click:848,526 sleep:10)
dt_bytes=("${dt_preview[@]}" click:385,228 sleep:2)
dt_auth=("${dt_preview[@]}" click:860,766 sleep:1)
dt_join=("${dt_auth[@]}" "type:carnet demo passphrase" Return sleep:20)

for lang in en fr; do
    for theme in light dark; do
        ph_preview=("${ph_tab[@]}" "click:${ph_preview_at[$lang]}" sleep:10)
        shot "phone-$theme-$lang-research" 390x844 "$theme" "$lang" "${ph_tab[@]}"
        shot "phone-$theme-$lang-research-more" 390x844 "$theme" "$lang" "${ph_tab[@]}" scroll:200,500 sleep:1
        shot "phone-$theme-$lang-research-preview" 390x844 "$theme" "$lang" "${ph_preview[@]}"
        shot "phone-$theme-$lang-research-auth" 390x844 "$theme" "$lang" "${ph_preview[@]}" click:330,810 sleep:1
        shot "desktop-$theme-$lang-research" 1280x800 "$theme" "$lang" "${dt_tab[@]}"
        shot "desktop-$theme-$lang-research-more" 1280x800 "$theme" "$lang" "${dt_tab[@]}" scroll:680,500 sleep:1
        shot "desktop-$theme-$lang-research-preview" 1280x800 "$theme" "$lang" "${dt_preview[@]}"
        shot "desktop-$theme-$lang-research-bytes" 1280x800 "$theme" "$lang" "${dt_bytes[@]}"
        shot "desktop-$theme-$lang-research-auth" 1280x800 "$theme" "$lang" "${dt_auth[@]}"
    done
done
# Joins the HbA1c study for real, then shows it joined with its earnings.
shot "desktop-light-en-research-joined" 1280x800 light en "${dt_join[@]}"
for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-research-earnings" 390x844 "$theme" "$lang" "${ph_tab[@]}" scroll:200,500 sleep:1
        shot "desktop-$theme-$lang-research-earnings" 1280x800 "$theme" "$lang" "${dt_tab[@]}" scroll:680,500 sleep:1
        shot "desktop-$theme-$lang-research-withdraw" 1280x800 "$theme" "$lang" "${dt_tab[@]}" scroll:680,500 sleep:1 click:877,713 sleep:2
    done
done
