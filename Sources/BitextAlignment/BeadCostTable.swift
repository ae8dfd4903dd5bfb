/// The cost of each bead of the shapes it holds that ends in a cell of a band, by cell and
/// shape: the posteriors' forward and backward passes both need nearly all of them, and
/// work out each only once this way. It holds the beads of two to `largestSide` sentences
/// a side (an exact overlap each, the costliest) and the 1-1, 1-2 and 2-1 beads (the
/// commonest); the passes work out the 1-3, 3-1, 1-4 and 4-1 beads themselves: with them
/// too, 128 bytes a cell, the peak memory at 10,000 sentences a side rose 5 MB, over 0.3 ×
/// hunalign's.
struct BeadCostTable: Sendable {
    static let largestSide = 4
    static let shapesPerCell = 12
    /// +∞ where the bead's lengths are beyond the cutoff; NaN where it is not filled in
    /// (a bead that starts outside the band).
    var values: [Double]

    init(cellCount: Int) {
        values = [Double](repeating: .nan, count: cellCount * Self.shapesPerCell)
    }

    /// Where in a cell's entries the shape of `a` × `b` sentences is, or nil when the table
    /// does not hold that shape.
    @inline(__always)
    static func shapeSlot(_ a: Int, _ b: Int) -> Int? {
        switch (a, b) {
        case (2...largestSide, 2...largestSide): (a - 2) * (largestSide - 1) + (b - 2)
        case (1, 1): 9
        case (1, 2): 10
        case (2, 1): 11
        default: nil
        }
    }

    /// The entry of the bead of shape `a` × `b` (one the table holds) ending in `cell`.
    @inline(__always)
    static func slot(cell: Int, _ a: Int, _ b: Int) -> Int {
        cell * shapesPerCell + shapeSlot(a, b)!
    }
}
