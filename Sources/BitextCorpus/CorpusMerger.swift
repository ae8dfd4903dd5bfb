import BitextLanguage
import Foundation

/// Joins corpora that bitext wrote — the outputs of `batch --shard K/N`, given in shard order —
/// into the one corpus that the unsharded batch writes, byte for byte: one TMX header and
/// footer, one XLIFF root (each document keeps its own `<file>`, as in any batch), JSONL lines
/// one after the other, one TSV or CSV header when the parts have one, one XLSX sheet (its
/// rows written again, so that the shared-strings table covers the whole corpus), Moses'
/// two files joined side by side.
///
/// Parts must be of one format and one language pair, and each exactly as a writer makes it
/// (see `PartReader`): a merge that cannot give the unsharded corpus is refused rather than
/// guessed. Headers that name a language (TMX's `srclang`, `--language-header`, XLSX's) name
/// it in the merged corpus when the parts agree; with `allowsMixedLanguages`, parts of a batch
/// with `auto` languages whose documents were identified differently are joined, and the
/// header then says "several" as the unsharded batch would (`*all*`, a plain `source`).
///
/// Time and memory are linear in the parts' size.
public struct CorpusMerger: Sendable {
    /// The format the caller expects (`--format`); nil to take the parts' own.
    public var format: CorpusFormat?
    /// Joins parts whose languages differ (a batch with `--src-lang auto` or `--tgt-lang auto`).
    public var allowsMixedLanguages = false
    /// The creation date of the merged TMX and XLSX: like every writer's, `SOURCE_DATE_EPOCH`
    /// or now, so that a merge run with the batch's `SOURCE_DATE_EPOCH` gives its bytes.
    public var creationDate = CorpusOptions.defaultCreationDate()

    /// A merger that expects `format`, or takes the parts' own when it is nil.
    public init(format: CorpusFormat? = nil) {
        self.format = format
    }

    /// The format of a part, from its content: nil for an empty file (which any format
    /// without header may be) or for bytes that no writer of bitext starts with.
    public static func detectFormat(_ part: CorpusPart) -> CorpusFormat? {
        switch part.content {
        case .moses: .moses
        case .file(let bytes): PartReader.detectFormat(bytes)
        }
    }

    /// The parts joined in the order given.
    ///
    /// - Throws: `CorpusMergeError` for parts of different formats, language pairs or
    ///   headers, a part that is not a corpus bitext wrote, or a corpus too large for its format.
    public func merge(_ parts: [CorpusPart]) throws(CorpusMergeError) -> MergedCorpus {
        guard let format = try commonFormat(parts) else {
            return MergedCorpus(format: nil, bytes: [])  // every part an empty file
        }
        var read: [ReadPart] = []
        read.reserveCapacity(parts.count)
        for part in parts { read.append(try PartReader.read(part, as: format)) }
        switch format {
        case .moses:
            return try mergeMoses(read)
        case .beads:
            let withBeads = read.filter(\.hasBeads)
            guard withBeads.count <= 1 else {
                throw CorpusMergeError("\(withBeads[0].name), \(withBeads[1].name): a beads file holds one document, and "
                                       + "\(withBeads.count) parts have beads; run the batch with --format jsonl (each line names its document)")
            }
            return MergedCorpus(format: .beads, bytes: Array(withBeads.first?.body ?? []))
        case .jsonl:
            _ = try languages(read, headerNamesLanguages: false)
            return MergedCorpus(format: .jsonl, bytes: Self.joined(read))
        case .tmx:
            let (source, _) = try languages(read, headerNamesLanguages: false)
            let versions = Set(read.compactMap(\.toolVersion))
            guard versions.count == 1, let version = versions.first else {
                let other = read.first { $0.toolVersion != read[0].toolVersion }!
                throw CorpusMergeError("\(read[0].name), \(other.name): made by different versions of bitext "
                                       + "(\(read[0].toolVersion ?? "?"), \(other.toolVersion ?? "?")); run every shard with one version")
            }
            let writer = CorpusWriter(format: .tmx, options: options(), toolVersion: version)
            return try wrapped(read, writer: writer, source: source)
        case .xliff:
            _ = try languages(read, headerNamesLanguages: false)
            return try wrapped(read, writer: CorpusWriter(format: .xliff, options: options(), toolVersion: ""), source: nil)
        case .tsv, .csv:
            return try mergeTabular(read, format: format)
        case .xlsx:
            let (source, target) = try languages(read, headerNamesLanguages: true)
            let writer = CorpusWriter(format: .xlsx, options: options(), toolVersion: "")
            var text = writer.header(sourceLanguage: try language(source, in: read), targetLanguage: try language(target, in: read))
            text.main += String(decoding: Self.joined(read), as: UTF8.self)
            do {
                return MergedCorpus(format: .xlsx, bytes: try writer.file(text))
            } catch {
                throw CorpusMergeError(error.message, isUsage: false)
            }
        }
    }

