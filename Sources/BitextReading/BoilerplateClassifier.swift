/// Tells a page's main text from its furniture, in the spirit of jusText and readability:
///
/// 1. Each block is judged on its own text (jusText): link density, length, and the share of
///    function words (prose has about a third; menus, tags and link lists few).
/// 2. The element that holds the most prose, net of furniture, is the main container
///    (readability): inside it, text that is not a link list is main text; outside it, only
///    clear prose is.
/// 3. Structure overrides statistics where a page names its furniture: text inside `nav`,
///    `footer`, `aside`, `form`, or inside elements whose class or id says menu, sidebar,
///    comment, share, related, cookie… (below the main container, or beside it) is
///    boilerplate; so is a short text that repeats on the page, and hidden text.
/// 4. Short blocks (headings, bylines) take the class of their neighbours.
struct BoilerplateClassifier {
    let page: HTMLPage

    private enum Quality { case good, nearGood, short, bad }

    /// Whether each block of the page is boilerplate, in block order.
    func boilerplateFlags() -> [Bool] {
        let blocks = page.blocks
        guard !blocks.isEmpty else { return [] }
        let stopWords = StopWords.bestList(for: blocks.flatMap { Self.words(of: $0.text) })
        let qualities = blocks.map { quality(of: $0, stopWords: stopWords) }
        let context = furnitureContext(qualities: qualities)
        let container = mainContainer(qualities: qualities, furniture: context)
        let containerAncestors = ancestorSet(of: container)
        // Top-down flags per element (a parent always comes before its children): inside
        // the container; inside furniture or hidden text that is not above the container.
        var inContainer = [Bool](repeating: false, count: page.elements.count)
        var inFurniture = [Bool](repeating: false, count: page.elements.count)
        for (index, element) in page.elements.enumerated() {
            let parent = element.parent
            inContainer[index] = index == container || (parent >= 0 && inContainer[parent])
            inFurniture[index] = element.isHidden || (context[index] && !containerAncestors.contains(index))
                || (parent >= 0 && inFurniture[parent])
        }
        var counts: [String: Int] = [:]
        for block in blocks where block.text.count < Self.repeatedLength { counts[block.text, default: 0] += 1 }

        var isMain = [Bool](repeating: false, count: blocks.count)
        var decided = [Bool](repeating: false, count: blocks.count)
        for (index, block) in blocks.enumerated() {
            let inContainer = inContainer[block.element]
            if inFurniture[block.element] {
                decided[index] = true
                continue
            }
            if block.text.count < Self.repeatedLength, counts[block.text, default: 0] > 1, block.kind != .tableCell {
                decided[index] = true
                continue
            }
            let linkDensity = Double(block.linkCharacters) / Double(max(block.text.count, 1))
            switch (qualities[index], inContainer) {
            case (.good, _):
                isMain[index] = true; decided[index] = true
            case (.bad, false):
                decided[index] = true
            case (.bad, true):
                // Inside the main text a block is bad by its links only, not for few function words (a list of facts).
                decided[index] = true
                isMain[index] = linkDensity < Self.containerLinkDensity && block.text.count >= Self.containerShortLength
            case (.nearGood, true), (.short, true):
                isMain[index] = linkDensity < Self.containerLinkDensity
                decided[index] = true
            case (.nearGood, false), (.short, false):
                break
            }
        }
        // Undecided blocks outside the container follow their neighbours (jusText's context rule).
        for index in blocks.indices where !decided[index] {
            let previous = nearestDecided(from: index, step: -1, decided: decided, qualities: qualities, isMain: isMain)
            let next = nearestDecided(from: index, step: 1, decided: decided, qualities: qualities, isMain: isMain)
            let quality = qualities[index]
            isMain[index] = quality == .nearGood ? (previous || next) : (previous && next)
            if blocks[index].kind == .heading, next { isMain[index] = true }
        }
        // A heading introduces what follows it: it is main text only when the next text is.
        var nextIsMain = false
        for index in blocks.indices.reversed() {
            if blocks[index].kind == .heading {
                isMain[index] = isMain[index] && nextIsMain
            } else {
                nextIsMain = isMain[index]
            }
        }
        if !isMain.contains(true) {
            // Nothing survived (a page whose every part carries a furniture name): keep the prose.
            for index in blocks.indices where qualities[index] == .good || qualities[index] == .nearGood { isMain[index] = true }
        }
        return isMain.map { !$0 }
    }

    /// Blocks shorter than this that occur twice on a page are furniture (menus shown twice).
    private static let repeatedLength = 80
    /// Inside the main container, text with more of its characters in links than this is a link list.
    private static let containerLinkDensity = 0.5
    /// Inside the main container, a block that judged alone is bad must have at least this many characters.
    private static let containerShortLength = 20

    private func nearestDecided(from index: Int, step: Int, decided: [Bool], qualities: [Quality], isMain: [Bool]) -> Bool {
        var current = index + step, seen = 0
        while current >= 0, current < decided.count, seen < 4 {
            if decided[current] { return isMain[current] }
            if qualities[current] == .nearGood { return true }
            current += step; seen += 1
        }
        return false
    }

