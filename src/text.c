/*
 * text.c -- the text stage: UTF-8 article text -> tokens (with normalized
 * forms, case flags and code point offsets) -> sentences -> page furniture
 * flagged (page.c).
 *
 * Tokens are words (letters and digits, apostrophes inside: "O'Brien"),
 * numbers ("1,935", "3.5"), dotted acronyms ("U.S.", "D.C.") and known
 * abbreviations with their period ("Fla.", "Gen."), or one punctuation
 * character. A hyphen between two words is not a token: the second word is
 * flagged GE_TOK_HYPHEN_BEFORE, so "al-Anbar" reads as the two words of the
 * gazetteer key "al anbar" and "US-Iraqi" as "US" and "Iraqi".
 */
#include "internal.h"

/* Words that keep their period ("Fla.", "Gen."). kind: 't' title or month
 * (never ends a sentence), 'a' other abbreviation (may end one). */
static const struct {
    const char *w;
    char kind;
} abbrevs[] = {
    {"mr", 't'},    {"mrs", 't'},   {"ms", 't'},    {"dr", 't'},    {"prof", 't'},
    {"gen", 't'},   {"col", 't'},   {"lt", 't'},    {"sgt", 't'},   {"capt", 't'},
    {"maj", 't'},   {"cpl", 't'},   {"pvt", 't'},   {"adm", 't'},   {"cmdr", 't'},
    {"gov", 't'},   {"sen", 't'},   {"rep", 't'},   {"rev", 't'},   {"st", 't'},
    {"mt", 't'},    {"ft", 't'},    {"pt", 't'},    {"pres", 't'},  {"supt", 't'},  {"det", 't'},
    {"insp", 't'},  {"jan", 't'},   {"feb", 't'},   {"mar", 't'},   {"apr", 't'},
    {"jun", 't'},   {"jul", 't'},   {"aug", 't'},   {"sep", 't'},   {"sept", 't'},
    {"oct", 't'},   {"nov", 't'},   {"dec", 't'},   {"no", 't'},    {"vs", 't'},
    {"ala", 'a'},   {"ariz", 'a'},  {"ark", 'a'},   {"calif", 'a'}, {"colo", 'a'},
    {"conn", 'a'},  {"del", 'a'},   {"fla", 'a'},   {"ga", 'a'},    {"ill", 'a'},
    {"ind", 'a'},   {"kan", 'a'},   {"kans", 'a'},  {"ky", 'a'},    {"la", 'a'},
    {"md", 'a'},    {"mass", 'a'},  {"mich", 'a'},  {"minn", 'a'},  {"miss", 'a'},
    {"mo", 'a'},    {"mont", 'a'},  {"neb", 'a'},   {"nebr", 'a'},  {"nev", 'a'},
    {"okla", 'a'},  {"ore", 'a'},   {"pa", 'a'},    {"penn", 'a'},  {"tenn", 'a'},
    {"tex", 'a'},   {"va", 'a'},    {"vt", 'a'},    {"wash", 'a'},  {"wis", 'a'},
    {"wisc", 'a'},  {"wyo", 'a'},   {"co", 'a'},    {"corp", 'a'},  {"inc", 'a'},
    {"ltd", 'a'},   {"jr", 'a'},    {"sr", 'a'},    {"etc", 'a'},   {"dept", 'a'},
    {"univ", 'a'},  {"ave", 'a'},   {"blvd", 'a'},  {"rd", 'a'},    {"hwy", 'a'},
    {"twp", 'a'},   {"cty", 'a'},   {"mtn", 'a'},   {"assn", 'a'},  {"bros", 'a'},
};

/* 0 when not an abbreviation, else its kind. w is ASCII, any case. */
static char abbrev_kind(const char *w, size_t n)
{
    if (n == 0 || n > 5)
        return 0;
    char low[6];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 0x80)
            return 0;
        low[i] = (char)(c | 0x20);
    }
    low[n] = '\0';
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
        if (abbrevs[i].w[0] == low[0] && !strcmp(abbrevs[i].w, low))
            return abbrevs[i].kind;
    return 0;
}

