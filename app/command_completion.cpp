// `cagescope completion bash|zsh`: prints the shell's completion script.
// The script is made from the program itself, never kept by hand: the
// subcommands and options as CLI11 holds them, and the values of options from
// the tables the commands check them against (figure ids, materials, camera
// names, ...). The build runs it to make the files the package installs, so
// completion cannot drift from the command line.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli_support.h"
#include "figures/figure_params.h"
#include "figures/figures.h"
#include "model/materials.h"
#include "scene/camera.h"
#include "version.h"
#include "viewer/settings.h"
#include "viewer/tour.h"

namespace cagescope::app {

namespace {

const std::vector<std::string> kShells{"bash", "zsh"};

// An option, or a positional argument, of one command.
struct Arg {
    std::vector<std::string> names;  // "-f", "--figure"; empty for a positional
    std::string positional;          // a positional's name ("tour")
    std::string description;
    bool takes_value = false;
    bool repeatable = false;
    bool required = false;
    // What the value completes to: one of `words` (from the program's
    // tables), a file name (type_name FILE), a directory (DIR), or, with none
    // of these, nothing: a number or a size to type.
    std::vector<std::string> words;
    bool files = false;
    bool dirs = false;
};

struct Command {
    std::string name;  // "" for cagescope itself
    std::string description;
    std::vector<Arg> args;
};

template <class T>
void append(std::vector<std::string>& to, const T& names) {
    for (const auto& n : names)
        if (std::find(to.begin(), to.end(), n) == to.end()) to.emplace_back(n);
}

// The words an option's value can be, keyed by the option's long name (or a
// positional's name). Each comes from the table the option is checked against.
std::map<std::string, std::vector<std::string>> value_tables() {
    std::map<std::string, std::vector<std::string>> t;
    for (const auto& f : figures::figure_list()) {
        t["--figure"].emplace_back(f.id);
        append(t["--hide-layer"], figures::hideable_layers(f));
    }
    for (const auto& m : model::material_presets()) t["--material"].push_back(m.name);
    append(t["--camera"], scene::view_preset_names());
    for (auto p : {scene::Projection::perspective, scene::Projection::orthographic})
        t["--projection"].emplace_back(scene::to_string(p));
    for (auto s : {model::SpacingMode::equal_angle, model::SpacingMode::equal_step})
        t["--spacing"].emplace_back(figures::to_string(s));
    for (auto th : {viewer::Theme::dark, viewer::Theme::light, viewer::Theme::presentation})
        t["--theme"].emplace_back(viewer::to_string(th));
    t["tour"] = viewer::embedded_tour_names();
    t["shell"] = kShells;
    return t;
}

// Words go into the scripts unquoted: they must need no quoting.
void check_plain(const std::string& word) {
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
    if (!plain) throw std::logic_error("completion: \"" + word + "\" would need quoting in a completion script");
}

Command describe(const CLI::App& app, const std::string& name,
                 const std::map<std::string, std::vector<std::string>>& tables, std::map<std::string, bool>& used) {
    Command c{name, app.get_description(), {}};
    for (const CLI::Option* opt : app.get_options()) {
        if (opt->get_group().empty()) continue;  // hidden: an internal option
        Arg a;
        for (const auto& s : opt->get_snames()) a.names.push_back("-" + s);
        for (const auto& l : opt->get_lnames()) a.names.push_back("--" + l);
        if (a.names.empty()) a.positional = opt->get_name(true);
        a.description = opt->get_description().substr(0, opt->get_description().find('\n'));
        a.takes_value = opt->get_expected_max() > 0;
        a.repeatable = opt->get_expected_max() > 1;
        a.required = opt->get_required();
        const std::string key = a.names.empty() ? a.positional : opt->get_name();
        if (a.takes_value) {
            if (const auto it = tables.find(key); it != tables.end()) {
                a.words = it->second;
                used[key] = true;
            }
            // bench times every figure by default: --figure all.
            if (name == "bench" && key == "--figure") a.words.insert(a.words.begin(), "all");
            const std::string type = opt->get_type_name();
            a.files = type.rfind("FILE", 0) == 0;
            a.dirs = type.rfind("DIR", 0) == 0;
        }
        for (const auto& n : a.names) check_plain(n);
        for (const auto& w : a.words) check_plain(w);
        c.args.push_back(std::move(a));
    }
    return c;
}

// cagescope itself first, then each visible subcommand.
std::vector<Command> describe_all(const CLI::App& app) {
    const auto tables = value_tables();
    std::map<std::string, bool> used;
    std::vector<Command> commands{describe(app, "", tables, used)};
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
        check_plain(sub->get_name());
        commands.push_back(describe(*sub, sub->get_name(), tables, used));
    }
    // A table no option uses is an option renamed under this file's feet.
    for (const auto& [key, words] : tables)
        if (!used[key]) throw std::logic_error("completion: no command has " + key + "; update command_completion.cpp");
    return commands;
}

std::string join(const std::vector<std::string>& words, const std::string& sep = " ") {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : sep) + w;
    return s;
}

