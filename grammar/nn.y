/*
 * nn.y - the grammar of the nn language (docs/language.md), for bison.
 *
 * The parser builds a Program exactly as written; the checker decides
 * what it means.  So the grammar is a little more general than the
 * language where that gives better messages: a train value may be any
 * argument value (`sgd(0.1)` parses, and check.c says that sgd takes
 * keyword arguments), and an input size is any number (`x[2.5]` is the
 * checker's error, not a syntax error).
 *
 * Errors.  The messages are written by syntax_error() below, from the set
 * of tokens the parser expected (LAC makes that set exact) and the stack
 * of brackets still open, which the actions keep in ParseCtx: that is
 * how "expected ')' to close '(' at line 3" knows its line.  A `%destructor`
 * pops a bracket when error recovery throws its symbol away, so the stack
 * always matches the parser's.  Recovery resynchronises at statement
 * level (`stmt: error`) and at train-entry level: after an error, bison
 * discards tokens until one that can start a statement (a name, `input`,
 * `output`, `;`) or close the block; newlines are white space, so a name
 * is the usual resync point.  A missing '}' before `train` or at the end
 * of the file has its own rule, so the train block after it still parses.
 *
 * The checker's errors in the rest of the file.  A statement broken after
 * `NAME =` (or `input NAME`) is kept with no value: the checker takes such
 * a name as defined with an unknown size and stays quiet about it, so
 * its uses further down raise no "undeclared" echo.  When every error was
 * recovered that way (or in the lexer, which returns a token for every
 * mistake it can name), the tree is `checkable` and the driver runs the
 * checker on it, so a missing comma on line 3 no longer hides a misspelt
 * activation on line 7.  A recovery that lost a name, the input or the
 * output, or the loss (`unsafe`) would make the checker report echoes of
 * the syntax error, so then the tree is not checkable; nor when a value
 * named in a broken statement is used nowhere else (`h = dense(x, 8` is
 * the only use of x: the checker would call x unused).  The parser says
 * whether its recovery was clean, being the one that knows; the driver
 * decides what runs.
 *
 * Depth.  Bison's stack is on the heap (YYMAXDEPTH below), so deep input
 * cannot overflow the C stack here; the AST walkers of later passes are
 * recursive, so calls nested deeper than NNC_MAX_NESTING are an error and
 * the parse stops.  After diag's error limit the parse stops too.
 */

%define api.pure full
%define api.prefix {nn}
%define api.token.prefix {TK_}
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%parse-param {void *scanner} {ParseCtx *ctx}
%lex-param {void *scanner}

%code requires {
#include "ast.h"

/* Everything one parse needs: no globals, so parses can run side by side. */
typedef struct OpenBracket {
    char ch;              /* '(' or '{' */
    Loc loc;
} OpenBracket;

typedef struct TextRange {
    size_t from, to;      /* byte offsets: [from, to) */
} TextRange;

typedef struct Token {
    int kind;             /* TK_NAME, ..., TK_YYEOF, TK_NNerror */
    Loc loc;
    size_t start;         /* byte offset of its text in the source */
} Token;

typedef struct ParseCtx {
    Arena *arena;
    Diag *diag;
    Program *prog;
    const char *text;     /* the source, NUL-terminated */
    size_t len;
    /* lexer position: 1-based line and byte column, byte offset */
    int line, col;
    size_t pos;
    Token last, prev;     /* the lookahead and the token before it */
    bool stop;            /* gave up: the lexer returns end of file */
    bool unsafe;          /* recovery lost a name, the input, the output or the loss */
    /* The source text of statements kept without a value */
    struct { TextRange *items; int len, cap; } broken;
    /* Recovery: after an error inside a statement, the lexer skips the
     * rest of it (to the ')' closing its calls, or the end of the line),
     * and the offending lookahead is dropped: see stmt_recover(). */
    bool skipping;
    int skip_depth, skip_line;
    bool drop;
    size_t drop_start;
    size_t bad_end;       /* end of the last bad character reported */
    int ncalls;           /* calls open now */
    /* The arguments of the calls open now, innermost last: each call
     * counts its own in args.len and takes them at its ')'. */
    struct { Arg *items; int len, cap; } pending;
    int nopen;
    OpenBracket open[NNC_MAX_NESTING + 4];
} ParseCtx;

/* The default location of a rule: its first symbol; an empty rule sits
 * at the end of the symbol before it. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
    do {                                                                     \
        if (N) {                                                             \
            (Cur) = YYRHSLOC(Rhs, 1);                                        \
        } else {                                                             \
            (Cur) = YYRHSLOC(Rhs, 0);                                        \
            (Cur).col += (Cur).len;                                          \
            (Cur).len = 0;                                                   \
        }                                                                    \
    } while (0)
}

%code provides {
/* grammar/nn.l: the scanner, reading from a copy of `pc->text`. */
void *lexer_new(ParseCtx *pc);
void lexer_free(void *scanner);
int nnlex(NNSTYPE *lval, Loc *lloc, void *scanner);
/* A token's name for messages: "'model'", "'('", "name", ... */
const char *token_name(int kind);
}