    /// jusText's judgement of a block alone.
    private func quality(of block: HTMLPage.Block, stopWords list: (words: Set<String>, share: Double)?) -> Quality {
        let length = block.text.count
        let linkDensity = Double(block.linkCharacters) / Double(max(length, 1))
        if linkDensity > 0.2 { return .bad }
        if Self.looksLikeFurniture(block.text) { return .bad }
        guard let list else {
            // No function-word list (Chinese, Japanese…): length alone.
            let weighted = block.text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 3 : 1) }
            if weighted < 70 { return .short }
            return weighted > 200 ? .good : .nearGood
        }
        if length < 70 { return .short }
        let words = Self.words(of: block.text)
        let stops = words.reduce(0) { $0 + (list.words.contains($1.lowercased()) ? 1 : 0) }
        let density = Double(stops) / Double(max(words.count, 1)) / list.share
        if length > 200 {
            if density >= 0.32 { return .good }
            return density >= 0.30 ? .nearGood : .bad
        }
        return density >= 0.30 ? .nearGood : .bad
    }

    /// Copyright lines and similar one-liners that every site carries.
    private static func looksLikeFurniture(_ text: String) -> Bool {
        guard text.count < 200 else { return false }
        let lower = text.lowercased()
        return lower.contains("©") || lower.contains("copyright") || lower.contains("all rights reserved")
    }

    static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter })
    }

    /// Per element: whether its tag or its name marks furniture. A name is overruled when
    /// the element holds most of the page's prose: then it describes a layout ("right-sidebar"
    /// on the column beside a sidebar, a page wrapped in an ASP.NET `<form>`), not furniture.
    private func furnitureContext(qualities: [Quality]) -> [Bool] {
        var prose = [Double](repeating: 0, count: page.elements.count)
        var total = 0.0
        for (block, quality) in zip(page.blocks, qualities) {
            let weight = quality == .good ? 1.0 : quality == .nearGood ? 0.5 : 0
            guard weight > 0 else { continue }
            let amount = weight * Double(block.text.count)
            total += amount
            prose[block.element] += amount
        }
        Self.addChildrenToParents(&prose, elements: page.elements)
        return page.elements.enumerated().map { index, element in
            if element.isHidden { return true }
            let named = Self.furnitureTags.contains(element.name) || element.nameWords.contains { word in
                Self.furnitureWords.contains(String(word)) || Self.furnitureNames.contains { word.hasPrefix($0) }
            }
            return named && !(total > 0 && prose[index] > 0.5 * total)
        }
    }

    private static let furnitureTags: Set<String> = ["nav", "footer", "aside", "form", "button", "label", "menu", "dialog", "time"]
    /// Prefixes of class/id words that name furniture ("navbar", "comments", "sharing").
    private static let furnitureNames = [
        "nav", "menu", "footer", "sidebar", "comment", "share", "sharing", "social", "related", "cookie", "consent", "gdpr",
        "banner", "breadcrumb", "advert", "promo", "newsletter", "subscri", "login", "signup", "popup", "modal", "masthead",
        "pagination", "pager", "toolbar", "copyright", "disclaimer", "sponsor", "recommend", "outbrain", "taboola", "disqus",
        "respond", "reply", "tagcloud", "newsticker", "credit", "author", "byline", "dateline", "timestamp", "published",
    ]
    /// Class/id words that name furniture only as whole words ("ad" but not "address",
    /// "tags" but not "tagesschau"; "hidden" but not "hidden-xs", which only hides on phones).
    private static let furnitureWords: Set<String> = ["ad", "ads", "tags", "skip", "search", "cart", "rss", "follow",
                                                      "widget", "widgets", "sronly", "teaser", "teasers", "bio", "meta", "date", "time"]

    private func ancestorSet(of element: Int) -> Set<Int> {
        var set: Set<Int> = []
        var current = element
        while current >= 0 {
            set.insert(current)
            current = page.elements[current].parent
        }
        return set
    }

    /// The element holding the most prose net of furniture: good text counts fully, near-good
    /// half, bad text against. Ties go to the deeper element.
    private func mainContainer(qualities: [Quality], furniture: [Bool]) -> Int {
        var score = [Double](repeating: 0, count: page.elements.count)
        for (block, quality) in zip(page.blocks, qualities) {
            let length = Double(block.text.count)
            let weight: Double = switch quality {
            case .good: 1
            case .nearGood: 0.5
            case .short: 0
            case .bad: -0.5
            }
            score[block.element] += weight * length
        }
        Self.addChildrenToParents(&score, elements: page.elements)
        // Equal scores go to the later element: a wrapper's only child comes after it.
        var best = -1, bestScore = 0.0
        for (index, value) in score.enumerated() where value > bestScore || (value == bestScore && best >= 0) {
            if furniture[index] { continue }
            best = index; bestScore = value
        }
        return best
    }

    /// Turns per-element amounts into subtree sums in one bottom-up pass (children come after their parents).
    private static func addChildrenToParents(_ values: inout [Double], elements: [HTMLPage.Element]) {
        for index in elements.indices.reversed() where elements[index].parent >= 0 {
            values[elements[index].parent] += values[index]
        }
    }
}
