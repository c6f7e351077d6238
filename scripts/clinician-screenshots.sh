#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of clinician mode (the identity and its licence, opening a share: no camera, a pasted
# code refused, the passcode prompt, the open share, the share revoked while open, a note added) as
# the demo clinician, reading shares the demo patient makes with carnet-cli on the devnet:
#   export CARNET_HOME=/tmp/demo CARNET_KDF=floor
#   carnet-cli devnet start --nodes 3
#   printf 'carnet demo passphrase\ncarnet demo passphrase\n' | carnet-cli demo seed --vault $CARNET_HOME/vault
#   scripts/clinician-screenshots.sh build/dev/app/gui/carnet build/dev/app/cli/carnet-cli $CARNET_HOME [outdir]
# Every "open" shot leaves an access receipt; every "revoked" shot makes a grant and revokes it. One
# app at a time. Needs Xvfb, xdotool, import. The clicks are positions on the 390x844 and 1280x800
# layouts; the app starts in clinician mode (ui/clinicianMode in its settings file).
set -uo pipefail
app=${1:?app}
cli=${2:?carnet-cli}
home=${3:?CARNET_HOME with a seeded demo}
out=${4:-screenshots}
passphrase="carnet demo passphrase"
mkdir -p "$out"

# A share of the demo patient's labs; extra arguments go to wallet share. Prints "GRANT CODE".
make_share() {
    local text
    text=$(printf '%s\n%s\n' "$passphrase" "${PASSCODE:-}" | CARNET_HOME="$home" CARNET_KDF=floor \
        "$cli" wallet share --vault "$home/vault" --categories lab --hours 24 "$@" 2>/dev/null)
    echo "$(sed -n 's/^grant: //p' <<<"$text") $(sed -n 's/^share code: //p' <<<"$text")"
}
revoke_share() {
    printf '%s\n' "$passphrase" | CARNET_HOME="$home" CARNET_KDF=floor \
        "$cli" wallet revoke --grant "$1" --vault "$home/vault" >/dev/null 2>&1
}

shot() {
    local name=$1 size=$2 theme=$3 lang=$4 display cfg xvfb apid w key at
    shift 4
    display=$(for n in $(seq 170 240); do [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { echo "$n"; break; }; done)
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
    cfg=$(mktemp -d)
    mkdir -p "$cfg/config/Carnet"
    printf '[ui]\nclinicianMode=true\n' >"$cfg/config/Carnet/Carnet.conf"
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb CARNET_KDF=floor XDG_CONFIG_HOME="$cfg/config" XDG_DATA_HOME="$cfg/data" \
        CARNET_HOME="$home/demo-clinician" CARNET_WINDOW_SIZE="$size" CARNET_THEME="$theme" CARNET_LANG="$lang" \
        "$app" >"$cfg/app.log" 2>&1 &
    apid=$!
    sleep 3
    w=$(DISPLAY=":$display" xdotool search --pid "$apid" --onlyvisible 2>/dev/null | head -1)
    [[ -n $w ]] && DISPLAY=":$display" xdotool windowfocus --sync "$w" 2>/dev/null
    DISPLAY=":$display" xdotool type --delay 20 "$passphrase"
    DISPLAY=":$display" xdotool key Return
    sleep 4
    for key in "$@"; do
        case $key in
        type:*) DISPLAY=":$display" xdotool type --delay 15 "${key#type:}" ;;
        sleep:*) sleep "${key#sleep:}" ;;
        run:*) eval "${key#run:}" ;;
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
    echo "clinician-screenshots: $out/$name.png"
}

read -r _ note_code <<<"$(make_share --write-back)"
read -r _ passcode_code <<<"$(PASSCODE=4321 make_share --passcode-stdin)"
[[ $note_code == carnet-share:* && $passcode_code == carnet-share:* ]] || { echo "clinician-screenshots: no share made" >&2; exit 1; }

# Phone: the bar's Share button, then in clinician mode the paste field, Scan, the identity below.
ph_tab=(click:146,810 sleep:3)
ph_identity=("${ph_tab[@]}" scroll:200,500 sleep:1)
ph_scan=("${ph_tab[@]}" click:PH_SCAN sleep:2)
ph_paste=("${ph_tab[@]}" click:PH_PASTE "type:carnet-share:v1:AAAAmistyped" Return sleep:1)
ph_passcode=("${ph_tab[@]}" click:PH_PASTE "type:$passcode_code" Return sleep:2)
ph_open=("${ph_tab[@]}" click:PH_PASTE "type:$note_code" Return sleep:12)
ph_note=("${ph_open[@]}" click:PH_NOTE sleep:2 "type:Glycémie stable. Revoir dans trois mois." click:PH_SEND sleep:10)
# Desktop: the rail's Share button; the content column is centred to the right of the rail.
dt_tab=(click:40,120 sleep:3)
dt_identity=("${dt_tab[@]}" scroll:680,500 sleep:1)
dt_scan=("${dt_tab[@]}" click:DT_SCAN sleep:2)
dt_paste=("${dt_tab[@]}" click:DT_PASTE "type:carnet-share:v1:AAAAmistyped" Return sleep:1)
dt_passcode=("${dt_tab[@]}" click:DT_PASTE "type:$passcode_code" Return sleep:2)
dt_open=("${dt_tab[@]}" click:DT_PASTE "type:$note_code" Return sleep:12)
dt_note=("${dt_open[@]}" click:DT_NOTE sleep:2 "type:Glycémie stable. Revoir dans trois mois." click:DT_SEND sleep:10)

for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-clinician-identity" 390x844 "$theme" "$lang" "${ph_identity[@]}"
        shot "phone-$theme-$lang-clinician-scan" 390x844 "$theme" "$lang" "${ph_scan[@]}"
        shot "phone-$theme-$lang-clinician-paste" 390x844 "$theme" "$lang" "${ph_paste[@]}"
        shot "phone-$theme-$lang-clinician-passcode" 390x844 "$theme" "$lang" "${ph_passcode[@]}"
        shot "phone-$theme-$lang-clinician-open" 390x844 "$theme" "$lang" "${ph_open[@]}"
        read -r grant code <<<"$(make_share)"
        shot "phone-$theme-$lang-clinician-revoked" 390x844 "$theme" "$lang" "${ph_tab[@]}" click:PH_PASTE "type:$code" Return \
            sleep:12 "run:revoke_share $grant" click:PH_REFRESH sleep:8
        shot "phone-$theme-$lang-clinician-note" 390x844 "$theme" "$lang" "${ph_note[@]}"
        shot "desktop-$theme-$lang-clinician-identity" 1280x800 "$theme" "$lang" "${dt_identity[@]}"
        shot "desktop-$theme-$lang-clinician-scan" 1280x800 "$theme" "$lang" "${dt_scan[@]}"
        shot "desktop-$theme-$lang-clinician-paste" 1280x800 "$theme" "$lang" "${dt_paste[@]}"
        shot "desktop-$theme-$lang-clinician-passcode" 1280x800 "$theme" "$lang" "${dt_passcode[@]}"
        shot "desktop-$theme-$lang-clinician-open" 1280x800 "$theme" "$lang" "${dt_open[@]}"
        read -r grant code <<<"$(make_share)"
        shot "desktop-$theme-$lang-clinician-revoked" 1280x800 "$theme" "$lang" "${dt_tab[@]}" click:DT_PASTE "type:$code" Return \
            sleep:12 "run:revoke_share $grant" click:DT_REFRESH sleep:8
        shot "desktop-$theme-$lang-clinician-note" 1280x800 "$theme" "$lang" "${dt_note[@]}"
    done
done