%code {
#include <ctype.h>
#include <string.h>

#define YYMAXDEPTH 100000   /* heap-allocated; nesting is limited far below */
#define A (ctx->arena)

static void nnerror(Loc *loc, void *scanner, ParseCtx *ctx, const char *msg);
static Loc model_open(ParseCtx *ctx, Loc kw, const char *name, Loc name_loc, Loc brace);
static void stmt_add(ParseCtx *ctx, Stmt *s);
static void block_close(ParseCtx *ctx, Loc open);
static Expr *call_open(ParseCtx *ctx, const char *name, Loc name_loc, Loc paren);
static Expr *call_close(ParseCtx *ctx, Expr *call, Loc paren);
static Expr *call_add(ParseCtx *ctx, Expr *call, Arg arg);
static void call_drop(ParseCtx *ctx, Expr *call);
static Arg arg_make(const char *key, Loc key_loc, Expr *value);
static Loc train_open(ParseCtx *ctx, Loc kw, Loc brace);
static void train_add(ParseCtx *ctx, const char *key, Loc key_loc, Expr *value);
static void entry_broken(ParseCtx *ctx, const char *key, Loc key_loc);
static void stmt_broken(ParseCtx *ctx, Loc start);
static bool stmt_recover(ParseCtx *ctx, int *lookahead);
static void resync_after(ParseCtx *ctx, const Token *la, const Token *prev);
}

%union {
    const char *str;
    Expr *expr;
    Stmt *stmt;
    Arg arg;
    Loc loc;
}

%token MODEL "'model'" INPUT "'input'" OUTPUT "'output'" TRAIN "'train'"
%token <str> NAME "name" NUMBER "number" STRING "string"

%type <stmt> stmt input_sizes
%type <expr> expr call call_open call_args value number string
%type <arg> arg
%type <loc> model_open train_open

/* These symbols each hold one open bracket; recovery may discard them. */
%destructor { call_drop(ctx, $$); } call_open call_args
%destructor { block_close(ctx, $$); } model_open train_open

%%

file
    : model train_opt
    ;

/* model := 'model' NAME '{' stmt* '}' */
model
    : model_open stmts '}'          { block_close(ctx, $1); }
    | model_open stmts error        { block_close(ctx, $1); }
    ;

model_open
    : MODEL NAME '{'                { $$ = model_open(ctx, @1, $2, @2, @3); }
    | MODEL error '{'               { $$ = model_open(ctx, @1, "", @1, @3); ctx->unsafe = true; }
    ;

stmts
    : %empty
    | stmts stmt                    { stmt_add(ctx, $2); }
    ;

