#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the SMART Health Links screens (the Share tab's links, a new link, the QR result,
# a link's page with its access log, the emergency card, the unlock notice of who opened it) over a
# seeded demo wallet on the devnet, whose network file names its share host:
#   export CARNET_HOME=/tmp/demo CARNET_KDF=floor
#   carnet-cli devnet start --nodes 3        # also starts carnet-share-host and writes "shareHost"
#   printf 'carnet demo passphrase\ncarnet demo passphrase\n' | carnet-cli demo seed --vault $CARNET_HOME/vault
#   scripts/links-screenshots.sh build/dev/app/gui/carnet build/dev/app/cli/carnet-cli $CARNET_HOME [outdir]
# It first makes three links with carnet-cli (labs with a passcode, the summary, the emergency card)
# and opens them as doctors would (POST of the manifest with curl), then takes the shots; the "result"
# and "card" shots make one more link each for real. One app at a time. Needs Xvfb, xdotool, import,
# curl, python3. The clicks are positions on the 390x844 and 1280x800 layouts.
set -uo pipefail
app=${1:?app}
cli=${2:?carnet-cli}
home=${3:?CARNET_HOME with a seeded vault and a devnet with a share host}
out=${4:-docs/screenshots/links}
pass="carnet demo passphrase"
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
        CARNET_HOME="$home" CARNET_WINDOW_SIZE="$size" CARNET_THEME="$theme" \
        CARNET_LANG="$lang" "$app" >"$cfg/app.log" 2>&1 &
    apid=$!
    sleep 3
    w=$(DISPLAY=":$display" xdotool search --pid "$apid" --onlyvisible 2>/dev/null | head -1)
    [[ -n $w ]] && DISPLAY=":$display" xdotool windowfocus --sync "$w" 2>/dev/null
    DISPLAY=":$display" xdotool type --delay 20 "$pass"
    DISPLAY=":$display" xdotool key Return
    sleep 5
    for key in "$@"; do
        case $key in
        type:*) DISPLAY=":$display" xdotool type --delay 30 "${key#type:}" ;;
        sleep:*) sleep "${key#sleep:}" ;;
        click:*) at=${key#click:} && DISPLAY=":$display" xdotool mousemove "${at%,*}" "${at#*,}" click 1 ;;
        scroll:*) at=${key#scroll:} && DISPLAY=":$display" xdotool mousemove "${at%,*}" "${at#*,}" &&
            for _ in $(seq 14); do DISPLAY=":$display" xdotool click 5; done ;;
        wheel:*) at=${key#wheel:} && DISPLAY=":$display" xdotool mousemove "${at%%,*}" "$(cut -d, -f2 <<<"$at")" &&
            for _ in $(seq "${at##*,}"); do DISPLAY=":$display" xdotool click 5; done ;;
        *) DISPLAY=":$display" xdotool key "$key" ;;
        esac
        sleep 0.6
    done
    sleep 1.5
    DISPLAY=":$display" import -window root "$out/$name.png"
    kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null
    kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
    rm -rf "$cfg"
    echo "links-screenshots: $out/$name.png"
}

