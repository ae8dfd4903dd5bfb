/// The commonest function words of the languages the extractor meets most, for telling
/// prose (where they make about a third of the words) from menus, tags and link lists
/// (where they are rare). Short hand-made lists: the share matters, not completeness.
enum StopWords {
    static let lists: [String: Set<String>] = [
        "en": words("""
            am being do does doing having he'd her hers herself himself his how's i'd i'll i'm i've it's itself let's \
            mine myself nor off once ought ours ourselves shall she's theirs themselves there's they'd they'll they're \
            they've until we'd we'll we're we've what's when's where's which who's whom why's won't yours yourself \
            yourselves also even may might must much another every few more most less still yet well however though \
            although since without within upon against among across around during toward towards whether either \
            neither either already always never often sometimes something anything nothing everything someone anyone \
            say says get got go goes made make new first last year years people way just back only our out \
            the of and to a in is it that was for on are as with he she they be at by this have from or one had \
            not but what all were when we there can an which their said if do will each about how up out them \
            then many some so these would other into has more her two like him see time could no make than been \
            its who now my over did down only way after also just where most our should very through because \
            while those here before such your you i me us any own same why both again under between
            """),
        "de": words("""
            ab aller alle allem allen alles als also andere anderen anderer anderes ansonsten bereits besonders bin \
            bist beim bisher bzw da dabei dadurch dafür dagegen daher damit danach daran darauf darüber darum \
            davon dazu dein deine deinem deinen deiner demnach derzeit deren dessen dich dir dies diesem diesen \
            doch dort du durch eben ebenfalls eigentlich einige einiger einiges einmal einen eines ende er etwa \
            etwas euch euer eure fast ganz gar geben gibt ging gut habe hatte hätte hätten heute hin hinter ihm \
            ihn ihnen ihrem ihren ihrer ihres ins ist ja jede jedem jeden jeder jedes jedoch jetzt kaum kein keine \
            keinem keinen keiner konnte könnte lassen lange machen mal manchmal mehrere meist mich mir mit \
            möchte müssen nachdem neben nun nur ohne sehr selbst sich sie sind so solche soll sollte sondern \
            sowie statt trotz uns unser unsere unserem unseren unserer unter viele vielen vom von vor während \
            war waren warum weil weiter weitere welche welchem welchen welcher welches wer werde werden wie wieder \
            will wir wo wollen worden würde würden zu zum zur zwar zwei drei neue neuen neuer gibt gab ganz \
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden \
            aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder \
            aber vor zur bis mehr durch man sein wurde sei wenn ich wir ihr ihre kann was schon dann unter wieder \
            diese dieser dieses hier immer sehr viel seine seiner können muss zwischen denn ob doch gegen
            """),
        "fr": words("""
            ai aie as au aura avait avant avec avez avons c ça car ceci cela celle celles celui ceux chaque chez \
            ci comment d dès donc dont du elle elles en encore es et étaient étais était été être eu eux fait \
            faire fois hors ici j l là lors lui m ma mes moi mon n ni non nos notre nous ou où par parce peu \
            peut plus pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se ses si son \
            soit sont sur t ta te tes toi ton toujours tout toute toutes très tu un une vos votre vous y ans \
            contre depuis lorsque ainsi alors autre autres déjà selon tandis \
            le la les de des du un une et est en que qui dans pour pas sur au aux il elle ils elles ne se ce cette \
            ces son sa ses leur leurs par avec plus mais ou on nous vous je tout tous comme été être avoir a ont \
            fait sont était dont y si aussi bien sans sous entre après avant encore même deux très peut
            """),
        "es": words("""
            a algo algunos ante antes así aun aunque cada como con contra cual cuales cuyo de del desde donde \
            dos durante e el ella ellas ellos en entonces era eran es esa esas ese eso esos esta estaba estado \
            este esto estos fue fueron había hace hacer han hasta la las le les lo los me mientras mismo mucho \
            muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque pues que quien se \
            sea según ser si sido siempre sin sino sobre solo son su sus también tan tanto te tiene tienen todo \
            todos tras tu tus un una uno unos usted vez y ya año años \
            el la los las de del y en que un una es por con para no se su sus al lo como más pero o le ha han \
            este esta estos estas ese esa son fue ser está están sobre entre también hay muy sin hasta desde \
            cuando donde porque todo todos nos ya ni yo mi te qué
            """),
        "it": words("""
            il lo la i gli le di del della dei delle e è in che un una per con non si da al alla sono come più \
            ma o anche questo questa quello sua suo loro nel nella dal dalla ha hanno essere stato tra fra \
            quando se ci ne mi ti già molto tutto tutti poi dopo
            """),
        "pt": words("""
            o a os as de do da dos das e em no na nos nas um uma que é para com não por se mais como mas ao \
            aos foi ser está são seu sua seus suas ele ela eles elas isso este esta também já quando muito \
            entre sobre até sem pelo pela
            """),
        "nl": words("""
            de het een en van in is dat op te zijn met voor niet aan er om ook als maar bij dan of door naar \
            uit ze hij zij wij ik je was werd worden nog wel geen meer kan heeft hebben deze dit die zo tot \
            over veel al
            """),
        "pl": words("""
            aby albo ale ani aż bo być był była były było będzie choć co coraz czy dla do dwa gdy gdzie go i ich \
            im innych ja jak jako je jeden jednak jego jej jest jeszcze jeśli już każdy kiedy kto która które \
            którego której który których lub ma mają mi może można mu na nad nam nas nawet nich nie niż nic o od \
            oraz po pod podczas przed przez przy roku sam się sobie są ta tak takie także tam te tego tej ten \
            też to tu tylko tym u w we więc wszystko z za ze że żeby lat ma było \
            i w na z do nie się że to jest o jak a ale od po za przez dla co tak jego jej ich czy już tylko \
            być był była było są może także oraz który która które tym ten ta te tego tej przy pod nad bez \
            też jako bardzo jeszcze
            """),
        "hu": words("""
            a az és egy hogy nem is van volt meg de ez azt csak mint már még el ki be fel le kell lesz \
            vagy ha így pedig mert után között alatt által minden nagyon amely aki ami amit sem majd most \
            ezt azon ahol
            """),
    ]

    private static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// How much of a language's prose its list covers, relative to English: inflected
    /// languages (Polish, Hungarian) put grammar in endings, so their prose has fewer
    /// function words and the thresholds scale down.
    static let proseShare: [String: Double] = ["pl": 0.65, "hu": 0.6]

    /// The language whose list the words of `texts` hit most often with its prose share,
    /// or nil when no list is hit (a script without spaces, or a language not listed).
    static func bestList(for words: [Substring]) -> (words: Set<String>, share: Double)? {
        var hits: [String: Int] = [:]
        for word in words.prefix(20_000) {
            let lower = word.lowercased()
            for (language, list) in lists where list.contains(lower) { hits[language, default: 0] += 1 }
        }
        guard let best = hits.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value * 20 >= min(words.count, 20_000) else { return nil }
        return (lists[best.key]!, proseShare[best.key] ?? 1)
    }
}
