/*
 * main.c - the driver: reads the command line, strings the passes
 * together, verifies the IR between them, and writes the output.
 *
 *   parse -> check -> lower -> autodiff -> optim -> (fuse) -> emit
 *
 * Output files are built in memory and written only when every pass
 * succeeded, so an error never leaves a half-written file behind.
 * Exit status: 0 ok, 1 errors in the input, 2 bad usage or I/O failure.
 */
#include "ast.h"
#include "ir.h"
#include "kernel.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum Emit { EMIT_DEFAULT, EMIT_C, EMIT_IR, EMIT_DOT, EMIT_OBJ, EMIT_LLVM, EMIT_ASM, EMIT_ONNX } Emit;
typedef enum Stop { STOP_NONE, STOP_LOWER, STOP_AUTODIFF, STOP_OPTIM, STOP_FUSE } Stop;

typedef struct Options {
    const char *input;
    const char *output;
    Emit emit;
    Stop stop_after;
    bool check_only, with_main, mpi, no_fuse, stats, debug_info, profile;
    int opt_level;
    int threads;
    const char *target, *cpu;
    uint64_t max_workspace;      /* bytes; limits.c */
    const char *weights;         /* --emit=onnx: the checkpoint to take the weights from */
    int opset;                   /* --emit=onnx: 13 or 17 */
} Options;

static const char usage_text[] =
    "usage: nnc [options] MODEL.nn\n"
    "\n"
    "  -o PATH             write the output to PATH ('-' for stdout); the\n"
    "                      suffix picks the kind: .c (with .h beside it), .o, .ll, .s\n"
    "  --emit=KIND         c, obj, llvm, asm, ir (the compiler's IR), dot (Graphviz)\n"
    "                      or onnx (the inference graph as an ONNX model; also by .onnx)\n"
    "  --weights=F.nnck    with --emit=onnx: the weights of checkpoint F (default:\n"
    "                      NAME_create(seed)'s, the seed of the train block)\n"
    "  --opset=N           with --emit=onnx: ONNX opset 13 (default) or 17\n"
    "  --stop-after=PASS   with --emit=ir: print the IR after lower, autodiff, optim or fuse;\n"
    "                      with --emit=dot and fuse: the fused kernels as clusters\n"
    "  --check             parse and check only; print diagnostics\n"
    "  --main              add a main(): a standalone trainer program\n"
    "  --mpi               with --main: the trainer runs data-parallel under\n"
    "                      mpirun (link with libnnrt_mpi and MPI)\n"
    "  --no-fuse           skip op fusion (to compare against it)\n"
    "  --stats             print a table of the layers (shape, parameters, FLOPs), the\n"
    "                      workspace size and FLOPs per sample\n"
    "  --profile           C: time every op; nnrt_profile_print(&NAME_profile, f)\n"
    "                      prints the table (--main: at the end of the run)\n"
    "  --threads=N         threads the generated code uses by default (1)\n"
    "  --max-workspace=N   refuse models whose workspace exceeds N bytes (suffix\n"
    "                      K, M, G or T; default 4G)\n"
    "  -O0 -O1 -O2 -O3     optimization level for native code (default -O3)\n"
    "  --target=TRIPLE     target triple for native code (default: the host)\n"
    "  --cpu=NAME          target CPU for native code (default: the host's)\n"
    "  -g                  debug info pointing at the .nn source (native code)\n"
    "  --help              show this help\n"
    "  --version           show the version\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "nnc: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(run 'nnc --help' for the options)\n");
    return 2;
}

/* Value of "--name=VALUE" or of "--name VALUE" (advancing *i). */
static const char *option_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static bool parse_emit(const char *s, Emit *e)
{
    static const struct { const char *name; Emit e; } kinds[] = {
        {"c", EMIT_C}, {"ir", EMIT_IR}, {"dot", EMIT_DOT},
        {"obj", EMIT_OBJ}, {"llvm", EMIT_LLVM}, {"asm", EMIT_ASM}, {"onnx", EMIT_ONNX},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(s, kinds[i].name) == 0) {
            *e = kinds[i].e;
            return true;
        }
    return false;
}

static bool parse_stop(const char *s, Stop *st)
{
    static const char *const names[] = {"", "lower", "autodiff", "optim", "fuse"};
    for (int i = 1; i < 5; i++)
        if (strcmp(s, names[i]) == 0) {
            *st = (Stop)i;
            return true;
        }
    return false;
}

