/// The cost of each bead of one to `largestSide` sentences a side that ends in a cell of
/// a band, by cell and shape: the posteriors' forward and backward passes both need
/// nearly all of them, and work out each only once this way (a bead of several sentences
/// a side takes an exact overlap each).
struct BeadCostTable: Sendable {
    static let largestSide = 4
    static let shapesPerCell = largestSide * largestSide
    /// +∞ where the bead's lengths are beyond the cutoff; NaN where it is not filled in
    /// (a bead that starts outside the band).
    var values: [Double]

    init(cellCount: Int) {
        values = [Double](repeating: .nan, count: cellCount * Self.shapesPerCell)
    }

    /// Where in a cell's entries the shape of `a` × `b` sentences is, or nil when the table
    /// does not hold that shape.
    static func shapeSlot(_ a: Int, _ b: Int) -> Int? {
        (1...largestSide).contains(a) && (1...largestSide).contains(b) ? (a - 1) * largestSide + (b - 1) : nil
    }

    @inline(__always)
    static func slot(cell: Int, _ a: Int, _ b: Int) -> Int {
        cell * shapesPerCell + (a - 1) * largestSide + (b - 1)
    }
}
