extension Figure {
    /// Writes the SVG to `path` and the data behind it to `path + ".csv"`, each atomically
    /// (a temporary file renamed into place), so a reader never sees half a figure.
    public func save(to path: String) throws {
        try FileOutput.writeAtomically(svg, to: path)
        try FileOutput.writeAtomically(csv, to: path + ".csv")
    }
}