/* "4G", "512M", "100000": bytes, with an optional binary suffix. */
static bool parse_bytes(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || *s == '-' || errno == ERANGE)
        return false;
    int shift = 0;
    switch (*end) {
    case 'K': case 'k': shift = 10; end++; break;
    case 'M': case 'm': shift = 20; end++; break;
    case 'G': case 'g': shift = 30; end++; break;
    case 'T': case 't': shift = 40; end++; break;
    }
    if (*end || v == 0 || v > (UINT64_MAX >> shift))
        return false;
    *out = (uint64_t)v << shift;
    return true;
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, Options *o)
{
    o->opt_level = 3;
    o->threads = 1;
    o->max_workspace = NNC_DEFAULT_MAX_WORKSPACE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("nnc %s\n", NNC_VERSION);
            return 0;
        } else if (strcmp(a, "-o") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s needs a path", a);
            o->output = argv[++i];
        } else if (strncmp(a, "-o", 2) == 0 && a[2]) {
            o->output = a + 2;
        } else if ((v = option_value(argc, argv, &i, "--emit"))) {
            if (!parse_emit(v, &o->emit))
                return usage_error("unknown --emit kind '%s' (c, obj, llvm, asm, ir, dot, onnx)", v);
        } else if ((v = option_value(argc, argv, &i, "--weights"))) {
            o->weights = v;
        } else if ((v = option_value(argc, argv, &i, "--opset"))) {
            if (strcmp(v, "13") != 0 && strcmp(v, "17") != 0)
                return usage_error("--opset takes 13 or 17, got '%s'", v);
            o->opset = atoi(v);
        } else if ((v = option_value(argc, argv, &i, "--stop-after"))) {
            if (!parse_stop(v, &o->stop_after))
                return usage_error("unknown pass '%s' for --stop-after (lower, autodiff, optim, fuse)", v);
        } else if ((v = option_value(argc, argv, &i, "--threads"))) {
            char *end;
            long t = strtol(v, &end, 10);
            if (*end || t < 1 || t > 1024)
                return usage_error("--threads needs a number from 1 to 1024, got '%s'", v);
            o->threads = (int)t;
        } else if ((v = option_value(argc, argv, &i, "--max-workspace"))) {
            if (!parse_bytes(v, &o->max_workspace))
                return usage_error("--max-workspace needs a size in bytes (e.g. 4G, 512M), got '%s'", v);
        } else if ((v = option_value(argc, argv, &i, "--target"))) {
            o->target = v;
        } else if ((v = option_value(argc, argv, &i, "--cpu"))) {
            o->cpu = v;
        } else if (strcmp(a, "--check") == 0) {
            o->check_only = true;
        } else if (strcmp(a, "--main") == 0) {
            o->with_main = true;
        } else if (strcmp(a, "--mpi") == 0) {
            o->mpi = true;
        } else if (strcmp(a, "--no-fuse") == 0) {
            o->no_fuse = true;
        } else if (strcmp(a, "--stats") == 0) {
            o->stats = true;
        } else if (strcmp(a, "--profile") == 0) {
            o->profile = true;
        } else if (strcmp(a, "-g") == 0) {
            o->debug_info = true;
        } else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) {
            o->opt_level = a[2] - '0';
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else if (o->input) {
            return usage_error("one model at a time (also got '%s')", a);
        } else {
            o->input = a;
        }
    }
    if (!o->input)
        return usage_error("%s", "no input file");
    if (o->opset == 0)
        o->opset = 13;
    if (o->mpi && !o->with_main)
        return usage_error("%s", "--mpi makes the trainer of --main run under mpirun: give --main too");
    return -1;
}

static const char *suffix(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    return dot && (!slash || dot > slash) ? dot : "";
}

/* The kind of output: --emit, else the -o suffix, else C. */
static int resolve_emit(Options *o)
{
    if (o->emit == EMIT_DEFAULT && o->stop_after != STOP_NONE)
        o->emit = EMIT_IR;
    if (o->emit != EMIT_DEFAULT)
        return -1;
    const char *s = o->output ? suffix(o->output) : ".c";
    if (strcmp(s, ".o") == 0)
        o->emit = EMIT_OBJ;
    else if (strcmp(s, ".ll") == 0)
        o->emit = EMIT_LLVM;
    else if (strcmp(s, ".s") == 0)
        o->emit = EMIT_ASM;
    else if (strcmp(s, ".onnx") == 0)
        o->emit = EMIT_ONNX;
    else if (strcmp(s, ".c") == 0 || (o->output && strcmp(o->output, "-") == 0))
        o->emit = EMIT_C;
    else
        return usage_error("cannot tell the output kind from '%s' (use .c, .o, .ll, .s, .onnx or --emit)", o->output);
    return -1;
}

