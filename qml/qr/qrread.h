// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QR codes in an image (a camera frame, a photo or a screenshot of a share code), read with
// ZXing-C++ 1.4's ReadBarcodes on the image's luminance, trying harder and rotated. The texts may be
// secrets (a share code): the caller wipes them once handed on; ZXing's own copies are out of reach.
#include <QImage>
#include <QStringList>

namespace carnet::qr {

/** The text of every QR code found in `image`, in ZXing's order; empty when none (or a null image). */
QStringList readQrCodes(const QImage &image);

} // namespace carnet::qr
