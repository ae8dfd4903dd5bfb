import BitextAlignment
import BitextCorpus
import Testing

@Suite struct BeadsFormatTests {
    @Test func writesVecalignBeads() {
        let beads = [Bead(source: 0..<1, target: 0..<2, confidence: 0.8734),
                     Bead(source: 1..<1, target: 2..<3, confidence: 1),
                     Bead(source: 1..<3, target: 3..<3, confidence: 0.05)]
        #expect(BeadsFormat.write(beads) == "[0]:[0, 1]:0.873\n[]:[2]:1.000\n[1, 2]:[]:0.050\n")
    }

    @Test func readsWhatItWritesAndGoldFiles() throws {
        let read = try BeadsFormat.read("[0]:[0, 1]:0.873\n\n[]:[2]\n[1,2]:[]:x\n")
        #expect(read.map(\.link) == [AlignmentLink(source: [0], target: [0, 1]), AlignmentLink(source: [], target: [2]),
                                     AlignmentLink(source: [1, 2], target: [])])
        #expect(read.map(\.score) == [0.873, nil, nil])
        #expect(try BeadsFormat.read("[0]:[0]\r\n[1]:[1]\r\n").map(\.link.source) == [[0], [1]])
    }

    @Test(arguments: ["[0]", "0:1", "[a]:[1]", "[0]:[-1]", "[0:[1]"])
    func refusesLinesThatAreNotBeads(line: String) {
        #expect {
            try BeadsFormat.read("[0]:[0]\n" + line + "\n")
        } throws: { error in
            (error as? BeadsFormatError)?.line == 2
        }
    }
}

@Suite struct UntrustedNumberTests {
    @Test func nonFiniteScoresAreRefusedWithTheirLine() {
        for value in ["nan", "inf", "-inf", "1e400"] {
            #expect {
                try BeadsFormat.read("[0]:[0]:0.5\n[1]:[1]:\(value)\n")
            } throws: { error in
                (error as? BeadsFormatError)?.description == "line 2: the score '\(value)' is not a finite number"
            }
        }
    }

    @Test func sourceDateEpochMustBeWholeSecondsUpToTheYear9999() {
        #expect(CorpusOptions.sourceDateEpoch("0") == 0)
        #expect(CorpusOptions.sourceDateEpoch("1700000000") == 1_700_000_000)
        for value in ["nan", "inf", "1e30", "-5", "1.5", "", " 1", "253402300800", "31708431107000"] {
            #expect(CorpusOptions.sourceDateEpoch(value) == nil, "\(value)")
        }
    }
}
