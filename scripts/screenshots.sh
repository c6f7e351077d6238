#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the built app under Xvfb: phone (390x844) and desktop (1280x800), light and dark,
# English and French, the first screen and the pages its buttons open. Builds nothing.
#   scripts/screenshots.sh [path/to/carnet] [output directory]
# Defaults: build/dev/app/gui/carnet and screenshots/. Needs Xvfb, ImageMagick's `import`, xdotool.
# Each shot gets its own temporary CARNET_HOME; the unlock shots first make a vault there with
# carnet-cli (next to the app's build directory). New vaults use the floor Argon2id (CARNET_KDF=floor).
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

cli=$(dirname "$app")/../cli/carnet-cli
shot_passphrase="velvet otter climbs quiet lanterns"

# shoot NAME WxH THEME LANG [KEYS…]: start Xvfb at exactly the window size, start the app, press
# KEYS to reach a page, capture the screen, stop both. A key is an xdotool key name, "type:TEXT"
# (typed as is), "click:X,Y" (a left click there) or "sleep:SECONDS". With SHOT_VAULT=1 the shot
# starts with a locked vault. CARNET_SHOT_ONLY=GLOB takes only the shots whose name matches.
shoot() {
    local name=$1 size=$2 theme=$3 lang=$4
    shift 4
    # shellcheck disable=SC2053 # a glob on purpose
    [[ -z ${CARNET_SHOT_ONLY:-} || $name == $CARNET_SHOT_ONLY ]] || return 0
    local display
    display=$(free_display) || { echo "screenshots: no free X display" >&2; return 1; }
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done
    local home="$scratch/$name"
    mkdir -p "$home"
    if [[ ${SHOT_VAULT:-0} == 1 ]]; then
        printf '%s\n%s\n' "$shot_passphrase" "$shot_passphrase" |
            CARNET_KDF=floor "$cli" wallet create --vault "$home/vault" >/dev/null 2>&1 ||
            { echo "screenshots: cannot make a vault with $cli" >&2; cleanup; return 1; }
    fi
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb CARNET_KDF=floor XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        CARNET_HOME="$home" CARNET_WINDOW_SIZE="$size" CARNET_THEME="$theme" CARNET_LANG="$lang" \
        "$app" >"$home/app.log" 2>&1 &
    app_pid=$!
    sleep "$delay"
    if (($#)); then
        local window
        window=$(DISPLAY=":$display" xdotool search --pid "$app_pid" --onlyvisible 2>/dev/null | head -1 || true)
        [[ -n $window ]] && DISPLAY=":$display" xdotool windowfocus --sync "$window" 2>/dev/null || true
        for key in "$@"; do
            case $key in
            type:*) DISPLAY=":$display" xdotool type --delay 20 "${key#type:}" ;;
            sleep:*) sleep "${key#sleep:}" ;;
            click:*) at=${key#click:} && DISPLAY=":$display" xdotool mousemove "${at%,*}" "${at#*,}" click 1 ;;
            *) DISPLAY=":$display" xdotool key "$key" ;;
            esac
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
shoot "phone-light-fr-appearance" 390x844 light fr Tab Tab Return
shoot "desktop-dark-en-appearance" 1280x800 dark en Tab Tab Return

# Create, step by step: the passphrase (typed twice, rated), the recovery phrase, the quiz.
create_step1=(Return sleep:1 "type:$shot_passphrase" Return "type:$shot_passphrase")
create_step2=("${create_step1[@]}" Return sleep:1)
create_step3=("${create_step2[@]}" space Tab Return sleep:1)
for variant in "phone light en 390x844" "phone dark fr 390x844" "desktop light en 1280x800" "desktop dark fr 1280x800"; do
    read -r form theme lang size <<<"$variant"
    shoot "$form-$theme-$lang-create-1-passphrase" "$size" "$theme" "$lang" "${create_step1[@]}"
    shoot "$form-$theme-$lang-create-2-phrase" "$size" "$theme" "$lang" "${create_step2[@]}"
    shoot "$form-$theme-$lang-create-3-quiz" "$size" "$theme" "$lang" "${create_step3[@]}"
done

# Restore: a French phrase typed in (checked live), and one with an unknown word.
french="licence brousse junior dessiner végétal assiette lamelle retracer différer chance armature griffure"
shoot "phone-light-en-restore" 390x844 light en Tab Return sleep:1 "type:$french"
shoot "phone-dark-fr-restore" 390x844 dark fr Tab Return sleep:1 "type:${french/junior/jnuior}"
shoot "desktop-light-fr-restore" 1280x800 light fr Tab Return sleep:1 "type:$french"

# Unlock: the locked wallet, and after a wrong passphrase.
SHOT_VAULT=1 shoot "phone-light-en-unlock" 390x844 light en
SHOT_VAULT=1 shoot "phone-light-en-unlock-wrong" 390x844 light en "type:not my passphrase" Return sleep:2
SHOT_VAULT=1 shoot "phone-dark-fr-unlock-wrong" 390x844 dark fr "type:pas la bonne phrase" Return sleep:2
SHOT_VAULT=1 shoot "desktop-dark-en-unlock" 1280x800 dark en
SHOT_VAULT=1 shoot "desktop-light-fr-unlock-wrong" 1280x800 light fr "type:pas la bonne phrase" Return sleep:2
SHOT_VAULT=1 shoot "phone-light-fr-forgot" 390x844 light fr "click:195,460" sleep:1

# Home after unlocking: each destination, from the bottom bar (phone) or the rail (desktop), then
# Settings' inner pages: change passphrase (the current one typed, a new one being rated) and the
# recovery phrase after the passphrase (the throwaway phrase of the shot's own vault).
unlocked=("type:$shot_passphrase" Return sleep:3)
for variant in "phone light en 390x844" "phone dark en 390x844" "phone light fr 390x844" "phone dark fr 390x844" \
    "desktop light en 1280x800" "desktop dark en 1280x800" "desktop light fr 1280x800" "desktop dark fr 1280x800"; do
    read -r form theme lang size <<<"$variant"
    destinations=(record share research settings)
    for i in 0 1 2 3; do
        if [[ $form == phone ]]; then at="$((390 * (2 * i + 1) / 8)),804"; else at="44,$((44 + 76 * i))"; fi
        nav[i]="click:$at"
        SHOT_VAULT=1 shoot "$form-$theme-$lang-home-${destinations[i]}" "$size" "$theme" "$lang" "${unlocked[@]}" "${nav[i]}"
    done
    if [[ $form == phone ]]; then rows=("click:195,240" "click:195,305"); else rows=("click:684,232" "click:684,290"); fi
    SHOT_VAULT=1 shoot "$form-$theme-$lang-change-passphrase" "$size" "$theme" "$lang" "${unlocked[@]}" "${nav[3]}" \
        "${rows[0]}" sleep:1 "type:$shot_passphrase" Tab "type:orchard velvet"
    SHOT_VAULT=1 shoot "$form-$theme-$lang-recovery-phrase" "$size" "$theme" "$lang" "${unlocked[@]}" "${nav[3]}" \
        "${rows[1]}" sleep:1 "type:$shot_passphrase" Return sleep:3
done
