extension UnsafeMutableBufferPointer {
    /// A new buffer holding `values`, for UMAP's working memory (layout, edge schedule, neighbour heaps): tasks
    /// on several threads write their own parts of it, which raw memory allows and an array's exclusivity checks
    /// do not. The owner deallocates it.
    static func copying(_ values: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        return buffer
    }
}
