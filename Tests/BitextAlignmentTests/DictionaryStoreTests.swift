import BitextAlignment
import BitextCore
import Foundation
import Testing

/// `DictionaryStore`: where the installed dictionaries are, which file serves a pair and in
/// which direction its entries are read.
@Suite struct DictionaryStoreTests {
    /// A data folder holding `files` (name → text) in `dictionaries/`; removed by the caller.
    private func store(_ files: [String: String]) throws -> DictionaryStore {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-store-\(UUID().uuidString)")
        let store = DictionaryStore(dataFolder: data)
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: store.folder.appendingPathComponent(name)) }
        return store
    }

    @Test func findsTheFileOfThePairInEitherDirection() throws {
        let store = try store(["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        let forward = try #require(store.dictionary(source: "en", target: "fr"))
        #expect(forward.url.lastPathComponent == "en-fr.tsv" && !forward.reversed)
        let backward = try #require(store.dictionary(source: "fr", target: "en"))
        #expect(backward.url.lastPathComponent == "en-fr.tsv" && backward.reversed)
        #expect(store.dictionary(source: "en", target: "de") == nil)
        #expect(store.dictionary(source: "en", target: "en") == nil)
    }

    @Test func readsEntriesInTheDirectionAsked() throws {
        let store = try store(["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        let forward = try #require(try store.load(source: "en", target: "fr"))
        #expect(forward.dictionary.entries.map { "\($0.source)>\($0.target)" } == ["dog>chien", "horse>cheval"])
        let backward = try #require(try store.load(source: "fr", target: "en"))
        #expect(backward.url == forward.url)
        #expect(backward.dictionary.entries.map { "\($0.source)>\($0.target)" } == ["chien>dog", "cheval>horse"])
        #expect(try store.load(source: "fr", target: "de") == nil)
    }

    @Test func prefersTheFileFiledInTheDirectionAsked() throws {
        let store = try store(["en-fr.tsv": "dog\tchien\n", "fr-en.tsv": "chat\tcat\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        #expect(store.dictionary(source: "fr", target: "en")?.url.lastPathComponent == "fr-en.tsv")
        #expect(store.dictionary(source: "fr", target: "en")?.reversed == false)
        #expect(store.dictionary(source: "en", target: "fr")?.url.lastPathComponent == "en-fr.tsv")
    }

    @Test func looksUpByPrimarySubtag() throws {
        let store = try store(["pt-en.tsv": "cão\tdog\n", "zh-en.tsv": "狗\tdog\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        #expect(DictionaryStore.primaryLanguage("pt-BR") == "pt")
        #expect(DictionaryStore.primaryLanguage("zh_Hans_CN") == "zh")
        #expect(DictionaryStore.primaryLanguage("EN-us") == "en")
        #expect(store.dictionary(source: "pt-BR", target: "en-GB")?.url.lastPathComponent == "pt-en.tsv")
        #expect(store.dictionary(source: "en_US", target: "zh-Hans")?.reversed == true)
        #expect(try store.load(source: "en-US", target: "pt-PT")?.dictionary.entries.first?.source == "dog")
    }

    @Test func neverLooksOutsideItsFolder() throws {
        let store = try store(["en-fr.tsv": "dog\tchien\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        #expect(store.dictionary(source: "../en", target: "fr") == nil)
        #expect(store.dictionary(source: "", target: "fr") == nil)
    }

    @Test func aMalformedFileIsAnInputErrorNamingItsLine() throws {
        let store = try store(["de-fr.tsv": "Hund\tchien\nno separator here\n"])
        defer { try? FileManager.default.removeItem(at: store.dataFolder) }
        do {
            _ = try store.load(source: "fr", target: "de")
            Issue.record("a malformed dictionary was read")
        } catch let error as InputFileError {
            #expect(error.path.hasSuffix("dictionaries/de-fr.tsv"))
            #expect(error.reason == "line 2: expected 'target @ source' or 'source<TAB>target'")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func theDataFolderComesFromTheEnvironment() {
        #expect(DictionaryStore(environment: ["BITEXT_DATA": "/srv/bitext", "HOME": "/home/ada"]).folder.path == "/srv/bitext/dictionaries")
        #expect(DictionaryStore(environment: ["BITEXT_DATA": "", "HOME": "/home/ada"]).folder.path
                == "/home/ada/.local/share/bitext/dictionaries")
        #expect(DictionaryStore(environment: ["HOME": "/home/ada"]).dataFolder.path == "/home/ada/.local/share/bitext")
    }
}
