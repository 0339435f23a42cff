#if canImport(Glibc)
import CMalloc
#endif

/// Lets the process keep the memory it frees for its next allocations instead of handing it back to the
/// system at once.
///
/// The analyses allocate and free blocks of several megabytes at every step (4 MB of centred frames, their
/// Float32 copy, a 768 × 768 product). glibc serves such blocks with `mmap` and unmaps them when freed,
/// so every step page-faults fresh zeroed memory: 115,000 faults per SVCCA of two 20,000 × 768 layers,
/// 0.3 s of its 1.3 s. With blocks up to 32 MB served from the heap, and the heap trimmed only once
/// 256 MB of it lies free, the faults drop to a third and the memory is reused warm. The price is that
/// up to 256 MB freed by a large step stays with the process until it is reused.
public enum HeapRetention {
    /// Largest block served from the heap (glibc's ceiling for this setting).
    public static let largestHeapBlock = 32 << 20
    /// Free memory at the top of the heap beyond which glibc returns it to the system.
    public static let trimThreshold = 256 << 20

    /// Applies both settings to the process (glibc only; elsewhere the allocator's defaults stay).
    /// Returns whether they were applied.
    @discardableResult
    public static func apply() -> Bool {
        #if canImport(Glibc)
        return mallopt(M_MMAP_THRESHOLD, Int32(largestHeapBlock)) == 1 && mallopt(M_TRIM_THRESHOLD, Int32(trimThreshold)) == 1
        #else
        return false
        #endif
    }
}