/* stmt := 'input' NAME '[' NUMBER (',' NUMBER)* ']' | NAME '=' expr | 'output' NAME */
stmt
    : input_sizes ']'               { $$ = $1; }
    | INPUT NAME error              { $$ = ast_input(A, @1, $2, @2, NULL); stmt_broken(ctx, @1); if (stmt_recover(ctx, &yychar)) yyerrok; }
    | NAME '=' expr                 { $$ = ast_assign(A, $1, @1, $3); }
    | NAME '=' error                { $$ = ast_assign(A, $1, @1, NULL); stmt_broken(ctx, @1); if (stmt_recover(ctx, &yychar)) yyerrok; }
    | OUTPUT NAME                   { $$ = ast_output(A, @1, $2, @2); }
    | input_sizes error             { $$ = $1; stmt_broken(ctx, @1); if (stmt_recover(ctx, &yychar)) yyerrok; }
    | ';'                           { $$ = NULL; }
    | error                         { $$ = NULL; ctx->unsafe = true; if (stmt_recover(ctx, &yychar)) yyerrok; }
    ;

/* expr := NAME | NAME '(' args? ')' */
expr
    : NAME                          { $$ = ast_name(A, @1, $1); }
    | call
    ;

call
    : call_open ')'                 { $$ = call_close(ctx, $1, @2); }
    | call_args ')'                 { $$ = call_close(ctx, $1, @2); }
    ;

call_open
    : NAME '('                      { $$ = call_open(ctx, $1, @1, @2); if (!$$) YYABORT; }
    ;

call_args
    : call_open arg                 { $$ = call_add(ctx, $1, $2); }
    | call_args ',' arg             { $$ = call_add(ctx, $1, $3); }
    ;

/* arg := expr | NUMBER | STRING | NAME '=' (expr | NUMBER | STRING) */
arg
    : value                         { $$ = arg_make(NULL, @1, $1); }
    | NAME '=' value                { $$ = arg_make($1, @1, $3); }
    ;

value
    : expr
    | number
    | string
    ;

/* the sizes so far of `input NAME [`; the checker counts them */
input_sizes
    : INPUT NAME '[' number         { $$ = ast_input(A, @1, $2, @2, $4); }
    | input_sizes ',' number        { $$ = $1; ast_input_size($1, $3); }
    ;

number
    : NUMBER                        { $$ = ast_number(A, @1, $1); }
    | NUMBER '/' NUMBER             { $$ = ast_fraction(A, loc_span(@1, @3), ast_number(A, @1, $1),
                                                        ast_number(A, @3, $3)); }
    ;

string
    : STRING                        { $$ = ast_string(A, @1, $1); }
    ;

/* train := 'train' '{' (KEY '=' value)* '}' */
train_opt
    : %empty
    | train_open entries '}'        { block_close(ctx, $1); }
    | train_open entries error      { block_close(ctx, $1); }
    ;

train_open
    : TRAIN '{'                     { $$ = train_open(ctx, @1, @2); }
    ;

entries
    : %empty
    | entries entry
    ;

entry
    : NAME '=' value                { train_add(ctx, $1, @1, $3); }
    | NAME '=' error                { entry_broken(ctx, $1, @1); if (stmt_recover(ctx, &yychar)) yyerrok; }
    | ';'
    | error                         { ctx->unsafe = true; if (stmt_recover(ctx, &yychar)) yyerrok; }
    ;

%%

/* ---- brackets ---------------------------------------------------------- */

static void bracket_push(ParseCtx *ctx, char ch, Loc loc)
{
    nnc_assert(ctx->nopen < (int)(sizeof ctx->open / sizeof ctx->open[0]));
    ctx->open[ctx->nopen++] = (OpenBracket){ch, loc};
}

/* Closes the innermost bracket, which must be the one opened at `open`. */
static void block_close(ParseCtx *ctx, Loc open)
{
    nnc_assert(ctx->nopen > 0);
    OpenBracket *ob = &ctx->open[--ctx->nopen];
    nnc_assert(ob->loc.line == open.line && ob->loc.col == open.col);
    if (ob->ch == '(')
        ctx->ncalls--;
}

