import ArgumentParser
import Foundation

/// The subcommands' names, to point a usage error at the help that explains it and to
/// suggest the subcommand a mistyped name was meant to be, as git and cargo do.
enum CommandNames {
    /// Every subcommand's name, in the order of `bitext --help`.
    static var all: [String] { Bitext.configuration.subcommands.map { $0._commandName } }

    /// The subcommand the command line runs: its first word that is not an option, when it
    /// names one (`help` included, which ArgumentParser adds).
    static func subcommand(in arguments: [String]) -> String? {
        guard let word = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }) else { return nil }
        return all.contains(word) ? word : nil
    }

    /// "see 'bitext align --help'" for a command line running `align`, else "see 'bitext --help'".
    static func helpHint(for arguments: [String]) -> String {
        subcommand(in: arguments).map { "see 'bitext \($0) --help'" } ?? "see 'bitext --help'"
    }

    /// The one-line usage error for a command line whose first word is not a subcommand
    /// (`bitext algin …`), or nil when it is one, or an option.
    static func unknownCommandLine(for arguments: [String]) -> String? {
        guard arguments.count > 1, !arguments[1].hasPrefix("-"), arguments[1] != "help", !all.contains(arguments[1]) else { return nil }
        let word = arguments[1]
        if let meant = suggestion(for: word) {
            return "unknown command '\(word)'; did you mean '\(meant)'? (see 'bitext --help')"
        }
        return "unknown command '\(word)'; the commands are \(all.joined(separator: ", ")) (see 'bitext --help')"
    }

    /// ArgumentParser's usage message (which may run over several lines) as one line, and
    /// its "The value 'abc' is invalid for '--max-bead <N>'" said the way every other value
    /// check says it: "--max-bead: 'abc' is not a valid value", with the values allowed
    /// ("; give one of beads, tmx, …") when it lists them, or, when the option's own check
    /// gave a reason that names the option, that reason alone.
    static func uniformValueMessage(_ message: String) -> String {
        let lines = message.split(whereSeparator: \.isNewline).map(String.init)
        guard let first = lines.first else { return "" }
        let prefix = "The value '", middle = "' is invalid for '"
        guard first.hasPrefix(prefix), let split = first.range(of: middle, options: .backwards) else { return first }
        let value = first[first.index(first.startIndex, offsetBy: prefix.count)..<split.lowerBound]
        let rest = first[split.upperBound...]
        guard let option = rest.split(separator: " ").first.map({ String($0.prefix { $0 != "'" }) }), option.hasPrefix("-") else { return first }
        if let reason = rest.range(of: "': ").map({ rest[$0.upperBound...] }), reason.hasPrefix("\(option):") {
            return String(reason)
        }
        var values: [String] = lines.dropFirst().filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
        if let listed = rest.range(of: "Please provide one of "), !rest[listed.upperBound...].hasPrefix("the following") {
            values += rest[listed.upperBound...].split(whereSeparator: { ", .".contains($0) })
                .filter { $0 != "or" && $0 != "and" }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
        }
        return "\(option): '\(value)' is not a valid value" + (values.isEmpty ? "" : "; give one of \(values.joined(separator: ", "))")
    }

    /// The subcommand `word` was most likely meant to be: the only one it begins (`cov`),
    /// else the nearest by edit distance (a swap of two letters counting one) when that is
    /// at most 2 (1 for words of up to 4 letters, so that short words are not matched at random).
    static func suggestion(for word: String) -> String? {
        let typed = word.lowercased()
        let prefixed = all.filter { typed.count >= 2 && $0.hasPrefix(typed) }
        if prefixed.count == 1 { return prefixed[0] }
        let allowed = typed.count <= 4 ? 1 : 2
        let ranked = all.map { (name: $0, distance: editDistance(typed, $0)) }.filter { $0.distance <= allowed }
        guard let best = ranked.min(by: { $0.distance < $1.distance }),
              ranked.filter({ $0.distance == best.distance }).count == 1 else { return nil }
        return best.name
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of two neighbouring characters each cost 1.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
