/// Which rows the review page's "problems only" mode shows: every problem, a few sure
/// beads of context on each side of it, and, for each longer run of sure beads between
/// them, one row that says how many are folded away (and opens them). Computed once when
/// the page is written, so that the mode is plain CSS: it works without script, and
/// switching it on a 100,000-bead page costs one style pass, not a walk in script.
struct ReviewFolding: Equatable {
    /// What one row is in "problems only" mode.
    enum Role: Equatable {
        /// Unmatched or unsure: always shown.
        case problem
        /// A sure bead shown next to a problem, so the problem can be judged in its place.
        case context
        /// A sure bead folded away (until its fold is opened).
        case folded
    }

    /// The role of each bead, in document order.
    var roles: [Role]
    /// The folds: each a run of consecutive folded beads, as 0-based bead indexes.
    var folds: [Range<Int>]

    /// Sure beads shown before and after each problem.
    static let defaultContext = 2
    /// A run of sure beads next to a problem no longer than this is shown whole: folding
    /// a handful of rows behind one row would hide little and cost a click.
    static let defaultLongestShownRun = 8

    /// The folding of beads whose problems are flagged in `isProblem`: linear in the beads.
    init(isProblem: [Bool], context: Int = defaultContext, longestShownRun: Int = defaultLongestShownRun) {
        roles = isProblem.map { $0 ? .problem : .folded }
        folds = []
        var start = 0
        while start < isProblem.count {
            guard !isProblem[start] else {
                start += 1
                continue
            }
            var end = start
            while end < isProblem.count, !isProblem[end] { end += 1 }
            let problemBefore = start > 0, problemAfter = end < isProblem.count
            let length = end - start
            var shown = 0..<0, shownAtEnd = end..<end
            if (problemBefore || problemAfter) && length <= longestShownRun {
                shown = start..<end
            } else {
                if problemBefore { shown = start..<(start + min(context, length)) }
                if problemAfter { shownAtEnd = max(shown.upperBound, end - context)..<end }
            }
            for index in shown { roles[index] = .context }
            for index in shownAtEnd { roles[index] = .context }
            let folded = max(shown.upperBound, start)..<shownAtEnd.lowerBound
            if !folded.isEmpty { folds.append(folded) }
            start = end
        }
    }
}