static int is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

static int is_digit_cp(uint32_t cp)
{
    return cp >= '0' && cp <= '9';
}

/* What an ASCII byte is to a word: a lower-case letter, a capital or a
 * digit (0: none of them; every byte >= 0x80 is 0 too). */
enum { WB_LOWER = 1, WB_UPPER = 2, WB_DIGIT = 4, WB_LETTER = WB_LOWER | WB_UPPER };
static const unsigned char word_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* controls */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* space to '/' */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, /* '0' to '?' */
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, /* '@' to 'O' */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, /* 'P' to '_' */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* '`' to 'o' */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 'p' to DEL */
};

static int is_alnum_cp(uint32_t cp)
{
    return cp < 0x80 ? word_byte[cp] != 0 : ge_is_letter_cp(cp);
}

static int is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_hyphen(uint32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* The no-break space read as "Â" (C3 82) in text that keeps its mojibake
 * (eval-events reads it unrepaired, for the offsets of its labels): after
 * an ASCII byte that is no capital and before a space or the end it is the
 * space that mojibake.c would make of it ("related storiesÂ gujarat govt
 * ..."), not a letter of the word before. */
static int mojibake_space(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    return i > 0 && i + 1 < len && u[i] == 0xC3 && u[i + 1] == 0x82 && u[i - 1] < 0x80 &&
           !(u[i - 1] >= 'A' && u[i - 1] <= 'Z') &&
           (i + 2 == len || u[i + 2] == ' ' || u[i + 2] == '\n');
}

/* The punctuation of U+2010..U+203F (curly quotes, dashes, the bullet and
 * the ellipsis: E2 80 xx in UTF-8) read as Windows-1252 and encoded again:
 * "â€" and the character of byte xx ("â€™" for "’", "â€œ" for "“").
 * Returns the code point meant and sets *end past the sequence, or 0. */
static uint32_t mojibake_punct(const char *s, size_t len, size_t i, size_t *end)
{
    static const struct {
        uint32_t read; /* the third character as Windows-1252 shows byte xx */
        unsigned char byte;
    } w1252[] = {{0x2122, 0x99}, {0x02DC, 0x98}, {0x0153, 0x9C}, {0xFFFD, 0x9D}, {0x201D, 0x94},
                 {0x201C, 0x93}, {0x2019, 0x92}, {0x2018, 0x91}, {0x2022, 0x95}, {0x2013, 0x96},
                 {0x2014, 0x97}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x2039, 0x8B}, {0x2026, 0x85}};
    if (i + 6 > len || memcmp(s + i, "\xC3\xA2\xE2\x82\xAC", 5))
        return 0;
    size_t k = i + 5;
    uint32_t cp = ge_utf8_decode(s, len, &k);
    unsigned byte = cp >= 0x80 && cp <= 0xBF ? cp : 0; /* "¢" (0xA2) of "•", C2 9D */
    for (size_t n = 0; !byte && n < sizeof w1252 / sizeof *w1252; n++)
        if (w1252[n].read == cp)
            byte = w1252[n].byte;
    if (!byte)
        return 0;
    *end = k;
    return 0x2000 + (byte - 0x80);
}

/* Code point at byte i without advancing (0 at the end). */
static uint32_t peek(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    return ge_utf8_decode(s, len, &i);
}

static size_t next_i(const char *s, size_t len, size_t i)
{
    ge_utf8_decode(s, len, &i);
    return i;
}

/* Length in bytes of a dotted acronym at i ("U.S.", "D.C.", "U.S.A.",
 * "W.Va."): two or more runs of one or two letters, each with its period,
 * the first a single letter. */
static size_t dotted_acronym(const char *s, size_t len, size_t i)
{
    size_t j = i;
    int runs = 0;
    while (j + 1 < len && ge_is_letter_cp(peek(s, len, j))) {
        size_t k = next_i(s, len, j);
        if (runs > 0 && k < len && s[k] != '.' && ge_is_letter_cp(peek(s, len, k)))
            k = next_i(s, len, k); /* a two-letter run: "Va." */
        if (k >= len || s[k] != '.')
            break;
        runs++;
        j = k + 1;
    }
    /* "U.N peacekeepers": the last letter without its period */
    if (runs == 1 && j < len && ge_is_letter_cp(peek(s, len, j))) {
        size_t k = next_i(s, len, j);
        if (k >= len || !is_alnum_cp(peek(s, len, k))) {
            runs++;
            j = k;
        }
    }
    if (runs < 2)
        return 0;
    /* "U.S" followed by a letter would be a word run-on: reject */
    if (j < len && is_alnum_cp(peek(s, len, j)))
        return 0;
    return j - i;
}

typedef struct tokenizer {
    const char *s;
    size_t len;
    ge_text *t;
    size_t tok_cap;
    ge_buf norm;
    uint32_t cp;     /* code points before byte `at` */
    size_t at;
    size_t high;     /* the first non-ASCII byte at or after `at` (len: none) */
} tokenizer;

/* Advances the running code point count to byte b: an ASCII byte is a
 * code point, so only the non-ASCII bytes on the way are looked at (a
 * continuation byte, 10xxxxxx, starts none). */
static uint32_t cp_at(tokenizer *z, size_t b)
{
    while (z->at < b) {
        if (z->high >= b) {
            z->cp += (uint32_t)(b - z->at);
            z->at = b;
            break;
        }
        z->cp += (uint32_t)(z->high - z->at);
        z->at = z->high;
        unsigned char c = (unsigned char)z->s[z->at++];
        if ((c & 0xC0) != 0x80)
            z->cp++;
        z->high = ge_next_high(z->s, z->len, z->at);
    }
    return z->cp;
}

/* Room for the next normalized form in the buffer (at most 255 bytes and a
 * NUL). */
static int norm_reserve(tokenizer *z)
{
    if (z->norm.len + 257 > z->norm.cap) {
        size_t ncap = z->norm.cap ? z->norm.cap * 2 : 4096;
        char *p = realloc(z->norm.s, ncap);
        if (!p)
            return -1;
        z->norm.s = p;
        z->norm.cap = ncap;
    }
    return 0;
}

/* copied: the word's normalized form is in the buffer already (scan_word
 * wrote it, every byte an ASCII letter or digit). */
static int push_token(tokenizer *z, size_t start, size_t end, uint32_t flags, int copied)
{
    ge_text *t = z->t;
    if (GE_PUSH(t->tokens, z->tok_cap, t->ntokens))
        return -1;
    ge_token *tk = &t->tokens[t->ntokens++];
    tk->start = (uint32_t)start;
    tk->end = (uint32_t)end;
    tk->sentence = 0; /* every field is set here or below */
    if (z->high >= end && z->at <= start) {
        /* no byte >= 0x80 up to the token's end: a byte is a code point */
        tk->cp_start = z->cp + (uint32_t)(start - z->at);
        tk->cp_end = tk->cp_start + (uint32_t)(end - start);
        z->cp = tk->cp_end;
        z->at = end;
    } else {
        tk->cp_start = cp_at(z, start);
        tk->cp_end = cp_at(z, end);
    }
    tk->flags = flags;
    /* the normalized form goes straight into the buffer (a copied word's
     * room was made before scan_word wrote it) */
    if (!copied && norm_reserve(z))
        return -1;
    char *out = z->norm.s + z->norm.len;
    size_t n = end - start;
    if (copied) {
        if (n > 255)
            n = 255;
    } else if (flags & GE_TOK_PUNCT) {
        if (n > 255)
            n = 255;
        memcpy(out, z->s + start, n);
    } else {
        /* most words are ASCII letters and digits: lower-cased as copied,
         * as ge_text_normalize would; anything else goes through it */
        const unsigned char *w = (const unsigned char *)z->s + start;
        size_t k = 0;
        for (; k < n && k < 255 && word_byte[w[k]]; k++)
            out[k] = (char)(w[k] | 0x20); /* a digit has that bit already */
        n = k == n || k == 255 ? k : ge_text_normalize(z->s + start, n, out, 256);
    }
    /* "Ft. Worth", "Pt. Pleasant": the words the gazetteer's names spell out
     * ("Mt." and "St." are in it as written) */
    if ((flags & GE_TOK_ABBREV) && n == 2 && out[1] == 't' && (out[0] == 'f' || out[0] == 'p')) {
        const char *full = out[0] == 'f' ? "fort" : "point";
        n = strlen(full);
        memcpy(out, full, n);
    }
    out[n] = '\0';
    tk->norm = (uint32_t)z->norm.len;
    tk->norm_len = (uint32_t)n;
    z->norm.len += n + 1;
    return 0;
}

/* Case flags of a word token. */
static uint32_t case_flags(const char *s, size_t start, size_t end)
{
    size_t i = start;
    int letters = 0, upper = 0, first = -1;
    while (i < end) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            i++;
            int lo = b >= 'a' && b <= 'z', up = b >= 'A' && b <= 'Z';
            if (!lo && !up)
                continue;
            if (first < 0)
                first = up;
            letters++;
            upper += up;
            continue;
        }
        uint32_t cp = ge_utf8_decode(s, end, &i);
        if (!ge_is_letter_cp(cp))
            continue;
        int u = ge_is_upper_cp(cp);
        if (first < 0)
            first = u;
        letters++;
        upper += u;
    }
    uint32_t f = 0;
    if (first == 1)
        f |= GE_TOK_CAP;
    if (letters >= 2 && upper == letters)
        f |= GE_TOK_UPPER;
    return f;
}

