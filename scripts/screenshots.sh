#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the built app under Xvfb: phone (390x844) and desktop (1280x800), light and dark,
# English and French, the first screen and the pages its buttons open. Builds nothing.
#   scripts/screenshots.sh [path/to/carnet] [output directory]
# Defaults: build/dev/app/gui/carnet and screenshots/. Needs Xvfb, ImageMagick's `import`, xdotool.
# The app gets its size, theme and language from CARNET_WINDOW_SIZE, CARNET_THEME and CARNET_LANG,
# and an empty settings/data directory, so the user's own settings neither leak in nor change.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build/dev/app/gui/carnet}
out=${2:-screenshots}
delay=${CARNET_SHOT_DELAY:-3}

[[ -x $app ]] || { echo "screenshots: no app at $app (build it: cmake --build --preset dev --target carnet)" >&2; exit 1; }
for tool in Xvfb import xdotool; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool missing (scripts/setup-deps.sh)" >&2; exit 1; }
done
mkdir -p "$out"
scratch=$(mktemp -d)
xvfb_pid="" app_pid=""

cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    app_pid="" xvfb_pid=""
    return 0
}
trap 'cleanup; rm -rf "$scratch"' EXIT

free_display() {
    local n
    for n in $(seq 90 160); do
        [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { echo "$n"; return 0; }
    done
    return 1
}

# shoot NAME WxH THEME LANG [KEYS…]: start Xvfb at exactly the window size, start the app, press
# KEYS (xdotool key names) to reach a page, capture the screen, stop both.
shoot() {
    local name=$1 size=$2 theme=$3 lang=$4
    shift 4
    local display
    display=$(free_display) || { echo "screenshots: no free X display" >&2; return 1; }
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
    local home="$scratch/$name"
    mkdir -p "$home"
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        CARNET_HOME="$home" CARNET_WINDOW_SIZE="$size" CARNET_THEME="$theme" CARNET_LANG="$lang" \
        "$app" >"$home/app.log" 2>&1 &
    app_pid=$!
    sleep "$delay"
    if (($#)); then
        local window
        window=$(DISPLAY=":$display" xdotool search --pid "$app_pid" --onlyvisible 2>/dev/null | head -1 || true)
        [[ -n $window ]] && DISPLAY=":$display" xdotool windowfocus --sync "$window" 2>/dev/null || true
        for key in "$@"; do
            DISPLAY=":$display" xdotool key "$key"
            sleep 0.4
        done
        sleep 1
    fi
    # Park the pointer in the bottom-right corner so no control shows a hover state.
    DISPLAY=":$display" xdotool mousemove "$((${size%x*} - 1))" "$((${size#*x} - 1))" 2>/dev/null || true
    sleep 0.3
    kill -0 "$app_pid" 2>/dev/null || { echo "screenshots: the app exited; log:" >&2; cat "$home/app.log" >&2; cleanup; return 1; }
    DISPLAY=":$display" import -window root "$out/$name.png"
    cleanup
    echo "screenshots: $out/$name.png"
}

for lang in en fr; do
    for theme in light dark; do
        shoot "phone-$theme-$lang" 390x844 "$theme" "$lang"
        shoot "desktop-$theme-$lang" 1280x800 "$theme" "$lang"
    done
done
# The pages behind the first screen, reached with the keyboard (Create has the initial focus).
shoot "phone-light-en-create" 390x844 light en Return
shoot "phone-dark-fr-restore" 390x844 dark fr Tab Return
shoot "phone-light-fr-appearance" 390x844 light fr Tab Tab Return
shoot "desktop-dark-en-appearance" 1280x800 dark en Tab Tab Return