/* ---- output files: built in memory, written at the end ------------------ */

typedef struct OutFile {
    const char *path;
    char *data;
    size_t len;
    FILE *mem;
} OutFile;

static void out_open(OutFile *f, const char *path)
{
    f->path = path;
    f->mem = open_memstream(&f->data, &f->len);
    if (!f->mem)
        nnc_panic(__FILE__, __LINE__, "open_memstream: %s", strerror(errno));
}

static int out_write(OutFile *f)
{
    fclose(f->mem);
    f->mem = NULL;
    FILE *w = strcmp(f->path, "-") == 0 ? stdout : fopen(f->path, "wb");
    if (!w) {
        fprintf(stderr, "nnc: error: cannot write '%s': %s\n", f->path, strerror(errno));
        return 2;
    }
    size_t n = fwrite(f->data, 1, f->len, w);
    int bad = n != f->len || (w == stdout ? fflush(w) : fclose(w)) != 0;
    if (bad) {
        fprintf(stderr, "nnc: error: cannot write '%s': %s\n", f->path, strerror(errno));
        return 2;
    }
    return 0;
}

static void out_discard(OutFile *f)
{
    if (f->mem)
        fclose(f->mem);
    free(f->data);
    f->mem = NULL;
    f->data = NULL;
}

/* "dir/model.c" -> "dir/model.h"; "-" or no path: "NAME.h" in the current folder. */
static char *header_path(Arena *a, const char *output, const char *model)
{
    if (!output || strcmp(output, "-") == 0)
        return arena_printf(a, "%s.h", model);
    const char *s = suffix(output);
    return arena_printf(a, "%.*s.h", (int)(s - output), output);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* ---- the pipeline --------------------------------------------------------- */

static void verify(const Graph *g, const char *after)
{
    if (ir_verify(g, stderr) != 0)
        nnc_panic(__FILE__, __LINE__, "the IR is broken after %s", after);
}

/* Runs the graph passes up to the stop point; returns the graph. */
static Graph *build_graph(const Program *p, Arena *a, const Options *o)
{
    Graph *g = lower_program(p, a);
    verify(g, "lower");
    g->conv_slots = o->threads < CONV_SLOTS_MAX ? o->threads : CONV_SLOTS_MAX;
    if (o->stop_after == STOP_LOWER)
        return g;
    if (g->has_train) {   /* an inference-only model has no backward pass */
        autodiff(g);
        verify(g, "autodiff");
        if (o->stop_after == STOP_AUTODIFF)
            return g;
        optim_append(g);
        verify(g, "optim");
        if (o->stop_after == STOP_OPTIM)
            return g;
    }
    if (o->no_fuse)
        return g;
    fuse(g);
    verify(g, "fuse");
    return g;
}

/* The forward kernels fuse.c made of several ops, as --emit=dot's
 * clusters: the network's nodes each one computes, and its name. */
static DotFused *fused_groups(const Program *p, const Graph *g, Arena *a, int *n)
{
    DotFused *groups = arena_alloc(a, sizeof *groups * (size_t)(g->ops.len + 1));
    *n = 0;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_FORWARD || op->nabsorbed == 0)
            continue;
        const char **nodes = arena_alloc(a, sizeof *nodes * (size_t)(op->nabsorbed + 1));
        int nn = 0;
        for (int j = -1; j < op->nabsorbed; j++) {
            const char *id = dot_node_of(p, j < 0 ? op->loc : op->absorbed[j], a);
            bool seen = !id;
            for (int k = 0; k < nn && !seen; k++)
                seen = strcmp(nodes[k], id) == 0;
            if (!seen)
                nodes[nn++] = id;
        }
        const char *label = arena_printf(a, "%s%s%s%s", ir_op_name(op->kind),
                                         op_has(op, OPF_BIAS_SLOT) && op->nargs > op_def(op->kind)->min_args
                                             ? "+bias" : "",
                                         op->act != ACT_LINEAR ? "+" : "",
                                         op->act != ACT_LINEAR ? act_name(op->act) : "");
        groups[(*n)++] = (DotFused){label, nodes, nn};
    }
    return groups;
}

/* What both backends are told: the same options, so the same model.h. */
static EmitOptions emit_options(const Options *o, const char *header_path,
                                const char *src, const char *src_name)
{
    return (EmitOptions){
        .header_name = base_name(header_path),
        .with_main = o->with_main,
        .mpi = o->mpi,
        .opt_level = o->opt_level,
        .no_fuse = o->no_fuse,
        .threads = o->threads,
        .source = src,
        .source_name = src_name,
        .target = o->target,
        .cpu = o->cpu,
        .debug_info = o->debug_info,
        .profile = o->profile,
    };
}