/* Is the word [i, j) an elided particle before a capitalised word
 * ("d'Ivoire", "l'Aquila", "dell'Umbria")? It is written as the name's
 * capital: the name inside is capitalised. */
static int elided_capital(const char *s, size_t i, size_t j)
{
    size_t k = i;
    while (k < j && k - i < 4 && s[k] >= 'a' && s[k] <= 'z')
        k++;
    if (k == i || k - i > 4 || k >= j)
        return 0;
    if (s[k] == '\'')
        k++;
    else if (j - k >= 3 && !memcmp(s + k, "\xE2\x80\x99", 3))
        k += 3;
    else
        return 0;
    if (k >= j)
        return 0;
    if (s[k] >= 'A' && s[k] <= 'Z')
        return 1;
    return (unsigned char)s[k] >= 0x80 && ge_is_upper_cp(peek(s, j, k));
}

/* Scans the word or number starting at i; returns its end and sets *flags.
 * A word of ASCII letters and digits only is written lower-cased to out
 * (room for 256 bytes; a longer word's first 255 are its form) as it is
 * read, and *copied is set. */
static size_t scan_word(const char *s, size_t len, size_t i, uint32_t *flags, char *out,
                        int *copied)
{
    *copied = 0;
    /* an acronym starts with one letter and a period ("U.S.") */
    size_t acr = (unsigned char)s[i] >= 0x80 || (i + 1 < len && s[i + 1] == '.')
                     ? dotted_acronym(s, len, i)
                     : 0;
    if (acr) {
        *flags = GE_TOK_WORD | GE_TOK_ABBREV | case_flags(s, i, i + acr);
        return i + acr;
    }
    size_t j = i;
    int digits_only = 1, ascii = 1, plain = 1;
    unsigned seen = 0; /* the WB_ bits of the ASCII letters and digits */
    /* the form's first 255 bytes are written; past them the word is read on
     * (a form is cut at 255 bytes) */
    size_t wend = len - i > 255 ? i + 255 : len;
    while (j < len) {
        /* ASCII letters and digits: the fast path */
        unsigned c;
        while (j < wend && (c = word_byte[(unsigned char)s[j]]) != 0) {
            out[j - i] = (char)(s[j] | 0x20); /* a digit has that bit already */
            seen |= c;
            j++;
        }
        if (j >= wend)
            while (j < len && (c = word_byte[(unsigned char)s[j]]) != 0) {
                seen |= c;
                j++;
            }
        if (seen & WB_LETTER)
            digits_only = 0;
        if (j >= len)
            break;
        unsigned char b = (unsigned char)s[j];
        if (b < 0x80 && b != '\'' && b != '.' && b != ',')
            break;
        size_t mend;
        if (mojibake_space(s, len, j) || mojibake_punct(s, len, j, &mend))
            break;
        uint32_t cp = peek(s, len, j);
        size_t k = next_i(s, len, j);
        if (is_alnum_cp(cp)) {
            if (!is_digit_cp(cp))
                digits_only = 0;
            ascii = 0;
            j = k;
            plain = 0; /* read past a byte the fast path stops at */
            continue;
        }
        uint32_t nx = peek(s, len, k);
        if (is_apostrophe(cp) && ge_is_letter_cp(nx) && !digits_only) {
            /* keep O'Brien, d'Ivoire; leave the possessive 's outside */
            size_t k2 = next_i(s, len, k);
            if ((nx == 's' || nx == 'S') && !is_alnum_cp(peek(s, len, k2)))
                break;
            j = k;
            plain = 0; /* read past a byte the fast path stops at */
            continue;
        }
        if ((cp == '.' || cp == ',') && digits_only && is_digit_cp(nx)) {
            j = k;
            plain = 0; /* read past a byte the fast path stops at */
            continue;
        }
        break;
    }
    if (digits_only) {
        *flags = GE_TOK_NUMBER;
        *copied = plain;
        return j;
    }
    if (ascii) {
        /* capitalised: the first letter; in capitals: two letters or more,
         * no lower-case one (counted only then) */
        size_t k = i;
        while (!(word_byte[(unsigned char)s[k]] & WB_LETTER))
            k++;
        int upper = 0;
        if (!(seen & WB_LOWER)) {
            unsigned letters = 0;
            for (size_t q = k; q < j && letters < 2; q++)
                letters += (word_byte[(unsigned char)s[q]] & WB_LETTER) != 0;
            upper = letters >= 2;
        }
        *flags = GE_TOK_WORD | (word_byte[(unsigned char)s[k]] == WB_UPPER ? GE_TOK_CAP : 0) |
                 (upper ? GE_TOK_UPPER : 0);
    } else {
        *flags = GE_TOK_WORD | case_flags(s, i, j);
    }
    /* (a word read by the fast path alone is letters and digits: no
     * apostrophe, no elision) */
    if (!plain && !(*flags & GE_TOK_CAP) && elided_capital(s, i, j))
        *flags |= GE_TOK_CAP;
    if (j < len && s[j] == '.' && (*flags & GE_TOK_CAP) && abbrev_kind(s + i, j - i)) {
        *flags |= GE_TOK_ABBREV;
        j++;
        plain = 0;
    }
    *copied = plain;
    return j;
}

