import Dispatch
import Foundation
import Glibc
import Synchronization

/// Data-parallel loops: over Dispatch, and inside a task of a loop over helper threads of
/// their own.
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
        map(count: count, threads: count, transform)
    }

    /// `transform` applied to 0..<count by at most `threads` threads, each taking the next
    /// index as it finishes one; the results are in index order.
    ///
    /// Inside a task of another of these loops the threads are this one and helpers of its
    /// own, as many as processors are free (none while the outer loop keeps them all busy):
    /// Dispatch would run the tasks one after another on this thread, leaving a processor
    /// idle whenever the outer loop has fewer tasks left than threads.
    public static func map<Result>(count: Int, threads: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let workers = max(1, min(threads, count, threadLimit))
        guard workers > 1 else { return (0..<count).map(transform) }
        let results = UncheckedSendable([Result?](repeating: nil, count: count))
        let next = IndexDispenser()
        // The helpers are joined before this returns: `transform` does not outlive the call.
        withoutActuallyEscaping(transform) { transform in
            results.value.withUnsafeMutableBufferPointer { buffer in
                let slots = UncheckedSendable(buffer)
                let work = { @Sendable in
                    while let index = next.take(below: count) {
                        slots.value[index] = transform(index)
                    }
                }
                if TaskThreads.isInsideTask {
                    TaskThreads.runWithFreeHelpers(upTo: workers - 1, work)
                } else {
                    DispatchQueue.concurrentPerform(iterations: workers) { _ in TaskThreads.runAsTask(work) }
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
        let firstResult = UncheckedSendable(First?.none), secondResult = UncheckedSendable(Second?.none)
        _ = map(count: 2) { index in
            if index == 0 { firstResult.value = first() } else { secondResult.value = second() }
        }
        return (firstResult.value!, secondResult.value!)
    }
}

/// The threads that run the tasks of `Concurrency`'s loops: which threads are inside a
/// task, and how many run tasks now, so that a loop inside a task takes only free processors.
private enum TaskThreads {
    /// Threads running a task now, helpers included.
    private static let running = Atomic<Int>(0)
    /// Set (non-nil) on a thread while it runs a task.
    private static let insideKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var isInsideTask: Bool { pthread_getspecific(insideKey) != nil }

    /// Runs `work` on this thread as a task: counted in `running`, and marked.
    static func runAsTask(_ work: () -> Void) {
        running.wrappingAdd(1, ordering: .relaxed)
        marked(work)
        running.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Runs `work` on this thread (already a task) and on up to `limit` helper threads,
    /// one per processor that no task holds now; returns when all have returned.
    static func runWithFreeHelpers(upTo limit: Int, _ work: @escaping @Sendable () -> Void) {
        var helpers = 0, current = running.load(ordering: .relaxed)
        while helpers < limit && current < Concurrency.threadLimit {
            let (exchanged, original) = running.compareExchange(expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged {
                helpers += 1
                current += 1
            } else {
                current = original
            }
        }
        // A thread's block may be released after the thread signals: it holds `work` only
        // through this box, emptied once all have signalled.
        let shared = UncheckedSendable(Optional(work)), finished = DispatchSemaphore(value: 0)
        for _ in 0..<helpers {
            let thread = Thread {
                marked(shared.value!)
                running.wrappingSubtract(1, ordering: .relaxed)
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work()
        for _ in 0..<helpers { finished.wait() }
        shared.value = nil
    }

    private static func marked(_ work: () -> Void) {
        let outer = pthread_getspecific(insideKey)
        pthread_setspecific(insideKey, UnsafeRawPointer(bitPattern: 1))
        work()
        pthread_setspecific(insideKey, outer)
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
