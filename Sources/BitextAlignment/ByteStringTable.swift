/// Numbers distinct byte strings (words in ASCII letters) in the order they are first met:
/// an open addressing table with linear probing, its keys kept in one buffer.
///
/// `ConceptExtractor` looks up every word of a document (two million at 100,000 sentences
/// a side). Through a `Dictionary` keyed by `Substring` each lookup checks the word for
/// normalisation and hashes it with SipHash (reading took some 15 % more time); a word in
/// ASCII letters is its own normal form, so its bytes can be hashed and compared as they are.
struct ByteStringTable {
    /// The keys, one after the other, and where each starts (one more than keys).
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Each slot's key number, or −1 when empty.
    private var slots: [Int32]
    private var shift: UInt64

    init() {
        slots = [Int32](repeating: -1, count: 1 << 10)
        shift = 64 - 10
    }

    /// The number of distinct keys met so far.
    var count: Int { starts.count - 1 }

    /// The number of `key` if it was inserted.
    func number(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Self.slot(Self.hash(key), shift: shift)
        let mask = slots.count - 1
        while true {
            let found = slots[slot]
            if found < 0 { return nil }
            if matches(Int(found), key) { return found }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts `key`, which is not in the table yet, as number `count`.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) {
        let number = Int32(count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        place(number, hash: Self.hash(key))
        // At most half full, so that probes stay short.
        if count * 2 > slots.count { grow() }
    }

    private func matches(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number], length = starts[number + 1] - start
        guard length == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<length where stored[start + k] != key[k] { return false }
            return true
        }
    }

    private mutating func place(_ number: Int32, hash: UInt64) {
        var slot = Self.slot(hash, shift: shift)
        let mask = slots.count - 1
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for number in 0..<count {
            let hash = bytes.withUnsafeBufferPointer { stored in
                Self.hash(UnsafeBufferPointer(rebasing: stored[starts[number]..<starts[number + 1]]))
            }
            place(Int32(number), hash: hash)
        }
    }

    /// A multiplicative hash of the bytes, eight at a time; its top bits pick the slot.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        let raw = UnsafeRawBufferPointer(key)
        while offset + 8 <= key.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        for k in offset..<key.count { tail |= UInt64(key[k]) << UInt64(8 * (k - offset)) }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 32)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xBF58_476D_1CE4_E5B9) >> shift)
    }
}
