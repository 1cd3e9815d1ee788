#pragma once

namespace aftercare::cli {

// Exit status of every command (cli.md).
enum ExitCode : int
{
    Success = 0,
    Unexpected = 1,
    BadInput = 2,        // bad input or usage; a located message on stderr
    DatabaseUnusable = 3 // corrupt, locked, newer version, no permission; file untouched
};

} // namespace aftercare::cli