# The manifest URL inside a "shlink: shlink:/…" line of carnet-cli's output.
manifest_url() {
    python3 -c 'import sys,json,base64
t=sys.argv[1].split("shlink:/",1)[1]
print(json.loads(base64.urlsafe_b64decode(t+"="*(-len(t)%4)))["url"])' "$1"
}
open_link() { # URL RECIPIENT [PASSCODE]
    local body
    body=$(python3 -c 'import json,sys; d={"recipient":sys.argv[1]}
if len(sys.argv)>2: d["passcode"]=sys.argv[2]
print(json.dumps(d))' "${@:2}")
    curl -s -o /dev/null -w "links-screenshots: POST manifest as $2: %{http_code}\n" -H 'content-type: application/json' \
        --data "$body" "$1"
    sleep 5 # the host answers 429 to a second fetch of one link from one address right after the first
}

prepare() {
    local labs summary card
    labs=$(printf '%s\n4821\n' "$pass" | CARNET_HOME="$home" "$cli" wallet shl create --categories lab --hours 72 \
        --passcode-stdin --label "Lab results for Dr Martin") || { echo "links-screenshots: shl create failed" >&2; exit 1; }
    summary=$(printf '%s\n' "$pass" | CARNET_HOME="$home" "$cli" wallet shl create --summary --hours 24 --label "Summary for the clinic")
    card=$(printf '%s\n' "$pass" | CARNET_HOME="$home" "$cli" wallet shl emergency --label "Emergency card: Alex Demo")
    labs=$(manifest_url "$(grep '^shlink:' <<<"$labs")")
    summary=$(manifest_url "$(grep '^shlink:' <<<"$summary")")
    card=$(manifest_url "$(grep '^shlink:' <<<"$card")")
    open_link "$labs" "Dr Someone" 0000
    open_link "$labs" "Dr Martin" 4821
    open_link "$labs" "Dr Martin" 4821
    open_link "$summary" "Clinique du Parc"
    open_link "$card" "Urgences CHU Lyon Sud"
    open_link "$card" "SAMU 69"
}

# A single shot: links-screenshots.sh APP CLI HOME OUT -- NAME SIZE THEME LANG KEYS…
if [[ ${5:-} == -- ]]; then
    shift 5
    shot "$@"
    exit
fi
[[ ${LINKS_SKIP_PREPARE:-} == 1 ]] || prepare

# The list is scrolled to its end (wheel turns are not exact, the end is), so a click's position below
# depends on how many links there are: each result and card shot adds one. So the shots that add
# nothing (notice, list, the oldest link's page: the labs link, last row) are taken first, for every
# language and theme; then the new-link pages and the results, whose positions hold for a fresh demo
# (prepare's three links) and are taken where they hold (EN light, then one row more each time).
ph_tab=(click:146,810 sleep:4 wheel:200,500,14 sleep:1)
dt_tab=(click:40,120 sleep:4 wheel:680,500,14 sleep:1)
for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-notice" 390x844 "$theme" "$lang"
        shot "phone-$theme-$lang-links" 390x844 "$theme" "$lang" "${ph_tab[@]}"
        shot "phone-$theme-$lang-link-detail" 390x844 "$theme" "$lang" "${ph_tab[@]}" click:195,540 sleep:4
        shot "desktop-$theme-$lang-notice" 1280x800 "$theme" "$lang"
        shot "desktop-$theme-$lang-links" 1280x800 "$theme" "$lang" "${dt_tab[@]}"
        shot "desktop-$theme-$lang-link-detail" 1280x800 "$theme" "$lang" "${dt_tab[@]}" click:680,600 sleep:4
    done
done
[[ ${LINKS_PHASE1_ONLY:-} == 1 ]] && exit 0
# The QR result and the emergency card through a link's page and Show again (nothing is added, so
# the rows stay where they are): the newest link (the summary made just below, first row) and the
# emergency card (second row). New link itself: the phone's page unscrolled (English), the desktop's
# list at its end with the four links.
shot phone-light-en-link-new 390x844 light en click:146,810 sleep:4 click:113,710 sleep:3
shot phone-light-en-link-made 390x844 light en click:146,810 sleep:4 click:113,710 sleep:3 click:55,430 \
    wheel:200,500,14 sleep:1 click:195,777 sleep:1 "type:$pass" Return sleep:8
shot desktop-light-en-link-new 1280x800 light en "${dt_tab[@]}" click:510,175 sleep:3
for lang in en fr; do
    for theme in light dark; do
        shot "phone-$theme-$lang-link-result" 390x844 "$theme" "$lang" "${ph_tab[@]}" click:195,140 sleep:3 click:110,212 sleep:1 \
            "type:$pass" Return sleep:4
        shot "phone-$theme-$lang-emergency-card" 390x844 "$theme" "$lang" "${ph_tab[@]}" click:195,300 sleep:3 click:110,225 \
            sleep:1 "type:$pass" Return sleep:4
        shot "desktop-$theme-$lang-link-result" 1280x800 "$theme" "$lang" "${dt_tab[@]}" click:680,270 sleep:3 click:445,212 \
            sleep:1 "type:$pass" Return sleep:4
        shot "desktop-$theme-$lang-emergency-card" 1280x800 "$theme" "$lang" "${dt_tab[@]}" click:680,370 sleep:3 \
            click:445,215 sleep:1 "type:$pass" Return sleep:4
    done
done
