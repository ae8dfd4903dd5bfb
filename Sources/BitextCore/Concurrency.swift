import Dispatch
import Foundation

/// Data-parallel helpers over Dispatch.
public enum Concurrency {
    /// The most threads the helpers use: `BITEXT_THREADS` when it is a whole number from 1
    /// to 1024 (so that a run can be checked to give the same results on one thread as on
    /// several), else every processor. Results never depend on it.
    public static let threadLimit: Int = {
        if let text = ProcessInfo.processInfo.environment["BITEXT_THREADS"], let value = Int(text), (1...1024).contains(value) {
            return value
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// `transform` applied to 0..<count, on up to `count` threads at once (at most
    /// `threadLimit`); the results are in index order whatever the threads' order.
    public static func map<Result>(count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1, threadLimit > 1 else { return (0..<count).map(transform) }
        let results = UncheckedSendable([Result?](repeating: nil, count: count))
        results.value.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.value[index] = transform(index)
            }
        }
        return results.value.map { $0! }
    }

    /// `transform` applied to 0..<count by at most `threads` threads, each taking the next
    /// index as it finishes one; the results are in index order.
    public static func map<Result>(count: Int, threads: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let workers = max(1, min(threads, count, threadLimit))
        guard workers > 1 else { return (0..<count).map(transform) }
        let results = UncheckedSendable([Result?](repeating: nil, count: count))
        let next = IndexDispenser()
        results.value.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: count) {
                    slots.value[index] = transform(index)
                }
            }
        }
        return results.value.map { $0! }
    }
}

extension Concurrency {
    /// `first()` and `second()`, on two threads at once when `threadLimit` allows: for two
    /// independent halves of one step, such as the forward and backward passes of a search.
    public static func both<First, Second>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second) -> (First, Second) {
        guard threadLimit > 1 else { return (first(), second()) }
        let firstResult = UncheckedSendable(First?.none), secondResult = UncheckedSendable(Second?.none)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.value = first() } else { secondResult.value = second() }
        }
        return (firstResult.value!, secondResult.value!)
    }
}

/// Hands out 0, 1, 2… to threads, each number once.
private final class IndexDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}

/// Hands a value to concurrent code that the compiler cannot check: the caller promises
/// that threads only read it, or each writes its own part.
public final class UncheckedSendable<Value>: @unchecked Sendable {
    /// The value.
    public var value: Value

    /// Wraps `value`.
    public init(_ value: Value) {
        self.value = value
    }
}