static int tokenize(tokenizer *z)
{
    const char *s = z->s;
    size_t len = z->len, i = 0;
    int line_start = 1, hyphen = 0;
    while (i < len) {
        size_t k = i;
        unsigned char b = (unsigned char)s[i];
        uint32_t cp = b < 0x80 ? (k++, b) : ge_utf8_decode(s, len, &k);
        /* an ASCII letter or digit starts a word or a number (most tokens):
         * no space, no mojibake */
        int ascii_word = b < 0x80 && word_byte[b];
        if (!ascii_word &&
            (b == ' ' || is_space_cp(cp) || (b == 0xC3 && mojibake_space(s, len, i)))) {
            if (cp == '\n')
                line_start = 1;
            hyphen = 0;
            i = k;
            continue;
        }
        uint32_t flags;
        size_t end;
        int copied = 0;
        if (!ascii_word && b == 0xC3 && mojibake_punct(s, len, i, &end)) {
            /* "â€œ": one mark, as the quotation mark it was */
            flags = GE_TOK_PUNCT;
        } else if (ascii_word || is_alnum_cp(cp)) {
            if (norm_reserve(z))
                return -1;
            end = scan_word(s, len, i, &flags, z->norm.s + z->norm.len, &copied);
            if (hyphen)
                flags |= GE_TOK_HYPHEN_BEFORE;
        } else {
            /* a hyphen joining two words is not a token */
            ge_text *t = z->t;
            if (is_hyphen(cp) && t->ntokens && t->tokens[t->ntokens - 1].end == i &&
                !(t->tokens[t->ntokens - 1].flags & GE_TOK_PUNCT) && is_alnum_cp(peek(s, len, k))) {
                hyphen = 1;
                i = k;
                continue;
            }
            end = k;
            flags = GE_TOK_PUNCT;
        }
        hyphen = 0;
        if (line_start)
            flags |= GE_TOK_LINE_START;
        line_start = 0;
        if (push_token(z, i, end, flags, copied))
            return -1;
        i = end;
    }
    return 0;
}