static Loc model_open(ParseCtx *ctx, Loc kw, const char *name, Loc name_loc, Loc brace)
{
    Program *p = ctx->prog;
    p->name = name;
    p->loc = kw;
    p->name_loc = name_loc;
    bracket_push(ctx, '{', brace);
    return brace;
}

static void stmt_add(ParseCtx *ctx, Stmt *s)
{
    if (s)
        vec_push(A, ctx->prog->stmts, s);
}

/* call_open := NAME '(' -- the call node exists from here on, so the
 * arguments are added to it as they are parsed. */
static Expr *call_open(ParseCtx *ctx, const char *name, Loc name_loc, Loc paren)
{
    if (ctx->ncalls >= NNC_MAX_NESTING) {
        diag_error(ctx->diag, name_loc, "calls nested too deeply (limit is %d)", NNC_MAX_NESTING);
        ctx->stop = true;
        return NULL;
    }
    Expr *e = ast_call(A, name_loc, name);
    e->lparen = paren;
    bracket_push(ctx, '(', paren);
    ctx->ncalls++;
    return e;
}

static Expr *call_close(ParseCtx *ctx, Expr *call, Loc paren)
{
    int n = call->args.len;
    ctx->pending.len -= n;
    /* no pointer arithmetic on an empty stack: items may still be NULL */
    ast_call_args(A, call, n ? ctx->pending.items + ctx->pending.len : NULL, n);
    call->rparen = paren;
    block_close(ctx, call->lparen);
    return call;
}

static Expr *call_add(ParseCtx *ctx, Expr *call, Arg arg)
{
    vec_push(A, ctx->pending, arg);
    call->args.len++;
    return call;
}

/* Error recovery throws an open call away: its arguments too. */
static void call_drop(ParseCtx *ctx, Expr *call)
{
    ctx->pending.len -= call->args.len;
    call->args.len = 0;
    block_close(ctx, call->lparen);
}

static Arg arg_make(const char *key, Loc key_loc, Expr *value)
{
    return (Arg){.key = key, .key_loc = key ? key_loc : value->loc, .value = value};
}

static Loc train_open(ParseCtx *ctx, Loc kw, Loc brace)
{
    ctx->prog->has_train = true;
    ctx->prog->train_loc = kw;
    bracket_push(ctx, '{', brace);
    return brace;
}

static void train_add(ParseCtx *ctx, const char *key, Loc key_loc, Expr *value)
{
    TrainEntry e = {.key = key, .key_loc = key_loc, .value = value};
    vec_push(A, ctx->prog->train, e);
}

/* entry := NAME '=' error -- kept without a value, which the checker
 * skips; without its loss the checker would say the loss is missing. */
static void entry_broken(ParseCtx *ctx, const char *key, Loc key_loc)
{
    train_add(ctx, key, key_loc, NULL);
    if (strcmp(key, "loss") == 0)
        ctx->unsafe = true;
}

/* A statement kept without a value: its text, from its first token to
 * the token recovery resumed at, for hides_uses() below. */
static void stmt_broken(ParseCtx *ctx, Loc start)
{
    size_t from = 0;
    for (int line = 1; line < start.line && from < ctx->len; from++)
        line += ctx->text[from] == '\n';
    from += (size_t)(start.col - 1);
    size_t to = ctx->last.kind == TK_YYEOF ? ctx->len : ctx->last.start;
    TextRange r = {from, to > from ? to : from};
    vec_push(A, ctx->broken, r);
}

/* ---- syntax errors ----------------------------------------------------- */

const char *token_name(int kind)
{
    switch (kind) {
    case TK_YYEOF: return "end of file";
    case TK_MODEL: return "'model'";
    case TK_INPUT: return "'input'";
    case TK_OUTPUT: return "'output'";
    case TK_TRAIN: return "'train'";
    case TK_NAME: return "name";
    case TK_NUMBER: return "number";
    case TK_STRING: return "string";
    case TK_NNerror: return "error";
    }
    static const char punct[] = "{}()[]=,;/";
    const char *p = kind > 0 && kind < 128 ? strchr(punct, kind) : NULL;
    static const char *quoted[] = {"'{'", "'}'", "'('", "')'", "'['", "']'", "'='", "','", "';'", "'/'"};
    return p && *p ? quoted[p - punct] : "token";
}

