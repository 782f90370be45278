// cagescope: the command-line entry point. Subcommands register themselves;
// errors become messages on stderr and the exit statuses of cli_support.h.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli_support.h"
#include "model/parameters.h"
#include "version.h"

int main(int argc, char** argv) {
    using namespace cagescope;
    CLI::App app{"cagescope: explore the geometry of the two-electron theory of glass states in 3D.\n"
                 "\nEvery number is derived from the paper's equations; `cagescope numbers` shows each\n"
                 "beside the paper's printed value.",
                 "cagescope"};
    app.set_version_flag("--version", std::string("cagescope ") + kVersion + " (commit " + kGitCommit + ", build type " +
                                          kBuildType + ")");
    app.require_subcommand(0, 1);
    app.footer("Examples:\n"
               "  cagescope numbers                 the derivation table\n"
               "  cagescope table1 --json           Table 1 by construction vs the paper\n"
               "  cagescope render --figure 7 --omega-z 42.1 --out fig7.png\n"
               "  cagescope render --all --out-dir figures\n"
               "  cagescope scene --figure 9 --json       a figure's primitives as data\n"
               "  cagescope bench --figure glass --size 1280x800   frame and export timings\n"
               "  cagescope                         the interactive viewer (same as `cagescope view`)\n"
               "  cagescope tour                    the guided tour \"From the cage to the magic interface\"\n"
               "  cagescope tour hexahedron         another built-in tour (clusters, hexahedron, chain-units)\n"
               "  cagescope tour --check my.json    a tour file's problems, as file:line:column: message\n"
               "\nRun `cagescope <command> --help` for a command's options.");

    app::add_numbers_command(app);
    app::add_table1_command(app);
    app::add_render_command(app);
    app::add_scene_command(app);
    app::add_bench_command(app);
    app::add_view_command(app);
    app::add_tour_command(app);
    app::add_completion_command(app);

    try {
        // No command: open the viewer, as a desktop launcher does.
        if (argc == 1) {
            const char* args[] = {argv[0], "view"};
            app.parse(2, const_cast<char**>(args));
        } else {
            app.parse(argc, argv);
        }
        if (app.get_subcommands().empty()) {
            std::fputs(app.help().c_str(), stdout);
            return app::kExitOk;
        }
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "cagescope: %s\nRun with --help to see what is allowed.\n", e.what());
        return app::kExitUsage;
    } catch (const app::UsageError& e) {
        std::fprintf(stderr, "cagescope: %s\n", e.what());
        return app::kExitUsage;
    } catch (const model::ParameterError& e) {
        std::fprintf(stderr, "cagescope: %s\n", e.what());
        return app::kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cagescope: error: %s\n", e.what());
        return app::kExitFailure;
    }
    return app::kExitOk;
}