/* The mark a punctuation token is (what a mojibake sequence meant). */
static uint32_t mark_of(const char *s, const ge_token *tk)
{
    size_t i = tk->start, end;
    uint32_t m = mojibake_punct(s, tk->end, i, &end);
    return m ? m : ge_utf8_decode(s, tk->end, &i);
}

static int is_closing(const char *s, const ge_token *tk)
{
    uint32_t cp = mark_of(s, tk);
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0xBB;
}

static int is_opening(const char *s, const ge_token *tk)
{
    uint32_t cp = mark_of(s, tk);
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
           cp == 0xAB;
}

/* Newlines between byte a and byte b. */
static int newlines(const char *s, size_t a, size_t b)
{
    int n = 0;
    for (size_t i = a; i < b; i++)
        n += s[i] == '\n';
    return n;
}

/* Does a new sentence start at token k? pending: the previous tokens ended
 * with sentence-final punctuation (possibly followed by closing quotes);
 * caseless: the text has no capitals to go by. */
static int sentence_break(const ge_text *t, size_t k, int pending, int caseless)
{
    const ge_token *prev = &t->tokens[k - 1], *tk = &t->tokens[k];
    /* a token after a newline is flagged (tokenize): the others have none
     * before them to count */
    int nl = (tk->flags & GE_TOK_LINE_START) ? newlines(t->s, prev->end, tk->start) : 0;
    if (nl >= 2)
        return 1;
    /* (the bullet, "•" or its mojibake, starts with a byte >= 0x80) */
    if ((tk->flags & GE_TOK_PUNCT) && (unsigned char)t->s[tk->start] >= 0x80 &&
        mark_of(t->s, tk) == 0x2022)
        return 1; /* a bullet opens an item of a list ("• 3 terrorists arrive ...") */
    if (nl == 1) {
        /* a line wrapped inside a sentence continues in lower case */
        int cont = (tk->flags & GE_TOK_WORD) && !(tk->flags & GE_TOK_CAP) &&
                   ((prev->flags & GE_TOK_WORD) || t->s[prev->start] == ',');
        return !cont;
    }
    if (pending)
        return (tk->flags & (GE_TOK_CAP | GE_TOK_NUMBER)) || is_opening(t->s, tk) ||
               (caseless && (tk->flags & GE_TOK_WORD));
    return 0;
}