/* A token as the user wrote it, quoted and cut short: 'relu', '3',
 * "a string", or end of file. */
static const char *describe(ParseCtx *ctx, const Token *t)
{
    if (t->kind == TK_YYEOF)
        return "end of file";
    int n = t->loc.len;
    const char *s = ctx->text + t->start;
    if (t->kind == TK_STRING)
        return n <= 40 ? arena_printf(A, "%.*s", n, s) : arena_printf(A, "%.36s...\"", s);
    if (n > 40)
        return arena_printf(A, "'%.36s...'", s);
    return arena_printf(A, "'%.*s'", n, s);
}

/* The innermost open bracket, "'(' at line 3". */
static const OpenBracket *innermost(ParseCtx *ctx)
{
    return ctx->nopen > 0 ? &ctx->open[ctx->nopen - 1] : NULL;
}

/* "expected X, saw Y" from what the parser expected (`exp`, indexed by
 * symbol kind) and what came: a sentence for each place in the grammar. */
#define EXPECTS(tok) (exp[YYTRANSLATE(tok)])
static bool is_keyword(int kind)
{
    return kind == TK_MODEL || kind == TK_INPUT || kind == TK_OUTPUT || kind == TK_TRAIN;
}

/* Whether the token at `t` is followed (after blanks) by '=': a keyword
 * in that place was meant as a value's or a key's name. */
static bool followed_by_equals(const ParseCtx *ctx, const Token *t)
{
    size_t i = t->start + (size_t)t->loc.len;
    while (i < ctx->len && (ctx->text[i] == ' ' || ctx->text[i] == '\t'))
        i++;
    return i < ctx->len && ctx->text[i] == '=';
}