    /// The format every part is in: `format` when given, else the first part's; nil when
    /// every part is an empty file.
    private func commonFormat(_ parts: [CorpusPart]) throws(CorpusMergeError) -> CorpusFormat? {
        guard !parts.isEmpty else { throw CorpusMergeError("give the parts to merge") }
        var first: (name: String, format: CorpusFormat)?
        for part in parts {
            guard let detected = Self.detectFormat(part) else {
                if case .file(let bytes) = part.content, !bytes.isEmpty {
                    throw PartReader.notWritten(part.name, "its start is none of the formats bitext writes")
                }
                continue  // an empty file: checked against the format when read
            }
            if let format, detected != format {
                throw CorpusMergeError("\(part.name) is \(detected.rawValue), not --format \(format.rawValue)")
            }
            if let first, first.format != detected {
                throw CorpusMergeError("\(first.name) is \(first.format.rawValue) and \(part.name) is \(detected.rawValue): "
                                       + "give parts of one format")
            }
            first = first ?? (part.name, detected)
        }
        return format ?? first?.format
    }

    /// The options of the writer that makes the merged header and file.
    private func options(header: Bool = false, languageHeader: Bool = false) -> CorpusOptions {
        var options = CorpusOptions()
        options.creationDate = creationDate
        options.header = header
        options.languageHeader = languageHeader
        return options
    }