/* In a text written without capitals (lower-case archives; the test is
 * ge_text_caseless, truecase.c) a capital can not mark a new sentence, so
 * a full stop before any word does. */
static int split_sentences(ge_text *t, int caseless)
{
    size_t cap = 0;
    int pending = 0;
    for (size_t k = 0; k < t->ntokens; k++) {
        ge_token *tk = &t->tokens[k];
        if (k == 0 || sentence_break(t, k, pending, caseless)) {
            if (t->nsentences)
                t->sentences[t->nsentences - 1].tok_end = (uint32_t)k;
            if (GE_PUSH(t->sentences, cap, t->nsentences))
                return -1;
            ge_sentence *se = &t->sentences[t->nsentences++];
            se->start = tk->start;
            se->tok_begin = (uint32_t)k;
            tk->flags |= GE_TOK_SENT_START;
            pending = 0;
        }
        t->sentences[t->nsentences - 1].end = tk->end;
        tk->sentence = (uint32_t)(t->nsentences - 1);
        if (tk->flags & GE_TOK_PUNCT) {
            char c = t->s[tk->start];
            /* (an initial's full stop ends no sentence: "MP S. Shritharan",
             * "met N. Vedanayagan") */
            const ge_token *pv = k > 0 ? &t->tokens[k - 1] : NULL;
            int initial = c == '.' && pv && (pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) &&
                          pv->end - pv->start == 1 && pv->end == tk->start && !caseless;
            if ((c == '.' && !initial) || c == '!' || c == '?' ||
                ((unsigned char)c >= 0x80 && mark_of(t->s, tk) == 0x2026))
                pending = 1;
            else if (initial)
                pending = 0;
            else if (!(pending && is_closing(t->s, tk)))
                pending = 0;
        } else if (tk->flags & GE_TOK_ABBREV) {
            /* "in Ocala, Fla. The fire ..." ends a sentence; "Gen. Smith" and
             * "the U.S. Army" do not */
            pending = abbrev_kind(t->s + tk->start, tk->end - tk->start - 1) == 'a';
        } else {
            pending = 0;
        }
    }
    if (t->nsentences)
        t->sentences[t->nsentences - 1].tok_end = (uint32_t)t->ntokens;
    return 0;
}