static int emit_c_files(const KProgram *kp, const Program *p, const Options *o,
                        Diag *d, Arena *a, const char *src, const char *src_name)
{
    const char *cpath = o->output ? o->output : arena_printf(a, "%s.c", p->name);
    OutFile c = {0}, h = {0};
    out_open(&c, cpath);
    out_open(&h, header_path(a, o->output, p->name));
    EmitOptions eo = emit_options(o, h.path, src, src_name);
    if (emitc_program(kp, &eo, d, c.mem, h.mem) != 0 || diag_error_count(d) > 0) {
        out_discard(&c);
        out_discard(&h);
        return 1;
    }
    int rc = out_write(&h);
    if (rc == 0)
        rc = out_write(&c);
    else
        out_discard(&c);
    free(c.data);
    free(h.data);
    return rc;
}

#ifdef NNC_HAVE_LLVM
/* An object, IR text or assembly through LLVM, and the same model.h as the
 * C backend's (emitc_program prints only the header when c_out is NULL). */
static int emit_native(const KProgram *kp, const Program *p, const Options *o,
                       Diag *d, Arena *a, const char *src, const char *src_name)
{
    static const char *const ext[] = {[EMIT_OBJ] = "o", [EMIT_LLVM] = "ll", [EMIT_ASM] = "s"};
    LlvmOutput kind = o->emit == EMIT_LLVM ? LLVM_OUT_IR : o->emit == EMIT_ASM ? LLVM_OUT_ASM
                                                                             : LLVM_OUT_OBJ;
    OutFile out = {0}, h = {0};
    out_open(&out, o->output ? o->output : arena_printf(a, "%s.%s", p->name, ext[o->emit]));
    out_open(&h, header_path(a, o->output, p->name));
    EmitOptions eo = emit_options(o, h.path, src, src_name);
    int rc = emitllvm_program(kp, &eo, kind, d, out.mem);
    if (rc == 0 && (emitc_program(kp, &eo, d, NULL, h.mem) != 0 || diag_error_count(d) > 0))
        rc = 1;
    if (rc != 0) {
        out_discard(&out);
        out_discard(&h);
        return rc;
    }
    rc = out_write(&h);
    if (rc == 0)
        rc = out_write(&out);
    else
        out_discard(&out);
    free(out.data);
    free(h.data);
    return rc;
}
#else
static int emit_native(const KProgram *kp, const Program *p, const Options *o,
                       Diag *d, Arena *a, const char *src, const char *src_name)
{
    (void)kp, (void)p, (void)o, (void)d, (void)a, (void)src, (void)src_name;
    fprintf(stderr, "nnc: error: native code output (--emit=obj, llvm, asm) needs an nnc built with LLVM (NNC_WITH_LLVM)\n");
    return 2;
}
#endif

#if !defined(NNC_HAVE_LLVM) && defined(NNC_LLVM_HELPER)
/*
 * Native output is the job of nnc-llvm, the same driver linked with LLVM.
 * Loading libLLVM costs about 60 ms before main() runs (relocations and
 * its static constructors), six times all of nnc's own work for the C
 * backend, so plain nnc does not link it and hands the whole command line
 * over instead: nnc-llvm beside this executable (a build tree), else
 * NNC_LLVM_HELPER relative to it (an installed tree, under libexec).
 */
static int exec_llvm_helper(char **argv)
{
    char self[PATH_MAX], path[PATH_MAX + 64];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        char *slash = strrchr(self, '/');
        if (slash)
            slash[1] = '\0';
        const char *tries[] = {"nnc-llvm", NNC_LLVM_HELPER};
        for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
            snprintf(path, sizeof path, "%s%s", self, tries[i]);
            if (access(path, X_OK) == 0) {
                execv(path, argv);
                fprintf(stderr, "nnc: error: cannot run '%s': %s\n", path, strerror(errno));
                return 2;
            }
        }
    }
    fprintf(stderr, "nnc: error: native code output (--emit=obj, llvm, asm) needs nnc-llvm, "
                    "installed beside nnc or in %s; it is missing\n", NNC_LLVM_HELPER);
    return 2;
}
#endif

/* The inference graph as ONNX: the forward pass lowered and fused, no
 * backward pass (the exporter writes what predicting runs). */
