#!/bin/sh
# Install an unpacked one-folder build for the current user: menu entry and icon.
#   tar xzf coopviewer-*-linux-x86_64.tar.gz -C ~/.local/opt && ~/.local/opt/coopviewer/install.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/scalable/apps"
ln -sf "$here/coopviewer" "$HOME/.local/bin/coopviewer"
cp "$here/_internal/resources/icons/coopviewer.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/coopviewer.svg" 2>/dev/null || true
for png in "$here"/_internal/resources/icons/coopviewer-*.png; do
    size=$(basename "$png" .png | sed 's/coopviewer-//')
    mkdir -p "$HOME/.local/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$HOME/.local/share/icons/hicolor/${size}x${size}/apps/coopviewer.png"
done
sed "s#^Exec=coopviewer#Exec=$here/coopviewer#" "$here/coopviewer.desktop" > "$HOME/.local/share/applications/coopviewer.desktop"
echo "coopviewer installed: run 'coopviewer' or pick it from the menu"