ge_status ge_text_analyze(const char *s, size_t len, ge_text *out)
{
    return ge_text_analyze_case(s, len, -1, out);
}

ge_status ge_text_analyze_case(const char *s, size_t len, int caseless, ge_text *out)
{
    memset(out, 0, sizeof *out);
    out->s = s;
    out->len = len;
    if (len >= UINT32_MAX)
        return GE_ERR_ARG;
    tokenizer z = {.s = s, .len = len, .t = out, .high = ge_next_high(s, len, 0)};
    if (caseless < 0)
        caseless = ge_text_caseless(s, len);
    /* room for the tokens and forms of ordinary prose (a token every five
     * bytes or so, its form no longer than itself) at once, not grown by
     * doubling from nothing; a text of short tokens grows them still */
    z.tok_cap = len / 4 + 16;
    z.norm.cap = len + len / 4 + 512;
    out->tokens = malloc(z.tok_cap * sizeof *out->tokens);
    z.norm.s = malloc(z.norm.cap);
    if (!out->tokens || !z.norm.s || tokenize(&z) || split_sentences(out, caseless)) {
        ge_buf_free(&z.norm);
        ge_text_free(out);
        return GE_ERR_NOMEM;
    }
    out->norm = z.norm.s;
    out->norm_len = z.norm.len;
    if (!out->norm) {
        out->norm = calloc(1, 1);
        if (!out->norm) {
            ge_text_free(out);
            return GE_ERR_NOMEM;
        }
    }
    ge_page_mark(out);
    return GE_OK;
}

void ge_text_free(ge_text *t)
{
    free(t->tokens);
    free(t->sentences);
    free(t->norm);
    t->tokens = NULL;
    t->sentences = NULL;
    t->norm = NULL;
    t->ntokens = t->nsentences = t->norm_len = 0;
}

uint32_t ge_text_cp(const ge_text *t, uint32_t byte)
{
    /* the last token starting at or before byte, then count from there */
    size_t lo = 0, hi = t->ntokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->tokens[mid].start <= byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t b = 0, cp = 0;
    if (lo > 0) {
        b = t->tokens[lo - 1].start;
        cp = t->tokens[lo - 1].cp_start;
    }
    if (byte > t->len)
        byte = (uint32_t)t->len;
    for (; b < byte; b++)
        if (((unsigned char)t->s[b] & 0xC0) != 0x80)
            cp++;
    return cp;
}
