// libFuzzer target: the command line. The input is the argument list, one
// argument per line; the commands are those of main() with `render` in
// check-only mode (every option parsed and checked, no GL, no file written);
// `view` and `tour` are not registered (they open a window). Bad input may only
// end in the errors main() maps to exit 2 or 1; anything else escaping, a
// crash or a sanitizer report is a bug.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli_support.h"
#include "model/parameters.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // `numbers`, `table1` and --help print: not to the fuzzer's terminal.
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::close(null);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cagescope;
    std::vector<std::string> args{"cagescope"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\n') {
            args.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    args.push_back(current);
    if (args.size() > 64) return 0;
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());

    CLI::App app{"cagescope", "cagescope"};
    app.set_version_flag("--version", "cagescope fuzz");
    app.require_subcommand(0, 1);
    app::add_numbers_command(app);
    app::add_table1_command(app);
    app::add_render_command(app, app::CommandMode::check_only);
    // `view` and `tour` are left out: their callbacks open a window, and
    // their options live only as long as those callbacks.
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
        (void)app.help();
    } catch (const CLI::ParseError&) {       // exit 2 (or 0 for --help, --version)
    } catch (const app::UsageError&) {       // exit 2
    } catch (const model::ParameterError&) { // exit 2
    } catch (const app::RuntimeFailure&) {   // exit 1: ffmpeg missing
    }
    return 0;
}
