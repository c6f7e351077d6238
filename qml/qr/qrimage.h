// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text (a connect or share code) as a QR code: ZXing-C++ 1.4 MultiFormatWriter, QR, byte mode,
// error correction M, a quiet zone of four modules, dark modules on white (scanners expect that,
// whatever the theme). Used by the app's QR item and by carnet-cli's --qr files.
#include <QImage>
#include <QString>

namespace carnet::qr {

/** Pixels per module of a QR written to a file: a 130-character share code (version 9 at most, 61
 *  modules with the quiet zone) is then about 490 px wide, and stays readable when shown full width
 *  on a 390 px phone screen or printed. */
inline constexpr int kFilePixelsPerModule = 8;

/** The modules of `text` with the quiet zone, one pixel each (Format_Grayscale8, black on white).
 *  A null image when the text is empty or too long for a QR code. */
QImage qrCodeModules(const QString &text);
/** The same, `pixelsPerModule` pixels per module. */
QImage qrCodeImage(const QString &text, int pixelsPerModule);
/** Writes qrCodeImage(text, kFilePixelsPerModule) to `path` as PNG; false when there is no image or
 *  the file cannot be written. */
bool writeQrPng(const QString &text, const QString &path);

} // namespace carnet::qr