    /// The parts' bodies one after the other.
    private static func joined(_ parts: [ReadPart]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.body.count })
        for part in parts { bytes += part.body }
        return bytes
    }

    /// TMX and XLIFF: one header, the parts' bodies, one footer.
    private func wrapped(_ parts: [ReadPart], writer: CorpusWriter, source: SideLanguages?) throws(CorpusMergeError) -> MergedCorpus {
        let header = writer.header(sourceLanguage: try source.flatMap { side throws(CorpusMergeError) in try language(side, in: parts) })
        let footer = writer.footer()
        var bytes = Array(header.main.utf8)
        let body = Self.joined(parts)
        bytes.reserveCapacity(bytes.count + body.count + footer.main.utf8.count)
        bytes += body
        bytes += Array(footer.main.utf8)
        return MergedCorpus(format: writer.format, bytes: bytes)
    }

    /// TSV and CSV: one header when the parts have one (all of them, or none), then the rows.
    private func mergeTabular(_ parts: [ReadPart], format: CorpusFormat) throws(CorpusMergeError) -> MergedCorpus {
        if let with = parts.first(where: { $0.header != nil }), let without = parts.first(where: { $0.header == nil }) {
            throw CorpusMergeError("\(with.name) has a header line and \(without.name) has none: give the parts of one batch")
        }
        guard parts[0].header != nil else { return MergedCorpus(format: format, bytes: Self.joined(parts)) }
        // `--header` and `--language-header` without a language known write the same line.
        let namesLanguages = parts.contains { $0.header?.source != nil || $0.header?.target != nil }
        if namesLanguages && !allowsMixedLanguages, let plain = parts.first(where: { $0.hasBeads && $0.header! == (nil, nil) }),
           let named = parts.first(where: { $0.header?.source != nil || $0.header?.target != nil }) {
            throw CorpusMergeError("\(plain.name) has a header without languages (--header) and \(named.name) one with "
                                   + "(--language-header): give the parts of one batch (or --mixed-languages, for a batch with auto languages)")
        }
        let (source, target) = try languages(parts, headerNamesLanguages: namesLanguages)
        let writer = CorpusWriter(format: format, options: options(header: !namesLanguages, languageHeader: namesLanguages), toolVersion: "")
        let header = writer.header(sourceLanguage: try language(source, in: parts), targetLanguage: try language(target, in: parts))
        return MergedCorpus(format: format, bytes: Array(header.main.utf8) + Self.joined(parts))
    }

    /// Moses: each side's files joined, in the first part's order of sides.
    private func mergeMoses(_ parts: [ReadPart]) throws(CorpusMergeError) -> MergedCorpus {
        let codes = parts[0].mosesSides.map(\.code)
        for part in parts.dropFirst() where Set(part.mosesSides.map(\.code)) != Set(codes) {
            throw CorpusMergeError("\(parts[0].name) has the files .\(codes.joined(separator: " and .")) and \(part.name) "
                                   + ".\(part.mosesSides.map(\.code).joined(separator: " and .")): give parts of one language pair")
        }
        let sides = codes.map { code in
            var side = MosesSide(code: code, bytes: [])
            side.bytes.reserveCapacity(parts.reduce(0) { $0 + ($1.mosesSides.first { $0.code == code }?.bytes.count ?? 0) })
            for part in parts { side.bytes += part.mosesSides.first { $0.code == code }!.bytes }
            return side
        }
        return MergedCorpus(format: .moses, bytes: [], mosesSides: sides)
    }

    /// The languages of the merged corpus, each side's from every part. Refuses, unless
    /// `allowsMixedLanguages`, two parts that say different things of a side: two languages,
    /// or one language and "several" (parts that name none, such as an empty shard, agree with
    /// any). `headerNamesLanguages`: a header cell without a language, over rows, then means
    /// "several".
    private func languages(_ parts: [ReadPart], headerNamesLanguages: Bool) throws(CorpusMergeError) -> (SideLanguages, SideLanguages) {
        var merged = (SideLanguages(), SideLanguages())
        var first: [ReadPart?] = [nil, nil]
        for var part in parts {
            if let header = part.header {
                if let code = header.source { part.source.codes.insert(code) } else if headerNamesLanguages && part.hasBeads { part.source.several = true }
                if let code = header.target { part.target.codes.insert(code) } else if headerNamesLanguages && part.hasBeads { part.target.several = true }
            }
            for side in 0..<2 {
                guard let said = Self.said(side == 0 ? part.source : part.target) else { continue }
                guard let earlier = first[side] else {
                    first[side] = part
                    continue
                }
                if Self.said(side == 0 ? earlier.source : earlier.target) != said && !allowsMixedLanguages {
                    throw CorpusMergeError("\(earlier.name) is \(Self.pair(earlier)) and \(part.name) is \(Self.pair(part)): "
                                           + "give the parts of one language pair (or --mixed-languages, for a batch with auto languages)")
                }
            }
            merged.0.formUnion(part.source)
            merged.1.formUnion(part.target)
        }
        return merged
    }

    /// What a part says of a side: its one language, `several`, or nil when it names none.
    private static func said(_ side: SideLanguages) -> String? {
        if let single = side.single { return single }
        return side.several || side.codes.count > 1 ? "several" : nil
    }

    /// A part's language pair in messages: `en→fr`, `several→fr`, `?` for a side it names nothing of.
    private static func pair(_ part: ReadPart) -> String {
        "\(said(part.source) ?? "?")→\(said(part.target) ?? "?")"
    }

    /// The one language a side of the merged corpus is in, for its header; nil when it is in
    /// several or none is known.
    private func language(_ side: SideLanguages, in parts: [ReadPart]) throws(CorpusMergeError) -> Language? {
        guard let code = side.single else { return nil }
        guard let language = try? Language(code), language.code == code else {
            let part = parts.first { $0.source.codes.contains(code) || $0.target.codes.contains(code) || $0.header?.source == code
                || $0.header?.target == code }
            throw PartReader.notWritten(part?.name ?? parts[0].name, "'\(code)' is not a language code as bitext writes it")
        }
        return language
    }
}
