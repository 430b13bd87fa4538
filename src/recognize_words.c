/*
 * recognize_words.c -- the recognizer's vocabulary: ordinary English words
 * with the classes its filters ask about (titles, locatives, verbs of
 * saying, calendar and function words, place modifiers, feature and prefix
 * words, place nouns, heads that make a name no place), sorted for binary
 * search; token tests; and the gazetteer key of a token run.
 */
#include "recognize_internal.h"

/* The words, sorted for binary search, with their classes. Each is held
 * in place, padded with NULs, so that a probe reads no string elsewhere and
 * compares two 8-byte numbers: a word has at most 15 bytes (a longer one
 * would never be found). */
static const struct {
    char w[16];
    unsigned cls;
} word_classes[] = {
    {"a", WC_FUNCTION},
    {"about", WC_FUNCTION},
    {"above", WC_FUNCTION},
    {"accused", WC_SAYING},
    {"accuses", WC_SAYING},
    {"acres", WC_FEATURE},
    {"across", WC_FUNCTION | WC_LOCATIVE},
    {"adm", WC_TITLE},
    {"admiral", WC_TITLE},
    {"after", WC_FUNCTION},
    {"again", WC_FUNCTION},
    {"against", WC_FUNCTION},
    {"agent", WC_TITLE | WC_WEAK_TITLE},
    {"agreed", WC_SAYING},
    {"agrees", WC_SAYING},
    {"airport", WC_FEATURE},
    {"all", WC_FUNCTION},
    {"along", WC_FUNCTION},
    {"also", WC_FUNCTION},
    {"although", WC_FUNCTION},
    {"ambassador", WC_TITLE},
    {"among", WC_FUNCTION},
    {"an", WC_FUNCTION},
    {"and", WC_FUNCTION},
    {"announced", WC_SAYING},
    {"announces", WC_SAYING},
    {"any", WC_FUNCTION},
    {"apr", WC_CALENDAR},
    {"april", WC_CALENDAR},
    {"are", WC_FUNCTION},
    {"around", WC_FUNCTION | WC_LOCATIVE},
    {"as", WC_FUNCTION},
    {"at", WC_FUNCTION | WC_LOCATIVE},
    {"attorney", WC_TITLE | WC_WEAK_TITLE},
    {"aug", WC_CALENDAR},
    {"august", WC_CALENDAR},
    {"aunt", WC_TITLE | WC_WEAK_TITLE},
    {"ave", WC_FEATURE},
    {"avenida", WC_STREET},
    {"avenue", WC_FEATURE | WC_STREET},
    {"ayatollah", WC_TITLE},
    {"base", WC_FEATURE},
    {"bay", WC_FEATURE},
    {"bayou", WC_FEATURE | WC_PREFIX},
    {"be", WC_FUNCTION},
    {"beach", WC_FEATURE},
    {"because", WC_FUNCTION},
    {"been", WC_FUNCTION},
    {"before", WC_FUNCTION},
    {"behind", WC_FUNCTION},
    {"being", WC_FUNCTION},
    {"believes", WC_SAYING},
    {"below", WC_FUNCTION},
    {"bend", WC_FEATURE},
    {"between", WC_FUNCTION | WC_LOCATIVE},
    {"beyond", WC_FUNCTION},
    {"bishop", WC_TITLE},
    {"bluff", WC_FEATURE},
    {"blvd", WC_FEATURE},
    {"borough", WC_PLACE_NOUN},
    {"both", WC_FUNCTION},
    {"boulevard", WC_FEATURE | WC_STREET},
    {"bridge", WC_FEATURE},
    {"brother", WC_TITLE | WC_WEAK_TITLE},
    {"but", WC_FUNCTION},
    {"by", WC_FUNCTION},
    {"calle", WC_STREET},
    {"camp", WC_FEATURE | WC_PREFIX},
    {"can", WC_FUNCTION},
    {"canyon", WC_FEATURE},
    {"cape", WC_FEATURE | WC_PREFIX},
    {"capital", WC_PLACE_NOUN},
    {"capt", WC_TITLE},
    {"captain", WC_TITLE},
    {"census", WC_PLACE_NOUN},
    {"central", WC_LOCATIVE | WC_MODIFIER},
    {"chairman", WC_TITLE},
    {"chairwoman", WC_TITLE},
    {"chancellor", WC_TITLE},
    {"chief", WC_TITLE | WC_WEAK_TITLE},
    {"christmas", WC_CALENDAR},
    {"circle", WC_FEATURE},
    {"city", WC_PLACE_NOUN},
    {"claimed", WC_SAYING},
    {"claims", WC_SAYING},
    {"clan", WC_NOT_PLACE},
    {"clans", WC_NOT_PLACE},
    {"coach", WC_TITLE},
    {"coastal", WC_MODIFIER},
    {"col", WC_TITLE},
    {"colonel", WC_TITLE},
    {"colony", WC_FEATURE},
    {"commissioner", WC_TITLE},
    {"commune", WC_PLACE_NOUN},
    {"community", WC_PLACE_NOUN},
    {"condemned", WC_SAYING},
    {"condemns", WC_SAYING},
    {"confirmed", WC_SAYING},
    {"constable", WC_TITLE},
    {"corner", WC_FEATURE},
    {"corners", WC_FEATURE},
    {"corporal", WC_TITLE},
    {"could", WC_FUNCTION},
    {"councilman", WC_TITLE},
    {"councilwoman", WC_TITLE},
    {"country", WC_PLACE_NOUN},
    {"county", WC_PLACE_NOUN},
    {"court", WC_FEATURE},
    {"cpl", WC_TITLE},
    {"creek", WC_FEATURE},
    {"criticised", WC_SAYING},
    {"criticized", WC_SAYING},
    {"crossing", WC_FEATURE},
    {"crude", WC_NOT_PLACE},
    {"ct", WC_FEATURE},
    {"da", WC_PARTICLE},
    {"dam", WC_FEATURE},
    {"de", WC_PARTICLE},
    {"dean", WC_TITLE | WC_WEAK_TITLE},
    {"dec", WC_CALENDAR},
    {"december", WC_CALENDAR},
    {"declared", WC_SAYING},
    {"deep", WC_MODIFIER},
    {"del", WC_PARTICLE},
    {"della", WC_PARTICLE},
    {"demanded", WC_SAYING},
    {"demands", WC_SAYING},
    {"denied", WC_SAYING},
    {"denies", WC_SAYING},
    {"department", WC_PLACE_NOUN},
    {"deputy", WC_TITLE | WC_WEAK_TITLE},
    {"des", WC_PARTICLE},
    {"desert", WC_FEATURE},
    {"despite", WC_FUNCTION},
    {"det", WC_TITLE | WC_WEAK_TITLE},
    {"detective", WC_TITLE},
    {"di", WC_PARTICLE},
    {"dialect", WC_NOT_PLACE},
    {"did", WC_FUNCTION},
    {"director", WC_TITLE | WC_WEAK_TITLE},
    {"disease", WC_NOT_PLACE},
    {"district", WC_FEATURE | WC_PLACE_NOUN},
    {"diwali", WC_CALENDAR},
    {"do", WC_FUNCTION | WC_PARTICLE},
    {"doctor", WC_TITLE | WC_WEAK_TITLE},
    {"does", WC_FUNCTION},
    {"done", WC_FUNCTION},
    {"down", WC_FUNCTION},
    {"downtown", WC_LOCATIVE | WC_MODIFIER},
    {"dr", WC_FEATURE | WC_TITLE},
    {"drive", WC_FEATURE},
    {"du", WC_PARTICLE},
    {"during", WC_FUNCTION},
    {"each", WC_FUNCTION},
    {"east", WC_MODIFIER},
    {"easter", WC_CALENDAR},
    {"eastern", WC_LOCATIVE | WC_MODIFIER},
    {"ebolavirus", WC_NOT_PLACE},
    {"eight", WC_FUNCTION},
    {"else", WC_FUNCTION},
    {"emir", WC_TITLE},
    {"encephalitis", WC_NOT_PLACE},
    {"envoy", WC_TITLE | WC_WEAK_TITLE},
    {"estates", WC_FEATURE},
    {"even", WC_FUNCTION},
    {"every", WC_FUNCTION},
    {"falls", WC_FEATURE},
    {"far", WC_MODIFIER},
    {"father", WC_TITLE | WC_WEAK_TITLE},
    {"feb", WC_CALENDAR},
    {"february", WC_CALENDAR},
    {"ferry", WC_FEATURE},
    {"fever", WC_NOT_PLACE},
    {"few", WC_FUNCTION},
    {"first", WC_FUNCTION},
    {"five", WC_FUNCTION},
    {"flats", WC_FEATURE},
    {"flu", WC_NOT_PLACE},
    {"footballer", WC_NOT_PLACE},
    {"for", WC_FUNCTION},
    {"ford", WC_FEATURE},
    {"forest", WC_FEATURE},
    {"fort", WC_FEATURE | WC_PREFIX},
    {"four", WC_FUNCTION},
    {"friday", WC_CALENDAR},
    {"from", WC_FUNCTION | WC_LOCATIVE},
    {"ft", WC_FEATURE | WC_PREFIX},
    {"further", WC_FUNCTION},
    {"gap", WC_FEATURE},
    {"gare", WC_STREET},
    {"gen", WC_TITLE},
    {"general", WC_TITLE | WC_WEAK_TITLE},
    {"get", WC_FUNCTION},
    {"glen", WC_FEATURE},
    {"go", WC_FUNCTION},
    {"goalkeeper", WC_NOT_PLACE},
    {"got", WC_FUNCTION},
    {"gov", WC_TITLE},
    {"governor", WC_TITLE},
    {"governorate", WC_PLACE_NOUN},
    {"greater", WC_MODIFIER},
    {"grove", WC_FEATURE},
    {"gulf", WC_FEATURE},
    {"had", WC_FUNCTION},
    {"haemorrhagic", WC_NOT_PLACE},
    {"halloween", WC_CALENDAR},
    {"hamlet", WC_PLACE_NOUN},
    {"hanukkah", WC_CALENDAR},
    {"harbor", WC_FEATURE},
    {"harbour", WC_FEATURE},
    {"has", WC_FUNCTION},
    {"have", WC_FUNCTION},
    {"having", WC_FUNCTION},
    {"he", WC_FUNCTION},
    {"heights", WC_FEATURE},
    {"hemorrhagic", WC_NOT_PLACE},
    {"her", WC_FUNCTION},
    {"here", WC_FUNCTION},
    {"hes", WC_FUNCTION},
    {"highway", WC_FEATURE},
    {"hill", WC_FEATURE},
    {"hills", WC_FEATURE},
    {"him", WC_FUNCTION},
    {"his", WC_FUNCTION},
    {"hollow", WC_FEATURE},
    {"hopes", WC_SAYING},
    {"how", WC_FUNCTION},
    {"however", WC_FUNCTION},
    {"hwy", WC_FEATURE},
    {"i", WC_FUNCTION},
    {"id", WC_FUNCTION},
    {"if", WC_FUNCTION},
    {"ill", WC_FUNCTION},
    {"im", WC_FUNCTION},
    {"imam", WC_TITLE},
    {"in", WC_FUNCTION | WC_LOCATIVE},
    {"influenza", WC_NOT_PLACE},
    {"inner", WC_MODIFIER},
    {"inside", WC_LOCATIVE},
    {"insisted", WC_SAYING},
    {"insists", WC_SAYING},
    {"inspector", WC_TITLE | WC_WEAK_TITLE},
    {"internet", WC_NOT_PLACE},
    {"into", WC_FUNCTION | WC_LOCATIVE},
    {"is", WC_FUNCTION},
    {"island", WC_FEATURE | WC_PLACE_NOUN},
    {"islands", WC_FEATURE},
    {"isle", WC_PREFIX},
    {"it", WC_FUNCTION},
    {"its", WC_FUNCTION},
    {"ive", WC_FUNCTION},
    {"jan", WC_CALENDAR},
    {"january", WC_CALENDAR},
    {"judge", WC_TITLE},
    {"jul", WC_CALENDAR},
    {"july", WC_CALENDAR},
    {"jun", WC_CALENDAR},
    {"junction", WC_FEATURE},
    {"june", WC_CALENDAR},
    {"just", WC_FUNCTION},
    {"justice", WC_TITLE | WC_WEAK_TITLE},
    {"king", WC_TITLE | WC_WEAK_TITLE},
    {"lady", WC_TITLE | WC_WEAK_TITLE},
    {"lake", WC_FEATURE | WC_PLACE_NOUN | WC_PREFIX},
    {"lakes", WC_FEATURE},
    {"landing", WC_FEATURE},
    {"lane", WC_FEATURE},
    {"language", WC_NOT_PLACE},
    {"largo", WC_STREET},
    {"last", WC_FUNCTION},
    {"let", WC_FUNCTION},
    {"lets", WC_FUNCTION},
    {"lieutenant", WC_TITLE},
    {"like", WC_FUNCTION},
    {"ln", WC_FEATURE},
    {"locality", WC_PLACE_NOUN},
    {"lord", WC_TITLE | WC_WEAK_TITLE},
    {"lower", WC_MODIFIER},
    {"lt", WC_TITLE},
    {"maj", WC_TITLE},
    {"major", WC_TITLE | WC_WEAK_TITLE},
    {"manager", WC_TITLE},
    {"many", WC_FUNCTION},
    {"mar", WC_CALENDAR},
    {"march", WC_CALENDAR},
    {"may", WC_CALENDAR | WC_FUNCTION},
    {"mayor", WC_TITLE},
    {"me", WC_FUNCTION},
    {"meadow", WC_FEATURE},
    {"meadows", WC_FEATURE},
    {"metro", WC_MODIFIER},
    {"mid", WC_MODIFIER},
    {"middle", WC_MODIFIER},
    {"midfielder", WC_NOT_PLACE},
    {"might", WC_FUNCTION},
    {"mills", WC_FEATURE},
    {"minister", WC_TITLE | WC_WEAK_TITLE},
    {"miss", WC_TITLE},
    {"monday", WC_CALENDAR},
    {"more", WC_FUNCTION},
    {"most", WC_FUNCTION},
    {"mount", WC_FEATURE | WC_PREFIX},
    {"mountain", WC_FEATURE},
    {"mountains", WC_FEATURE},
    {"mr", WC_FUNCTION | WC_TITLE},
    {"mrs", WC_FUNCTION | WC_TITLE},
    {"ms", WC_FUNCTION | WC_TITLE},
    {"mt", WC_FEATURE | WC_PREFIX},
    {"much", WC_FUNCTION},
    {"municipality", WC_PLACE_NOUN},
    {"must", WC_FUNCTION},
    {"my", WC_FUNCTION},
    {"near", WC_FUNCTION | WC_LOCATIVE},
    {"neighborhood", WC_PLACE_NOUN},
    {"neighbourhood", WC_PLACE_NOUN},
    {"new", WC_FUNCTION | WC_MODIFIER},
    {"next", WC_FUNCTION},
    {"nine", WC_FUNCTION},
    {"no", WC_FUNCTION},
    {"none", WC_FUNCTION},
    {"nor", WC_FUNCTION},
    {"north", WC_MODIFIER},
    {"northeast", WC_MODIFIER},
    {"northeastern", WC_MODIFIER},
    {"northern", WC_LOCATIVE | WC_MODIFIER},
    {"northwest", WC_MODIFIER},
    {"northwestern", WC_MODIFIER},
    {"not", WC_FUNCTION},
    {"nov", WC_CALENDAR},
    {"november", WC_CALENDAR},
    {"now", WC_FUNCTION},
    {"nurse", WC_TITLE | WC_WEAK_TITLE},
    {"oblast", WC_PLACE_NOUN},
    {"ocean", WC_FEATURE},
    {"oct", WC_CALENDAR},
    {"october", WC_CALENDAR},
    {"of", WC_FUNCTION},
    {"off", WC_FUNCTION},
    {"officer", WC_TITLE | WC_WEAK_TITLE},
    {"old", WC_FUNCTION | WC_MODIFIER},
    {"on", WC_FUNCTION},
    {"once", WC_FUNCTION},
    {"one", WC_FUNCTION},
    {"only", WC_FUNCTION},
    {"or", WC_FUNCTION},
    {"other", WC_FUNCTION},
    {"our", WC_FUNCTION},
    {"out", WC_FUNCTION},
    {"outer", WC_MODIFIER},
    {"outside", WC_LOCATIVE},
    {"over", WC_FUNCTION},
    {"own", WC_FUNCTION},
    {"parish", WC_PLACE_NOUN},
    {"park", WC_FEATURE},
    {"parkway", WC_FEATURE},
    {"passover", WC_CALENDAR},
    {"pastor", WC_TITLE},
    {"peninsula", WC_FEATURE},
    {"per", WC_FUNCTION},
    {"piazza", WC_STREET},
    {"pike", WC_FEATURE},
    {"pkwy", WC_FEATURE},
    {"pl", WC_FEATURE},
    {"place", WC_FEATURE | WC_PLACE_NOUN | WC_STREET},
    {"plains", WC_FEATURE},
    {"plaza", WC_FEATURE | WC_STREET},
    {"point", WC_FEATURE | WC_PREFIX},
    {"pond", WC_FEATURE},
    {"pont", WC_STREET},
    {"pope", WC_TITLE},
    {"port", WC_FEATURE | WC_PLACE_NOUN | WC_PREFIX},
    {"porte", WC_STREET},
    {"praca", WC_STREET},
    {"prairie", WC_FEATURE},
    {"prefecture", WC_PLACE_NOUN},
    {"premier", WC_TITLE | WC_WEAK_TITLE},
    {"president", WC_TITLE},
    {"prince", WC_TITLE | WC_WEAK_TITLE},
    {"princess", WC_TITLE | WC_WEAK_TITLE},
    {"principal", WC_TITLE | WC_WEAK_TITLE},
    {"private", WC_TITLE | WC_WEAK_TITLE},
    {"prof", WC_TITLE},
    {"professor", WC_TITLE},
    {"province", WC_FEATURE | WC_PLACE_NOUN},
    {"pvt", WC_TITLE},
    {"quai", WC_STREET},
    {"queen", WC_TITLE | WC_WEAK_TITLE},
    {"rabbi", WC_TITLE},
    {"ramadan", WC_CALENDAR},
    {"rd", WC_FEATURE},
    {"refused", WC_SAYING},
    {"refuses", WC_SAYING},
    {"region", WC_FEATURE | WC_PLACE_NOUN},
    {"rejected", WC_SAYING},
    {"rejects", WC_SAYING},
    {"rep", WC_TITLE | WC_WEAK_TITLE},
    {"representative", WC_TITLE},
    {"reps", WC_TITLE},
    {"reservoir", WC_FEATURE},
    {"responded", WC_SAYING},
    {"rev", WC_TITLE},
    {"reverend", WC_TITLE},
    {"ridge", WC_FEATURE},
    {"river", WC_FEATURE | WC_PLACE_NOUN | WC_PREFIX},
    {"road", WC_FEATURE},
    {"rua", WC_STREET},
    {"rue", WC_STREET},
    {"rural", WC_MODIFIER},
    {"said", WC_FUNCTION | WC_SAYING},
    {"same", WC_FUNCTION},
    {"saturday", WC_CALENDAR},
    {"say", WC_SAYING},
    {"says", WC_FUNCTION | WC_SAYING},
    {"sea", WC_FEATURE},
    {"seat", WC_PLACE_NOUN},
    {"second", WC_FUNCTION},
    {"secretary", WC_TITLE | WC_WEAK_TITLE},
    {"sen", WC_TITLE},
    {"senator", WC_TITLE},
    {"sens", WC_TITLE},
    {"sep", WC_CALENDAR},
    {"sept", WC_CALENDAR},
    {"september", WC_CALENDAR},
    {"sergeant", WC_TITLE},
    {"settlement", WC_PLACE_NOUN},
    {"seven", WC_FUNCTION},
    {"sgt", WC_TITLE},
    {"shall", WC_FUNCTION},
    {"she", WC_FUNCTION},
    {"sheikh", WC_TITLE},
    {"sheriff", WC_TITLE},
    {"shes", WC_FUNCTION},
    {"shores", WC_FEATURE},
    {"should", WC_FUNCTION},
    {"since", WC_FUNCTION},
    {"sir", WC_TITLE},
    {"sister", WC_TITLE | WC_WEAK_TITLE},
    {"six", WC_FUNCTION},
    {"so", WC_FUNCTION},
    {"some", WC_FUNCTION},
    {"south", WC_MODIFIER},
    {"southeast", WC_MODIFIER},
    {"southeastern", WC_MODIFIER},
    {"southern", WC_LOCATIVE | WC_MODIFIER},
    {"southwest", WC_MODIFIER},
    {"southwestern", WC_MODIFIER},
    {"spokesman", WC_TITLE},
    {"spokesperson", WC_TITLE},
    {"spokeswoman", WC_TITLE},
    {"springs", WC_FEATURE},
    {"square", WC_FEATURE},
    {"st", WC_FEATURE},
    {"state", WC_FEATURE | WC_PLACE_NOUN},
    {"stated", WC_SAYING},
    {"station", WC_FEATURE},
    {"still", WC_FUNCTION},
    {"strain", WC_NOT_PLACE},
    {"street", WC_FEATURE},
    {"striker", WC_NOT_PLACE},
    {"suburb", WC_PLACE_NOUN},
    {"suburban", WC_MODIFIER},
    {"such", WC_FUNCTION},
    {"sunday", WC_CALENDAR},
    {"superintendent", WC_TITLE},
    {"swamp", WC_FEATURE},
    {"syndrome", WC_NOT_PLACE},
    {"ten", WC_FUNCTION},
    {"terrace", WC_FEATURE},
    {"than", WC_FUNCTION},
    {"thanksgiving", WC_CALENDAR},
    {"that", WC_FUNCTION},
    {"the", WC_FUNCTION},
    {"their", WC_FUNCTION},
    {"them", WC_FUNCTION},
    {"then", WC_FUNCTION},
    {"there", WC_FUNCTION},
    {"these", WC_FUNCTION},
    {"they", WC_FUNCTION},
    {"theyre", WC_FUNCTION},
    {"third", WC_FUNCTION},
    {"this", WC_FUNCTION},
    {"those", WC_FUNCTION},
    {"though", WC_FUNCTION},
    {"threatened", WC_SAYING},
    {"threatens", WC_SAYING},
    {"three", WC_FUNCTION},
    {"through", WC_FUNCTION},
    {"throughout", WC_LOCATIVE},
    {"thursday", WC_CALENDAR},
    {"to", WC_FUNCTION | WC_LOCATIVE},
    {"today", WC_FUNCTION},
    {"told", WC_SAYING},
    {"tomorrow", WC_FUNCTION},
    {"tonight", WC_FUNCTION},
    {"too", WC_FUNCTION},
    {"toward", WC_FUNCTION | WC_LOCATIVE},
    {"towards", WC_FUNCTION | WC_LOCATIVE},
    {"town", WC_PLACE_NOUN},
    {"township", WC_FEATURE | WC_PLACE_NOUN},
    {"trail", WC_FEATURE},
    {"tribe", WC_NOT_PLACE},
    {"tribes", WC_NOT_PLACE},
    {"tribesmen", WC_NOT_PLACE},
    {"trooper", WC_TITLE | WC_WEAK_TITLE},
    {"tuesday", WC_CALENDAR},
    {"turnpike", WC_FEATURE},
    {"two", WC_FUNCTION},
    {"uncle", WC_TITLE | WC_WEAK_TITLE},
    {"under", WC_FUNCTION},
    {"unincorporated", WC_PLACE_NOUN},
    {"unless", WC_FUNCTION},
    {"unlike", WC_FUNCTION},
    {"until", WC_FUNCTION},
    {"up", WC_FUNCTION},
    {"upon", WC_FUNCTION},
    {"upper", WC_MODIFIER},
    {"urged", WC_SAYING},
    {"urges", WC_SAYING},
    {"us", WC_FUNCTION},
    {"valley", WC_FEATURE},
    {"variant", WC_NOT_PLACE},
    {"very", WC_FUNCTION},
    {"via", WC_FUNCTION | WC_LOCATIVE | WC_STREET},
    {"vice", WC_TITLE | WC_WEAK_TITLE},
    {"village", WC_FEATURE | WC_PLACE_NOUN},
    {"virus", WC_NOT_PLACE},
    {"viruses", WC_NOT_PLACE},
    {"vowed", WC_SAYING},
    {"vows", WC_SAYING},
    {"wants", WC_SAYING},
    {"warned", WC_SAYING},
    {"warns", WC_SAYING},
    {"was", WC_FUNCTION},
    {"way", WC_FEATURE},
    {"we", WC_FUNCTION},
    {"wednesday", WC_CALENDAR},
    {"welcomed", WC_SAYING},
    {"welcomes", WC_SAYING},
    {"wells", WC_FEATURE},
    {"went", WC_FUNCTION},
    {"were", WC_FUNCTION},
    {"west", WC_MODIFIER},
    {"western", WC_LOCATIVE | WC_MODIFIER},
    {"weve", WC_FUNCTION},
    {"what", WC_FUNCTION},
    {"when", WC_FUNCTION},
    {"where", WC_FUNCTION},
    {"whether", WC_FUNCTION},
    {"which", WC_FUNCTION},
    {"while", WC_FUNCTION},
    {"who", WC_FUNCTION},
    {"whom", WC_FUNCTION},
    {"whose", WC_FUNCTION},
    {"why", WC_FUNCTION},
    {"will", WC_FUNCTION},
    {"with", WC_FUNCTION},
    {"within", WC_FUNCTION | WC_LOCATIVE},
    {"without", WC_FUNCTION},
    {"woods", WC_FEATURE},
    {"would", WC_FUNCTION},
    {"yesterday", WC_FUNCTION},
    {"yet", WC_FUNCTION},
    {"you", WC_FUNCTION},
    {"your", WC_FUNCTION},
    {"youre", WC_FUNCTION},
};

