#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Carnet builds, tests and runs with, when any is missing.
# Uses sudo when not root. Safe to run again: it does nothing when everything is present.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ clang lld libclang-rt-14-dev cmake ninja-build pkg-config dpkg-dev git ca-certificates
  # Qt 6.4 (Debian) and QML modules the app imports
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins qt6-svg-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qtquick-shapes qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtcore qml6-module-qt-labs-settings qml6-module-qt-labs-platform
  qt6-charts-dev qml6-module-qtcharts
  # clinician mode's camera: QtMultimedia and the GStreamer elements its backend uses (v4l2src, videoconvert)
  qt6-multimedia-dev qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # SMART Health Links share host: QHttpServer, QtSql's SQLite and PostgreSQL drivers, a PostgreSQL server
  # for its multi-process store, and Chromium for the viewer page's browser tests
  qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql postgresql chromium
  # crypto, storage, QR, keystore, passphrase strength
  libsecp256k1-dev libbotan-2-dev libsqlcipher-dev sqlcipher libsqlite3-dev libzxing-dev
  qtkeychain-qt6-dev libzxcvbn-dev nlohmann-json3-dev zlib1g-dev libicu-dev
  # fonts and icons the UI uses
  fonts-inter fonts-dejavu-core fonts-material-design-icons-iconfont
  # test oracles and headless display
  python3 python3-mnemonic argon2 nodejs npm xvfb xauth xdotool xfonts-base libgl1-mesa-dri imagemagick dbus gnome-keyring python3-dbus
  binutils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs from NodeSource already provides npm; do not ask apt for Debian's npm then.
if command -v npm >/dev/null 2>&1; then
  filtered=(); for p in "${missing[@]}"; do [[ $p == npm || $p == nodejs ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  echo "setup-deps: installing ${#missing[@]} Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
