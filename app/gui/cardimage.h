#pragma once

#include <QByteArray>

namespace aftercare {
namespace cli {
struct Invocation;
struct QrCode;
} // namespace cli

// A QR code as a PNG: black modules on white with a 4-module quiet zone,
// cli::qrPixelsPerModule() pixels per module, 1 bit per pixel, marked as 254 dpi.
QByteArray qrCodePng(const cli::QrCode& code);

// `aftercare card … -o FILE.png`: the command itself (cli::runCard) with PNG output. QImage
// needs QtGui but no GUI platform and no window.
int runCardPng(int argc, char** argv, const cli::Invocation& invocation);

} // namespace aftercare