static const char *syntax_message(ParseCtx *ctx, const bool *exp, Loc *where)
{
    const Token *la = &ctx->last, *prev = &ctx->prev;
    const char *saw = describe(ctx, la);
    const char *after = describe(ctx, prev);
    const OpenBracket *ob = innermost(ctx);
    int ob_line = ob ? ob->loc.line : 0;
    bool ends_block = la->kind == TK_YYEOF || la->kind == TK_TRAIN || la->kind == TK_MODEL;

    if (EXPECTS(TK_MODEL))
        return arena_printf(A, "expected 'model' at start of file, saw %s", saw);
    if (is_keyword(la->kind) && (EXPECTS(TK_NAME) || EXPECTS('}')) && followed_by_equals(ctx, la))
        return arena_printf(A, "%s is a keyword and cannot be used as a name", saw);
    if (is_keyword(prev->kind) && la->kind == '=' && EXPECTS(TK_NAME)) {
        *where = prev->loc;
        return arena_printf(A, "%s is a keyword and cannot be used as a name", after);
    }
    if (EXPECTS(TK_YYEOF))
        return EXPECTS(TK_TRAIN)
            ? arena_printf(A, "expected 'train' or end of file after the model, saw %s", saw)
            : arena_printf(A, "expected end of file after the train block, saw %s", saw);
    if (EXPECTS(')')) {
        if (ends_block || la->kind == '}' || la->kind == ';' || la->loc.line != prev->loc.line)
            return arena_printf(A, "expected ')' to close '(' at line %d, saw %s", ob_line, saw);
        if (!EXPECTS(','))
            return arena_printf(A, "expected an argument or ')' after '(', saw %s", saw);
        return arena_printf(A, "expected ',' or ')' after %s, saw %s", after, saw);
    }
    if (EXPECTS('}')) {
        const char *what = EXPECTS(TK_INPUT) ? "statement" : "training key";
        if (ends_block)
            return arena_printf(A, "expected '}' to close '{' at line %d, saw %s", ob_line, saw);
        if (EXPECTS('('))
            return arena_printf(A, "expected '(' or a new %s after %s, saw %s", what, after, saw);
        return arena_printf(A, "expected a %s or '}', saw %s", what, saw);
    }
    if (EXPECTS('='))
        return arena_printf(A, "expected '=' after %s, saw %s", after, saw);
    if (EXPECTS('{'))
        return arena_printf(A, "expected '{' after %s, saw %s", after, saw);
    if (EXPECTS('['))
        return arena_printf(A, "expected '[' after %s, saw %s", after, saw);
    if (EXPECTS(']') && EXPECTS(','))
        return arena_printf(A, "expected ',' or ']' after %s, saw %s", after, saw);
    if (EXPECTS(']'))
        return arena_printf(A, "expected ']' after %s, saw %s", after, saw);
    if (EXPECTS(TK_NUMBER) && !EXPECTS(TK_NAME))
        return arena_printf(A, "expected the input size after %s, saw %s", after, saw);
    if (EXPECTS(TK_NUMBER))
        return prev->kind == ','
            ? arena_printf(A, "expected an argument after ',', saw %s", saw)
            : arena_printf(A, "expected a value after %s, saw %s", after, saw);
    if (EXPECTS(TK_NAME)) {
        if (prev->kind == '=')
            return arena_printf(A, "expected an expression after '=', saw %s", saw);
        if (prev->kind == TK_MODEL)
            return arena_printf(A, "expected the model's name after 'model', saw %s", saw);
        return arena_printf(A, "expected a name after %s, saw %s", after, saw);
    }
    return arena_printf(A, "unexpected %s", saw);
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, void *scanner, ParseCtx *ctx)
{
    (void)scanner;
    yysymbol_kind_t kinds[YYNTOKENS];
    bool exp[YYNTOKENS] = {0};
    int n = yypcontext_expected_tokens(yyctx, kinds, YYNTOKENS);
    for (int i = 0; i < n; i++)
        exp[kinds[i]] = true;
    Loc where = ctx->last.loc;
    const char *msg = syntax_message(ctx, exp, &where);
    diag_error(ctx->diag, where, "%s", msg);
    resync_after(ctx, &ctx->last, &ctx->prev);
    const OpenBracket *ob = innermost(ctx);
    if (ob && strstr(msg, "to close"))
        diag_note(ctx->diag, ob->loc, "to match this '%c'", ob->ch);
    if (diag_too_many(ctx->diag))
        ctx->stop = true;
    return 0;
}

/* Where to resume after an error inside a block.  If the offending token
 * begins a line or ends the block, it is the next statement (the usual
 * case of a missing ')'): keep it.  Otherwise the rest of the statement
 * is noise: skip it in the lexer, so bison does not resync on a name
 * inside the broken call and report the leftovers. */
static void resync_after(ParseCtx *ctx, const Token *la, const Token *prev)
{
    bool boundary = la->kind == TK_YYEOF || la->kind == TK_MODEL || la->kind == TK_INPUT ||
                    la->kind == TK_OUTPUT || la->kind == TK_TRAIN || la->kind == '}' ||
                    la->kind == ';' || la->loc.line != prev->loc.line;
    if (ctx->nopen == 0 || boundary)
        return;
    ctx->skip_line = la->loc.line;
    ctx->skip_depth = ctx->ncalls + (la->kind == '(') - (la->kind == ')');
    /* a ')' that closes the statement's last call leaves nothing to skip */
    ctx->skipping = !(ctx->ncalls > 0 && ctx->skip_depth == 0);
    ctx->drop = true;
    ctx->drop_start = la->start;
}

/* stmt := error, entry := error: the parser is back at statement level.
 * Drops the offending lookahead if resync_after() chose to skip, and
 * says whether the next token starts a statement, so that errors in it
 * are reported at once (yyerrok) rather than after three tokens. */
