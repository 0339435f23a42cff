extension Array where Element: BitwiseCopyable {
    /// An array of `count` elements that `fill` writes, every one of them, without zeroing them first.
    ///
    /// For UMAP's large buffers (61 MB for 20,000 × 768 frames): glibc maps blocks that large afresh, and a zeroed
    /// array has one core fault in and clear every page before the parallel loop that fills it starts; here the
    /// loop's threads touch the pages first, each its own part.
    init(count: Int, filledBy fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(buffer)
            initialized = count
        }
    }
}
