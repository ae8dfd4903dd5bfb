@testable import BitextCore
import Synchronization
import Testing

@Suite struct ConcurrencyTests {
    @Test func resultsAreInIndexOrder() {
        let squares = Concurrency.map(count: 1_000, threads: 4) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(Concurrency.map(count: 0) { $0 }.isEmpty)
        #expect(Concurrency.map(count: 1) { $0 + 7 } == [7])
    }

    /// Loops inside the tasks of loops (as the aligner's regions hold searches that hold
    /// parallel passes) give the same results as on one thread, at every depth.
    @Test func nestedLoopsGiveTheSameResults() {
        let table = Concurrency.map(count: 5, threads: 2) { outer in
            Concurrency.map(count: 3) { middle in
                Concurrency.map(count: 4) { inner in outer * 100 + middle * 10 + inner }.reduce(0, +)
            }
        }
        let expected = (0..<5).map { outer in (0..<3).map { middle in (0..<4).map { outer * 100 + middle * 10 + $0 }.reduce(0, +) } }
        #expect(table == expected)
        let pairs = Concurrency.map(count: 3, threads: 2) { index in Concurrency.both({ index * 2 }, { "\(index)" }) }
        #expect(pairs.map(\.0) == [0, 2, 4] && pairs.map(\.1) == ["0", "1", "2"])
    }

    /// Tasks are handed out in index order, so a task may wait for the one before it (as the
    /// rows of a wavefront do) however many threads run them, nested or not: here every task
    /// waits for its predecessor to finish.
    @Test(arguments: [false, true])
    func aTaskMayWaitForTheTaskBeforeIt(nested: Bool) {
        @Sendable func chain() -> [Int] {
            let finished = Atomic<Int>(0)
            let order = Concurrency.map(count: 200, threads: 2) { index in
                while finished.load(ordering: .acquiring) < index {}
                return finished.wrappingAdd(1, ordering: .releasing).oldValue
            }
            return order
        }
        let runs = nested ? Concurrency.map(count: 3, threads: 2) { _ in chain() } : [chain()]
        for order in runs { #expect(order == Array(0..<200)) }
    }
}