static bool stmt_recover(ParseCtx *ctx, int *lookahead)
{
    bool drop = ctx->drop && *lookahead != TK_NNEMPTY && ctx->last.start == ctx->drop_start;
    ctx->drop = false;
    if (drop) {
        *lookahead = TK_NNEMPTY;
        return true;
    }
    int k = *lookahead;
    return k == TK_NAME || k == TK_INPUT || k == TK_OUTPUT || k == '}' || k == ';';
}

static void nnerror(Loc *loc, void *scanner, ParseCtx *ctx, const char *msg)
{
    (void)scanner;
    diag_error(ctx->diag, *loc, "%s", msg);
    ctx->stop = true;
}

/* ---- the checker after a recovered parse ------------------------------ */

static bool expr_uses(const Expr *e, const char *name, int depth)
{
    if (!e || depth > NNC_MAX_NESTING)
        return false;
    if (e->kind == EX_NAME)
        return e->name == name;
    for (int i = 0; e->kind == EX_CALL && i < e->args.len; i++)
        if (expr_uses(e->args.items[i].value, name, depth + 1))
            return true;
    return false;
}

/* Whether `name` (interned) is a value some intact statement uses. */
static bool used_intact(const Program *p, const char *name)
{
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if ((s->kind == ST_OUTPUT && s->name == name) || (s->kind == ST_ASSIGN && expr_uses(s->value, name, 1)))
            return true;
    }
    return false;
}

static bool defines(const Program *p, const char *name)
{
    for (int i = 0; i < p->stmts.len; i++)
        if (p->stmts.items[i]->kind != ST_OUTPUT && p->stmts.items[i]->name == name)
            return true;
    return false;
}

/* The next name in text[*i, to), skipping comments and strings: its
 * length (0 at the end), *i moved to its start. */
static size_t next_name(const char *t, size_t *i, size_t to)
{
    while (*i < to) {
        char c = t[*i];
        if (c == '#' || c == '"') {   /* to the end of the comment or string */
            for (++*i; *i < to && t[*i] != '\n' && t[*i] != (c == '#' ? '\n' : '"'); ++*i)
                *i += c == '"' && t[*i] == '\\' && *i + 1 < to;
            ++*i;
        } else if (c == '_' || isalpha((unsigned char)c)) {
            size_t n = 1;
            while (*i + n < to && (t[*i + n] == '_' || isalnum((unsigned char)t[*i + n])))
                n++;
            return n;
        } else {
            ++*i;
        }
    }
    return 0;
}

/* Whether a broken statement's text names a value that no intact
 * statement uses: the checker would then warn that it is unused, an echo
 * of the syntax error.  The first name of the text is the one it defines. */
static bool hides_uses(ParseCtx *ctx)
{
    for (int b = 0; b < ctx->broken.len; b++) {
        size_t i = ctx->broken.items[b].from, to = ctx->broken.items[b].to, n;
        for (bool first = true; (n = next_name(ctx->text, &i, to)) > 0; first = false, i += n) {
            const char *name = arena_intern(A, ctx->text + i, n);
            if (!first && defines(ctx->prog, name) && !used_intact(ctx->prog, name))
                return true;
        }
    }
    return false;
}

/* ---- entry point ------------------------------------------------------- */

Program *parse_program(Arena *a, Diag *d, const char *text, size_t len)
{
    ParseCtx ctx = {.arena = a, .diag = d, .text = text, .len = len};
    if (len > (size_t)INT32_MAX / 2) {
        diag_error(d, (Loc){0, 0, 0}, "file too large (limit is 1 GB)");
        return NULL;
    }
    ctx.prog = ast_program(a);
    int errors_before = diag_error_count(d);
    void *scanner = lexer_new(&ctx);
    int failed = nnparse(scanner, &ctx);
    lexer_free(scanner);
    if (!ctx.prog->name)
        return NULL;
    /* errors recovered without losing what the checker needs: its own
     * errors in the rest of the file are worth showing */
    ctx.prog->checkable = diag_error_count(d) == errors_before ||
                          (!failed && !ctx.stop && !ctx.unsafe && !diag_too_many(d) && !hides_uses(&ctx));
    return ctx.prog;
}