std::vector<std::string> option_names(const Command& c) {
    std::vector<std::string> names;
    for (const auto& a : c.args) names.insert(names.end(), a.names.begin(), a.names.end());
    return names;
}

const Arg* positional(const Command& c) {
    for (const auto& a : c.args)
        if (a.names.empty()) return &a;
    return nullptr;
}

// What bash offers for a value: words, files or directories; nothing for a
// number or a size, which is typed.
std::string bash_value(const Arg& a) {
    std::vector<std::string> s;
    if (!a.words.empty()) s.push_back("words='" + join(a.words) + "'");
    if (a.files) s.push_back("files=f");
    if (a.dirs) s.push_back("files=d");
    return s.empty() ? "return 0 ;;  # typed, not chosen" : join(s, "; ") + " ;;";
}

// A case pattern of many alternatives, a few to a line.
std::string bash_patterns(const std::vector<std::string>& patterns) {
    std::string s, line;
    for (const auto& p : patterns) {
        if (!line.empty() && line.size() + p.size() > 90) {
            s += line + "|\\\n        ";
            line.clear();
        }
        line += (line.empty() ? "" : "|") + p;
    }
    return s + line;
}

std::string bash_script(const std::vector<Command>& commands) {
    std::vector<std::string> subcommands;
    for (const auto& c : commands)
        if (!c.name.empty()) subcommands.push_back(c.name);
    std::ostringstream s;
    s << "# bash completion for cagescope " << kVersion << ": subcommands, options, figure ids, materials,\n"
         "# camera names. Generated by `cagescope completion bash` from the program's own\n"
         "# command line: do not edit.\n"
         "_cagescope() {\n"
         "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
         "    # --option=value: bash makes the '=' a word of its own.\n"
         "    if [[ $cur == = ]]; then\n"
         "        cur=\n"
         "    elif [[ $prev == = && COMP_CWORD -ge 2 ]]; then\n"
         "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
         "    fi\n"
         "    local command= i\n"
         "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "        case ${COMP_WORDS[i]} in\n"
         "            " << join(subcommands, "|") << ") command=${COMP_WORDS[i]}; break ;;\n"
         "        esac\n"
         "    done\n"
         "    local words= files=\n"
         "    case $command:$prev in\n";
    // The value of an option: one case per kind of value, naming every
    // command:option that takes it.
    std::vector<std::pair<std::string, std::vector<std::string>>> values;
    for (const auto& c : commands)
        for (const auto& a : c.args) {
            if (!a.takes_value || a.names.empty()) continue;
            const std::string value = bash_value(a);
            auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == value; });
            if (it == values.end()) it = values.insert(values.end(), {value, {}});
            for (const auto& n : a.names) it->second.push_back(c.name + ":" + n);
        }
    for (const auto& [value, patterns] : values) s << "        " << bash_patterns(patterns) << ") " << value << "\n";
    s << "        *)\n"
         "            case $command in\n";
    for (const auto& c : commands) {
        std::vector<std::string> words = option_names(c);
        if (c.name.empty()) words.insert(words.begin(), subcommands.begin(), subcommands.end());
        s << "                " << (c.name.empty() ? "''" : c.name) << ") words='" << join(words) << "'";
        if (const Arg* p = positional(c)) {
            s << "\n                    [[ $cur == -* ]] || { ";
            if (!p->words.empty()) s << "words='" << join(p->words) << "'; ";
            else s << "words=; ";
            if (p->files) s << "files=f; ";
            if (p->dirs) s << "files=d; ";
            s << "}";
        }
        s << " ;;\n";
    }
    s << "            esac ;;\n"
         "    esac\n"
         "    COMPREPLY=()\n"
         "    [[ -n $words ]] && mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
         "    if [[ -n $files ]]; then\n"
         "        compopt -o filenames 2>/dev/null\n"
         "        mapfile -t -O \"${#COMPREPLY[@]}\" COMPREPLY < <(compgen -\"$files\" -- \"$cur\")\n"
         "    fi\n"
         "    return 0\n"
         "}\n"
         "complete -F _cagescope cagescope\n";
    return s.str();
}

