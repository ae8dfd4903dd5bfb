/// Numbers the distinct pairs of 32-bit ids in the order they are first met: an open
/// addressing hash table with linear probing and Fibonacci hashing.
///
/// The translation model looks up every word pair of every bead (millions in a novel);
/// a `Dictionary<UInt64, Int32>` spends most of that time in SipHash and most of the
/// model's memory in its growth. Here a lookup is one multiplication and, mostly, one probe.
struct PairIndex {
    /// Each slot's key (`UInt64.max`, which no pair of ids below `Int32.max` makes, when empty).
    private var keys: [UInt64]
    /// Each slot's pair number.
    private var numbers: [Int32]
    private var shift: UInt64
    /// The number of distinct pairs met so far.
    private(set) var count = 0

    private static let emptyKey = UInt64.max

    init() {
        keys = [UInt64](repeating: Self.emptyKey, count: 1 << 10)
        numbers = [Int32](repeating: 0, count: 1 << 10)
        shift = 64 - 10
    }

    /// The number of pair (`first`, `second`): the one it was given when first met, or the
    /// next one (`count` before the call) if it is new; `isNew` tells which.
    @inline(__always)
    mutating func number(_ first: Int32, _ second: Int32) -> (number: Int32, isNew: Bool) {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        precondition(key != Self.emptyKey, "the pair (−1, −1) cannot be numbered")
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while true {
            let found = keys[slot]
            if found == key { return (numbers[slot], false) }
            if found == Self.emptyKey { break }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        keys[slot] = key
        numbers[slot] = number
        count += 1
        // At most half full, so that probes stay short.
        if count * 2 > keys.count { grow() }
        return (number, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldNumbers = numbers
        let capacity = oldKeys.count * 2
        keys = [UInt64](repeating: Self.emptyKey, count: capacity)
        numbers = [Int32](repeating: 0, count: capacity)
        shift -= 1
        let mask = capacity - 1
        for (key, number) in zip(oldKeys, oldNumbers) where key != Self.emptyKey {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != Self.emptyKey { slot = (slot + 1) & mask }
            keys[slot] = key
            numbers[slot] = number
        }
    }
}
