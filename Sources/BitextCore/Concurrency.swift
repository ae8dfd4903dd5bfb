import Dispatch

/// Data-parallel helpers over Dispatch.
public enum Concurrency {
    /// `transform` applied to 0..<count, on up to `count` threads at once; the results
    /// are in index order whatever the threads' order.
    public static func map<Result>(count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = UncheckedSendable([Result?](repeating: nil, count: count))
        results.value.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.value[index] = transform(index)
            }
        }
        return results.value.map { $0! }
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