// Text inside a single-quoted zsh word, and in an _arguments description.
std::string zsh_quoted(const std::string& text) {
    std::string s;
    for (char ch : text) {
        if (ch == '\'') s += "'\\''";
        else if (ch == '[' || ch == ']' || ch == ':' || ch == '\\') s += std::string("\\") + ch;
        else s += ch;
    }
    return s;
}

std::string zsh_action(const Arg& a, const std::string& message) {
    std::vector<std::string> alternatives;
    if (!a.words.empty()) alternatives.push_back("(" + join(a.words) + ")");
    if (a.files) alternatives.push_back("_files");
    if (a.dirs) alternatives.push_back("_files -/");
    if (alternatives.empty()) return ":" + message + ": ";
    if (alternatives.size() == 1) return ":" + message + ":" + alternatives.front();
    return ":" + message + ":{_alternative \"values:" + message + ":" + alternatives[0] + "\" \"files:file:" +
           alternatives[1] + "\"}";
}

// One _arguments spec per option: '(-f --figure)'{-f,--figure=}'[Figure to draw]:figure:(1a 1b ...)'.
std::string zsh_spec(const Arg& a) {
    const std::string& name = a.names.empty() ? a.positional : a.names.back();
    const std::string message = name.substr(name.find_first_not_of('-'));
    if (a.names.empty()) return "'1" + std::string(a.required ? "" : ":") + zsh_action(a, message) + "'";
    std::vector<std::string> forms;
    for (const auto& n : a.names) forms.push_back(n + (a.takes_value && n.rfind("--", 0) == 0 ? "=" : ""));
    std::string spec;
    if (a.repeatable) spec += "'*'";
    else if (a.names.size() > 1) spec += "'(" + join(a.names) + ")'";
    spec += forms.size() > 1 ? "{" + join(forms, ",") + "}" : forms.front();
    spec += "'[" + zsh_quoted(a.description) + "]";
    if (a.takes_value) spec += zsh_action(a, message);
    return spec + "'";
}

std::string zsh_script(const std::vector<Command>& commands) {
    std::ostringstream s;
    s << "#compdef cagescope\n"
         "# zsh completion for cagescope " << kVersion << ": subcommands, options, figure ids, materials,\n"
         "# camera names. Generated by `cagescope completion zsh` from the program's own\n"
         "# command line: do not edit.\n"
         "\n"
         "_cagescope() {\n"
         "  local curcontext=$curcontext state line ret=1\n"
         "  typeset -A opt_args\n"
         "  _arguments -C";
    for (const auto& a : commands.front().args) s << " \\\n    " << zsh_spec(a);
    s << " \\\n    '1: :->command' \\\n    '*:: :->args' && ret=0\n"
         "  case $state in\n"
         "    (command)\n"
         "      local -a commands=(\n";
    for (const auto& c : commands)
        if (!c.name.empty()) s << "        '" << c.name << ":" << zsh_quoted(c.description) << "'\n";
    s << "      )\n"
         "      _describe -t commands 'cagescope command' commands && ret=0 ;;\n"
         "    (args)\n"
         "      curcontext=${curcontext%:*:*}:cagescope-$words[1]:\n"
         "      case $words[1] in\n";
    for (const auto& c : commands) {
        if (c.name.empty()) continue;
        s << "        (" << c.name << ")\n          _arguments";
        for (const auto& a : c.args) s << " \\\n            " << zsh_spec(a);
        s << " && ret=0 ;;\n";
    }
    s << "      esac ;;\n"
         "  esac\n"
         "  return ret\n"
         "}\n"
         "\n"
         "_cagescope \"$@\"\n";
    return s.str();
}

}  // namespace

void add_completion_command(CLI::App& app) {
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("completion", "Print the bash or zsh completion script (the package installs both)");
    cmd->add_option("shell", *shell, "bash or zsh")->required()->check(CLI::IsMember(kShells));
    cmd->footer("\nExamples:\n"
                "  source <(cagescope completion bash)                 Tab completion in this bash\n"
                "  cagescope completion zsh > ~/.zfunc/_cagescope      for zsh, in a directory of $fpath");
    cmd->callback([shell, &app] {
        const auto commands = describe_all(app);
        std::fputs((*shell == "bash" ? bash_script(commands) : zsh_script(commands)).c_str(), stdout);
    });
}

}  // namespace cagescope::app
