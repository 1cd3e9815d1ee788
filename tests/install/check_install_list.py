#!/usr/bin/env python3
"""Holds the build and the tests to the install script's package list.

    check_install_list.py SOURCE_DIR BUILD_DIR

A package that only this machine happens to have would break the README's two commands
on a fresh one. So every file the build found (CMakeCache.txt: find_package, find_program,
find_library results) and every program the tests and scripts call must come from a
Debian package that platform/linux/install-deps.sh installs: one it lists, one those pull
in through Depends/Pre-Depends (as apt would), or one every Debian system has (Essential,
or Priority required, which debootstrap's minbase installs). Prints each offender with
where it is used, and exits 1 if there is any.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE, BUILD = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
PATH = os.pathsep.join(["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"])

# Optional probes that Qt's and CMake's find modules make: used when present, not needed
# (tests/fresh-root.sh builds without them).
OPTIONAL_CACHE_ENTRIES = {"OPENGL_egl_LIBRARY", "OPENGL_glu_LIBRARY", "PKG_CONFIG_EXECUTABLE"}

# Words at a command's place that name no program of a package: shell keywords and
# builtins, and the project's own programs.
NOT_PROGRAMS = {
    "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
    "in", "function", "return", "exit", "local", "export", "set", "unset", "shift", "cd",
    "echo", "printf", "read", "source", "trap", "wait", "exec", "eval", "declare", "readonly",
    "true", "false", "command", "type", "hash", "break", "continue", "let", "test", "[", "[[",
    "ulimit", "umask", "mapfile", "compgen", "builtin", "pushd", "popd", "kill", "time",
    "aftercare", "sudo",
}


def installed_packages():
    fmt = "${Package}\t${Status}\t${Priority}\t${Essential}\t${Provides}\t${Pre-Depends}\t${Depends}\n"
    out = subprocess.run(["dpkg-query", "-W", "-f", fmt], capture_output=True, text=True,
                         check=True).stdout
    packages, provided = {}, {}
    for line in out.splitlines():
        name, status, priority, essential, provides, pre, deps = (line.split("\t") + [""] * 7)[:7]
        if not status.endswith(" installed"):
            continue
        packages[name] = (priority, essential, f"{pre},{deps}")
        for virtual in provides.split(","):
            virtual = virtual.strip().split(" ")[0]
            if virtual:
                provided.setdefault(virtual, set()).add(name)
    return packages, provided


def accepted_packages(listed):
    """The listed packages, what they depend on (recursively), and the base system."""
    packages, provided = installed_packages()
    accepted = {name for name, (priority, essential, _) in packages.items()
                if essential == "yes" or priority == "required"}
    todo = [p for p in listed]
    while todo:
        name = todo.pop()
        if name in accepted and name not in listed:
            continue
        accepted.add(name)
        if name not in packages:
            continue
        for clause in packages[name][2].split(","):
            for alternative in clause.split("|"):
                dep = alternative.strip().split(" ")[0].split(":")[0]
                if not dep:
                    continue
                for real in [dep] + sorted(provided.get(dep, ())):
                    if real in packages and real not in accepted:
                        todo.append(real)
    return accepted


def owners_of(paths):
    """path -> the packages that ship it, for all `paths` in one dpkg-query call. The path
    itself counts first (libfoo.so belongs to libfoo-dev, not to the library it points to);
    then what it points to (alternatives such as /usr/bin/c++). Under merged /usr, dpkg may
    know /bin/sh rather than /usr/bin/sh."""
    def spellings(path):
        return {path, re.sub(r"^/usr/(s?bin|lib)/", r"/\1/", path)}

    steps = {path: [spellings(path), spellings(os.path.realpath(path))] for path in paths}
    every = sorted(set().union(*(step for both in steps.values() for step in both)))
    run = subprocess.run(["dpkg-query", "-S", *every], capture_output=True, text=True)
    shipped_by = {}
    for line in run.stdout.splitlines():
        names, _, shipped = line.rpartition(": ")
        shipped_by.setdefault(shipped, set()).update(
            n.strip().split(":")[0] for n in names.split(","))
    found = {}
    for path, (own, target) in steps.items():
        found[path] = set().union(*(shipped_by.get(p, set()) for p in own)) or set().union(
            *(shipped_by.get(p, set()) for p in target))
    return found


def cache_paths():
    """Absolute paths outside the tree that CMake found, with the variable naming each."""
    found = []
    for line in (BUILD / "CMakeCache.txt").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.+-]+):(FILEPATH|PATH)=(/.+)$", line)
        if not match:
            continue
        name, _, value = match.groups()
        path = Path(value)
        if name in OPTIONAL_CACHE_ENTRIES or name.startswith("CMAKE_INSTALL") or "NOTFOUND" in value or not path.exists():
            continue
        if SOURCE in path.parents or BUILD in path.parents or path in (SOURCE, BUILD):
            continue
        if path.is_dir():
            continue  # a directory such as /usr/include belongs to many packages; its files count
        found.append((str(path), f"CMakeCache.txt {name}"))
    return found


SHELL_COMMAND = re.compile(
    r"(?:^|[;&|(`]|\bthen\b|\bdo\b|\belse\b|\bexec\b|\btimeout\s+\S+|\bxvfb-run(?:\s+-\S+)*"
    r"|\bdbus-run-session\s+--|\bcommand\s+-v|\bsudo_cmd\[@\]}\"?)\s*([A-Za-z][A-Za-z0-9_.+-]*)"
    r"(?=\s|$|;|\))")
CPP_COMMAND = re.compile(
    r"\b(?:start|execute|startDetached|run|runCommand|findExecutable)\(\s*QStringLiteral\(\"([A-Za-z][A-Za-z0-9_.+-]*)\"\)")
PY_COMMAND = re.compile(r"(?:run|Popen|check_output|check_call|call|which)\(\s*\[?\s*\"([A-Za-z][A-Za-z0-9_.+-]*)\"")


def called_programs():
    """Programs named at a command's place in the tests and the scripts they run."""
    roots = [SOURCE / "tests", SOURCE / "platform" / "linux", SOURCE / "app" / "run.sh",
             SOURCE / ".ci"]
    files = []
    for root in roots:
        files += [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
    found = {}
    for path in files:
        if "regressions" in path.parts or "data" in path.parts or "bad-logs" in path.parts:
            continue
        if path.name == "install-deps.sh":
            continue  # it names packages, not programs
        try:
            text = path.read_text()
        except (UnicodeDecodeError, OSError):
            continue
        shell = path.suffix == ".sh" or text.startswith("#!/usr/bin/env bash") or path.name == "run"
        functions = set(re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\(\)", text, re.M))
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if shell:
                if stripped.startswith("#"):
                    continue
                names = SHELL_COMMAND.findall(re.sub(r"'[^']*'", "''", stripped))
            elif path.suffix in (".cpp", ".h"):
                names = CPP_COMMAND.findall(line)
            elif path.suffix == ".py":
                names = PY_COMMAND.findall(line)
            else:
                continue
            for name in names:
                if name not in NOT_PROGRAMS and name not in functions:
                    found.setdefault(name, f"{path.relative_to(SOURCE)}:{number}")
    return found


def main():
    listed = subprocess.run([str(SOURCE / "platform/linux/install-deps.sh"), "--list"],
                            capture_output=True, text=True, check=True).stdout.split()
    accepted = accepted_packages(set(listed))
    problems, checked = [], 0

    needed = cache_paths()
    for name, where in sorted(called_programs().items()):
        path = shutil.which(name, path=PATH)
        if path is None:
            continue  # not a program here (a word the scan took for one); a real one fails its test

        needed.append((path, f"{where}: '{name}'"))

    shipped = owners_of({path for path, _ in needed})
    for path, where in needed:
        checked += 1
        shipped_by = shipped[path]
        if not shipped_by:
            problems.append(f"{where}: {path} comes from no Debian package")
        elif not shipped_by & accepted:
            problems.append(f"{where}: {path} is in {', '.join(sorted(shipped_by))}, which "
                            "platform/linux/install-deps.sh does not install")
    for problem in problems:
        print(problem)
    print(f"{checked} files and programs checked against {len(listed)} listed packages; "
          f"{len(problems)} not installed by the script")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
