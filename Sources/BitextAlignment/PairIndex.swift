/// Numbers the distinct pairs of 32-bit ids in the order they are first met, and keeps
/// them in that order: an open addressing hash table with linear probing and Fibonacci
/// hashing, whose slots hold only pair numbers (the pairs themselves are kept in order
/// beside them).
///
/// The translation model looks up every word pair of every bead (millions in a novel): a
/// `Dictionary<UInt64, Int32>` spends most of that time in SipHash, and with its keys it
/// took 25 MB at 10,000 sentences a side, the aligner's peak; these slots take 8.
struct PairIndex {
    /// Each pair, by number, as one key (the first id in the high half): a lookup that finds
    /// its slot reads one more cache line, not two.
    private var keys: [UInt64] = []
    /// Each slot's pair number, or −1 when empty.
    private var slots: [Int32]
    private var shift: UInt64

    init() {
        slots = [Int32](repeating: -1, count: 1 << 10)
        shift = 64 - 10
    }

    /// The number of distinct pairs met so far.
    var count: Int { keys.count }

    /// The first and second id of each pair, by number.
    var firsts: [Int32] { keys.map { Int32(truncatingIfNeeded: $0 >> 32) } }
    var seconds: [Int32] { keys.map { Int32(truncatingIfNeeded: $0) } }

    /// `firsts` and `seconds`, leaving the index empty: its slots are freed before the two
    /// lists are made (at 10,000 sentences a side the slots, the pairs and the lists all at
    /// once were the aligner's peak memory).
    mutating func takePairs() -> (firsts: [Int32], seconds: [Int32]) {
        slots = []
        let pairs = (firsts, seconds)
        self = PairIndex()
        return pairs
    }

    /// The number of pair (`first`, `second`): the one it was given when first met, or the
    /// next one (`count` before the call) if it is new.
    @inline(__always)
    mutating func number(_ first: Int32, _ second: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        var slot = Self.slot(key, shift: shift)
        let mask = slots.count - 1
        while true {
            let found = slots[slot]
            if found < 0 { break }
            if keys[Int(found)] == key { return found }
            slot = (slot + 1) & mask
        }
        let number = Int32(keys.count)
        slots[slot] = number
        keys.append(key)
        // At most half full, so that probes stay short.
        if keys.count * 2 > slots.count { grow() }
        return number
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for number in keys.indices {
            var slot = Self.slot(keys[number], shift: shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
