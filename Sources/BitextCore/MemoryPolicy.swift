#if canImport(Glibc)
import Glibc
#endif

/// How the process asks the C allocator for memory.
public enum MemoryPolicy {
    /// Has every block of 256 KB or more mapped on its own and given back to the system when
    /// freed. By default glibc raises that threshold each time such a block is freed (up to
    /// 32 MB), after which the aligner's large per-pass arrays come from the heap and leave
    /// it fragmented: at 100,000 sentences a side that kept some 60 MB more resident than
    /// was ever in use at once. Call it once, first thing in a program.
    public static func returnLargeBlocksToSystem() {
        mallopt(-3, 256 << 10)  // M_MMAP_THRESHOLD
    }

    /// Has all threads allocate from one heap. By default glibc gives each thread that
    /// allocates at once its own, and the freed memory of each stays resident apart: aligning
    /// one pair of 10,000 sentences a side, one heap peaked 2–4 MB lower. But the threads then
    /// wait for each other's allocations: many pairs aligned at once (`batch --jobs 2`) ran
    /// 10 % slower with it, and one pair of 100,000 sentences a side 0.4 s slower (8 %), so no
    /// command uses it now. Call it before any other thread allocates.
    public static func shareOneHeap() {
        mallopt(-8, 1)  // M_ARENA_MAX
    }

    /// Gives the system back the pages that freed memory leaves whole inside the heaps.
    /// Millions of small blocks freed at once (the words and concepts of each sentence, once
    /// no longer needed) stay resident otherwise, scattered between live ones, and a large
    /// block allocated next is mapped on top of them: at 10,000 sentences a side the last
    /// pass's bead costs peaked 7 MB higher.
    public static func releaseFreedMemory() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = mallocFunction("malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    private static func mallopt(_ parameter: Int32, _ value: Int32) {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = mallocFunction("mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(parameter, value)
    }

    /// A function of glibc's malloc.h, which the Glibc module leaves out; nil elsewhere.
    private static func mallocFunction(_ name: String) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
        #else
        nil
        #endif
    }
}