static int emit_onnx_file(const Program *p, const Options *o, Arena *a, const char *src, size_t len)
{
    Graph *g = lower_program(p, a);
    verify(g, "lower");
    g->conv_slots = o->threads < CONV_SLOTS_MAX ? o->threads : CONV_SLOTS_MAX;
    if (!o->no_fuse) {
        fuse(g);
        verify(g, "fuse");
    }
    OutFile f = {0};
    out_open(&f, o->output ? o->output : arena_printf(a, "%s.onnx", p->name));
    OnnxOptions oo = {.opset = o->opset, .weights = o->weights, .source = src, .source_len = len};
    int rc = onnx_emit(p, g, &oo, a, f.mem);
    if (rc != 0) {
        out_discard(&f);
        return rc;
    }
    rc = out_write(&f);
    free(f.data);
    return rc;
}

static int run(const Options *o, const char *src, size_t len, Arena *a)
{
    Diag *d = diag_new(o->input, src, len, stderr);
    int rc = 1;
    /* The checker runs after a recovered syntax error too, when the
     * parser says the tree is whole enough: a missing comma does not hide
     * a misspelt activation further down. */
    Program *p = parse_program(a, d, src, len);
    if (!p || !p->checkable || !check_program(p, d, a) || !limits_check(p, d, o->max_workspace))
        goto done;
    if (o->with_main && !p->has_train) {
        diag_error(d, p->loc, "--main needs a train block: model '%s' is inference-only", p->name);
        goto done;
    }
    rc = 0;
    if (o->check_only)
        goto done;
    if (o->emit == EMIT_DOT) {
        OutFile f = {0};
        out_open(&f, o->output ? o->output : "-");
        if (o->stop_after == STOP_FUSE) {
            int n = 0;
            DotFused *groups = fused_groups(p, build_graph(p, a, o), a, &n);
            dot_emit_fused(p, groups, n, f.mem);
        } else {
            dot_emit(p, f.mem);
        }
        rc = out_write(&f);
        free(f.data);
        goto done;
    }
    if (o->emit == EMIT_ONNX) {
        rc = emit_onnx_file(p, o, a, src, len);
        goto done;
    }
    Graph *g = build_graph(p, a, o);
    if (o->stats) {
        stats_print(p, g, a, stdout);
        goto done;
    }
    if (o->emit == EMIT_IR) {
        OutFile f = {0};
        out_open(&f, o->output ? o->output : "-");
        ir_print(g, f.mem);
        rc = out_write(&f);
        free(f.data);
        goto done;
    }
    /* One plan and one lowering for the code and the header, whichever
     * backend writes the code. */
    EmitOptions eo = emit_options(o, "", src, o->input);
    PlanOptions po = emit_plan_options(&eo);
    const Plan *plan = plan_memory(g, &po, a);
    if (!limits_check_plan(g, plan, p->name_loc, d, o->max_workspace)) {
        rc = 1;
        goto done;
    }
    KProgram *kp = kernel_lower(g, plan, a);
    if (o->emit == EMIT_C)
        rc = emit_c_files(kp, p, o, d, a, src, o->input);
    else
        rc = emit_native(kp, p, o, d, a, src, o->input);
done:
    if (diag_error_count(d) > 0 && rc == 0)
        rc = 1;
    diag_free(d);
    return rc;
}

int main(int argc, char **argv)
{
    Options o = {0};
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0)
        return rc;
    if ((rc = resolve_emit(&o)) >= 0)
        return rc;
    if (o.profile && o.emit != EMIT_C && !o.check_only)
        return usage_error("%s", "--profile instruments the generated C: give -o NAME.c");
    if ((o.weights || o.opset != 13) && o.emit != EMIT_ONNX)
        return usage_error("%s", "--weights and --opset are for --emit=onnx (or -o FILE.onnx)");
#if !defined(NNC_HAVE_LLVM) && defined(NNC_LLVM_HELPER)
    if (o.emit == EMIT_OBJ || o.emit == EMIT_LLVM || o.emit == EMIT_ASM)
        return exec_llvm_helper(argv);
#endif
#ifdef NNC_HAVE_LLVM
    if (o.emit == EMIT_OBJ || o.emit == EMIT_LLVM || o.emit == EMIT_ASM) {
        char *why = emitllvm_check_target(o.target, o.cpu);   /* before any work */
        if (why) {
            rc = usage_error("%s", why);
            free(why);
            return rc;
        }
    }
#endif
    size_t len = 0;
    const char *err = NULL;
    char *src = limits_read_source(o.input, &len, &err);
    if (!src) {
        fprintf(stderr, "nnc: error: cannot read '%s': %s\n", o.input, err);
        return 2;
    }
    if (strcmp(o.input, "-") == 0)
        o.input = "<stdin>";
    Arena *a = arena_new();
    rc = run(&o, src, len, a);
    arena_free(a);
    free(src);
    return rc;
}
