#pragma once

#include <QByteArray>
#include <QStringList>

namespace aftercare {
namespace cli {
struct Invocation;
struct QrCode;
} // namespace cli

// A QR code as a PNG: black modules on white with a 4-module quiet zone,
// cli::qrPixelsPerModule() pixels per module, 1 bit per pixel, marked as 254 dpi.
QByteArray qrCodePng(const cli::QrCode& code);

// A printable one-page card (A5 portrait): a title, the code about 90 mm wide with its quiet
// zone, the link in text under it, and `details` (one line each: therapist, date, advice…).
// Empty when the PDF could not be made.
QByteArray sessionCardPdf(const cli::QrCode& code, const QByteArray& link,
                          const QStringList& details);

// `aftercare card … -o FILE.png`: the command itself (cli::runCard) with PNG output. QImage
// needs QtGui but no GUI platform and no window.
int runCardPng(int argc, char** argv, const cli::Invocation& invocation);

} // namespace aftercare