/* Bytes 8k .. 8k+7 of a NUL-padded word as a number that orders as
 * strcmp orders the words (the first byte the most significant). */
static uint64_t word_part(const char *w, int k)
{
    uint64_t x;
    memcpy(&x, w + 8 * k, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

unsigned rc_word_class(const char *w, size_t n)
{
    if (!n || n >= sizeof word_classes[0].w)
        return 0; /* longer than any word of the table */
    char q[sizeof word_classes[0].w] = {0};
    memcpy(q, w, n);
    uint64_t q0 = word_part(q, 0), q1 = word_part(q, 1);
    size_t lo = 0, hi = sizeof word_classes / sizeof *word_classes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint64_t x0 = word_part(word_classes[mid].w, 0);
        uint64_t x1 = x0 == q0 ? word_part(word_classes[mid].w, 1) : 0;
        if (x0 == q0 && x1 == q1)
            return word_classes[mid].cls;
        if (x0 < q0 || (x0 == q0 && x1 < q1))
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

const char *rc_tok_norm(const ge_text *t, size_t i)
{
    return t->norm + t->tokens[i].norm;
}

int rc_tok_word_eq(const ge_text *t, size_t i, const char *w)
{
    const ge_token *tk = &t->tokens[i];
    return ge_word_eq(t->norm + tk->norm, tk->norm_len, w);
}

/* Is the name that ends before token e followed by a head that makes it
 * no place ("virus", "tribe"), directly or after "and"/"or" and one more
 * capitalised word? */
int rc_names_not_place(recog *r, size_t e)
{
    const ge_text *t = r->t;
    if (e < t->ntokens && (t->tokens[e].flags & GE_TOK_WORD) && rc_is(r, e, WC_NOT_PLACE))
        return 1;
    return e + 2 < t->ntokens && (rc_tok_is(t, e, "and") || rc_tok_is(t, e, "or")) &&
           (t->tokens[e + 1].flags & GE_TOK_CAP) && (t->tokens[e + 2].flags & GE_TOK_WORD) &&
           rc_is(r, e + 2, WC_NOT_PLACE);
}

/* Is token e a leader's body in lower case: "the Bush administration",
 * "the Strickland campaign", "the Obama presidency"? */
int rc_leader_body_at(const ge_text *t, size_t e)
{
    static const char *const bodies[] = {"administration", "campaign", "presidency", NULL};
    return e < t->ntokens && !(t->tokens[e].flags & GE_TOK_CAP) && ge_tok_word_in(t, e, bodies);
}

int rc_tok_punct(const ge_text *t, size_t i, char c)
{
    return ge_tok_punct(t, i, c);
}

/* Token i an apostrophe between a word and an "s" ("King's"), all joined? */
int rc_possessive_at(const ge_text *t, size_t i)
{
    if (i == 0 || i + 1 >= t->ntokens)
        return 0;
    const ge_token *a = &t->tokens[i], *w = &t->tokens[i - 1], *s = &t->tokens[i + 1];
    if (!(a->flags & GE_TOK_PUNCT) || !(w->flags & GE_TOK_WORD) || !(s->flags & GE_TOK_WORD) ||
        w->end != a->start || a->end != s->start || s->end - s->start != 1 ||
        (t->s[s->start] != 's' && t->s[s->start] != 'S'))
        return 0;
    const unsigned char *c = (const unsigned char *)t->s + a->start;
    return (a->end - a->start == 1 && c[0] == '\'') ||
           (a->end - a->start == 3 && c[0] == 0xE2 && c[1] == 0x80 && c[2] == 0x99);
}

void rc_key_join_s(rc_key *k)
{
    if (k->full || k->len + 2 > sizeof k->s) {
        k->full = 1;
        return;
    }
    k->s[k->len++] = 's';
    k->s[k->len] = '\0';
    k->h = ge_hash_more(k->h, "s", 1);
}

size_t ge_tokens_keys(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap,
                      size_t *lens)
{
    size_t n = 0;
    int full = 0; /* a form did not fit: the key stops there */
    out[0] = '\0';
    for (uint32_t i = b; i < e; i++) {
        const ge_token *tk = &t->tokens[i];
        if (!full && tk->norm_len) {
            if (n + tk->norm_len + 2 > cap) {
                full = 1;
            } else if (i > b && rc_possessive_at(t, i)) {
                /* the apostrophe */
            } else if (i > b + 1 && rc_possessive_at(t, i - 1)) {
                out[n++] = 's'; /* "King's Lynn": "kings lynn" */
            } else {
                if (n)
                    out[n++] = ' ';
                memcpy(out + n, t->norm + tk->norm, tk->norm_len);
                n += tk->norm_len;
            }
        }
        if (lens)
            lens[i - b + 1] = n;
        else if (full)
            break;
    }
    out[n] = '\0';
    return n;
}

size_t ge_tokens_key(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap)
{
    return ge_tokens_keys(t, b, e, out, cap, NULL);
}

void rc_key_init(rc_key *k)
{
    k->s[0] = '\0';
    k->len = 0;
    k->h = GE_HASH_SEED;
    k->full = 0;
}

void rc_key_add(rc_key *k, const ge_text *t, size_t i)
{
    const ge_token *tk = &t->tokens[i];
    if (k->full || !tk->norm_len)
        return;
    if (k->len + tk->norm_len + 2 > sizeof k->s) {
        k->full = 1;
        return;
    }
    if (k->len) {
        k->s[k->len++] = ' ';
        k->h = ge_hash_more(k->h, " ", 1);
    }
    memcpy(k->s + k->len, t->norm + tk->norm, tk->norm_len);
    k->h = ge_hash_more(k->h, k->s + k->len, tk->norm_len);
    k->len += tk->norm_len;
    k->s[k->len] = '\0';
}

/* Does a dateline's dash or agency follow the name ending before token e,
 * at once or after a state or country ("AKRON, Ohio —", "GOMA (Reuters)")? */
int rc_dateline_end(const ge_text *t, uint32_t e)
{
    for (uint32_t j = e; j < t->ntokens && j < e + 4; j++) {
        const ge_token *k = &t->tokens[j];
        const char *p = t->s + k->start;
        if (*p == '(' || !strncmp(p, "\xE2\x80\x94", 3) || !strncmp(p, "\xE2\x80\x93", 3) ||
            (*p == '-' && k->start > 0 && t->s[k->start - 1] == ' '))
            return 1;
        if (j > e && (k->flags & GE_TOK_HYPHEN_BEFORE))
            return 0;
    }
    return 0;
}
